namespace Pikar.HttpApi.Host.Tests.Infrastructure;

/// <summary>Waits for something that happens in the background (audit writes, jobs, notifications between hosts).</summary>
internal static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan within, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            (waited.Elapsed < within).ShouldBeTrue($"Waited {within.TotalSeconds:0} s for {what}.");
            await Task.Delay(PollInterval);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, TimeSpan within, string what) =>
        HoldsAsync(() => Task.FromResult(condition()), within, what);
}

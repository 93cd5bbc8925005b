namespace Pikar.Features;

/// <summary>The four seeded editions, one per subscription tier, from smallest to largest.</summary>
public static class PikarEditions
{
    public const string Solopreneur = "Solopreneur";
    public const string Startup = "Startup";
    public const string Sme = "SME";
    public const string Enterprise = "Enterprise";

    public static IReadOnlyList<string> All { get; } = [Solopreneur, Startup, Sme, Enterprise];

    /// <summary>The named tier and every larger one: editions are cumulative.</summary>
    public static string[] FromTier(string tier) => All.SkipWhile(e => e != tier).ToArray();
}

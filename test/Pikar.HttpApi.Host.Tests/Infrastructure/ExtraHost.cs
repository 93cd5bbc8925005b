using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pikar.HttpApi.Host.Tests.Infrastructure;

public sealed class ExtraHost(PikarApp app, PikarApp shared) : IAsyncDisposable
{
    public PikarApp App { get; } = app;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GlobalConfiguration.Configuration.UseLogProvider(new AspNetCoreLogProvider(shared.Services.GetRequiredService<ILoggerFactory>()));
    }
}

/// <summary>Tests that start extra hosts or run background jobs; they run one at a time.</summary>
[CollectionDefinition(nameof(OneHostAtATime))]
public sealed class OneHostAtATime;

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pikar.Authorization;

namespace Pikar.HttpApi.Host.Health;

internal static class HealthCheckExtensions
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddPikarHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static void MapPikarHealthChecks(this WebApplication app)
    {
        const string reason = "Load balancers and orchestrators probe health without credentials.";
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous(reason);
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous(reason);
    }
}

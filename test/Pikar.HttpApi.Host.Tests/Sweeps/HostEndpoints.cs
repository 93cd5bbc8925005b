using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Authorization;
using Pikar.MultiTenancy;

namespace Pikar.HttpApi.Host.Tests.Sweeps;

/// <summary>What the host's endpoint data source says about its operations, for the sweeps.</summary>
internal static class HostEndpoints
{
    public static IEnumerable<RouteEndpoint> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    /// <summary>The operation names of endpoints that need a host-only permission.</summary>
    public static HashSet<string> HostOnlyOperationNames(IServiceProvider services)
    {
        var definitions = services.GetRequiredService<PermissionDefinitionManager>();
        return All(services)
            .Where(e => e.Metadata.GetOrderedMetadata<RequiredPermissionMetadata>().Any(p => definitions.Find(p.PermissionName)?.Side == MultiTenancySides.Host))
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .OfType<string>()
            .ToHashSet();
    }
}

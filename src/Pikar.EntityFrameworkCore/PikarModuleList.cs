using Microsoft.Extensions.Configuration;
using Pikar.AuditLogging;
using Pikar.Enterprise;
using Pikar.FeatureManagement;
using Pikar.Identity;
using Pikar.Integrations;
using Pikar.Modularity;
using Pikar.Notifications;
using Pikar.PermissionManagement;
using Pikar.Sme;
using Pikar.Solopreneur;
using Pikar.Startup;
using Pikar.TenantManagement;

namespace Pikar.EntityFrameworkCore;

/// <summary>Every module Pikar ships. Platform modules and the integrations always load; tier modules load as configured.</summary>
public static class PikarModuleList
{
    public static IReadOnlyList<Type> Platform { get; } =
    [
        typeof(TenantManagementModule),
        typeof(FeatureManagementModule),
        typeof(IdentityModule),
        typeof(PermissionManagementModule),
        typeof(AuditLoggingModule),
        typeof(NotificationsModule),
        typeof(IntegrationsModule),
    ];

    public static IReadOnlyDictionary<string, Type> Tiers { get; } = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
    {
        ["Solopreneur"] = typeof(SolopreneurModule),
        ["Startup"] = typeof(StartupModule),
        ["Sme"] = typeof(SmeModule),
        ["Enterprise"] = typeof(EnterpriseModule),
    };

    /// <summary>All modules: what migrations and seeding always use.</summary>
    public static ModuleCatalog All() => ModuleCatalog.Create([.. Platform, .. Tiers.Values]);

    /// <summary>
    /// The platform, the tier modules named in <c>Pikar:TierModules</c> (all four when unset), and
    /// any plug-in modules named by type in <c>Pikar:PlugIns</c>.
    /// </summary>
    public static ModuleCatalog FromConfiguration(IConfiguration configuration)
    {
        var names = configuration.GetSection("Pikar:TierModules").Get<string[]>() ?? [.. Tiers.Keys];
        var unknown = names.Where(n => !Tiers.ContainsKey(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"Unknown tier module(s) in Pikar:TierModules: {string.Join(", ", unknown)}. Known: {string.Join(", ", Tiers.Keys)}.");
        }

        var plugIns = (configuration.GetSection("Pikar:PlugIns").Get<string[]>() ?? [])
            .Select(name => Type.GetType(name) ?? throw new InvalidOperationException($"The plug-in module type '{name}' (Pikar:PlugIns) was not found."));
        return ModuleCatalog.Create([.. Platform, .. names.Select(n => Tiers[n]), .. plugIns]);
    }
}

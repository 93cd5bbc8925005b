using Microsoft.Extensions.Configuration;
using Pikar.Enterprise;
using Pikar.Identity;
using Pikar.Modularity;
using Pikar.Sme;
using Pikar.Solopreneur;
using Pikar.Startup;
using Pikar.TenantManagement;

namespace Pikar.EntityFrameworkCore;

/// <summary>Every module Pikar ships. Platform modules always load; tier modules load as configured.</summary>
public static class PikarModuleList
{
    public static IReadOnlyList<Type> Platform { get; } = [typeof(TenantManagementModule), typeof(IdentityModule)];

    public static IReadOnlyDictionary<string, Type> Tiers { get; } = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
    {
        ["Solopreneur"] = typeof(SolopreneurModule),
        ["Startup"] = typeof(StartupModule),
        ["Sme"] = typeof(SmeModule),
        ["Enterprise"] = typeof(EnterpriseModule),
    };

    /// <summary>All modules: what migrations and seeding always use.</summary>
    public static ModuleCatalog All() => ModuleCatalog.Create([.. Platform, .. Tiers.Values]);

    /// <summary>The platform plus the tier modules named in <c>Pikar:TierModules</c> (all four when unset).</summary>
    public static ModuleCatalog FromConfiguration(IConfiguration configuration)
    {
        var names = configuration.GetSection("Pikar:TierModules").Get<string[]>();
        if (names is null)
        {
            return All();
        }

        var unknown = names.Where(n => !Tiers.ContainsKey(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"Unknown tier module(s) in Pikar:TierModules: {string.Join(", ", unknown)}. Known: {string.Join(", ", Tiers.Keys)}.");
        }

        return ModuleCatalog.Create([.. Platform, .. names.Select(n => Tiers[n])]);
    }
}

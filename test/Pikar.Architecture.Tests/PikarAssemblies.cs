using System.Reflection;
using Pikar.AuditLogging;
using Pikar.Enterprise;
using Pikar.FeatureManagement;
using Pikar.Identity;
using Pikar.PermissionManagement;
using Pikar.Sme;
using Pikar.Solopreneur;
using Pikar.Startup;
using Pikar.TenantManagement;

namespace Pikar.Architecture.Tests;

/// <summary>The layers, in the one direction dependencies may point: Framework ← platform modules ← integrations ← tiers ← host.</summary>
internal static class PikarAssemblies
{
    public static readonly Assembly Framework = typeof(PikarKernelExtensions).Assembly;

    public static readonly Assembly[] Platform =
    [
        typeof(TenantManagementModule).Assembly,
        typeof(FeatureManagementModule).Assembly,
        typeof(IdentityModule).Assembly,
        typeof(PermissionManagementModule).Assembly,
        typeof(AuditLoggingModule).Assembly,
        typeof(Notifications.NotificationsModule).Assembly,
    ];

    public static readonly Assembly Integrations = typeof(Integrations.IntegrationsModule).Assembly;

    /// <summary>Smallest first: a tier may use the contracts of the tiers before it, never after it.</summary>
    public static readonly Assembly[] Tiers =
    [
        typeof(SolopreneurModule).Assembly,
        typeof(StartupModule).Assembly,
        typeof(SmeModule).Assembly,
        typeof(EnterpriseModule).Assembly,
    ];

    public static readonly Assembly EntityFrameworkCore = typeof(EntityFrameworkCore.DatabaseInstaller).Assembly;

    public static readonly Assembly Host = typeof(Program).Assembly;

    public static IEnumerable<Assembly> Modules => Platform.Append(Integrations).Concat(Tiers);

    public static IEnumerable<Assembly> All => Modules.Append(Framework).Append(EntityFrameworkCore).Append(Host);

    public static string Name(Assembly assembly) => assembly.GetName().Name!;
}

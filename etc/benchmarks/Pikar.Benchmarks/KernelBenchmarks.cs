using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pikar.Auditing;
using Pikar.AuditLogging.AuditLogs;
using Pikar.Authorization;
using Pikar.FeatureManagement.Features;
using Pikar.Features;
using Pikar.Identity;
using Pikar.Identity.Users;
using Pikar.MultiTenancy;
using Pikar.PermissionManagement;
using Pikar.PermissionManagement.Grants;
using Pikar.Solopreneur;
using Pikar.TenantManagement;

namespace Pikar.Benchmarks;

/// <summary>Feature values, permission checks, tenant resolution and audit serialisation with warm caches.</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private readonly Guid _tenantId = Guid.NewGuid();
    private readonly Guid _editionId = Guid.NewGuid();
    private readonly Guid _userId = Guid.NewGuid();
    private ServiceProvider _services = null!;
    private IFeatureChecker _features = null!;
    private IPermissionChecker _permissions = null!;
    private PermissionGrantCache _grantCache = null!;
    private ICurrentTenant _currentTenant = null!;
    private TenantResolutionMiddleware _resolution = null!;
    private AuditLogInfo _log = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var tenant = new TenantInfo(_tenantId, "acme", true, _editionId);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<ITenantStore>(new FixedTenantStore(tenant))
            .AddSingleton<Users.ICurrentUser>(new FixedUser(_userId, "admin"))
            .AddSingleton<IFeatureDefinitionProvider, SolopreneurFeatureDefinitionProvider>()
            .AddSingleton<IPermissionDefinitionProvider, IdentityPermissionDefinitionProvider>()
            .AddSingleton<IPermissionDefinitionProvider, TenantManagementPermissionDefinitionProvider>()
            .AddSingleton<IPermissionDefinitionProvider, PermissionManagementPermissionDefinitionProvider>()
            .AddSingleton<FeatureDefinitionManager>()
            .AddSingleton<PermissionDefinitionManager>()
            .AddSingleton<FeatureValueCache>()
            .AddSingleton<FeatureValueStore>()
            .AddSingleton<IFeatureChecker, FeatureChecker>()
            .AddSingleton<PermissionGrantCache>()
            .AddSingleton<IPermissionChecker, PermissionChecker>()
            .AddSingleton<IHttpContextAccessor, HttpContextAccessor>()
            .AddSingleton<ICurrentTenant, CurrentTenant>()
            .AddSingleton(Options.Create(new MultiTenancyOptions()));
        _services = services.BuildServiceProvider();
        _features = _services.GetRequiredService<IFeatureChecker>();
        _permissions = _services.GetRequiredService<IPermissionChecker>();
        _grantCache = _services.GetRequiredService<PermissionGrantCache>();
        _currentTenant = _services.GetRequiredService<ICurrentTenant>();

        var featureCache = _services.GetRequiredService<FeatureValueCache>();
        await featureCache.GetOrAddAsync($"T:{_tenantId}", () => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>()));
        await featureCache.GetOrAddAsync($"E:{_editionId}", () => Task.FromResult<IReadOnlyDictionary<string, string>>(
            new Dictionary<string, string> { [SolopreneurFeatures.Invoicing.Default] = "true" }));
        var allPermissions = _services.GetRequiredService<PermissionDefinitionManager>().All.Select(p => p.Name).ToHashSet();
        await _grantCache.GetOrAddAsync($"{_tenantId}|{_userId}|admin", () => Task.FromResult<IReadOnlySet<string>>(allPermissions));

        _resolution = new TenantResolutionMiddleware(_ => Task.CompletedTask, _currentTenant, _services.GetRequiredService<ITenantStore>(),
            _services.GetRequiredService<IOptions<MultiTenancyOptions>>());
        _log = new AuditLogInfo { TenantId = _tenantId, HttpMethod = "POST", Url = "/api/identity/users", UserName = "admin" };
        _log.Actions.Add(new AuditLogActionInfo("UsersEndpoints", "CreateUser", """{"input":{"userName":"nora","email":"nora@t.test"}}""", DateTimeOffset.UnixEpoch, 3));
        _log.EntityChanges.Add(new EntityChangeInfo(DateTimeOffset.UnixEpoch, EntityChangeType.Created, Guid.NewGuid().ToString(), typeof(User).FullName!, _tenantId,
            [new EntityPropertyChangeInfo("Email", "System.String", null, "nora@t.test"), new EntityPropertyChangeInfo("UserName", "System.String", null, "nora")]));
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "Feature value (warm cache)")]
    public async Task<bool> FeatureValue()
    {
        using (_currentTenant.Change(_tenantId))
        {
            return await _features.IsEnabledAsync(SolopreneurFeatures.Invoicing.Default, CancellationToken.None);
        }
    }

    [Benchmark(Description = "Permission check (cached grants)")]
    public async Task<bool> PermissionCheck()
    {
        using (_currentTenant.Change(_tenantId))
        {
            return await _permissions.IsGrantedAsync(IdentityPermissions.Users.Create, CancellationToken.None);
        }
    }

    [Benchmark(Description = "Tenant resolution from the __tenant header")]
    public async Task TenantResolution()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[MultiTenancyConstants.TenantKey] = "acme";
        await _resolution.InvokeAsync(context);
    }

    [Benchmark(Description = "Audit log to entities")]
    public object AuditLogMappingToEntities() => AuditLogMapping.ToEntity(_log);
}

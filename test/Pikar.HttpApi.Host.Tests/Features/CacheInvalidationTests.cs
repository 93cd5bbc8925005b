using System.Net.Http.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.HttpApi.Host.Tests.Permissions;
using Pikar.Solopreneur;

namespace Pikar.HttpApi.Host.Tests.Features;

/// <summary>Two hosts on one database: a change made through one reaches the other's caches.</summary>
[Collection(nameof(OneHostAtATime))]
public sealed class CacheInvalidationTests(TestEnvironment env)
{
    [Fact]
    public async Task A_feature_change_in_one_host_is_seen_by_another_host_without_waiting_for_expiry()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        await using var other = env.CreateExtraHost();
        using var onOther = await other.App.SignInAsync(tenant.Name);
        (await FeatureManagementTests.FeatureValuesAsync(onOther))[SolopreneurFeatures.ContentCapsule].ShouldBe("true");

        await env.App.SetFeaturesAsync("T", tenant.Id, (SolopreneurFeatures.ContentCapsule, "false"));

        await EventuallyAsync(async () => (await FeatureManagementTests.FeatureValuesAsync(onOther))[SolopreneurFeatures.ContentCapsule] == "false");
    }

    [Fact]
    public async Task A_grant_in_one_host_is_seen_by_another_host()
    {
        var tenant = await env.App.CreateTenantAsync();
        await using var other = env.CreateExtraHost();
        using var adminHere = await env.App.SignInAsync(tenant.Name);
        using var adminThere = await other.App.SignInAsync(tenant.Name);
        (await PermissionManagementTests.GrantedPoliciesAsync(adminThere)).ShouldContain("Identity.Roles.Delete");

        var response = await adminHere.PutAsJsonAsync("/api/permission-management/permissions?providerName=R&providerKey=admin",
            new { permissions = new[] { new { name = "Identity.Roles.Delete", isGranted = false } } });
        response.EnsureSuccessStatusCode();

        await EventuallyAsync(async () => !(await PermissionManagementTests.GrantedPoliciesAsync(adminThere)).Contains("Identity.Roles.Delete"));
    }

    [Fact]
    public async Task A_deactivated_tenant_is_refused_by_another_host()
    {
        var tenant = await env.App.CreateTenantAsync();
        await using var other = env.CreateExtraHost();
        using var onOther = await other.App.SignInAsync(tenant.Name);
        (await onOther.GetAsync("/api/identity/users")).EnsureSuccessStatusCode();
        using var host = await env.App.HostAdminAsync();

        (await host.PostAsync($"/api/multi-tenancy/tenants/{tenant.Id}/deactivate", null)).EnsureSuccessStatusCode();

        await EventuallyAsync(async () => (await onOther.GetAsync("/api/identity/users")).StatusCode == System.Net.HttpStatusCode.Forbidden);
    }

    /// <summary>Notifications cross hosts asynchronously; the change must arrive within a few seconds.</summary>
    private static Task EventuallyAsync(Func<Task<bool>> condition) =>
        Eventually.HoldsAsync(condition, TimeSpan.FromSeconds(10), "the change to reach the other host");
}

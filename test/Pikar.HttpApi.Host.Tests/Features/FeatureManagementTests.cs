using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pikar.FeatureManagement.Features;
using Pikar.Features;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.HttpApi.Host.Tests.Probes;
using Pikar.Identity.Users;
using Pikar.Solopreneur;
using Pikar.Startup;

namespace Pikar.HttpApi.Host.Tests.Features;

public sealed class FeatureManagementTests(TestEnvironment env)
{
    private PikarApp App => env.App;

    [Theory]
    [InlineData("Solopreneur", "true", "false", "false", "3")]
    [InlineData("Startup", "true", "true", "false", "25")]
    [InlineData("SME", "true", "true", "true", "250")]
    [InlineData("Enterprise", "true", "true", "true", "0")]
    public async Task Editions_are_cumulative_tiers_with_growing_limits(string edition, string invoicing, string campaigns, string budgets, string maxUsers)
    {
        var tenant = await App.CreateTenantAsync(edition);
        using var admin = await App.SignInAsync(tenant.Name);

        var values = await FeatureValuesAsync(admin);

        values[SolopreneurFeatures.Invoicing.Default].ShouldBe(invoicing);
        values[StartupFeatures.Campaigns].ShouldBe(campaigns);
        values["Sme.Budgets"].ShouldBe(budgets);
        values["Enterprise.Portfolio"].ShouldBe(edition == "Enterprise" ? "true" : "false");
        values[PlatformFeatures.MaxUsers].ShouldBe(maxUsers);
    }

    [Fact]
    public async Task A_tenant_without_an_edition_has_every_feature_at_its_default()
    {
        var tenant = await App.CreateTenantAsync(edition: null);
        using var admin = await App.SignInAsync(tenant.Name);

        var values = await FeatureValuesAsync(admin);

        var declared = App.Services.GetRequiredService<FeatureDefinitionManager>().All.Select(f => f.Name);
        values.Keys.ShouldBe(declared, ignoreOrder: true);
        values[SolopreneurFeatures.SocialPerformance.Default].ShouldBe("false");
        values["Enterprise.AgentInsights"].ShouldBe("false");
    }

    [Fact]
    public async Task A_host_override_takes_effect_at_once_for_that_tenant_only()
    {
        var overridden = await App.CreateTenantAsync("Solopreneur");
        var neighbour = await App.CreateTenantAsync("Solopreneur");
        using var overriddenAdmin = await App.SignInAsync(overridden.Name);
        using var neighbourAdmin = await App.SignInAsync(neighbour.Name);
        (await FeatureValuesAsync(overriddenAdmin))[SolopreneurFeatures.Invoicing.Default].ShouldBe("true");

        await App.SetFeaturesAsync("T", overridden.Id, (SolopreneurFeatures.Invoicing.Default, "false"), (StartupFeatures.Campaigns, "true"));

        var after = await FeatureValuesAsync(overriddenAdmin);
        after[SolopreneurFeatures.Invoicing.Default].ShouldBe("false");
        after[StartupFeatures.Campaigns].ShouldBe("true");
        var neighbourValues = await FeatureValuesAsync(neighbourAdmin);
        neighbourValues[SolopreneurFeatures.Invoicing.Default].ShouldBe("true");
        neighbourValues[StartupFeatures.Campaigns].ShouldBe("false");
    }

    [Fact]
    public async Task The_host_sees_which_provider_set_each_value_and_can_reset_an_override()
    {
        var tenant = await App.CreateTenantAsync("Startup");
        using var host = await App.HostAdminAsync();
        var route = $"/api/feature-management/features?providerName=T&providerKey={tenant.Id}";
        await App.SetFeaturesAsync("T", tenant.Id, (PlatformFeatures.MaxUsers, "40"));

        var overridden = Feature(await (await host.GetAsync(route)).ShouldBeOkAsync<GetFeatureListResultDto>(), PlatformFeatures.MaxUsers);
        (await host.DeleteAsync(route)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var reset = Feature(await (await host.GetAsync(route)).ShouldBeOkAsync<GetFeatureListResultDto>(), PlatformFeatures.MaxUsers);
        var defaulted = Feature(await (await host.GetAsync(route)).ShouldBeOkAsync<GetFeatureListResultDto>(), "Enterprise.Portfolio");

        overridden.Value.ShouldBe("40");
        overridden.Provider.ShouldBe(new FeatureProviderDto("T", tenant.Id.ToString()));
        reset.Value.ShouldBe("25");
        reset.Provider.Name.ShouldBe("E");
        reset.Provider.Key.ShouldBe(tenant.EditionId.ToString());
        reset.ValueType.ShouldBeOfType<FreeTextStringValueType>();
        defaulted.Provider.Name.ShouldBe("D");
        defaulted.Depth.ShouldBe(0);
        Feature(await (await host.GetAsync(route)).ShouldBeOkAsync<GetFeatureListResultDto>(), SolopreneurFeatures.Invoicing.MaxInvoicesPerMonth)
            .ParentName.ShouldBe(SolopreneurFeatures.Invoicing.Default);
    }

    [Fact]
    public async Task Feature_list_uses_abp_value_types_on_the_wire()
    {
        var tenant = await App.CreateTenantAsync("Startup");
        using var host = await App.HostAdminAsync();

        var json = await (await host.GetAsync($"/api/feature-management/features?providerName=T&providerKey={tenant.Id}")).ShouldBeOkAsync<JsonElement>();

        var features = json.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("features").EnumerateArray()).ToList();
        var toggle = features.Single(f => f.GetProperty("name").GetString() == SolopreneurFeatures.Invoicing.Default);
        toggle.GetProperty("valueType").GetProperty("name").GetString().ShouldBe("ToggleStringValueType");
        toggle.GetProperty("valueType").GetProperty("validator").GetProperty("name").GetString().ShouldBe("BOOLEAN");
        var limit = features.Single(f => f.GetProperty("name").GetString() == PlatformFeatures.MaxUsers);
        limit.GetProperty("valueType").GetProperty("name").GetString().ShouldBe("FreeTextStringValueType");
        limit.GetProperty("valueType").GetProperty("validator").GetProperty("name").GetString().ShouldBe("NUMERIC");
    }

    [Theory]
    [InlineData("Solopreneur.Invoicing", "maybe")]
    [InlineData("Platform.MaxUsers", "-5")]
    [InlineData("Platform.MaxUsers", "many")]
    [InlineData("No.Such.Feature", "true")]
    public async Task Invalid_values_get_400_naming_the_feature(string feature, string value)
    {
        var tenant = await App.CreateTenantAsync("Startup");
        using var host = await App.HostAdminAsync();

        var response = await host.PutAsJsonAsync($"/api/feature-management/features?providerName=T&providerKey={tenant.Id}",
            new UpdateFeaturesInput([new UpdateFeatureInput(feature, value)]), PikarApp.Json);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(feature).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("X", "11111111-1111-1111-1111-111111111111", HttpStatusCode.BadRequest)]
    [InlineData("T", "not-a-guid", HttpStatusCode.BadRequest)]
    [InlineData("T", "11111111-1111-1111-1111-111111111111", HttpStatusCode.NotFound)]
    [InlineData("E", "11111111-1111-1111-1111-111111111111", HttpStatusCode.NotFound)]
    public async Task Unknown_providers_are_refused(string providerName, string providerKey, HttpStatusCode status)
    {
        using var host = await App.HostAdminAsync();

        var response = await host.GetAsync($"/api/feature-management/features?providerName={providerName}&providerKey={providerKey}");

        await response.ShouldBeProblemAsync(status);
    }

    [Fact]
    public async Task Only_the_host_manages_features()
    {
        var tenant = await App.CreateTenantAsync("Enterprise");
        using var admin = await App.SignInAsync(tenant.Name);

        var response = await admin.GetAsync($"/api/feature-management/features?providerName=T&providerKey={tenant.Id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_disabled_tier_feature_answers_403_naming_the_feature_even_for_a_user_without_the_permission()
    {
        var tenant = await App.CreateTenantAsync("Solopreneur");
        using var admin = await App.SignInAsync(tenant.Name);
        await GrantToRoleAsync(admin, "admin", ProbeModule.Permission);
        (await admin.GetAsync(ProbeModule.Route)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput("clerk", "clerk@t.test", TestEnvironment.Password), PikarApp.Json))
            .ShouldBeOkAsync<IdentityUserDto>();
        using var clerk = await App.SignInAsync(tenant.Name, "clerk");
        (await (await clerk.GetAsync(ProbeModule.Route)).ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString()
            .ShouldBe("Pikar:PermissionDenied");

        await App.SetFeaturesAsync("T", tenant.Id, (SolopreneurFeatures.Invoicing.Default, "false"));

        var forAdmin = await (await admin.GetAsync(ProbeModule.Route)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var forClerk = await (await clerk.GetAsync(ProbeModule.Route)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        forAdmin.GetProperty("code").GetString().ShouldBe("Pikar:FeatureNotEnabled");
        forAdmin.GetProperty("detail").GetString()!.ShouldContain(SolopreneurFeatures.Invoicing.Default);
        forClerk.GetProperty("code").GetString().ShouldBe("Pikar:FeatureNotEnabled");
    }

    [Fact]
    public async Task Seats_are_limited_by_the_max_users_feature()
    {
        var tenant = await App.CreateTenantAsync("Solopreneur");
        using var admin = await App.SignInAsync(tenant.Name);
        for (var i = 1; i <= 2; i++)
        {
            await (await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput($"u{i}", $"u{i}@t.test", TestEnvironment.Password), PikarApp.Json))
                .ShouldBeOkAsync<IdentityUserDto>();
        }

        var fourth = await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput("u3", "u3@t.test", TestEnvironment.Password), PikarApp.Json);
        await App.SetFeaturesAsync("T", tenant.Id, (PlatformFeatures.MaxUsers, "4"));
        var afterUpgrade = await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput("u3", "u3@t.test", TestEnvironment.Password), PikarApp.Json);

        (await fourth.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("Identity:MaxUsersReached");
        afterUpgrade.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    internal static async Task<Dictionary<string, string>> FeatureValuesAsync(HttpClient client)
    {
        var configuration = await (await client.GetAsync("/api/abp/application-configuration")).ShouldBeOkAsync<JsonElement>();
        return configuration.GetProperty("features").GetProperty("values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    internal static async Task GrantToRoleAsync(HttpClient admin, string role, params string[] permissions)
    {
        var response = await admin.PutAsJsonAsync($"/api/permission-management/permissions?providerName=R&providerKey={role}",
            new { permissions = permissions.Select(p => new { name = p, isGranted = true }) }, PikarApp.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    private static FeatureDto Feature(GetFeatureListResultDto list, string name) =>
        list.Groups.SelectMany(g => g.Features).Single(f => f.Name == name);
}

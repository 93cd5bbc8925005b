using System.Net;
using System.Text.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Hosting;

[Collection(nameof(OneHostAtATime))]
public sealed class ModuleSelectionTests(TestEnvironment env)
{
    [Fact]
    public async Task A_host_boots_with_a_subset_of_the_tier_modules()
    {
        await using var host = env.CreateExtraHost(("Pikar:TierModules:0", "Solopreneur"));
        using var client = host.App.Anonymous();

        var configuration = await (await client.GetAsync("/api/abp/application-configuration")).ShouldBeOkAsync<JsonElement>();

        var modules = configuration.GetProperty("modules").EnumerateArray().Select(m => m.GetString()).ToList();
        modules.ShouldContain("Solopreneur");
        modules.ShouldNotContain("Startup");
        modules.ShouldNotContain("Enterprise");
        modules.ShouldContain("Identity");
        var features = configuration.GetProperty("features").GetProperty("values").EnumerateObject().Select(p => p.Name).ToList();
        features.ShouldContain("Solopreneur.Invoicing");
        features.ShouldNotContain(f => f.StartsWith("Startup.", StringComparison.Ordinal) || f.StartsWith("Enterprise.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_tenant_is_resolved_from_the_sub_domain_when_a_tenant_domain_is_configured()
    {
        await using var host = env.CreateExtraHost(("Pikar:TenantDomain", "pikar.test"));
        using var client = host.App.Anonymous();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/abp/application-configuration");
        request.Headers.Host = "sme.pikar.test";
        var configuration = await (await client.SendAsync(request)).ShouldBeOkAsync<JsonElement>();
        using var unknown = new HttpRequestMessage(HttpMethod.Get, "/api/abp/application-configuration");
        unknown.Headers.Host = "nobody.pikar.test";
        var unknownResponse = await client.SendAsync(unknown);

        configuration.GetProperty("currentTenant").GetProperty("name").GetString().ShouldBe("sme");
        await unknownResponse.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

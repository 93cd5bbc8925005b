using System.Net;
using System.Net.Http.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>The sandboxes' simulations act on any sandbox account and sign with the real app secrets: off outside development.</summary>
[Collection(nameof(OneHostAtATime))]
public sealed class SandboxSimulationsTests(TestEnvironment env)
{
    [Fact]
    public async Task A_host_with_simulations_off_answers_every_simulation_route_with_404()
    {
        await using var host = env.CreateExtraHost(("Pikar:Integrations:SandboxSimulations", "false"));
        using var anyone = host.App.Anonymous();

        foreach (var route in new[] { "x/simulate/engagement", "x/simulate/revoke", "linkedin/simulate/engagement", "facebook/simulate/engagement" })
        {
            var response = await anyone.PostAsJsonAsync($"/sandbox/{route}", new { handle = "demo" });

            (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).GetRawText().ShouldContain("Pikar:Integrations:SandboxSimulations", customMessage: route);
        }
    }
}

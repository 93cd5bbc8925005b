using System.Net;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations.Connections;
using Pikar.Paging;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>Connecting an account end to end: ticket, OpenIddict's client, the sandbox's consent, the callback.</summary>
public sealed class ConnectFlowTests(TestEnvironment env)
{
    [Fact]
    public async Task A_tenant_admin_connects_an_x_sandbox_account_through_the_provider_s_consent()
    {
        var tenant = await env.App.CreateTenantAsync();
        using var admin = await env.App.SignInAsync(tenant.Name);
        using var popup = OAuthPopup.Open(env.App);
        var handle = $"cf{Random.Shared.Next(100000):D5}";

        var toProvider = await OAuthPopup.ToProviderAsync(admin, popup, "x");
        var back = await XSandbox.AnswerConsentAsync(popup, await popup.GetAsync(toProvider.PathAndQuery), handle);
        var callback = await popup.GetAsync(back.PathAndQuery);

        var page = await callback.Content.ReadAsStringAsync();
        callback.StatusCode.ShouldBe(HttpStatusCode.OK, page);
        page.ShouldContain("Account connected");
        var connections = await (await admin.GetAsync("/api/integrations/connections?provider=x")).ShouldBeOkAsync<PagedResult<ConnectionDto>>();
        var connection = connections.Items.Single();
        connection.DisplayName.ShouldBe("@" + handle);
        connection.IsSandbox.ShouldBeTrue();
        connection.Health.ShouldBe(ConnectionHealth.Healthy);
        connection.AccessTokenExpiresAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_forged_or_expired_connect_link_is_refused()
    {
        using var popup = OAuthPopup.Browser(env.App);

        var response = await popup.GetAsync("/integrations/connect?ticket=forged");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}

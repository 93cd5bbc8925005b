using System.Net;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations.Connections;
using Pikar.Paging;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>Connecting a LinkedIn page end to end: ticket, OpenIddict's client (secret in the form body, no PKCE), the sandbox's consent, the callback.</summary>
public sealed class LinkedInConnectFlowTests(TestEnvironment env)
{
    [Fact]
    public async Task A_tenant_admin_connects_the_organization_page_a_linkedin_sandbox_member_administers()
    {
        var tenant = await env.App.CreateTenantAsync();
        using var admin = await env.App.SignInAsync(tenant.Name);
        using var popup = OAuthPopup.Open(env.App);

        var toProvider = await OAuthPopup.ToProviderAsync(admin, popup, "linkedin");
        toProvider.AbsolutePath.ShouldBe("/sandbox/linkedin/oauth/v2/authorization");
        var back = await LinkedInSandbox.AnswerConsentAsync(popup, await popup.GetAsync(toProvider.PathAndQuery), LinkedInSandbox.Handle("flow"), "Flow Bakery");
        var callback = await popup.GetAsync(back.PathAndQuery);

        var page = await callback.Content.ReadAsStringAsync();
        callback.StatusCode.ShouldBe(HttpStatusCode.OK, page);
        page.ShouldContain("Account connected");
        var connection = (await (await admin.GetAsync("/api/integrations/connections?provider=linkedin")).ShouldBeOkAsync<PagedResult<ConnectionDto>>()).Items.Single();
        connection.DisplayName.ShouldBe("Flow Bakery");
        connection.AccountId.ShouldStartWith("urn:li:organization:");
        connection.IsSandbox.ShouldBeTrue();
        connection.Health.ShouldBe(ConnectionHealth.Healthy);
        connection.AccessTokenExpiresAt.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddDays(59), "LinkedIn's tokens live 60 days");
    }
}

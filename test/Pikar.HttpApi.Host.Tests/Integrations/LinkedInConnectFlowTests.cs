using System.Net;
using System.Net.Http.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations.Connect;
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
        // A browser on HTTPS: OpenIddict's correlation cookie is Secure, as it must be in production.
        using var popup = env.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });

        var authorization = await (await admin.PostAsJsonAsync("/api/integrations/connections/authorize", new AuthorizeConnectionInput("linkedin", true), PikarApp.Json))
            .ShouldBeOkAsync<ConnectionAuthorizationDto>();
        var toProvider = await popup.GetAsync(authorization.Url);
        toProvider.StatusCode.ShouldBe(HttpStatusCode.Redirect, await toProvider.Content.ReadAsStringAsync());
        toProvider.Headers.Location!.AbsolutePath.ShouldBe("/sandbox/linkedin/oauth/v2/authorization");
        var back = await LinkedInSandbox.AnswerConsentAsync(popup, await popup.GetAsync(toProvider.Headers.Location!.PathAndQuery), LinkedInSandbox.Handle("flow"), "Flow Bakery");
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

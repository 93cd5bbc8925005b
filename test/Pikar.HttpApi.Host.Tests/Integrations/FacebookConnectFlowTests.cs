using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Providers.Facebook;
using Pikar.MultiTenancy;
using Pikar.Paging;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>Connecting a Facebook Page end to end: ticket, OpenIddict's client, the sandbox's login dialog, the callback.</summary>
public sealed class FacebookConnectFlowTests(TestEnvironment env)
{
    [Fact]
    public async Task A_tenant_admin_connects_a_facebook_sandbox_page_which_is_stored_with_its_page_token()
    {
        var tenant = await env.App.CreateTenantAsync();
        using var admin = await env.App.SignInAsync(tenant.Name);
        using var popup = OAuthPopup.Open(env.App);
        var handle = FacebookSandbox.Handle("cf");

        var toFacebook = await OAuthPopup.ToProviderAsync(admin, popup, "facebook");
        toFacebook.AbsolutePath.ShouldBe("/sandbox/facebook/v21.0/dialog/oauth");
        var back = await FacebookSandbox.AnswerDialogAsync(popup, await popup.GetAsync(toFacebook.PathAndQuery), handle, "Flow Florist");
        var callback = await popup.GetAsync(back.PathAndQuery);

        var page = await callback.Content.ReadAsStringAsync();
        callback.StatusCode.ShouldBe(HttpStatusCode.OK, page);
        page.ShouldContain("Account connected");
        var connection = (await (await admin.GetAsync("/api/integrations/connections?provider=facebook")).ShouldBeOkAsync<PagedResult<ConnectionDto>>()).Items.Single();
        connection.DisplayName.ShouldBe("Flow Florist");
        connection.IsSandbox.ShouldBeTrue();
        connection.Health.ShouldBe(ConnectionHealth.Healthy);
        connection.AccessTokenExpiresAt.ShouldBeNull("a Page token does not expire");
        connection.Scopes.ShouldBe(FacebookScopes.Requested);

        await using var scope = env.App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant.Id))
        {
            // Only the Page's own token may publish as the Page: the stored token is the Page token, not the user's.
            var postId = await scope.ServiceProvider.GetRequiredService<FacebookConnectionClient>().PublishAsync(connection.Id, "Connected!", CancellationToken.None);

            postId.ShouldStartWith(connection.AccountId + "_");
        }
    }

    [Fact]
    public async Task A_declined_facebook_login_stores_nothing_and_says_so()
    {
        var tenant = await env.App.CreateTenantAsync();
        using var admin = await env.App.SignInAsync(tenant.Name);
        using var popup = OAuthPopup.Open(env.App);

        var toFacebook = await OAuthPopup.ToProviderAsync(admin, popup, "facebook");
        var back = await FacebookSandbox.AnswerDialogAsync(popup, await popup.GetAsync(toFacebook.PathAndQuery), "decliner", "Nope", "deny");
        var callback = await popup.GetAsync(back.PathAndQuery);

        callback.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var connections = await (await admin.GetAsync("/api/integrations/connections?provider=facebook")).ShouldBeOkAsync<PagedResult<ConnectionDto>>();
        connections.TotalCount.ShouldBe(0);
    }
}

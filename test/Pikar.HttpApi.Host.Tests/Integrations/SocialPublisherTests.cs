using Microsoft.Extensions.DependencyInjection;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Providers;
using Pikar.Integrations.Social;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>
/// Publishing to a connected account on each network through its sandbox, and finding a post again by its text: what
/// a retry asks before posting twice.
/// </summary>
public sealed class SocialPublisherTests(TestEnvironment env)
{
    [Theory]
    [InlineData(IntegrationProviders.X)]
    [InlineData(IntegrationProviders.LinkedIn)]
    [InlineData(IntegrationProviders.Facebook)]
    public async Task A_post_is_published_and_a_retry_finds_it_instead_of_posting_again(string provider)
    {
        var (tenantId, _, connectionId) = await ConnectAsync(provider, "ok");
        var since = DateTimeOffset.UtcNow;
        var text = $"Launch day {Guid.NewGuid():N}";

        var (published, found, notPosted, posts) = await AsTenantAsync(tenantId, async publisher => (
            await publisher.PublishAsync(connectionId, text, CancellationToken.None),
            await publisher.FindPublishedAsync(connectionId, text, since, CancellationToken.None),
            await publisher.FindPublishedAsync(connectionId, "Never written", since, CancellationToken.None),
            await ((ISocialAnalytics)publisher).ReadRecentPostsAsync(connectionId, 10, CancellationToken.None)));

        published.PostId.ShouldNotBeNullOrWhiteSpace();
        published.Url.ShouldNotBeNull().Scheme.ShouldBe("https");
        found.ShouldNotBeNull().PostId.ShouldBe(published.PostId);
        notPosted.ShouldBeNull();
        posts.Count(p => p.Text == text).ShouldBe(1);
    }

    [Fact]
    public async Task A_post_the_network_refuses_is_a_request_error_and_a_revoked_account_needs_reconnecting()
    {
        var (tenantId, _, connectionId) = await ConnectAsync(IntegrationProviders.X, "ok");
        var (revokedTenant, revokedTenantName, revokedConnection) = await ConnectAsync(IntegrationProviders.X, "revoked");

        await AsTenantAsync(tenantId, async publisher =>
            await Should.ThrowAsync<ProviderRequestException>(() => publisher.PublishAsync(connectionId, new string('a', 281), CancellationToken.None)));
        await AsTenantAsync(revokedTenant, async publisher =>
            await Should.ThrowAsync<ProviderUnauthorizedException>(() => publisher.PublishAsync(revokedConnection, "Hello", CancellationToken.None)));

        using var admin = await env.App.SignInAsync(revokedTenantName);
        (await (await admin.GetAsync($"/api/integrations/connections/{revokedConnection}")).ShouldBeOkAsync<ConnectionDto>())
            .Health.ShouldBe(ConnectionHealth.ReauthRequired);
    }

    /// <summary>A new tenant with one sandbox account on the network, its handle ending in <paramref name="trouble"/>.</summary>
    private async Task<(Guid TenantId, string TenantName, Guid ConnectionId)> ConnectAsync(string provider, string trouble)
    {
        var tenant = await env.App.CreateTenantAsync();
        using var admin = await env.App.SignInAsync(tenant.Name);
        var adminId = await PikarApp.UserIdAsync(admin);
        var account = provider switch
        {
            IntegrationProviders.X => await XAccountAsync(trouble),
            IntegrationProviders.LinkedIn => await LinkedInAccountAsync(trouble),
            _ => await FacebookAccountAsync(trouble),
        };
        var connection = await env.App.InTenantAsync(tenant.Id, services =>
            services.GetRequiredService<ConnectionService>().ConnectAsync(account, adminId, CancellationToken.None));
        return (tenant.Id, tenant.Name, connection.Id);
    }

    private async Task<AuthorizedAccount> XAccountAsync(string trouble)
    {
        var handle = $"p{Random.Shared.Next(100_000):D5}_{trouble}";
        var token = await XSandbox.AccessTokenAsync(env.App, handle);
        using var http = new HttpClient(env.App.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost/sandbox/x/") };
        var accountId = trouble == "revoked" ? handle : (await Network(IntegrationProviders.X).IdentifyAsync(http, token, CancellationToken.None)).AccountId;
        return new AuthorizedAccount(IntegrationProviders.X, true, accountId, "@" + handle, ["tweet.write"], token, null, DateTimeOffset.UtcNow.AddHours(2));
    }

    private async Task<AuthorizedAccount> LinkedInAccountAsync(string trouble)
    {
        var token = await LinkedInSandbox.AccessTokenAsync(env.App, LinkedInSandbox.Handle(trouble));
        using var http = new HttpClient(env.App.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost/sandbox/linkedin/") };
        var identity = await Network(IntegrationProviders.LinkedIn).IdentifyAsync(http, token, CancellationToken.None);
        return new AuthorizedAccount(IntegrationProviders.LinkedIn, true, identity.AccountId, identity.DisplayName, ["w_organization_social"], token, null,
            DateTimeOffset.UtcNow.AddDays(60));
    }

    private async Task<AuthorizedAccount> FacebookAccountAsync(string trouble)
    {
        var page = await FacebookSandbox.PageAsync(env.App, FacebookSandbox.Handle(trouble));
        return new AuthorizedAccount(IntegrationProviders.Facebook, true, page.Id, page.Name, ["pages_manage_posts"], page.AccessToken, null, null);
    }

    private ISocialNetworkApi Network(string provider) => env.App.Services.GetServices<ISocialNetworkApi>().Single(n => n.Provider == provider);

    private Task<T> AsTenantAsync<T>(Guid tenantId, Func<ISocialPublisher, Task<T>> work) =>
        env.App.InTenantAsync(tenantId, services => work(services.GetRequiredService<ISocialPublisher>()));
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Providers;
using Pikar.Integrations.Providers.LinkedIn;
using Pikar.Integrations.Social;
using Pikar.MultiTenancy;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>Pikar's real LinkedIn client against the LinkedIn sandbox: the page, its posts and figures, and the trouble the sandbox makes on demand.</summary>
public sealed class LinkedInApiClientTests(TestEnvironment env)
{
    [Fact]
    public async Task Identifies_the_administered_page_posts_reads_newest_first_with_metrics_and_deletes()
    {
        var token = await LinkedInSandbox.AccessTokenAsync(env.App, LinkedInSandbox.Handle("ok"), "Northwind Traders");
        var client = Client();

        var identity = await Network().IdentifyAsync(Http(), token, CancellationToken.None);
        var first = await client.CreatePostAsync(token, identity.AccountId, "Hello (world) #launch", CancellationToken.None);
        var second = await client.CreatePostAsync(token, identity.AccountId, "Second post", CancellationToken.None);
        var posts = await client.GetRecentPostsAsync(token, identity.AccountId, 10, CancellationToken.None);
        var metrics = await client.GetPostMetricsAsync(token, identity.AccountId, [first, second], CancellationToken.None);
        var followers = await client.GetFollowerCountAsync(token, identity.AccountId, CancellationToken.None);
        await client.DeletePostAsync(token, first, CancellationToken.None);
        var afterDelete = await client.GetRecentPostsAsync(token, identity.AccountId, 10, CancellationToken.None);

        identity.AccountId.ShouldStartWith("urn:li:organization:");
        identity.DisplayName.ShouldBe("Northwind Traders");
        first.ShouldStartWith("urn:li:share:");
        posts.Select(p => p.Urn).ShouldBe([second, first]);
        posts[1].Text.ShouldBe("Hello (world) #launch", "the text reads back as written, whatever LinkedIn's little text format escaped");
        metrics.Select(m => m.PostUrn).ShouldBe([first, second]);
        metrics.ShouldAllBe(m => m.Impressions != null && m.Reach != null && m.Likes != null && m.Comments != null && m.Shares != null);
        metrics.ShouldAllBe(m => m.Unavailable.Count == 0);
        followers.ShouldNotBeNull().ShouldBeGreaterThan(0);
        afterDelete.Select(p => p.Urn).ShouldBe([second]);
    }

    [Fact]
    public async Task A_figure_linkedin_no_longer_serves_is_reported_unavailable_with_a_reason_not_as_zero()
    {
        var token = await LinkedInSandbox.AccessTokenAsync(env.App, LinkedInSandbox.Handle("nometrics"));
        var identity = await Network().IdentifyAsync(Http(), token, CancellationToken.None);
        await Client().CreatePostAsync(token, identity.AccountId, "Counting quietly", CancellationToken.None);

        var post = (await Network().ReadRecentPostsAsync(Http(), token, identity.AccountId, 5, CancellationToken.None)).Single();

        post.Impressions.ShouldBeNull();
        post.Reach.ShouldBeNull();
        post.Unavailable[SocialMetric.Impressions].ShouldContain("totalShareStatistics.impressionCount");
        post.Unavailable[SocialMetric.Reach].ShouldContain("totalShareStatistics.uniqueImpressionsCount");
        post.Likes.ShouldNotBeNull();
        post.Shares.ShouldNotBeNull();
        post.Url!.ToString().ShouldBe("https://www.linkedin.com/feed/update/" + post.PostId);
    }

    [Fact]
    public async Task Rate_limits_revoked_tokens_and_outages_become_errors_the_caller_can_act_on()
    {
        var limited = await LinkedInSandbox.AccessTokenAsync(env.App, LinkedInSandbox.Handle("ratelimited"));
        var revoked = await LinkedInSandbox.AccessTokenAsync(env.App, LinkedInSandbox.Handle("revoked"));
        var down = await LinkedInSandbox.AccessTokenAsync(env.App, LinkedInSandbox.Handle("outage"));
        var client = Client();

        var rateLimit = await Should.ThrowAsync<ProviderRateLimitedException>(() => client.GetAdministeredOrganizationsAsync(limited, CancellationToken.None));
        var refusal = await Should.ThrowAsync<ProviderUnauthorizedException>(() => client.GetAdministeredOrganizationsAsync(revoked, CancellationToken.None));
        await Should.ThrowAsync<ProviderUnavailableException>(() => client.GetAdministeredOrganizationsAsync(down, CancellationToken.None));
        await Should.ThrowAsync<ProviderUnauthorizedException>(() => client.GetAdministeredOrganizationsAsync("no-such-token", CancellationToken.None));

        rateLimit.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
        refusal.Message.ShouldContain("revoked");
    }

    [Fact]
    public async Task Without_retry_after_a_rate_limit_waits_for_linkedin_s_daily_reset_at_midnight_utc()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 21, 0, 0, TimeSpan.Zero));
        using var http = new HttpClient(new Answering(HttpStatusCode.TooManyRequests)) { BaseAddress = new Uri("https://api.linkedin.test/") };

        var rateLimit = await Should.ThrowAsync<ProviderRateLimitedException>(
            () => new LinkedInApiClient(http, clock).GetFollowerCountAsync("token", "urn:li:organization:1", CancellationToken.None));

        rateLimit.RetryAfter.ShouldBe(TimeSpan.FromHours(3));
    }

    [Fact]
    public async Task A_post_linkedin_refuses_is_a_request_error_with_linkedin_s_reason()
    {
        var token = await LinkedInSandbox.AccessTokenAsync(env.App, LinkedInSandbox.Handle("long"));
        var identity = await Network().IdentifyAsync(Http(), token, CancellationToken.None);

        var tooLong = await Should.ThrowAsync<ProviderRequestException>(() => Client().CreatePostAsync(token, identity.AccountId, new string('a', 3001), CancellationToken.None));
        var notTheirs = await Should.ThrowAsync<ProviderRequestException>(() => Client().CreatePostAsync(token, "urn:li:organization:1", "Hi", CancellationToken.None));

        tooLong.Message.ShouldContain("422");
        tooLong.Message.ShouldContain("/commentary");
        notTheirs.Message.ShouldContain("403");
    }

    private HttpClient Http() => new(env.App.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost/sandbox/linkedin/") };

    private LinkedInApiClient Client() => new(Http(), TimeProvider.System);

    private static LinkedInSocialNetwork Network() => new(TimeProvider.System);

    private sealed class Answering(HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent("""{"status":429,"message":"Resource level throttle APPLICATION DAY limit for calls to this resource is reached."}""") });
    }
}

/// <summary>LinkedIn on behalf of a tenant's connection: the page's token and URN, the demo page, and a refusal reported.</summary>
public sealed class LinkedInConnectionTests(TestEnvironment env)
{
    [Fact]
    public async Task A_page_connection_posts_as_its_page_and_a_revoked_grant_marks_it_for_reconnection()
    {
        var tenant = await env.App.CreateTenantAsync();
        using var admin = await env.App.SignInAsync(tenant.Name);
        var adminId = await PikarApp.UserIdAsync(admin);
        var good = await ConnectAsync(tenant.Id, adminId, LinkedInSandbox.Handle("ok"));
        var revoked = await ConnectAsync(tenant.Id, adminId, LinkedInSandbox.Handle("revoked"));

        await using var scope = env.App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant.Id))
        {
            var linkedIn = scope.ServiceProvider.GetRequiredService<LinkedInConnectionClient>();
            var analytics = scope.ServiceProvider.GetRequiredService<ISocialAnalytics>();
            var posted = await linkedIn.PostAsync(good.Id, "Posted through the connection", CancellationToken.None);
            var recent = await analytics.ReadRecentPostsAsync(good.Id, 5, CancellationToken.None);
            await Should.ThrowAsync<ProviderUnauthorizedException>(() => analytics.ReadAccountAsync(revoked.Id, CancellationToken.None));

            recent.Single().PostId.ShouldBe(posted);
            recent.Single().Text.ShouldBe("Posted through the connection");
            (await linkedIn.DeleteAsync(good.Id, posted, CancellationToken.None)).ShouldBeTrue();
        }

        var after = await (await admin.GetAsync($"/api/integrations/connections/{revoked.Id}")).ShouldBeOkAsync<ConnectionDto>();
        after.Health.ShouldBe(ConnectionHealth.ReauthRequired);
        after.LastError!.ShouldContain("LinkedIn");
    }

    [Fact]
    public async Task A_demo_tenant_s_linkedin_page_is_a_live_sandbox_page_with_a_month_of_posts_and_an_expiring_token()
    {
        using var admin = await env.App.SignInAsync("sme");
        var page = (await (await admin.GetAsync("/api/integrations/connections?provider=linkedin"))
            .ShouldBeOkAsync<Pikar.Paging.PagedResult<ConnectionDto>>()).Items.Single();
        var sme = await (await env.App.Anonymous().GetAsync("/api/abp/multi-tenancy/tenants/by-name/sme")).ShouldBeOkAsync<System.Text.Json.JsonElement>();

        await using var scope = env.App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(sme.GetProperty("tenantId").GetGuid()))
        {
            var analytics = scope.ServiceProvider.GetRequiredService<ISocialAnalytics>();
            var account = await analytics.ReadAccountAsync(page.Id, CancellationToken.None);
            var posts = await analytics.ReadRecentPostsAsync(page.Id, 20, CancellationToken.None);

            account.AccountId.ShouldBe(page.AccountId);
            account.DisplayName.ShouldBe("Pikar Demo");
            account.Followers.ShouldNotBeNull().ShouldBeGreaterThan(0);
            posts.Count.ShouldBeGreaterThanOrEqualTo(12);
            posts.Select(p => p.PublishedAt).ShouldBeInOrder(SortDirection.Descending);
            posts.Min(p => p.PublishedAt).ShouldBeLessThan(DateTimeOffset.UtcNow.AddDays(-21));
            posts.Where(p => p.PublishedAt < DateTimeOffset.UtcNow.AddDays(-1)).ShouldAllBe(p => p.Impressions > 0 && p.Reach > 0 && p.Reach < p.Impressions);
        }

        page.AccountId.ShouldStartWith("urn:li:organization:");
        page.AccessTokenExpiresAt.ShouldNotBeNull().ShouldBeLessThan(DateTimeOffset.UtcNow.AddDays(3));
    }

    private async Task<ConnectionDto> ConnectAsync(Guid tenantId, Guid userId, string handle)
    {
        var token = await LinkedInSandbox.AccessTokenAsync(env.App, handle, "Page of " + handle);
        var identity = handle.EndsWith("_revoked", StringComparison.Ordinal)
            ? ("urn:li:organization:1", "Revoked page")
            : await IdentifyAsync(token);
        await using var scope = env.App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            return await scope.ServiceProvider.GetRequiredService<ConnectionService>().ConnectAsync(
                new AuthorizedAccount(IntegrationProviders.LinkedIn, true, identity.Item1, identity.Item2, LinkedInScopes.Requested, token, null,
                    DateTimeOffset.UtcNow.AddDays(60)),
                userId, CancellationToken.None);
        }
    }

    private async Task<(string, string)> IdentifyAsync(string token)
    {
        using var http = new HttpClient(env.App.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost/sandbox/linkedin/") };
        var identity = await new LinkedInSocialNetwork(TimeProvider.System).IdentifyAsync(http, token, CancellationToken.None);
        return (identity.AccountId, identity.DisplayName);
    }
}

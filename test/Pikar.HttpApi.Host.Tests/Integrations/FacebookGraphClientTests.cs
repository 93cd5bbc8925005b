using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Providers;
using Pikar.Integrations.Providers.Facebook;
using Pikar.Integrations.Social;
using Pikar.MultiTenancy;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>Pikar's real Graph client against the Facebook sandbox: the Page it connects, its answers, and the trouble the sandbox makes on demand.</summary>
public sealed class FacebookGraphClientTests(TestEnvironment env)
{
    [Fact]
    public async Task Identifies_the_first_granted_page_with_a_page_token_that_does_not_expire()
    {
        var handle = FacebookSandbox.Handle("id");
        var userToken = await FacebookSandbox.UserTokenAsync(env.App, handle, "Corner Shop");

        var identity = await Network().IdentifyAsync(SandboxClient(), userToken, CancellationToken.None);
        using var asPage = FacebookSandbox.Graph(env.App, identity.AccessToken);
        var posted = await asPage.PostAsync($"{identity.AccountId}/feed", new FormUrlEncodedContent([new("message", "Open today")]));

        identity.DisplayName.ShouldBe("Corner Shop");
        identity.AccessToken.ShouldNotBeNull();
        identity.AccessToken.ShouldNotBe(userToken);
        identity.AccessTokenExpiresAt.ShouldBeNull();
        posted.StatusCode.ShouldBe(HttpStatusCode.OK, "only a Page token posts as the Page");
    }

    [Fact]
    public async Task Reads_followers_and_recent_posts_newest_first_with_insights_reactions_comments_and_shares()
    {
        var page = await FacebookSandbox.PageAsync(env.App, FacebookSandbox.Handle("ok"));
        var graph = Client();
        var first = await graph.PublishAsync(page.AccessToken, page.Id, "First post", CancellationToken.None);
        var second = await graph.PublishAsync(page.AccessToken, page.Id, "Second post", CancellationToken.None);
        var gone = await graph.PublishAsync(page.AccessToken, page.Id, "Typo", CancellationToken.None);
        (await graph.DeleteAsync(page.AccessToken, gone, CancellationToken.None)).ShouldBeTrue();
        var empty = await Should.ThrowAsync<ProviderRequestException>(() => graph.PublishAsync(page.AccessToken, page.Id, "", CancellationToken.None));

        var account = await Network().ReadAccountAsync(SandboxClient(), page.AccessToken, page.Id, CancellationToken.None);
        var posts = await Network().ReadRecentPostsAsync(SandboxClient(), page.AccessToken, page.Id, 10, CancellationToken.None);

        first.ShouldStartWith(page.Id + "_");
        empty.Message.ShouldContain("(#100)");
        account.DisplayName.ShouldBe(page.Name);
        account.Followers.ShouldNotBeNull();
        account.Unavailable.ShouldBeEmpty();
        posts.Select(p => p.PostId).ShouldBe([second, first]);
        posts[0].Text.ShouldBe("Second post");
        posts[0].Url!.AbsolutePath.ShouldBe($"/sandbox/facebook/{page.Id}/posts/{second[(page.Id.Length + 1)..]}");
        posts.ShouldAllBe(p => p.Impressions != null && p.Reach != null && p.Likes != null && p.Comments != null && p.Shares != null);
        posts.ShouldAllBe(p => p.Unavailable.Count == 0);
    }

    [Fact]
    public async Task Metrics_facebook_refuses_are_unavailable_with_its_reason_while_the_rest_of_the_post_comes_through()
    {
        var page = await FacebookSandbox.PageAsync(env.App, FacebookSandbox.Handle("nometrics"));
        await Client().PublishAsync(page.AccessToken, page.Id, "Counting quietly", CancellationToken.None);

        var post = (await Network().ReadRecentPostsAsync(SandboxClient(), page.AccessToken, page.Id, 5, CancellationToken.None)).Single();

        post.Impressions.ShouldBeNull();
        post.Reach.ShouldBeNull();
        post.Unavailable[SocialMetric.Impressions].ShouldContain("The value must be a valid insights metric");
        post.Unavailable[SocialMetric.Reach].ShouldContain("The value must be a valid insights metric");
        post.Likes.ShouldNotBeNull();
        post.Comments.ShouldNotBeNull();
        post.Shares.ShouldNotBeNull();
        post.Unavailable.Keys.ShouldBe([SocialMetric.Impressions, SocialMetric.Reach], ignoreOrder: true);
        var account = await Network().ReadAccountAsync(SandboxClient(), page.AccessToken, page.Id, CancellationToken.None);
        account.Followers.ShouldNotBeNull();
        var insights = account.PageInsights.ShouldNotBeNull();
        insights.Impressions.ShouldBeNull();
        insights.Unavailable[SocialMetric.Reach].ShouldContain("The value must be a valid insights metric");
    }

    [Fact]
    public async Task Page_insights_give_the_page_s_impressions_and_reach_over_the_last_28_days()
    {
        var page = await FacebookSandbox.PageAsync(env.App, FacebookSandbox.Handle("pi"));
        await Client().PublishAsync(page.AccessToken, page.Id, "Seen by some", CancellationToken.None);
        using var asPage = FacebookSandbox.Graph(env.App, page.AccessToken);

        var insights = (await Network().ReadAccountAsync(SandboxClient(), page.AccessToken, page.Id, CancellationToken.None)).PageInsights.ShouldNotBeNull();
        var daily = await asPage.GetAsync($"{page.Id}/insights?metric=page_impressions&period=day");

        insights.Unavailable.ShouldBeEmpty();
        insights.Impressions.ShouldNotBeNull();
        insights.Reach.ShouldNotBeNull().ShouldBeLessThanOrEqualTo(insights.Impressions!.Value);
        (await daily.Content.ReadAsStringAsync()).ShouldContain("(#100)", customMessage: "the sandbox serves days_28 only, and says so as Graph does");
    }

    [Fact]
    public async Task Throttling_revoked_tokens_and_outages_become_errors_the_caller_can_act_on()
    {
        var limited = await FacebookSandbox.PageAsync(env.App, FacebookSandbox.Handle("ratelimited"));
        var revoked = await FacebookSandbox.PageAsync(env.App, FacebookSandbox.Handle("revoked"));
        var down = await FacebookSandbox.PageAsync(env.App, FacebookSandbox.Handle("outage"));
        var graph = Client();

        var throttled = await Should.ThrowAsync<ProviderRateLimitedException>(() => graph.GetPageAsync(limited.AccessToken, limited.Id, CancellationToken.None));
        var refused = await Should.ThrowAsync<ProviderUnauthorizedException>(() => graph.GetPageAsync(revoked.AccessToken, revoked.Id, CancellationToken.None));
        await Should.ThrowAsync<ProviderUnavailableException>(() => graph.GetPageAsync(down.AccessToken, down.Id, CancellationToken.None));
        await Should.ThrowAsync<ProviderUnauthorizedException>(() => graph.GetPageAsync("no-such-token", limited.Id, CancellationToken.None));

        throttled.RetryAfter.ShouldBe(TimeSpan.FromMinutes(3), "the Page's estimated_time_to_regain_access, in minutes");
        refused.Message.ShouldContain("has not authorized application");
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, """{"error":{"message":"Too many","type":"OAuthException","code":999}}""", "Retry-After", "42", 42)]
    [InlineData(HttpStatusCode.Forbidden, """{"error":{"message":"(#4) Application request limit reached","type":"OAuthException","code":4}}""",
        "X-App-Usage", """{"call_count":100,"total_cputime":20,"total_time":20,"estimated_time_to_regain_access":2}""", 120)]
    [InlineData(HttpStatusCode.BadRequest, """{"error":{"message":"(#17) User request limit reached","type":"OAuthException","code":17}}""", "X-Other", "", 300)]
    public async Task A_throttled_answer_tells_how_long_to_wait_from_retry_after_or_the_usage_headers(
        HttpStatusCode status, string body, string header, string value, int seconds)
    {
        var graph = new FacebookGraphClient(new HttpClient(new Answering(status, body, header, value)) { BaseAddress = new Uri("https://graph.example/v21.0/") }, TimeProvider.System);

        var throttled = await Should.ThrowAsync<ProviderRateLimitedException>(() => graph.GetPageAsync("token", "1", CancellationToken.None));

        throttled.RetryAfter.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public async Task A_token_error_is_unauthorized_whatever_its_http_status()
    {
        const string body = """{"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190,"error_subcode":463}}""";
        var graph = new FacebookGraphClient(new HttpClient(new Answering(HttpStatusCode.Forbidden, body, "X-Other", "")) { BaseAddress = new Uri("https://graph.example/v21.0/") },
            TimeProvider.System);

        var refused = await Should.ThrowAsync<ProviderUnauthorizedException>(() => graph.GetPageAsync("token", "1", CancellationToken.None));

        refused.Message.ShouldContain("Session has expired");
    }

    private FacebookGraphClient Client() => new(FacebookSandbox.Graph(env.App), TimeProvider.System);

    private HttpClient SandboxClient() => env.App.Services.GetRequiredService<IHttpClientFactory>().CreateClient("facebook-sandbox");

    private ISocialNetworkApi Network() => env.App.Services.GetServices<ISocialNetworkApi>().Single(n => n.Provider == IntegrationProviders.Facebook);

    private sealed class Answering(HttpStatusCode status, string body, string header, string value) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            response.Headers.TryAddWithoutValidation(header, value);
            return Task.FromResult(response);
        }
    }
}

/// <summary>A Page on behalf of a tenant's connection: its Page token, the sandbox for sandbox Pages, and a refusal reported.</summary>
public sealed class FacebookConnectionClientTests(TestEnvironment env)
{
    [Fact]
    public async Task A_connected_page_publishes_and_deletes_and_a_revoked_one_is_marked_for_reconnection()
    {
        var tenant = await env.App.CreateTenantAsync();
        using var admin = await env.App.SignInAsync(tenant.Name);
        var adminId = await PikarApp.UserIdAsync(admin);
        var good = await ConnectAsync(tenant.Id, adminId, await FacebookSandbox.PageAsync(env.App, FacebookSandbox.Handle("ok")));
        var revoked = await ConnectAsync(tenant.Id, adminId, await FacebookSandbox.PageAsync(env.App, FacebookSandbox.Handle("revoked")));

        await using var scope = env.App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant.Id))
        {
            var facebook = scope.ServiceProvider.GetRequiredService<FacebookConnectionClient>();
            var analytics = scope.ServiceProvider.GetRequiredService<ISocialAnalytics>();
            var postId = await facebook.PublishAsync(good.Id, "Hello from Pikar", CancellationToken.None);
            var posts = await analytics.ReadRecentPostsAsync(good.Id, 5, CancellationToken.None);
            var deleted = await facebook.DeleteAsync(good.Id, postId, CancellationToken.None);
            await Should.ThrowAsync<ProviderUnauthorizedException>(() => analytics.ReadAccountAsync(revoked.Id, CancellationToken.None));

            posts.Single().PostId.ShouldBe(postId);
            deleted.ShouldBeTrue();
        }

        var after = await (await admin.GetAsync($"/api/integrations/connections/{revoked.Id}")).ShouldBeOkAsync<ConnectionDto>();
        after.Health.ShouldBe(ConnectionHealth.ReauthRequired);
        after.LastError!.ShouldContain("Facebook no longer accepts");
    }

    [Fact]
    public async Task A_demo_tenant_s_facebook_page_is_a_live_sandbox_page_with_a_month_of_posts()
    {
        using var admin = await env.App.SignInAsync("sme");
        var facebook = (await (await admin.GetAsync("/api/integrations/connections?provider=facebook"))
            .ShouldBeOkAsync<Pikar.Paging.PagedResult<ConnectionDto>>()).Items.Single();
        var sme = await (await env.App.Anonymous().GetAsync("/api/abp/multi-tenancy/tenants/by-name/sme")).ShouldBeOkAsync<System.Text.Json.JsonElement>();

        await using var scope = env.App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(sme.GetProperty("tenantId").GetGuid()))
        {
            var analytics = scope.ServiceProvider.GetRequiredService<ISocialAnalytics>();
            var page = await analytics.ReadAccountAsync(facebook.Id, CancellationToken.None);
            var posts = await analytics.ReadRecentPostsAsync(facebook.Id, 50, CancellationToken.None);

            page.AccountId.ShouldBe(facebook.AccountId);
            page.DisplayName.ShouldBe("Pikar Demo Page");
            posts.Count.ShouldBeGreaterThanOrEqualTo(12);
            posts.Select(p => p.PublishedAt).ShouldBeInOrder(SortDirection.Descending);
            posts[^1].PublishedAt.ShouldBeLessThan(DateTimeOffset.UtcNow.AddDays(-21));
            // The seeded posts have gathered figures (other tests may have just posted to the same demo Page).
            posts.Where(p => p.PublishedAt < DateTimeOffset.UtcNow.AddHours(-1)).ShouldAllBe(p => p.Impressions > 0 && p.Reach > 0);
        }

        facebook.DisplayName.ShouldBe("Pikar Demo Page");
        facebook.AccessTokenExpiresAt.ShouldBeNull("a Page token does not expire");
    }

    private async Task<ConnectionDto> ConnectAsync(Guid tenantId, Guid userId, FacebookSandbox.Page page)
    {
        await using var scope = env.App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            return await scope.ServiceProvider.GetRequiredService<ConnectionService>().ConnectAsync(
                new AuthorizedAccount(IntegrationProviders.Facebook, true, page.Id, page.Name, FacebookScopes.Requested, page.AccessToken, null, null),
                userId, CancellationToken.None);
        }
    }
}

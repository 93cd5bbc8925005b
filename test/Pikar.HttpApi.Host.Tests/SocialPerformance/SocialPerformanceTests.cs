using System.Net;
using System.Net.Http.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations.Connect;
using Pikar.Integrations.Connections;
using Pikar.Paging;
using Pikar.Solopreneur;
using Pikar.Solopreneur.SocialPerformance;
using static Pikar.HttpApi.Host.Tests.SocialPerformance.SocialAccounts;

namespace Pikar.HttpApi.Host.Tests.SocialPerformance;

/// <summary>The social performance dashboard's routes, through the host against the X sandbox.</summary>
public sealed class SocialPerformanceTests(TestEnvironment env)
{
    [Fact]
    public async Task A_tenant_with_nothing_connected_gets_empty_lists_not_errors()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);

        (await ListAsync(admin)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_connected_account_syncs_on_refresh_now_with_followers_series_and_posts()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);
        var handle = NewHandle();
        var account = await ConnectXAsync(env.App, admin, handle);
        account.SyncStatus.ShouldBe(SyncStatus.Pending);
        account.Latest.ShouldBeNull();
        await PostTweetAsync(handle, "Hello from the sandbox");

        var synced = await SyncAsync(admin, account.Id);

        synced.SyncStatus.ShouldBe(SyncStatus.Succeeded);
        synced.LastSyncTime.ShouldNotBeNull();
        synced.NextSyncTime.ShouldNotBeNull().ShouldBeGreaterThan(synced.LastSyncTime.Value);
        synced.Latest.ShouldNotBeNull().Followers.ShouldNotBeNull().ShouldBeGreaterThan(0);
        // X has no reach: said so, never a zero.
        synced.Latest.Reach.ShouldBeNull();
        synced.Latest.Unavailable["reach"].ShouldContain("reach");

        var series = await (await admin.GetAsync($"{Route}/accounts/{account.Id}/metrics?interval=hour")).ShouldBeOkAsync<SocialMetricSeriesDto>();
        series.Points.ShouldHaveSingleItem().Followers.ShouldBe(synced.Latest.Followers);
        var posts = await (await admin.GetAsync($"{Route}/accounts/{account.Id}/posts")).ShouldBeOkAsync<PagedResult<SocialPostDto>>();
        var post = posts.Items.ShouldHaveSingleItem();
        post.Text.ShouldBe("Hello from the sandbox");
        post.Metrics.Impressions.ShouldNotBeNull();
        var postSeries = await (await admin.GetAsync($"{Route}/posts/{post.Id}/metrics")).ShouldBeOkAsync<SocialMetricSeriesDto>();
        postSeries.Points.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Syncs_of_one_account_at_the_same_time_store_each_post_once()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);
        var handle = NewHandle();
        var account = await ConnectXAsync(env.App, admin, handle);
        await PostTweetAsync(handle, "One");
        await PostTweetAsync(handle, "Two");

        var syncs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.PostAsync($"{Route}/accounts/{account.Id}/sync", null)));

        syncs.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var posts = await (await admin.GetAsync($"{Route}/accounts/{account.Id}/posts")).ShouldBeOkAsync<PagedResult<SocialPostDto>>();
        posts.Items.Select(p => p.Text).Order().ShouldBe(["One", "Two"]);
    }

    [Fact]
    public async Task A_metric_the_network_no_longer_serves_is_unavailable_with_its_reason_never_zero()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);
        var handle = NewHandle("_nometrics");
        var account = await ConnectXAsync(env.App, admin, handle);
        await PostTweetAsync(handle, "Metrics withheld");

        var synced = await SyncAsync(admin, account.Id);

        synced.SyncStatus.ShouldBe(SyncStatus.Succeeded);
        synced.Latest!.Impressions.ShouldBeNull();
        synced.Latest.Unavailable["impressions"].ShouldContain("impression_count");
        synced.Latest.EngagementRate.ShouldBeNull();
        synced.Latest.Unavailable.ShouldContainKey("engagementRate");
        var post = (await (await admin.GetAsync($"{Route}/accounts/{account.Id}/posts")).ShouldBeOkAsync<PagedResult<SocialPostDto>>()).Items.Single();
        post.Metrics.Impressions.ShouldBeNull();
        post.Metrics.Likes.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_rate_limited_sync_waits_as_long_as_the_network_asked_and_says_why()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);
        var id = await ConnectTroubledXAsync(env.App, tenant.Id, admin, NewHandle("_ratelimited"));

        var synced = await SyncAsync(admin, id);

        synced.SyncStatus.ShouldBe(SyncStatus.RateLimited);
        synced.LastSyncError.ShouldNotBeNull().ShouldContain("slow down");
        (synced.NextSyncTime!.Value - synced.LastSyncTime!.Value).ShouldBe(TimeSpan.FromSeconds(7));
        synced.Latest.ShouldBeNull();
    }

    [Fact]
    public async Task An_account_whose_access_the_user_revoked_at_x_needs_reconnecting_and_reconnecting_it_heals_the_same_account()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);
        var handle = NewHandle();
        var account = await ConnectXAsync(env.App, admin, handle);
        using var sandbox = env.App.CreateClient();
        (await sandbox.PostAsJsonAsync("/sandbox/x/simulate/revoke", new { handle })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var synced = await SyncAsync(admin, account.Id);

        synced.SyncStatus.ShouldBe(SyncStatus.ReauthRequired);
        synced.Health.ShouldBe(ConnectionHealth.ReauthRequired);
        synced.NextSyncTime.ShouldBeNull();
        var reconnect = await (await admin.PostAsync($"{Route}/accounts/{account.Id}/reauthorize", null)).ShouldBeOkAsync<ConnectionAuthorizationDto>();
        await CompleteConsentAsync(env.App, reconnect, handle);
        var renewed = (await ListAsync(admin)).ShouldHaveSingleItem();
        renewed.Id.ShouldBe(account.Id);
        renewed.Health.ShouldBe(ConnectionHealth.Healthy);
        renewed.NextSyncTime.ShouldNotBeNull();
    }

    [Fact]
    public async Task Reconnecting_as_another_account_is_refused_and_adds_nothing()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);
        var account = await ConnectXAsync(env.App, admin, NewHandle());
        var reconnect = await (await admin.PostAsync($"{Route}/accounts/{account.Id}/reauthorize", null)).ShouldBeOkAsync<ConnectionAuthorizationDto>();

        var page = await CompleteConsentAsync(env.App, reconnect, NewHandle(), HttpStatusCode.Conflict);

        page.ShouldContain($"{account.DisplayName} is being reconnected");
        (await ListAsync(admin)).ShouldHaveSingleItem().Id.ShouldBe(account.Id);
    }

    [Fact]
    public async Task The_plan_s_account_limit_refuses_a_fourth_account_until_one_is_disconnected()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);
        var accounts = new List<SocialAccountDto>();
        for (var i = 0; i < 3; i++)
        {
            accounts.Add(await ConnectXAsync(env.App, admin, NewHandle()));
        }

        var refused = await admin.PostAsJsonAsync($"{Route}/accounts/authorize", new ConnectSocialAccountInput("x", true), PikarApp.Json);

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("code").GetString().ShouldBe(SolopreneurErrorCodes.MaxConnectedAccountsReached);
        (await admin.DeleteAsync($"{Route}/accounts/{accounts[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ListAsync(admin)).Count.ShouldBe(2);
        await ConnectXAsync(env.App, admin, NewHandle());
    }

    [Fact]
    public async Task With_the_feature_off_the_routes_are_forbidden_and_naming_the_feature()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        await env.App.SetFeaturesAsync("T", tenant.Id, (SolopreneurFeatures.SocialPerformance.Default, "false"));
        using var admin = await env.App.SignInAsync(tenant.Name);

        var problem = await (await admin.GetAsync($"{Route}/accounts")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        problem.GetRawText().ShouldContain(SolopreneurFeatures.SocialPerformance.Default);
    }

    [Fact]
    public async Task Bad_ranges_and_unknown_networks_are_refused_with_field_errors()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);
        var account = await ConnectXAsync(env.App, admin, NewHandle());

        var backwards = await admin.GetAsync($"{Route}/accounts/{account.Id}/metrics?from=2026-11-20T00:00:00Z&to=2026-11-01T00:00:00Z&interval=week");
        var problem = await backwards.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors("interval").ShouldNotBeEmpty();
        problem.FieldErrors("to").ShouldNotBeEmpty();
        var tooLong = await admin.GetAsync($"{Route}/accounts/{account.Id}/metrics?from=2020-01-01T00:00:00Z");
        (await tooLong.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("from").ShouldNotBeEmpty();
        var unknown = await admin.PostAsJsonAsync($"{Route}/accounts/authorize", new ConnectSocialAccountInput("myspace", true), PikarApp.Json);
        (await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("provider").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Another_tenant_cannot_read_or_touch_an_account_its_posts_or_their_series()
    {
        var owner = await env.App.CreateTenantAsync("Solopreneur");
        using var ownerAdmin = await env.App.SignInAsync(owner.Name);
        var handle = NewHandle();
        var account = await ConnectXAsync(env.App, ownerAdmin, handle);
        await PostTweetAsync(handle, "Mine only");
        await SyncAsync(ownerAdmin, account.Id);
        var post = (await (await ownerAdmin.GetAsync($"{Route}/accounts/{account.Id}/posts")).ShouldBeOkAsync<PagedResult<SocialPostDto>>()).Items.Single();
        var other = await env.App.CreateTenantAsync("Solopreneur");
        using var stranger = await env.App.SignInAsync(other.Name);

        (await ListAsync(stranger)).ShouldBeEmpty();
        foreach (var response in new[]
        {
            await stranger.GetAsync($"{Route}/accounts/{account.Id}"),
            await stranger.GetAsync($"{Route}/accounts/{account.Id}/metrics"),
            await stranger.GetAsync($"{Route}/accounts/{account.Id}/posts"),
            await stranger.GetAsync($"{Route}/posts/{post.Id}/metrics"),
            await stranger.PostAsync($"{Route}/accounts/{account.Id}/sync", null),
            await stranger.PostAsync($"{Route}/accounts/{account.Id}/reauthorize", null),
            await stranger.DeleteAsync($"{Route}/accounts/{account.Id}"),
        })
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        (await ListAsync(ownerAdmin)).ShouldHaveSingleItem().SyncStatus.ShouldBe(SyncStatus.Succeeded);
    }

    [Fact]
    public async Task A_demo_tenant_s_accounts_have_four_weeks_of_daily_figures_on_every_network()
    {
        using var admin = await env.App.SignInAsync("solo");
        var accounts = await ListAsync(admin);

        accounts.Select(a => a.Provider).Order().ShouldBe(["facebook", "linkedin", "x"]);
        foreach (var account in accounts)
        {
            var series = await (await admin.GetAsync($"{Route}/accounts/{account.Id}/metrics")).ShouldBeOkAsync<SocialMetricSeriesDto>();
            series.Points.Count.ShouldBeGreaterThanOrEqualTo(SocialPerformanceDataSeedContributor.HistoryDays, account.Provider);
            series.Points[^1].Followers!.Value.ShouldBeGreaterThan(series.Points[0].Followers!.Value, account.Provider);
            series.Points[^1].Impressions!.Value.ShouldBeGreaterThan(series.Points[0].Impressions ?? 0, account.Provider);
            var posts = await (await admin.GetAsync($"{Route}/accounts/{account.Id}/posts?maxResultCount=50")).ShouldBeOkAsync<PagedResult<SocialPostDto>>();
            posts.TotalCount.ShouldBeGreaterThanOrEqualTo(10, account.Provider);
            account.IsSandbox.ShouldBeTrue();
            (account.PageInsights is not null).ShouldBe(account.Provider == "facebook", account.Provider);
        }
    }

    [Fact]
    public async Task A_live_sync_of_a_demo_account_carries_its_history_on_without_a_jump()
    {
        using var admin = await env.App.SignInAsync("startup");
        foreach (var account in await ListAsync(admin))
        {
            var before = await (await admin.GetAsync($"{Route}/accounts/{account.Id}/metrics?interval=hour")).ShouldBeOkAsync<SocialMetricSeriesDto>();

            var synced = await SyncAsync(admin, account.Id);

            synced.SyncStatus.ShouldBe(SyncStatus.Succeeded, $"{account.Provider}: {synced.LastSyncError}");
            var last = before.Points[^1];
            synced.Latest!.Followers!.Value.ShouldBeInRange(last.Followers!.Value, last.Followers.Value + 5, account.Provider);
            synced.Latest.Impressions!.Value.ShouldBeGreaterThanOrEqualTo(last.Impressions!.Value, account.Provider);
            if (account.Provider == "facebook")
            {
                // The Page's own 28 days: its posts were all published in them.
                var page = synced.PageInsights.ShouldNotBeNull();
                page.Unavailable.ShouldBeEmpty();
                page.Impressions!.Value.ShouldBeGreaterThan(0);
                page.Reach!.Value.ShouldBeLessThanOrEqualTo(page.Impressions.Value);
            }
            else
            {
                synced.PageInsights.ShouldBeNull(account.Provider);
            }
        }
    }

    private async Task PostTweetAsync(string handle, string text)
    {
        using var x = env.App.CreateClient();
        x.DefaultRequestHeaders.Authorization = new("Bearer", await Integrations.XSandbox.AccessTokenAsync(env.App, handle));
        (await x.PostAsJsonAsync("/sandbox/x/2/tweets", new { text })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}

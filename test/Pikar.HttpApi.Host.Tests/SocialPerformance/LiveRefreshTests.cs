using System.Net;
using System.Net.Http.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations.Webhooks;
using Pikar.Solopreneur.SocialPerformance;
using static Pikar.HttpApi.Host.Tests.SocialPerformance.SocialAccounts;

namespace Pikar.HttpApi.Host.Tests.SocialPerformance;

/// <summary>New figures reach the open dashboard over SignalR, in the tenant's group only; engagement webhooks sync at once.</summary>
public sealed class LiveRefreshTests(TestEnvironment env)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task An_engagement_webhook_syncs_the_account_and_its_dashboards_hear_of_it_live_while_other_tenants_do_not()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);
        var handle = NewHandle();
        var account = await ConnectXAsync(env.App, admin, handle);
        await using var dashboard = await OpenDashboardAsync(tenant.Name);
        var other = await env.App.CreateTenantAsync("Solopreneur");
        using var otherAdmin = await env.App.SignInAsync(other.Name);
        var otherHandle = NewHandle();
        var otherAccount = await ConnectXAsync(env.App, otherAdmin, otherHandle);
        await using var otherDashboard = await OpenDashboardAsync(other.Name);

        using var sandbox = env.App.CreateClient();
        var delivered = await sandbox.PostAsJsonAsync("/sandbox/x/simulate/engagement", new { handle });

        (await delivered.ShouldBeOkAsync<WebhookReceiptDto>()).Status.ShouldBe("processed");
        (await dashboard.Synced.Reader.ReadAsync(new CancellationTokenSource(Patience).Token)).ShouldBe(account.Id);
        var synced = (await ListAsync(admin)).Single();
        synced.SyncStatus.ShouldBe(SyncStatus.Succeeded);
        synced.Latest.ShouldNotBeNull().Followers.ShouldNotBeNull();

        // The other tenant's dashboard hears of its own account first: nothing of the first tenant's came before it.
        (await sandbox.PostAsJsonAsync("/sandbox/x/simulate/engagement", new { handle = otherHandle })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherDashboard.Synced.Reader.ReadAsync(new CancellationTokenSource(Patience).Token)).ShouldBe(otherAccount.Id);
    }

    [Fact]
    public async Task The_hub_refuses_a_connection_without_a_token_or_without_the_feature()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        await env.App.SetFeaturesAsync("T", tenant.Id, (Pikar.Solopreneur.SolopreneurFeatures.SocialPerformance.Default, "false"));
        using var anonymous = env.App.CreateClient();

        using var featureOff = await env.App.SignInAsync(tenant.Name);

        (await anonymous.PostAsync($"{SocialPerformanceHub.Path}/negotiate?negotiateVersion=1", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var refused = await featureOff.PostAsync($"{SocialPerformanceHub.Path}/negotiate?negotiateVersion=1", null);
        (await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetRawText().ShouldContain(Pikar.Solopreneur.SolopreneurFeatures.SocialPerformance.Default);
    }

    [Fact]
    public async Task A_browser_may_carry_the_bearer_token_in_the_access_token_query_string()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        var token = (await env.App.PasswordTokenAsync(tenant.Name, "admin", TestEnvironment.Password)).GetProperty("access_token").GetString()!;
        using var browser = env.App.CreateClient();

        var negotiated = await browser.PostAsync($"{SocialPerformanceHub.Path}/negotiate?negotiateVersion=1&access_token={Uri.EscapeDataString(token)}", null);

        negotiated.StatusCode.ShouldBe(HttpStatusCode.OK, await negotiated.Content.ReadAsStringAsync());
        (await negotiated.Content.ReadAsStringAsync()).ShouldContain("connectionToken");
        // API URLs never carry tokens (they would end up in logs).
        (await browser.GetAsync($"{Route}/accounts?access_token={Uri.EscapeDataString(token)}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<Dashboard> OpenDashboardAsync(string tenant)
    {
        var token = (await env.App.PasswordTokenAsync(tenant, "admin", TestEnvironment.Password)).GetProperty("access_token").GetString()!;
        var synced = Channel.CreateUnbounded<Guid>();
        // Long polling through the in-memory server; the token travels as access_token in the query, as browsers send it.
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(env.App.Server.BaseAddress, SocialPerformanceHub.Path), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => env.App.Server.CreateHandler();
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        hub.On<Guid>(SocialPerformanceHub.AccountSynced, id => synced.Writer.TryWrite(id));
        await hub.StartAsync();
        return new Dashboard(hub, synced);
    }

    private sealed record Dashboard(HubConnection Hub, Channel<Guid> Synced) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Hub.DisposeAsync();
    }
}

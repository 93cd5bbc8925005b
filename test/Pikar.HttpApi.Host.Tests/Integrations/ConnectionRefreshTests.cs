using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations.Connections;
using Pikar.Notifications.Inbox;
using Pikar.Paging;
using static Pikar.HttpApi.Host.Tests.SocialPerformance.SocialAccounts;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>The health job renews access through OpenIddict's client against the provider's token endpoint.</summary>
public sealed class ConnectionRefreshTests(TestEnvironment env)
{
    [Fact]
    public async Task An_access_token_near_its_end_is_renewed_with_the_refresh_token_and_keeps_working()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);
        var account = await ConnectXAsync(env.App, admin, NewHandle());
        await ExpireAccessAsync(account.Id);

        await RunHealthJobAsync();

        var renewed = await (await admin.GetAsync($"/api/integrations/connections/{account.Id}")).ShouldBeOkAsync<ConnectionDto>();
        renewed.Health.ShouldBe(ConnectionHealth.Healthy);
        renewed.AccessTokenExpiresAt.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(90));
        (await SyncAsync(admin, account.Id)).SyncStatus.ShouldBe(Pikar.Solopreneur.SocialPerformance.SyncStatus.Succeeded);
    }

    [Fact]
    public async Task A_refresh_the_provider_refuses_needs_the_user_who_is_told_once()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);
        var handle = NewHandle();
        var account = await ConnectXAsync(env.App, admin, handle);
        using var sandbox = env.App.CreateClient();
        (await sandbox.PostAsJsonAsync("/sandbox/x/simulate/revoke", new { handle })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ExpireAccessAsync(account.Id);

        await RunHealthJobAsync();
        await RunHealthJobAsync();

        var refused = await (await admin.GetAsync($"/api/integrations/connections/{account.Id}")).ShouldBeOkAsync<ConnectionDto>();
        refused.Health.ShouldBe(ConnectionHealth.ReauthRequired);
        refused.LastError.ShouldNotBeNull().ShouldContain("reconnect");
        var bell = await (await admin.GetAsync("/api/notifications")).ShouldBeOkAsync<PagedResult<NotificationDto>>();
        bell.Items.Single(n => n.Title.Contains("@" + handle, StringComparison.Ordinal)).Title.ShouldBe($"Reconnect your X sandbox account @{handle}");
    }

    [Fact]
    public async Task A_token_the_provider_ended_early_is_renewed_on_the_spot_and_the_call_goes_through()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);
        var handle = NewHandle();
        var account = await ConnectXAsync(env.App, admin, handle);
        var connected = await (await admin.GetAsync($"/api/integrations/connections/{account.Id}")).ShouldBeOkAsync<ConnectionDto>();
        await ExpireSandboxAccessAsync(handle);

        var synced = await SyncAsync(admin, account.Id);

        synced.SyncStatus.ShouldBe(Pikar.Solopreneur.SocialPerformance.SyncStatus.Succeeded, synced.LastSyncError);
        var renewed = await (await admin.GetAsync($"/api/integrations/connections/{account.Id}")).ShouldBeOkAsync<ConnectionDto>();
        renewed.Health.ShouldBe(ConnectionHealth.Healthy);
        renewed.LastRefreshTime.ShouldNotBeNull().ShouldBeGreaterThan(connected.LastRefreshTime!.Value);
    }

    [Fact]
    public async Task Calls_that_find_the_token_ended_at_the_same_time_renew_it_once_and_all_go_through()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);
        var handle = NewHandle();
        var account = await ConnectXAsync(env.App, admin, handle);
        await ExpireSandboxAccessAsync(handle);

        // X's refresh tokens are single-use: a second renewal with the same one would be refused.
        var syncs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SyncAsync(admin, account.Id)));

        syncs.ShouldAllBe(s => s.SyncStatus == Pikar.Solopreneur.SocialPerformance.SyncStatus.Succeeded);
        (await (await admin.GetAsync($"/api/integrations/connections/{account.Id}")).ShouldBeOkAsync<ConnectionDto>()).Health.ShouldBe(ConnectionHealth.Healthy);
    }

    [Fact]
    public async Task A_sandbox_account_can_ask_for_tokens_that_expire_within_a_minute()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        using var admin = await env.App.SignInAsync(tenant.Name);

        var account = await ConnectXAsync(env.App, admin, NewHandle("_expired"));

        var connection = await (await admin.GetAsync($"/api/integrations/connections/{account.Id}")).ShouldBeOkAsync<ConnectionDto>();
        (connection.AccessTokenExpiresAt!.Value - DateTimeOffset.UtcNow).ShouldBeLessThanOrEqualTo(TimeSpan.FromMinutes(1));
        (await SyncAsync(admin, account.Id)).SyncStatus.ShouldBe(Pikar.Solopreneur.SocialPerformance.SyncStatus.Succeeded);
    }

    /// <summary>As if the token had been issued long ago and is about to end.</summary>
    /// <summary>As if X had ended the account's access tokens early.</summary>
    private Task ExpireSandboxAccessAsync(string handle) => ExecuteAsync(
        "UPDATE integrations.sandbox_grants SET expires_at = now() - interval '1 minute' WHERE kind = 'Access' " +
        "AND account_id = (SELECT id FROM integrations.sandbox_accounts WHERE provider = 'x' AND handle = @handle)", ("handle", handle));

    private Task ExpireAccessAsync(Guid connectionId) => ExecuteAsync(
        "UPDATE integrations.connections SET access_token_expires_at = now() + interval '5 minutes', last_refresh_time = now() - interval '2 hours' WHERE id = @id",
        ("id", connectionId));

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(env.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        (await command.ExecuteNonQueryAsync()).ShouldBeGreaterThan(0);
    }

    private async Task RunHealthJobAsync()
    {
        await using var scope = env.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ConnectionHealthJob>().RunAsync(CancellationToken.None);
    }
}

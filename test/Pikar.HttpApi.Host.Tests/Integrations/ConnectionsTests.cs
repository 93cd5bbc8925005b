using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations;
using Pikar.Integrations.Connections;
using Pikar.MultiTenancy;
using Pikar.Notifications.Inbox;
using Pikar.Paging;

namespace Pikar.HttpApi.Host.Tests.Integrations;

public sealed class ConnectionsTests(TestEnvironment env)
{
    private PikarApp App => env.App;

    [Fact]
    public async Task Tokens_are_stored_encrypted_and_never_shown_and_disconnecting_forgets_them()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var adminId = await PikarApp.UserIdAsync(admin);
        var accessToken = "x-access-" + Guid.NewGuid().ToString("N");
        var connected = await ConnectAsync(tenant.Id, adminId, new AuthorizedAccount(
            IntegrationProviders.X, false, "42", "@acme", ["tweet.read", "users.read"], accessToken, "x-refresh-secret", DateTimeOffset.UtcNow.AddDays(30)));

        var stored = await StoredTokensAsync(connected.Id);
        var listed = await (await admin.GetAsync("/api/integrations/connections?provider=x")).ShouldBeOkAsync<PagedResult<ConnectionDto>>();
        var body = await (await admin.GetAsync($"/api/integrations/connections/{connected.Id}")).Content.ReadAsStringAsync();
        var disconnect = await admin.DeleteAsync($"/api/integrations/connections/{connected.Id}");
        var afterwards = await admin.GetAsync($"/api/integrations/connections/{connected.Id}");
        var storedAfter = await StoredTokensAsync(connected.Id);

        stored.Access.ShouldNotContain(accessToken);
        stored.Access.ShouldNotBeNullOrWhiteSpace();
        stored.Refresh!.ShouldNotContain("x-refresh-secret");
        UnprotectedAccessToken(stored.Access).ShouldBe(accessToken);
        listed.Items.Single().Scopes.ShouldBe(["tweet.read", "users.read"]);
        listed.Items.Single().Health.ShouldBe(ConnectionHealth.Healthy);
        body.ShouldNotContain(stored.Access);
        body.ShouldNotContain(accessToken);
        disconnect.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await afterwards.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        storedAfter.Access.ShouldBeEmpty();
        storedAfter.Refresh.ShouldBeNull();
    }

    [Fact]
    public async Task The_health_job_announces_expiring_and_broken_connections_to_whoever_connected_them_once()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var adminId = await PikarApp.UserIdAsync(admin);
        var now = DateTimeOffset.UtcNow;
        var expiring = await ConnectAsync(tenant.Id, adminId, new AuthorizedAccount(
            IntegrationProviders.LinkedIn, true, "li-1", "Acme", ["r_liteprofile"], "a", null, now.AddDays(1)));
        var expired = await ConnectAsync(tenant.Id, adminId, new AuthorizedAccount(
            IntegrationProviders.Facebook, true, "fb-1", "Acme Page", ["pages_read_engagement"], "a", null, now.AddHours(-1)));

        await RunHealthJobAsync();
        await RunHealthJobAsync();

        var connections = await (await admin.GetAsync("/api/integrations/connections?sorting=provider")).ShouldBeOkAsync<PagedResult<ConnectionDto>>();
        connections.Items.Single(c => c.Id == expiring.Id).Health.ShouldBe(ConnectionHealth.Expiring);
        connections.Items.Single(c => c.Id == expired.Id).Health.ShouldBe(ConnectionHealth.ReauthRequired);
        var bell = await (await admin.GetAsync("/api/notifications")).ShouldBeOkAsync<PagedResult<NotificationDto>>();
        bell.Items.Count(n => n.Title.Contains("LinkedIn", StringComparison.Ordinal)).ShouldBe(1);
        bell.Items.Single(n => n.Title.Contains("Facebook", StringComparison.Ordinal)).Severity.ShouldBe(Pikar.Notifications.NotificationSeverity.Error);
    }

    [Fact]
    public async Task A_provider_refusing_the_token_marks_the_connection_for_reconnection_and_tells_its_owner_once()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var adminId = await PikarApp.UserIdAsync(admin);
        var connection = await ConnectAsync(tenant.Id, adminId, new AuthorizedAccount(
            IntegrationProviders.X, true, "x-401", "@refused", ["tweet.read"], "a", "r", DateTimeOffset.UtcNow.AddDays(30)));

        for (var i = 0; i < 2; i++)
        {
            await using var scope = App.Services.CreateAsyncScope();
            using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant.Id))
            {
                await scope.ServiceProvider.GetRequiredService<ConnectionService>().ReportUnauthorizedAsync(connection.Id, "X no longer accepts this connection's token.", CancellationToken.None);
            }
        }

        var after = await (await admin.GetAsync($"/api/integrations/connections/{connection.Id}")).ShouldBeOkAsync<ConnectionDto>();
        var bell = await (await admin.GetAsync("/api/notifications")).ShouldBeOkAsync<PagedResult<NotificationDto>>();
        after.Health.ShouldBe(ConnectionHealth.ReauthRequired);
        after.LastError.ShouldBe("X no longer accepts this connection's token.");
        bell.Items.Count(n => n.Title.Contains("@refused", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task A_demo_tenant_has_its_sandbox_accounts_connected()
    {
        using var admin = await App.SignInAsync("solo");

        var connections = await (await admin.GetAsync("/api/integrations/connections")).ShouldBeOkAsync<PagedResult<ConnectionDto>>();

        connections.Items.Select(c => c.Provider).Order().ShouldBe(["facebook", "linkedin", "x"]);
        connections.Items.ShouldAllBe(c => c.IsSandbox);
    }

    [Fact]
    public async Task An_unknown_provider_filter_is_a_400_naming_the_field()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);

        var response = await admin.GetAsync("/api/integrations/connections?provider=myspace");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("provider").ShouldNotBeEmpty();
    }


    private async Task<ConnectionDto> ConnectAsync(Guid tenantId, Guid userId, AuthorizedAccount account)
    {
        await using var scope = App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            return await scope.ServiceProvider.GetRequiredService<ConnectionService>().ConnectAsync(account, userId, CancellationToken.None);
        }
    }

    private async Task RunHealthJobAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ConnectionHealthJob>().RunAsync(CancellationToken.None);
    }

    private string UnprotectedAccessToken(string stored) => App.Services.GetRequiredService<ConnectionTokens>().Unprotect(stored);

    private async Task<(string Access, string? Refresh)> StoredTokensAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(env.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT protected_access_token, protected_refresh_token FROM integrations.connections WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }
}

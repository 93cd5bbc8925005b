using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.HttpApi.Host.Tests.Probes;
using Pikar.Integrations;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Webhooks;
using Pikar.MultiTenancy;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>The providers' signed webhooks: verified before storing, routed to the account's tenant, processed once.</summary>
public sealed class WebhooksTests(TestEnvironment env)
{
    private PikarApp App => env.App;

    [Fact]
    public async Task A_signed_facebook_event_is_stored_in_the_tenant_that_connected_the_page_and_a_redelivery_changes_nothing()
    {
        var (tenant, pageId) = await TenantWithConnectionAsync(IntegrationProviders.Facebook);
        var body = $$$"""{"object":"page","entry":[{"id":"{{{pageId}}}","time":1764072000,"changes":[{"field":"feed","value":{"item":"reaction","verb":"add"}}]}]}""";
        using var meta = App.Anonymous();

        var first = await PostAsync(meta, "/api/webhooks/facebook", body, "X-Hub-Signature-256", "sha256=" + HexHmac(TestEnvironment.FacebookWebhookSecret, body));
        var again = await PostAsync(meta, "/api/webhooks/facebook", body, "X-Hub-Signature-256", "sha256=" + HexHmac(TestEnvironment.FacebookWebhookSecret, body));

        (await first.ShouldBeOkAsync<WebhookReceiptDto>()).Status.ShouldBe("processed");
        (await again.ShouldBeOkAsync<WebhookReceiptDto>()).Status.ShouldBe("duplicate");
        var stored = await StoredEventsAsync(body);
        stored.Count.ShouldBe(1);
        stored[0].TenantId.ShouldBe(tenant);
        stored[0].Status.ShouldBe("Processed");
    }

    [Fact]
    public async Task A_batch_about_pages_of_two_tenants_reaches_each_tenant_once_and_a_redelivery_changes_nothing()
    {
        var (first, firstPage) = await TenantWithConnectionAsync(IntegrationProviders.Facebook);
        var (second, secondPage) = await TenantWithConnectionAsync(IntegrationProviders.Facebook);
        var body = $$$"""{"object":"page","entry":[{"id":"{{{firstPage}}}","time":1764072000,"changes":[{"field":"feed","value":{"item":"reaction","verb":"add"}}]},{"id":"{{{secondPage}}}","time":1764072001,"changes":[{"field":"feed","value":{"item":"comment","verb":"add"}}]}]}""";
        using var meta = App.Anonymous();
        var signature = "sha256=" + HexHmac(TestEnvironment.FacebookWebhookSecret, body);

        var delivered = await PostAsync(meta, "/api/webhooks/facebook", body, "X-Hub-Signature-256", signature);
        var again = await PostAsync(meta, "/api/webhooks/facebook", body, "X-Hub-Signature-256", signature);

        (await delivered.ShouldBeOkAsync<WebhookReceiptDto>()).Status.ShouldBe("processed");
        (await again.ShouldBeOkAsync<WebhookReceiptDto>()).Status.ShouldBe("duplicate");
        var stored = await StoredEventsWithPayloadAsync(body);
        stored.Select(e => e.TenantId).ShouldBe([first, second], ignoreOrder: true);
        stored.ShouldAllBe(e => e.Status == "Processed");
    }

    [Theory]
    [InlineData("/api/webhooks/facebook", "X-Hub-Signature-256", "sha256=0000")]
    [InlineData("/api/webhooks/facebook", null, null)]
    [InlineData("/api/webhooks/x", "x-twitter-webhooks-signature", "sha256=AAAA")]
    [InlineData("/api/webhooks/linkedin", "X-LI-Signature", "deadbeef")]
    public async Task A_bad_or_missing_signature_gets_401_and_stores_nothing(string route, string? header, string? signature)
    {
        var body = $$"""{"for_user_id":"{{Guid.NewGuid()}}","entry":[{"id":"{{Guid.NewGuid()}}"}]}""";
        using var stranger = App.Anonymous();

        var response = await PostAsync(stranger, route, body, header, signature);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await StoredEventsAsync(body)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_x_event_for_an_account_nobody_connected_is_acknowledged_and_kept_as_ignored()
    {
        var body = $$"""{"for_user_id":"{{Random.Shared.NextInt64()}}","favorite_events":[{"id":"1"}]}""";
        using var x = App.Anonymous();

        var response = await PostAsync(x, "/api/webhooks/x", body, "x-twitter-webhooks-signature", "sha256=" + Base64Hmac(TestEnvironment.XWebhookSecret, body));

        (await response.ShouldBeOkAsync<WebhookReceiptDto>()).Status.ShouldBe("ignored");
        var stored = (await StoredEventsAsync(body)).Single();
        stored.TenantId.ShouldBeNull();
        stored.Status.ShouldBe("Ignored");
    }

    [Fact]
    public async Task A_linkedin_event_with_its_signature_is_routed_to_the_organization_s_tenant()
    {
        var (tenant, organization) = await TenantWithConnectionAsync(IntegrationProviders.LinkedIn, "urn:li:organization:" + Random.Shared.Next());
        var body = $$"""{"type":"ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS","organizationalEntity":"{{organization}}","action":"COMMENT"}""";
        using var linkedIn = App.Anonymous();

        var response = await PostAsync(linkedIn, "/api/webhooks/linkedin", body, "X-LI-Signature", HexHmac(TestEnvironment.LinkedInWebhookSecret, "hmacsha256=" + body));

        (await response.ShouldBeOkAsync<WebhookReceiptDto>()).Status.ShouldBe("processed");
        (await StoredEventsAsync(body)).Single().TenantId.ShouldBe(tenant);
    }

    [Fact]
    public async Task Each_provider_s_ownership_check_is_answered_only_with_the_configured_secret()
    {
        using var client = App.Anonymous();

        var crc = await (await client.GetAsync("/api/webhooks/x?crc_token=abc123")).ShouldBeOkAsync<JsonElement>();
        var challenge = await (await client.GetAsync("/api/webhooks/linkedin?challengeCode=890e4665")).ShouldBeOkAsync<LinkedInChallengeResponseDto>();
        var verified = await client.GetAsync($"/api/webhooks/facebook?hub.mode=subscribe&hub.verify_token={TestEnvironment.FacebookVerifyToken}&hub.challenge=1158201444");
        var refused = await client.GetAsync("/api/webhooks/facebook?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");

        crc.GetProperty("response_token").GetString().ShouldBe("sha256=" + Base64Hmac(TestEnvironment.XWebhookSecret, "abc123"));
        challenge.ChallengeResponse.ShouldBe(HexHmac(TestEnvironment.LinkedInWebhookSecret, "890e4665"));
        (await verified.Content.ReadAsStringAsync()).ShouldBe("1158201444");
        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_handler_failure_rolls_its_work_back_and_the_retry_job_processes_the_stored_event_once()
    {
        var (_, accountId) = await TenantWithConnectionAsync(IntegrationProviders.X);
        var body = $$"""{"for_user_id":"{{accountId}}","tweet_create_events":[{"id_str":"{{Guid.NewGuid()}}"}]}""";
        FlakyWebhookHandler.FailuresLeft = 1;
        using var x = App.Anonymous();

        var response = await PostAsync(x, "/api/webhooks/x", body, "x-twitter-webhooks-signature", "sha256=" + Base64Hmac(TestEnvironment.XWebhookSecret, body));
        var afterFailure = (await StoredEventsAsync(body)).Single();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WebhookRetryJob>().RunAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<WebhookRetryJob>().RunAsync(CancellationToken.None);
        }

        (await response.ShouldBeOkAsync<WebhookReceiptDto>()).Status.ShouldBe("queued");
        afterFailure.Status.ShouldBe("Failed");
        var processed = (await StoredEventsAsync(body)).Single();
        processed.Status.ShouldBe("Processed");
        processed.Attempts.ShouldBe(2);
        FlakyWebhookHandler.Handled(accountId).ShouldBe(1, "the failed attempt's write was rolled back and the retry handled the event once");
    }

    [Fact]
    public async Task A_body_that_is_not_json_but_correctly_signed_is_a_400()
    {
        const string body = "not json";
        using var meta = App.Anonymous();

        var response = await PostAsync(meta, "/api/webhooks/facebook", body, "X-Hub-Signature-256", "sha256=" + HexHmac(TestEnvironment.FacebookWebhookSecret, body));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private async Task<(Guid Tenant, string AccountId)> TenantWithConnectionAsync(string provider, string? accountId = null)
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var adminId = await PikarApp.UserIdAsync(admin);
        accountId ??= Random.Shared.NextInt64(1, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant.Id))
        {
            await scope.ServiceProvider.GetRequiredService<ConnectionService>().ConnectAsync(
                new AuthorizedAccount(provider, false, accountId, "Acme", ["read"], "access", "refresh", DateTimeOffset.UtcNow.AddDays(30)), adminId, CancellationToken.None);
        }

        return (tenant.Id, accountId);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string route, string body, string? header, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(header, signature);
        }

        return client.SendAsync(request);
    }

    private async Task<List<(Guid? TenantId, string Status, int Attempts)>> StoredEventsAsync(string body)
    {
        await using var connection = new NpgsqlConnection(env.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT tenant_id, status, attempts FROM integrations.webhook_events WHERE delivery_key = @key", connection);
        command.Parameters.AddWithValue("key", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))));
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Guid?, string, int)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.IsDBNull(0) ? null : reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return rows;
    }

    private async Task<List<(Guid? TenantId, string Status)>> StoredEventsWithPayloadAsync(string body)
    {
        await using var connection = new NpgsqlConnection(env.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT tenant_id, status FROM integrations.webhook_events WHERE payload = @body::jsonb", connection);
        command.Parameters.AddWithValue("body", body);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Guid?, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.IsDBNull(0) ? null : reader.GetGuid(0), reader.GetString(1)));
        }

        return rows;
    }

    private static string HexHmac(string secret, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message)));

    private static string Base64Hmac(string secret, string message) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message)));
}

using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Providers.LinkedIn;
using Pikar.Integrations.Webhooks;
using Pikar.MultiTenancy;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>The sandbox's audience reacts to a page's post and the sandbox, like LinkedIn, pushes a signed notification to Pikar.</summary>
public sealed class LinkedInEngagementWebhookTests(TestEnvironment env)
{
    [Fact]
    public async Task A_like_on_a_connected_page_s_post_arrives_signed_and_is_processed_once_and_a_redelivery_is_a_duplicate()
    {
        var (organization, post) = await ConnectedPageWithPostAsync();
        using var audience = env.App.Anonymous();

        var simulated = await audience.PostAsync("/sandbox/linkedin/simulate/engagement",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["post"] = post, ["action"] = "like" }));
        var answer = await simulated.ShouldBeOkAsync<JsonElement>();
        var payload = answer.GetProperty("payload").GetString()!;
        var redelivered = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/linkedin") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        redelivered.Headers.Add("X-LI-Signature", Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(TestEnvironment.LinkedInWebhookSecret), Encoding.UTF8.GetBytes("hmacsha256=" + payload))));
        var again = await audience.SendAsync(redelivered);

        answer.GetProperty("delivered").GetProperty("status").GetInt32().ShouldBe(200);
        answer.GetProperty("delivered").GetProperty("body").GetProperty("status").GetString().ShouldBe("processed");
        var notification = JsonDocument.Parse(payload).RootElement;
        notification.GetProperty("type").GetString().ShouldBe("ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS");
        var sent = notification.GetProperty("notifications")[0];
        sent.GetProperty("organizationalEntity").GetString().ShouldBe(organization);
        sent.GetProperty("action").GetString().ShouldBe("LIKE");
        sent.GetProperty("sourcePost").GetString().ShouldBe(post);
        sent.GetProperty("notificationId").GetInt64().ShouldBeGreaterThan(0);
        (await again.ShouldBeOkAsync<WebhookReceiptDto>()).Status.ShouldBe("duplicate");
    }

    [Fact]
    public async Task Each_simulated_comment_is_a_new_notification_and_an_unknown_post_is_a_404()
    {
        var (_, post) = await ConnectedPageWithPostAsync();
        using var audience = env.App.Anonymous();

        var first = await (await audience.PostAsync("/sandbox/linkedin/simulate/engagement", Json(new { post, action = "COMMENT" }))).ShouldBeOkAsync<JsonElement>();
        var second = await (await audience.PostAsync("/sandbox/linkedin/simulate/engagement", Json(new { post, action = "COMMENT" }))).ShouldBeOkAsync<JsonElement>();
        var unknown = await audience.PostAsync("/sandbox/linkedin/simulate/engagement", Json(new { post = "urn:li:share:1", action = "LIKE" }));

        first.GetProperty("delivered").GetProperty("body").GetProperty("status").GetString().ShouldBe("processed");
        second.GetProperty("delivered").GetProperty("body").GetProperty("status").GetString().ShouldBe("processed");
        first.GetProperty("payload").GetString().ShouldNotBe(second.GetProperty("payload").GetString());
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<(string Organization, string Post)> ConnectedPageWithPostAsync()
    {
        var tenant = await env.App.CreateTenantAsync();
        using var admin = await env.App.SignInAsync(tenant.Name);
        var adminId = await PikarApp.UserIdAsync(admin);
        var token = await LinkedInSandbox.AccessTokenAsync(env.App, LinkedInSandbox.Handle("hook"), "Hooked Co");
        using var http = new HttpClient(env.App.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost/sandbox/linkedin/") };
        var identity = await new LinkedInSocialNetwork(TimeProvider.System).IdentifyAsync(http, token, CancellationToken.None);
        var post = await new LinkedInApiClient(http, TimeProvider.System).CreatePostAsync(token, identity.AccountId, "Like me", CancellationToken.None);
        await using var scope = env.App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant.Id))
        {
            await scope.ServiceProvider.GetRequiredService<ConnectionService>().ConnectAsync(
                new AuthorizedAccount(IntegrationProviders.LinkedIn, true, identity.AccountId, identity.DisplayName, LinkedInScopes.Requested, token, null,
                    DateTimeOffset.UtcNow.AddDays(60)), adminId, CancellationToken.None);
        }

        return (identity.AccountId, post);
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}

/// <summary>Without LinkedIn's client secret Pikar would refuse LinkedIn's notifications, so the sandbox says so instead of sending one.</summary>
[Collection(nameof(OneHostAtATime))]
public sealed class LinkedInEngagementWithoutSecretTests(TestEnvironment env)
{
    [Fact]
    public async Task Simulating_engagement_without_the_client_secret_configured_is_a_409_naming_the_setting()
    {
        var token = await LinkedInSandbox.AccessTokenAsync(env.App, LinkedInSandbox.Handle("nosecret"));
        using var http = new HttpClient(env.App.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost/sandbox/linkedin/") };
        var identity = await new LinkedInSocialNetwork(TimeProvider.System).IdentifyAsync(http, token, CancellationToken.None);
        var post = await new LinkedInApiClient(http, TimeProvider.System).CreatePostAsync(token, identity.AccountId, "Unheard", CancellationToken.None);
        await using var host = env.CreateExtraHost(("Pikar:Integrations:LinkedIn:ClientSecret", ""));
        using var audience = host.App.Anonymous();

        var response = await audience.PostAsync("/sandbox/linkedin/simulate/engagement",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["post"] = post, ["action"] = "LIKE" }));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Pikar:Integrations:LinkedIn:ClientSecret");
    }
}

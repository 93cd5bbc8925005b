using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Providers.Facebook;
using Pikar.Integrations.Webhooks;
using Pikar.MultiTenancy;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>Engagement on a sandbox Page post reaches Pikar the way Meta delivers it: a signed Page webhook.</summary>
public sealed class FacebookWebhookSimulationTests(TestEnvironment env)
{
    [Fact]
    public async Task A_reaction_is_delivered_signed_to_the_tenant_that_connected_the_page_and_its_redelivery_is_a_duplicate()
    {
        var tenant = await env.App.CreateTenantAsync();
        using var admin = await env.App.SignInAsync(tenant.Name);
        var page = await FacebookSandbox.PageAsync(env.App, FacebookSandbox.Handle("hook"));
        await ConnectAsync(tenant.Id, await PikarApp.UserIdAsync(admin), page);
        var postId = await new FacebookGraphClient(FacebookSandbox.Graph(env.App), TimeProvider.System).PublishAsync(page.AccessToken, page.Id, "Like me", CancellationToken.None);
        using var visitor = env.App.Anonymous();
        var engagement = new { post_id = postId, kind = "reaction", created_time = 1764072000 };

        var first = await visitor.PostAsJsonAsync("/sandbox/facebook/simulate/engagement", engagement);
        var again = await visitor.PostAsJsonAsync("/sandbox/facebook/simulate/engagement", engagement);
        var comment = await visitor.PostAsync("/sandbox/facebook/simulate/engagement",
            new FormUrlEncodedContent([new("post_id", postId), new("kind", "comment")]));

        (await first.ShouldBeOkAsync<WebhookReceiptDto>()).Status.ShouldBe("processed");
        (await again.ShouldBeOkAsync<WebhookReceiptDto>()).Status.ShouldBe("duplicate");
        (await comment.ShouldBeOkAsync<WebhookReceiptDto>()).Status.ShouldBe("processed");
        var stored = await StoredEventsAsync(page.Id);
        stored.Count.ShouldBe(2);
        stored.ShouldAllBe(e => e.TenantId == tenant.Id);
        var reaction = JsonDocument.Parse(stored.Single(e => e.Payload.Contains("\"reaction\"", StringComparison.Ordinal)).Payload).RootElement;
        reaction.GetProperty("object").GetString().ShouldBe("page");
        var change = reaction.GetProperty("entry")[0].GetProperty("changes")[0];
        change.GetProperty("field").GetString().ShouldBe("feed");
        change.GetProperty("value").GetProperty("post_id").GetString().ShouldBe(postId);
        change.GetProperty("value").GetProperty("verb").GetString().ShouldBe("add");
    }

    [Fact]
    public async Task A_post_s_permalink_shows_it_with_buttons_that_send_the_engagement_webhook()
    {
        var page = await FacebookSandbox.PageAsync(env.App, FacebookSandbox.Handle("link"), "Link Bakery");
        var graph = new FacebookGraphClient(FacebookSandbox.Graph(env.App), TimeProvider.System);
        await graph.PublishAsync(page.AccessToken, page.Id, "Fresh bread at 7", CancellationToken.None);
        var permalink = (await graph.GetRecentPostsAsync(page.AccessToken, page.Id, 1, CancellationToken.None)).Single().Permalink!;
        using var browser = env.App.Anonymous();

        var response = await browser.GetAsync(permalink.PathAndQuery);

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("Sandbox");
        html.ShouldContain("Link Bakery");
        html.ShouldContain("Fresh bread at 7");
        var action = System.Text.RegularExpressions.Regex.Match(html, "<form method=\"post\" action=\"([^\"]+)\"").Groups[1].Value;
        new Uri(permalink, action).AbsolutePath.ShouldBe("/sandbox/facebook/simulate/engagement");
    }

    [Fact]
    public async Task Engagement_on_a_post_the_sandbox_does_not_have_or_of_an_unknown_kind_is_refused()
    {
        using var visitor = env.App.Anonymous();

        var missing = await visitor.PostAsJsonAsync("/sandbox/facebook/simulate/engagement", new { post_id = "1_2", kind = "reaction" });
        var unknownKind = await visitor.PostAsJsonAsync("/sandbox/facebook/simulate/engagement", new { post_id = "1_2", kind = "share" });

        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknownKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task ConnectAsync(Guid tenantId, Guid userId, FacebookSandbox.Page page)
    {
        await using var scope = env.App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            await scope.ServiceProvider.GetRequiredService<ConnectionService>().ConnectAsync(
                new AuthorizedAccount(IntegrationProviders.Facebook, true, page.Id, page.Name, FacebookScopes.Requested, page.AccessToken, null, null),
                userId, CancellationToken.None);
        }
    }

    private async Task<List<(Guid? TenantId, string Payload)>> StoredEventsAsync(string pageId)
    {
        await using var connection = new NpgsqlConnection(env.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT tenant_id, payload FROM integrations.webhook_events WHERE provider = 'facebook' AND account_id = @page", connection);
        command.Parameters.AddWithValue("page", pageId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Guid?, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.IsDBNull(0) ? null : reader.GetGuid(0), reader.GetString(1)));
        }

        return rows;
    }
}

/// <summary>Without the app secret, the sandbox cannot sign as Meta does, and says so.</summary>
[Collection(nameof(OneHostAtATime))]
public sealed class FacebookWebhookSimulationWithoutSecretTests(TestEnvironment env)
{
    [Fact]
    public async Task Without_an_app_secret_the_simulation_is_a_409_naming_the_setting()
    {
        var page = await FacebookSandbox.PageAsync(env.App, FacebookSandbox.Handle("nosecret"));
        var postId = await new FacebookGraphClient(FacebookSandbox.Graph(env.App), TimeProvider.System).PublishAsync(page.AccessToken, page.Id, "Hi", CancellationToken.None);
        await using var host = env.CreateExtraHost(("Pikar:Integrations:Facebook:AppSecret", ""));
        using var visitor = host.App.Anonymous();

        var response = await visitor.PostAsJsonAsync("/sandbox/facebook/simulate/engagement", new { post_id = postId, kind = "reaction" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("Pikar:Integrations:Facebook:AppSecret");
    }
}

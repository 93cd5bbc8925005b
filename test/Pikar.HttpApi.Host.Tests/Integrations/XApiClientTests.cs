using Microsoft.Extensions.DependencyInjection;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Integrations;
using Pikar.Integrations.Connections;
using Pikar.Integrations.Providers;
using Pikar.Integrations.Providers.X;
using Pikar.MultiTenancy;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>Pikar's real X client against the X sandbox: the answers, and the trouble the sandbox can make on demand.</summary>
public sealed class XApiClientTests(TestEnvironment env)
{
    [Fact]
    public async Task Reads_the_account_posts_reads_metrics_and_deletes()
    {
        var handle = Handle("ok");
        var client = Client();
        var token = await XSandbox.AccessTokenAsync(env.App, handle);

        var me = await client.GetMeAsync(token, CancellationToken.None);
        var post = await client.PostAsync(token, "Launch day!", CancellationToken.None);
        var metrics = await client.GetMetricsAsync(token, [post.Id], CancellationToken.None);
        var deleted = await client.DeleteAsync(token, post.Id, CancellationToken.None);

        me.Username.ShouldBe(handle);
        me.Followers.ShouldNotBeNull();
        post.Text.ShouldBe("Launch day!");
        metrics.Single().PostId.ShouldBe(post.Id);
        metrics.Single().Impressions.ShouldNotBeNull();
        metrics.Single().Unavailable.ShouldBeEmpty();
        deleted.ShouldBeTrue();
    }

    [Fact]
    public async Task A_metric_x_no_longer_serves_is_reported_unavailable_with_a_reason_not_as_zero()
    {
        var client = Client();
        var token = await XSandbox.AccessTokenAsync(env.App, Handle("nometrics"));
        var post = await client.PostAsync(token, "Counting quietly", CancellationToken.None);

        var metrics = (await client.GetMetricsAsync(token, [post.Id], CancellationToken.None)).Single();

        metrics.Impressions.ShouldBeNull();
        metrics.Unavailable["impressions"].ShouldContain("non_public_metrics.impression_count");
        metrics.Likes.ShouldNotBeNull();
    }

    [Fact]
    public async Task Rate_limits_revoked_tokens_and_outages_become_errors_the_caller_can_act_on()
    {
        var client = Client();
        var limited = await XSandbox.AccessTokenAsync(env.App, Handle("ratelimited"));
        var revoked = await XSandbox.AccessTokenAsync(env.App, Handle("revoked"));
        var down = await XSandbox.AccessTokenAsync(env.App, Handle("outage"));

        var rateLimit = await Should.ThrowAsync<ProviderRateLimitedException>(() => client.GetMeAsync(limited, CancellationToken.None));
        await Should.ThrowAsync<ProviderUnauthorizedException>(() => client.GetMeAsync(revoked, CancellationToken.None));
        await Should.ThrowAsync<ProviderUnavailableException>(() => client.GetMeAsync(down, CancellationToken.None));
        await Should.ThrowAsync<ProviderUnauthorizedException>(() => client.GetMeAsync("no-such-token", CancellationToken.None));

        rateLimit.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task A_post_x_refuses_is_a_request_error_with_x_s_reason()
    {
        var client = Client();
        var token = await XSandbox.AccessTokenAsync(env.App, Handle("long"));

        var refused = await Should.ThrowAsync<ProviderRequestException>(() => client.PostAsync(token, new string('a', 281), CancellationToken.None));

        refused.Message.ShouldContain("400");
    }

    private XApiClient Client() =>
        new(new HttpClient(env.App.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost/sandbox/x/") }, TimeProvider.System);

    // Sandbox handles are at most 15 characters: a short random stem and the trouble to simulate.
    private static string Handle(string trouble) => $"t{Random.Shared.Next(100):D2}_{trouble}";
}

/// <summary>X on behalf of a tenant's connection: its own token, the sandbox for sandbox accounts, and a refusal reported.</summary>
public sealed class XConnectionClientTests(TestEnvironment env)
{
    [Fact]
    public async Task A_sandbox_connection_reaches_the_sandbox_with_its_token_and_a_refusal_marks_it_for_reconnection()
    {
        var tenant = await env.App.CreateTenantAsync();
        using var admin = await env.App.SignInAsync(tenant.Name);
        var adminId = await PikarApp.UserIdAsync(admin);
        var good = await ConnectAsync(tenant.Id, adminId, $"c{Random.Shared.Next(1000):D3}_ok");
        var revoked = await ConnectAsync(tenant.Id, adminId, $"c{Random.Shared.Next(1000):D3}_revoked");

        await using var scope = env.App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant.Id))
        {
            var x = scope.ServiceProvider.GetRequiredService<XConnectionClient>();
            var me = await x.GetMeAsync(good.Connection.Id, CancellationToken.None);
            await Should.ThrowAsync<ProviderUnauthorizedException>(() => x.GetMeAsync(revoked.Connection.Id, CancellationToken.None));

            me.Username.ShouldBe(good.Handle);
        }

        var after = await (await admin.GetAsync($"/api/integrations/connections/{revoked.Connection.Id}")).ShouldBeOkAsync<ConnectionDto>();
        after.Health.ShouldBe(ConnectionHealth.ReauthRequired);
    }

    [Fact]
    public async Task A_demo_tenant_s_x_account_is_a_live_sandbox_account()
    {
        using var admin = await env.App.SignInAsync("sme");
        var x = (await (await admin.GetAsync("/api/integrations/connections?provider=x"))
            .ShouldBeOkAsync<Pikar.Paging.PagedResult<ConnectionDto>>()).Items.Single();
        var sme = await (await env.App.Anonymous().GetAsync("/api/abp/multi-tenancy/tenants/by-name/sme")).ShouldBeOkAsync<System.Text.Json.JsonElement>();

        await using var scope = env.App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(sme.GetProperty("tenantId").GetGuid()))
        {
            var me = await scope.ServiceProvider.GetRequiredService<XConnectionClient>().GetMeAsync(x.Id, CancellationToken.None);

            me.Id.ShouldBe(x.AccountId);
            ("@" + me.Username).ShouldBe(x.DisplayName);
        }
    }

    private async Task<(ConnectionDto Connection, string Handle)> ConnectAsync(Guid tenantId, Guid userId, string handle)
    {
        var token = await XSandbox.AccessTokenAsync(env.App, handle);
        await using var scope = env.App.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            var connection = await scope.ServiceProvider.GetRequiredService<ConnectionService>().ConnectAsync(
                new AuthorizedAccount(IntegrationProviders.X, true, handle, "@" + handle, ["tweet.read"], token, null, DateTimeOffset.UtcNow.AddHours(2)),
                userId, CancellationToken.None);
            return (connection, handle);
        }
    }
}

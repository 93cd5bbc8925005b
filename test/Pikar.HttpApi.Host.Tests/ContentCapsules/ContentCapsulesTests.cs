using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.HttpApi.Host.Tests.Integrations;
using Pikar.Integrations.Connections;
using Pikar.Paging;
using Pikar.Solopreneur;
using Pikar.Solopreneur.ContentCapsules;
using static Pikar.HttpApi.Host.Tests.SocialPerformance.SocialAccounts;

namespace Pikar.HttpApi.Host.Tests.ContentCapsules;

/// <summary>Content capsules through the host against the sandboxes: publish now, on schedule, and never twice.</summary>
public sealed class ContentCapsulesTests(TestEnvironment env)
{
    private const string Capsules = "/api/solopreneur/content-capsules";

    [Fact]
    public async Task Published_now_to_two_networks_each_account_gets_its_variant_once_with_a_link()
    {
        var (admin, tenant) = await TenantAsync();
        var handle = NewHandle();
        var x = await ConnectXAsync(env.App, admin, handle);
        var linkedIn = await ConnectLinkedInAsync(admin, tenant.Id);
        var body = $"Spring sale starts today {Guid.NewGuid():N}";
        var capsule = await CreateAsync(admin, body, new CapsuleTargetInput(x.Id, null), new CapsuleTargetInput(linkedIn, body + " — details on our page."));

        var published = await (await admin.PostAsync($"{Capsules}/{capsule.Id}/publish", null)).ShouldBeOkAsync<ContentCapsuleDto>();

        published.Publications.ShouldAllBe(p => p.Status == PublicationStatus.Published && p.RemotePostId != null && p.RemoteUrl != null && p.PublishedAt != null);
        published.Publications.Single(p => p.Provider == "linkedin").Text.ShouldEndWith("details on our page.");
        (await PostsOnXAsync(handle, body)).ShouldBe(1);
        var history = await (await admin.GetAsync($"{Capsules}/publications?view=history")).ShouldBeOkAsync<PagedResult<CapsulePublicationDto>>();
        history.Items.Count(p => p.CapsuleId == capsule.Id).ShouldBe(2);
        (await (await admin.PutAsJsonAsync($"{Capsules}/{capsule.Id}", Update(body, x.Id), PikarApp.Json)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe(SolopreneurErrorCodes.CapsuleAlreadyPublishing);
    }

    [Fact]
    public async Task Each_network_s_rules_are_checked_before_anything_is_kept()
    {
        var (admin, tenant) = await TenantAsync();
        var x = await ConnectXAsync(env.App, admin, NewHandle());
        var linkedIn = await ConnectLinkedInAsync(admin, tenant.Id);
        var long300 = new string('a', 300);

        var tooLongForX = await admin.PostAsJsonAsync(Capsules, Create("Long", long300, new CapsuleTargetInput(x.Id, null), new CapsuleTargetInput(linkedIn, null)), PikarApp.Json);
        var unknownAccount = await admin.PostAsJsonAsync(Capsules, Create("Lost", "Hi", new CapsuleTargetInput(Guid.NewGuid(), null)), PikarApp.Json);
        var noAccount = await admin.PostAsJsonAsync(Capsules, Create("None", "Hi"), PikarApp.Json);
        // X counts a link as 23 characters, however long it is.
        var longLink = await admin.PostAsJsonAsync(Capsules, Create("Link", new string('b', 250) + " https://example.com/" + new string('c', 100), new CapsuleTargetInput(x.Id, null)), PikarApp.Json);

        var problem = await tooLongForX.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors("targets[0].text").Single().ShouldContain("280");
        problem.GetProperty("errors").TryGetProperty("targets[1].text", out _).ShouldBeFalse("LinkedIn takes 300 characters");
        (await unknownAccount.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("targets[0].connectionId").ShouldNotBeEmpty();
        (await noAccount.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("targets").ShouldNotBeEmpty();
        longLink.StatusCode.ShouldBe(HttpStatusCode.OK, await longLink.Content.ReadAsStringAsync());
        (await (await admin.GetAsync(Capsules)).ShouldBeOkAsync<PagedResult<ContentCapsuleDto>>()).Items.ShouldHaveSingleItem().Title.ShouldBe("Link");
    }

    [Fact]
    public async Task A_scheduled_capsule_is_published_once_when_its_time_comes_in_the_user_s_time_zone()
    {
        var (admin, _) = await TenantAsync();
        var handle = NewHandle();
        var x = await ConnectXAsync(env.App, admin, handle);
        var body = $"Webinar tomorrow {Guid.NewGuid():N}";
        var capsule = await CreateAsync(admin, body, new CapsuleTargetInput(x.Id, null));
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(1), berlin).DateTime.Date.AddHours(9);

        var scheduled = await (await admin.PostAsJsonAsync($"{Capsules}/{capsule.Id}/schedule", new ScheduleContentCapsuleInput(local, "Europe/Berlin"), PikarApp.Json))
            .ShouldBeOkAsync<ContentCapsuleDto>();
        var at = scheduled.ScheduledAt.ShouldNotBeNull();
        at.ShouldBe(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, berlin), TimeSpan.Zero));
        scheduled.Publications.ShouldAllBe(p => p.Status == PublicationStatus.Scheduled && p.DueAt == at);
        var queue = await (await admin.GetAsync($"{Capsules}/publications?view=queue")).ShouldBeOkAsync<PagedResult<CapsulePublicationDto>>();
        queue.Items.ShouldContain(p => p.CapsuleId == capsule.Id);

        await SweepAsync(at.AddMinutes(-1));
        (await GetAsync(admin, capsule.Id)).Publications.Single().Status.ShouldBe(PublicationStatus.Scheduled);
        // The host was down at the time: the first sweep after it publishes, and no later one publishes again.
        await SweepAsync(at.AddHours(3));
        await SweepAsync(at.AddHours(3).AddMinutes(1));

        (await GetAsync(admin, capsule.Id)).Publications.Single().Status.ShouldBe(PublicationStatus.Published);
        (await PostsOnXAsync(handle, body)).ShouldBe(1);
    }

    [Fact]
    public async Task An_attempt_whose_outcome_was_lost_is_settled_by_asking_the_network_and_never_posts_twice()
    {
        var (admin, _) = await TenantAsync();
        var handle = NewHandle();
        var x = await ConnectXAsync(env.App, admin, handle);
        var body = $"Posted before the host stopped {Guid.NewGuid():N}";
        var capsule = await CreateAsync(admin, body, new CapsuleTargetInput(x.Id, null));
        var publication = capsule.Publications.Single();
        // The worker posted, then the host stopped before it wrote down the outcome.
        var postedId = await PostOnXAsync(handle, body);
        await ExecuteAsync("UPDATE solopreneur.capsule_publications SET status = 'Publishing', attempts = 1, " +
            "claimed_at = now() - interval '10 minutes', first_attempt_at = now() - interval '1 minute', due_at = now() - interval '1 minute' WHERE id = @id", publication.Id);

        await SweepAsync(DateTimeOffset.UtcNow);
        // The host's own minutely sweep may have claimed it first: either way it settles once.
        await Eventually.HoldsAsync(async () => (await GetAsync(admin, capsule.Id)).Publications.Single().Status == PublicationStatus.Published,
            TimeSpan.FromSeconds(10), "the lost attempt to be settled");
        (await (await admin.PostAsync($"{Capsules}/{capsule.Id}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))
            .GetProperty("code").GetString().ShouldBe(SolopreneurErrorCodes.CapsuleHasNothingToPublish);

        var settled = (await GetAsync(admin, capsule.Id)).Publications.Single();
        settled.Status.ShouldBe(PublicationStatus.Published);
        settled.RemotePostId.ShouldBe(postedId);
        settled.Attempts.ShouldBe(2);
        (await PostsOnXAsync(handle, body)).ShouldBe(1);
    }

    [Fact]
    public async Task A_rate_limited_post_waits_as_asked_and_a_refused_token_fails_it_never_published()
    {
        var (admin, tenant) = await TenantAsync();
        var limited = await ConnectTroubledXAsync(env.App, tenant.Id, admin, NewHandle("_ratelimited"));
        var revoked = await ConnectTroubledXAsync(env.App, tenant.Id, admin, NewHandle("_revoked"));
        var slow = await CreateAsync(admin, "Patience", new CapsuleTargetInput(limited, null));
        var refused = await CreateAsync(admin, "Nobody home", new CapsuleTargetInput(revoked, null));

        var waiting = (await (await admin.PostAsync($"{Capsules}/{slow.Id}/publish", null)).ShouldBeOkAsync<ContentCapsuleDto>()).Publications.Single();
        var failed = (await (await admin.PostAsync($"{Capsules}/{refused.Id}/publish", null)).ShouldBeOkAsync<ContentCapsuleDto>()).Publications.Single();

        waiting.Status.ShouldBe(PublicationStatus.Scheduled);
        waiting.LastError.ShouldNotBeNull().ShouldContain("slow down");
        waiting.DueAt.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        failed.Status.ShouldBe(PublicationStatus.Failed);
        failed.LastError.ShouldNotBeNull().ShouldContain("reconnected");
        (await (await admin.GetAsync($"/api/integrations/connections/{revoked}")).ShouldBeOkAsync<ConnectionDto>()).Health.ShouldBe(ConnectionHealth.ReauthRequired);
    }

    [Fact]
    public async Task Publishing_again_retries_only_the_accounts_not_yet_published_to()
    {
        var (admin, tenant) = await TenantAsync();
        var handle = NewHandle();
        var ok = await ConnectXAsync(env.App, admin, handle);
        var limited = await ConnectTroubledXAsync(env.App, tenant.Id, admin, NewHandle("_ratelimited"));
        var body = $"Twice is once too many {Guid.NewGuid():N}";
        var capsule = await CreateAsync(admin, body, new CapsuleTargetInput(ok.Id, null), new CapsuleTargetInput(limited, null));

        await (await admin.PostAsync($"{Capsules}/{capsule.Id}/publish", null)).ShouldBeOkAsync<ContentCapsuleDto>();
        var again = await (await admin.PostAsync($"{Capsules}/{capsule.Id}/publish", null)).ShouldBeOkAsync<ContentCapsuleDto>();

        again.Publications.Single(p => p.ConnectionId == ok.Id).Status.ShouldBe(PublicationStatus.Published);
        again.Publications.Single(p => p.ConnectionId == limited).Attempts.ShouldBe(2);
        (await PostsOnXAsync(handle, body)).ShouldBe(1);
    }

    [Fact]
    public async Task A_canceled_capsule_goes_back_to_draft_and_another_tenant_sees_none_of_it()
    {
        var (admin, _) = await TenantAsync();
        var x = await ConnectXAsync(env.App, admin, NewHandle());
        var capsule = await CreateAsync(admin, "Later", new CapsuleTargetInput(x.Id, null));
        await (await admin.PostAsJsonAsync($"{Capsules}/{capsule.Id}/schedule",
            new ScheduleContentCapsuleInput(DateTime.UtcNow.AddDays(3), "UTC"), PikarApp.Json)).ShouldBeOkAsync<ContentCapsuleDto>();
        var (stranger, _) = await TenantAsync();

        var canceled = await (await admin.PostAsync($"{Capsules}/{capsule.Id}/cancel", null)).ShouldBeOkAsync<ContentCapsuleDto>();

        canceled.ScheduledAt.ShouldBeNull();
        canceled.Publications.ShouldAllBe(p => p.Status == PublicationStatus.Draft);
        (await (await stranger.GetAsync(Capsules)).ShouldBeOkAsync<PagedResult<ContentCapsuleDto>>()).Items.ShouldBeEmpty();
        await (await stranger.GetAsync($"{Capsules}/{capsule.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsync($"{Capsules}/{capsule.Id}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.DeleteAsync($"{Capsules}/{capsule.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await admin.DeleteAsync($"{Capsules}/{capsule.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Switching_the_feature_off_forbids_the_routes_and_stops_pending_posts_with_the_reason()
    {
        var (admin, tenant) = await TenantAsync();
        var x = await ConnectXAsync(env.App, admin, NewHandle());
        var capsule = await CreateAsync(admin, "Never", new CapsuleTargetInput(x.Id, null));
        var scheduled = await (await admin.PostAsJsonAsync($"{Capsules}/{capsule.Id}/schedule",
            new ScheduleContentCapsuleInput(DateTime.UtcNow.AddHours(1), "UTC"), PikarApp.Json)).ShouldBeOkAsync<ContentCapsuleDto>();

        await env.App.SetFeaturesAsync("T", tenant.Id, (SolopreneurFeatures.ContentCapsule, "false"));
        await SweepAsync(scheduled.ScheduledAt!.Value.AddMinutes(1));

        (await (await admin.GetAsync(Capsules)).ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetRawText().ShouldContain(SolopreneurFeatures.ContentCapsule);
        await env.App.SetFeaturesAsync("T", tenant.Id, (SolopreneurFeatures.ContentCapsule, null));
        var stopped = (await GetAsync(admin, capsule.Id)).Publications.Single();
        stopped.Status.ShouldBe(PublicationStatus.Canceled);
        stopped.LastError.ShouldBe(CapsuleSweepJob.FeatureOffReason);
    }

    [Fact]
    public async Task A_demo_tenant_has_capsules_in_every_state()
    {
        // sme: the demo tenant the sweeps leave alone (they publish and cancel what they find in theirs).
        using var admin = await env.App.SignInAsync("sme");

        var capsules = await (await admin.GetAsync(Capsules)).ShouldBeOkAsync<PagedResult<ContentCapsuleDto>>();

        capsules.Items.SelectMany(c => c.Publications).Select(p => p.Status).Distinct().Order().ShouldBe(
            [PublicationStatus.Draft, PublicationStatus.Scheduled, PublicationStatus.Published, PublicationStatus.Failed, PublicationStatus.Canceled]);
        capsules.Items.SelectMany(c => c.Publications).Single(p => p.Status == PublicationStatus.Published).RemotePostId.ShouldNotBeNull();
    }

    private async Task<(HttpClient Admin, Pikar.TenantManagement.Tenants.TenantDto Tenant)> TenantAsync()
    {
        var tenant = await env.App.CreateTenantAsync("Solopreneur");
        return (await env.App.SignInAsync(tenant.Name), tenant);
    }

    private static CreateContentCapsuleInput Create(string title, string body, params CapsuleTargetInput[] targets) => new(title, body, ["launch"], targets);

    private static UpdateContentCapsuleInput Update(string body, Guid connectionId) => new("Edited", body, null, [new CapsuleTargetInput(connectionId, null)]);

    private static async Task<ContentCapsuleDto> CreateAsync(HttpClient admin, string body, params CapsuleTargetInput[] targets) =>
        await (await admin.PostAsJsonAsync(Capsules, Create("Capsule", body, targets), PikarApp.Json)).ShouldBeOkAsync<ContentCapsuleDto>();

    private static async Task<ContentCapsuleDto> GetAsync(HttpClient admin, Guid id) =>
        await (await admin.GetAsync($"{Capsules}/{id}")).ShouldBeOkAsync<ContentCapsuleDto>();

    /// <summary>
    /// Runs the due-posts sweep as the recurring job would, at a time the test chooses (at most a day or so ahead: the
    /// sweep covers every tenant, and the demo tenants' scheduled capsule is due next week).
    /// </summary>
    private async Task SweepAsync(DateTimeOffset now)
    {
        await using var scope = env.App.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<CapsuleSweepJob>(scope.ServiceProvider, (TimeProvider)new FakeTimeProvider(now)).RunAsync(CancellationToken.None);
    }

    private async Task<Guid> ConnectLinkedInAsync(HttpClient admin, Guid tenantId)
    {
        var token = await LinkedInSandbox.AccessTokenAsync(env.App, LinkedInSandbox.Handle("cap"));
        using var http = new HttpClient(env.App.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost/sandbox/linkedin/") };
        var identity = await new Pikar.Integrations.Providers.LinkedIn.LinkedInSocialNetwork(TimeProvider.System).IdentifyAsync(http, token, CancellationToken.None);
        var adminId = await PikarApp.UserIdAsync(admin);
        var connection = await env.App.InTenantAsync(tenantId, services => services.GetRequiredService<ConnectionService>().ConnectAsync(
            new AuthorizedAccount("linkedin", true, identity.AccountId, identity.DisplayName, ["w_organization_social"], token, null, DateTimeOffset.UtcNow.AddDays(60)),
            adminId, CancellationToken.None));
        return connection.Id;
    }

    private async Task<string> PostOnXAsync(string handle, string text)
    {
        using var x = env.App.CreateClient();
        x.DefaultRequestHeaders.Authorization = new("Bearer", await XSandbox.AccessTokenAsync(env.App, handle));
        var posted = await (await x.PostAsJsonAsync("/sandbox/x/2/tweets", new { text })).ShouldBeOkOrProblemJsonAsync();
        return posted.GetProperty("data").GetProperty("id").GetString()!;
    }

    /// <summary>How many of the account's posts on the X sandbox have this text.</summary>
    private async Task<int> PostsOnXAsync(string handle, string text)
    {
        await using var connection = new NpgsqlConnection(env.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM integrations.sandbox_posts p JOIN integrations.sandbox_accounts a ON a.id = p.account_id " +
            "WHERE a.provider = 'x' AND a.handle = @handle AND p.text = @text AND p.deletion_time IS NULL", connection);
        command.Parameters.AddWithValue("handle", handle);
        command.Parameters.AddWithValue("text", text);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(env.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }
}

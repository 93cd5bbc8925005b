using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pikar.AuditLogging.AuditLogs;
using Pikar.AuditLogging.Retention;
using Pikar.Auditing;
using Pikar.Data;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Identity.Users;
using Pikar.MultiTenancy;
using Pikar.Paging;

namespace Pikar.HttpApi.Host.Tests.AuditLogging;

public sealed class AuditLoggingTests(TestEnvironment env)
{
    private const string Secret = "S3cret!Passw0rd";

    private PikarApp App => env.App;

    [Fact]
    public async Task Creating_a_user_is_audited_with_its_entity_changes_and_never_the_password()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);

        var user = await (await admin.PostAsJsonAsync("/api/identity/users", new CreateUserInput("nora", "nora@t.test", Secret, "Nora"), PikarApp.Json))
            .ShouldBeOkAsync<IdentityUserDto>();

        var entry = await WaitForLogAsync(admin, "httpMethod=POST&url=/api/identity/users");
        var log = await (await admin.GetAsync($"/api/audit-logging/audit-logs/{entry.Id}")).ShouldBeOkAsync<AuditLogDto>();
        log.UserName.ShouldBe("admin");
        log.TenantId.ShouldBe(tenant.Id);
        log.HttpStatusCode.ShouldBe(200);
        log.ClientId.ShouldBe("pikar_app");
        log.Actions.ShouldHaveSingleItem().MethodName.ShouldBe("CreateUser");
        log.Actions[0].Parameters.ShouldContain("nora@t.test");
        var created = log.EntityChanges.Single(c => c.EntityId == user.Id.ToString());
        created.ChangeType.ShouldBe(EntityChangeType.Created);
        created.PropertyChanges.ShouldContain(p => p.PropertyName == "Email" && p.NewValue == "nora@t.test" && p.OriginalValue == null);
        created.PropertyChanges.Single(p => p.PropertyName == "PasswordHash").NewValue.ShouldBe("***");
        (await StoredAuditTextAsync(tenant.Id)).ShouldNotContain(Secret);
        var hash = await PasswordHashAsync(tenant.Id, user.Id);
        (await StoredAuditTextAsync(tenant.Id)).ShouldNotContain(hash);
    }

    [Fact]
    public async Task A_failed_request_is_audited_with_its_exception_and_without_rolled_back_changes()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var users = await (await admin.GetAsync("/api/identity/users")).ShouldBeOkAsync<PagedResult<IdentityUserDto>>();

        await (await admin.DeleteAsync($"/api/identity/users/{users.Items[0].Id}")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        var entry = await WaitForLogAsync(admin, "httpMethod=DELETE&hasException=true");
        var log = await (await admin.GetAsync($"/api/audit-logging/audit-logs/{entry.Id}")).ShouldBeOkAsync<AuditLogDto>();
        log.HttpStatusCode.ShouldBe(422);
        log.Exceptions!.ShouldContain("You cannot delete your own account.");
        log.EntityChanges.ShouldBeEmpty();
        log.Actions.ShouldHaveSingleItem().MethodName.ShouldBe("DeleteUser");
    }

    [Fact]
    public async Task Failed_reads_are_audited_but_successful_reads_are_not()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var missing = Guid.NewGuid();

        (await admin.GetAsync("/api/identity/users")).EnsureSuccessStatusCode();
        await (await admin.GetAsync($"/api/identity/users/{missing}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var entry = await WaitForLogAsync(admin, "httpStatusCode=404");
        entry.Url.ShouldContain(missing.ToString());
        var reads = await (await admin.GetAsync("/api/audit-logging/audit-logs?httpMethod=GET&httpStatusCode=200")).ShouldBeOkAsync<PagedResult<AuditLogDto>>();
        reads.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Tenant_B_cannot_see_tenant_A_audit_logs()
    {
        var tenantA = await App.CreateTenantAsync();
        var tenantB = await App.CreateTenantAsync();
        using var adminA = await App.SignInAsync(tenantA.Name);
        using var adminB = await App.SignInAsync(tenantB.Name);
        await (await adminA.PostAsJsonAsync("/api/identity/roles", new { name = "secret-team" }, PikarApp.Json)).ShouldBeOkAsync<object>();
        var entryA = await WaitForLogAsync(adminA, "url=/api/identity/roles&httpMethod=POST");

        var listB = await (await adminB.GetAsync("/api/audit-logging/audit-logs?maxResultCount=1000")).ShouldBeOkAsync<PagedResult<AuditLogDto>>();
        var getB = await adminB.GetAsync($"/api/audit-logging/audit-logs/{entryA.Id}");
        var changesB = await (await adminB.GetAsync("/api/audit-logging/audit-logs/entity-changes?entityTypeFullName=Role&maxResultCount=1000"))
            .ShouldBeOkAsync<PagedResult<EntityChangeDto>>();

        listB.Items.ShouldNotContain(l => l.Id == entryA.Id);
        listB.Items.ShouldAllBe(l => l.TenantId == tenantB.Id);
        await getB.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        changesB.Items.ShouldAllBe(c => c.TenantId == tenantB.Id);
    }

    [Fact]
    public async Task Entity_changes_are_found_by_entity_type_and_id()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        var role = await (await admin.PostAsJsonAsync("/api/identity/roles", new { name = "auditors" }, PikarApp.Json)).ShouldBeOkAsync<Pikar.Identity.Roles.IdentityRoleDto>();
        (await admin.PutAsJsonAsync($"/api/identity/roles/{role.Id}", new { name = "reviewers" }, PikarApp.Json)).EnsureSuccessStatusCode();

        PagedResult<EntityChangeDto>? changes = null;
        await EventuallyAsync(async () =>
        {
            changes = await (await admin.GetAsync($"/api/audit-logging/audit-logs/entity-changes?entityTypeFullName=Role&entityId={role.Id}&sorting=changeTime"))
                .ShouldBeOkAsync<PagedResult<EntityChangeDto>>();
            return changes.TotalCount >= 2;
        });

        changes!.Items.Select(c => c.ChangeType).ShouldBe([EntityChangeType.Created, EntityChangeType.Updated]);
        changes.Items[1].PropertyChanges.ShouldContain(p => p.PropertyName == "Name" && p.OriginalValue == "auditors" && p.NewValue == "reviewers");
    }

    [Fact]
    public async Task Audit_log_filters_are_validated()
    {
        using var admin = await App.SignInAsync("solo");

        var response = await admin.GetAsync("/api/audit-logging/audit-logs?httpStatusCode=42&startTime=2026-01-02&endTime=2026-01-01&sorting=password");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors("httpStatusCode").ShouldNotBeEmpty();
        problem.FieldErrors("endTime").ShouldNotBeEmpty();
        problem.FieldErrors("sorting").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Retention_deletes_logs_older_than_the_configured_days_in_every_tenant()
    {
        var tenant = await App.CreateTenantAsync();
        using var admin = await App.SignInAsync(tenant.Name);
        await (await admin.PostAsJsonAsync("/api/identity/roles", new { name = "old-news" }, PikarApp.Json)).ShouldBeOkAsync<object>();
        var entry = await WaitForLogAsync(admin, "url=/api/identity/roles&httpMethod=POST");
        await using var scope = App.Services.CreateAsyncScope();
        var clock = new FakeTimeProvider(entry.ExecutionTime.AddDays(400));
        var job = ActivatorUtilities.CreateInstance<AuditLogRetentionJob>(scope.ServiceProvider, (TimeProvider)clock);

        var deleted = await job.RunAsync(CancellationToken.None);

        deleted.ShouldBeGreaterThan(0);
        await (await admin.GetAsync($"/api/audit-logging/audit-logs/{entry.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<AuditLogDto> WaitForLogAsync(HttpClient client, string filter)
    {
        AuditLogDto? found = null;
        await EventuallyAsync(async () =>
        {
            var page = await (await client.GetAsync($"/api/audit-logging/audit-logs?{filter}")).ShouldBeOkAsync<PagedResult<AuditLogDto>>();
            found = page.Items.Count > 0 ? page.Items[0] : null;
            return found is not null;
        });
        return found!;
    }

    /// <summary>Audit logs are written in the background and readable within a second.</summary>
    private static Task EventuallyAsync(Func<Task<bool>> condition) =>
        Eventually.HoldsAsync(condition, TimeSpan.FromSeconds(5), "the audit log");

    private async Task<string> StoredAuditTextAsync(Guid tenantId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            var rows = await db.Database.SqlQueryRaw<string>("""
                SELECT concat_ws('|', l.url, l.exceptions, a.parameters, p.original_value, p.new_value) AS "Value"
                FROM audit_logging.audit_logs l
                LEFT JOIN audit_logging.audit_log_actions a ON a.audit_log_id = l.id
                LEFT JOIN audit_logging.entity_changes c ON c.audit_log_id = l.id
                LEFT JOIN audit_logging.entity_property_changes p ON p.entity_change_id = c.id
                """).ToListAsync();
            return string.Join('\n', rows);
        }
    }

    private async Task<string> PasswordHashAsync(Guid tenantId, Guid userId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PikarDbContext>();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            return (await db.Set<User>().SingleAsync(u => u.Id == userId)).PasswordHash!;
        }
    }
}

using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.HttpApi.Host.Tests.Tokens;

namespace Pikar.HttpApi.Host.Tests.Hosting;

public sealed class HostTests(TestEnvironment env)
{
    [Fact]
    public async Task Health_endpoints_answer_without_credentials()
    {
        using var client = env.App.Anonymous();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");

        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Application_configuration_describes_anonymous_and_tenant_callers()
    {
        using var anonymous = env.App.Anonymous();
        using var tenantAdmin = await env.App.SignInAsync("startup");

        var forAnonymous = await (await anonymous.GetAsync("/api/abp/application-configuration")).ShouldBeOkAsync<JsonElement>();
        var forTenant = await (await tenantAdmin.GetAsync("/api/abp/application-configuration")).ShouldBeOkAsync<JsonElement>();

        forAnonymous.GetProperty("currentUser").GetProperty("isAuthenticated").GetBoolean().ShouldBeFalse();
        forAnonymous.GetProperty("currentTenant").GetProperty("isAvailable").GetBoolean().ShouldBeFalse();
        var user = forTenant.GetProperty("currentUser");
        user.GetProperty("isAuthenticated").GetBoolean().ShouldBeTrue();
        user.GetProperty("userName").GetString().ShouldBe("admin");
        user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldContain("admin");
        var tenant = forTenant.GetProperty("currentTenant");
        tenant.GetProperty("name").GetString().ShouldBe("startup");
        tenant.GetProperty("isAvailable").GetBoolean().ShouldBeTrue();
        user.GetProperty("tenantId").GetGuid().ShouldBe(tenant.GetProperty("id").GetGuid());
        forTenant.GetProperty("modules").EnumerateArray().Select(m => m.GetString()).ShouldContain("Solopreneur");
    }

    [Fact]
    public async Task OpenApi_document_states_the_security_of_every_operation()
    {
        using var client = env.App.Anonymous();

        var document = await (await client.GetAsync("/openapi/v1.json")).ShouldBeOkAsync<JsonElement>();

        document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _).ShouldBeTrue();
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Method: op.Name, Operation: op.Value)))
            .ToList();
        operations.ShouldNotBeEmpty();
        foreach (var (path, method, operation) in operations)
        {
            operation.TryGetProperty("operationId", out _).ShouldBeTrue($"{method} {path} has no operationId");
            operation.TryGetProperty("security", out var security).ShouldBeTrue($"{method} {path} states no security");
            var isAnonymous = security.GetArrayLength() == 0;
            var shouldBeAnonymous = path.StartsWith("/api/abp/", StringComparison.Ordinal) || path.StartsWith("/api/webhooks/", StringComparison.Ordinal);
            isAnonymous.ShouldBe(shouldBeAnonymous, $"{method} {path}");
        }
    }

    [Fact]
    public async Task Jobs_dashboard_sends_visitors_to_sign_in_and_admits_only_the_host_admin()
    {
        using var anonymous = env.App.Anonymous();
        var redirect = await anonymous.GetAsync("/hangfire");

        var hostAdmin = await SignedInBrowserAsync("", "admin");
        var tenantAdmin = await SignedInBrowserAsync("solo", "admin");

        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
        (await hostAdmin.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tenantAdmin.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<HttpClient> SignedInBrowserAsync(string tenant, string user)
    {
        var browser = env.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync("/account/login?returnUrl=/hangfire");
        var response = await browser.PostAsync("/account/login", AuthorizationCodeFlowTests.LoginForm(page, tenant, user, TestEnvironment.Password));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return browser;
    }
}

using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Authorization;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Sweeps;

/// <summary>
/// Every endpoint the host maps, read from its endpoint data source (so new modules are covered
/// without touching this test), is protected by a declared permission or says why it is not.
/// </summary>
public sealed class AuthorizationSweepTests(TestEnvironment env)
{
    private PikarApp App => env.App;

    [Fact]
    public void Every_endpoint_requires_a_declared_permission_or_states_why_not()
    {
        var definitions = App.Services.GetRequiredService<PermissionDefinitionManager>();

        Endpoints().Count().ShouldBeGreaterThan(30);
        var offenders = Endpoints()
            .Select(e => (Endpoint: e, Permissions: e.Metadata.GetOrderedMetadata<RequiredPermissionMetadata>(), Exemption: e.Metadata.GetMetadata<AuthorizationExemptionMetadata>()))
            .Where(e => e.Permissions.Count == 0 ? e.Exemption is null || string.IsNullOrWhiteSpace(e.Exemption.Reason) : e.Permissions.Any(p => definitions.Find(p.PermissionName) is null))
            .Select(e => $"{e.Endpoint.DisplayName} ({e.Endpoint.RoutePattern.RawText})")
            .ToList();

        offenders.ShouldBeEmpty("These endpoints need .RequirePermission(<declared permission>) or .AllowAnonymous(\"reason\").");
    }

    [Fact]
    public async Task The_OpenAPI_document_marks_exactly_the_anonymous_operations_with_an_empty_security_requirement()
    {
        var anonymousNames = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .OfType<string>()
            .ToHashSet();
        using var client = App.Anonymous();

        var operations = await ApiOperation.LoadAsync(client);

        var wrong = operations.Where(o => o.IsAnonymous != anonymousNames.Contains(o.OperationId)).Select(o => o.ToString()).ToList();
        wrong.ShouldBeEmpty("Anonymous operations must say security: [] and protected ones the bearer scheme.");
    }

    [Fact]
    public async Task Without_a_token_every_protected_operation_answers_401_with_ProblemDetails()
    {
        using var client = App.Anonymous();
        var operations = await ApiOperation.LoadAsync(client);

        operations.Count(o => !o.IsAnonymous).ShouldBeGreaterThan(20);
        var failures = new List<string>();
        foreach (var operation in operations.Where(o => !o.IsAnonymous))
        {
            using var request = new HttpRequestMessage(operation.HttpMethod, operation.Path(Guid.NewGuid().ToString()));
            if (operation.BodySchema is not null)
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{operation}: {(int)response.StatusCode}");
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_tenant_admin_gets_403_from_every_host_only_operation()
    {
        var hostOnly = HostEndpoints.HostOnlyOperationNames(App.Services);
        using var tenantAdmin = await App.SignInAsync("enterprise");
        var operations = (await ApiOperation.LoadAsync(tenantAdmin)).Where(o => hostOnly.Contains(o.OperationId)).ToList();

        var failures = new List<string>();
        foreach (var operation in operations)
        {
            using var request = new HttpRequestMessage(operation.HttpMethod, operation.Path(Guid.NewGuid().ToString()));
            if (operation.BodySchema is not null)
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            var response = await tenantAdmin.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{operation}: {(int)response.StatusCode}");
            }
        }

        operations.ShouldNotBeEmpty();
        failures.ShouldBeEmpty();
    }

    private IEnumerable<RouteEndpoint> Endpoints() => HostEndpoints.All(App.Services);
}

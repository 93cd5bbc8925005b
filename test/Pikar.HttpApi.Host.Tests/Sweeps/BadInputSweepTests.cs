using System.Net;
using System.Text;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Sweeps;

/// <summary>
/// Every operation in the OpenAPI document, fed bad input of every kind: the answer is never a
/// 5xx or a stack trace, a 4xx is a ProblemDetails, and a rejected request writes no row.
/// </summary>
[Collection(nameof(SweepsRunAlone))]
public sealed class BadInputSweepTests(TestEnvironment env)
{
    [Fact]
    public async Task No_operation_breaks_or_writes_on_bad_input()
    {
        var tenant = await env.App.CreateTenantAsync("Enterprise");
        using var tenantAdmin = await env.App.SignInAsync(tenant.Name);
        using var hostAdmin = await env.App.HostAdminAsync();
        var hostOnly = HostEndpoints.HostOnlyOperationNames(env.App.Services);
        var operations = await ApiOperation.LoadAsync(tenantAdmin);
        var fingerprint = new RowFingerprint(env.OwnerConnectionString);

        var failures = new List<string>();
        var sent = 0;
        foreach (var operation in operations)
        {
            var client = hostOnly.Contains(operation.OperationId) ? hostAdmin : tenantAdmin;
            foreach (var (label, request) in BadRequests(operation))
            {
                var before = await fingerprint.TakeAsync();
                var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                sent++;

                var status = (int)response.StatusCode;
                if (status >= 500 || body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal) && status >= 400)
                {
                    failures.Add($"{operation} [{label}]: {status} {Truncate(body)}");
                }
                else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{operation} [{label}]: {status} without ProblemDetails");
                }
                else if (status >= 400 && await fingerprint.TakeAsync() != before)
                {
                    failures.Add($"{operation} [{label}]: rejected with {status} but wrote rows");
                }
            }
        }

        sent.ShouldBeGreaterThan(200);
        failures.ShouldBeEmpty();
    }

    private static IEnumerable<(string Label, HttpRequestMessage Request)> BadRequests(ApiOperation operation)
    {
        var path = operation.Path(Guid.NewGuid().ToString());
        HttpRequestMessage With(string content, string target) =>
            new(operation.HttpMethod, target) { Content = new StringContent(content, Encoding.UTF8, "application/json") };

        if (operation.BodySchema is { } schema)
        {
            yield return ("malformed JSON", With("{\"", path));
            yield return ("array instead of object", With("[]", path));
            yield return ("missing fields", With("{}", path));
            yield return ("wrong types", With(SweepRequests.WrongTypes(operation, schema).ToJsonString(), path));
            yield return ("huge strings", With(SweepRequests.WithStrings(operation, schema, SweepRequests.Huge)?.ToJsonString() ?? "{}", path));
            yield return ("SQL fragment", With(SweepRequests.WithStrings(operation, schema, SweepRequests.SqlFragment)?.ToJsonString() ?? "{}", path));
            yield return ("script fragment", With(SweepRequests.WithStrings(operation, schema, SweepRequests.ScriptFragment)?.ToJsonString() ?? "{}", path));
            yield return ("NUL character", With(SweepRequests.WithStrings(operation, schema, SweepRequests.Nul)?.ToJsonString() ?? "{}", path));
        }

        if (operation.HasPathParameters)
        {
            yield return ("id that is not a guid", new HttpRequestMessage(operation.HttpMethod, operation.Path("not-an-id")));
            yield return ("unknown id", operation.BodySchema is { } s
                ? With(SweepRequests.Plausible(operation, s)?.ToJsonString() ?? "{}", path)
                : new HttpRequestMessage(operation.HttpMethod, path));
        }

        var query = operation.QueryParameters.ToList();
        if (query.Count > 0)
        {
            string Query(Func<string, string> value) => path + "?" + string.Join('&', query.Select(q => $"{Uri.EscapeDataString(q.Name)}={Uri.EscapeDataString(value(ApiOperation.TypeOf(q.Schema)))}"));
            yield return ("negative numbers", new HttpRequestMessage(operation.HttpMethod, Query(t => t is "integer" or "number" ? "-1" : "x")));
            yield return ("huge numbers", new HttpRequestMessage(operation.HttpMethod, Query(t => t is "integer" or "number" ? "99999999999999999999" : "x")));
            yield return ("wrong types", new HttpRequestMessage(operation.HttpMethod, Query(_ => "not-a-value")));
            yield return ("NUL characters", new HttpRequestMessage(operation.HttpMethod, Query(_ => SweepRequests.Nul)));
            yield return ("SQL fragments", new HttpRequestMessage(operation.HttpMethod, Query(_ => SweepRequests.SqlFragment)));
            yield return ("long strings", new HttpRequestMessage(operation.HttpMethod, Query(t => t == "string" ? new string('q', 5000) : "1")));
        }
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] : text;
}

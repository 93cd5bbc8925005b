using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Sweeps;

/// <summary>
/// Two demo tenants with data in every module: tenant B sees none of tenant A's ids in any list,
/// and gets 404 for every operation on one of A's ids. Driven by the OpenAPI document.
/// </summary>
[Collection(nameof(SweepsRunAlone))]
public sealed class TenantIsolationSweepTests(TestEnvironment env)
{
    private const string TenantA = "solo";
    private const string TenantB = "startup";

    [Fact]
    public async Task Tenant_B_lists_none_of_tenant_A_ids_and_gets_404_for_each_of_them()
    {
        using var a = await env.App.SignInAsync(TenantA);
        using var b = await env.App.SignInAsync(TenantB);
        (await a.PostAsJsonAsync("/api/identity/roles", new { name = "isolation-probe" + Guid.NewGuid().ToString("N")[..6] })).EnsureSuccessStatusCode();
        await WaitForAuditLogAsync(a);
        var operations = await ApiOperation.LoadAsync(a);
        var lists = operations.Where(o => o.IsList && !o.IsAnonymous).ToList();

        var idsOfA = new Dictionary<string, List<string>>();
        var failures = new List<string>();
        foreach (var list in lists)
        {
            var ofA = await IdsAsync(a, list);
            var ofB = await IdsAsync(b, list);
            if (ofA is null || ofB is null)
            {
                continue;
            }

            idsOfA[list.PathTemplate] = ofA;
            failures.AddRange(ofA.Intersect(ofB).Select(id => $"{list}: tenant B lists A's {id}"));
        }

        idsOfA.Values.Count(ids => ids.Count > 0).ShouldBeGreaterThanOrEqualTo(3, "Tenant A needs demo data in the lists it can read.");

        foreach (var operation in operations.Where(o => o.HasPathParameters && !o.IsAnonymous))
        {
            var listPath = idsOfA.Keys.Where(l => operation.PathTemplate.StartsWith(l + "/{", StringComparison.Ordinal)).MaxBy(l => l.Length);
            if (listPath is null || idsOfA[listPath].Count == 0)
            {
                continue;
            }

            using var request = new HttpRequestMessage(operation.HttpMethod, operation.Path(idsOfA[listPath][0]));
            if (operation.BodySchema is { } schema)
            {
                request.Content = new StringContent(SweepRequests.Plausible(operation, schema)?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json");
            }

            var response = await b.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"{operation}: tenant B got {(int)response.StatusCode} for A's id: {await response.Content.ReadAsStringAsync()}");
            }
        }

        failures.ShouldBeEmpty();
    }

    /// <summary>Audit logs are written in the background; the sweep needs one of A's.</summary>
    private static Task WaitForAuditLogAsync(HttpClient client) => Eventually.HoldsAsync(
        async () => (await (await client.GetAsync("/api/audit-logging/audit-logs?httpMethod=POST")).ShouldBeOkAsync<JsonElement>()).GetProperty("totalCount").GetInt64() > 0,
        TimeSpan.FromSeconds(5), "tenant A's audit log");

    /// <summary>The ids on the first page of up to 1,000 rows, or null when the caller may not read the list.</summary>
    private static async Task<List<string>?> IdsAsync(HttpClient client, ApiOperation list)
    {
        var response = await client.GetAsync(list.PathTemplate + "?maxResultCount=1000");
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return null;
        }

        var page = await response.ShouldBeOkAsync<JsonElement>();
        return page.GetProperty("items").EnumerateArray()
            .Where(item => item.TryGetProperty("id", out _))
            .Select(item => item.GetProperty("id").ToString())
            .ToList();
    }
}

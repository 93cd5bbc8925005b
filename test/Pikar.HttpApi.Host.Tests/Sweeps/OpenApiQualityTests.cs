using System.Text.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Sweeps;

/// <summary>The OpenAPI document is the contract the Angular proxies are generated from: every operation is complete.</summary>
public sealed class OpenApiQualityTests(TestEnvironment env)
{
    [Fact]
    public async Task Every_operation_is_named_summarised_typed_and_documents_its_errors()
    {
        using var client = env.App.Anonymous();
        var operations = await ApiOperation.LoadAsync(client);

        var problems = operations.SelectMany(Problems).ToList();

        operations.Count.ShouldBeGreaterThan(30);
        operations.Select(o => o.OperationId).ShouldBeUnique();
        problems.ShouldBeEmpty();
    }

    private static IEnumerable<string> Problems(ApiOperation operation)
    {
        var op = operation.Operation;
        if (!op.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
        {
            yield return $"{operation}: no summary";
        }

        var responses = op.GetProperty("responses");
        var success = responses.EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
        if (success.Count == 0)
        {
            yield return $"{operation}: no success response";
        }

        foreach (var response in success.Where(r => r.Name != "204"))
        {
            var typed = response.Value.TryGetProperty("content", out var content)
                && ((content.TryGetProperty("application/json", out var json) && operation.Resolve(json.GetProperty("schema")).ValueKind == JsonValueKind.Object)
                    // A plain-text answer (e.g. Meta's subscription check echoes its challenge) is typed as a string.
                    || (content.TryGetProperty("text/plain", out var text) && ApiOperation.TypeOf(text.GetProperty("schema")) == "string"));
            if (!typed)
            {
                yield return $"{operation}: response {response.Name} has no JSON schema";
            }
        }

        if (operation.BodySchema is { } body && ApiOperation.TypeOf(body) != "object")
        {
            yield return $"{operation}: the request body is not a typed object";
        }

        bool Documents(string status) => responses.TryGetProperty(status, out _);
        if (!operation.IsAnonymous && !(Documents("401") && Documents("403")))
        {
            yield return $"{operation}: a protected operation must document 401 and 403";
        }

        if ((operation.BodySchema is not null || operation.QueryParameters.Any()) && !Documents("400"))
        {
            yield return $"{operation}: takes input but does not document 400";
        }

        // Anonymous lookups (ABP's tenant lookup) answer {success: false} instead of 404.
        if (operation.HasPathParameters && !operation.IsAnonymous && !Documents("404"))
        {
            yield return $"{operation}: addresses a resource but does not document 404";
        }
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pikar.HttpApi.Host.Tests.Sweeps;

/// <summary>One operation of the host's OpenAPI document, with what a sweep needs to call it.</summary>
public sealed partial record ApiOperation(string Method, string PathTemplate, string OperationId, bool IsAnonymous, JsonElement Operation, JsonElement Document)
{
    public static async Task<IReadOnlyList<ApiOperation>> LoadAsync(HttpClient client)
    {
        var document = JsonSerializer.Deserialize<JsonElement>(await client.GetStringAsync("/openapi/v1.json"));
        return document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(op => new ApiOperation(
                    op.Name.ToUpperInvariant(),
                    path.Name,
                    op.Value.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{op.Name} {path.Name}",
                    op.Value.TryGetProperty("security", out var security) && security.GetArrayLength() == 0,
                    op.Value,
                    document)))
            .ToList();
    }

    public HttpMethod HttpMethod => new(Method);

    public bool HasPathParameters => PathTemplate.Contains('{', StringComparison.Ordinal);

    public bool IsList => Method == "GET" && !HasPathParameters && ResponseHasItems;

    /// <summary>The path with every parameter replaced, e.g. <c>/api/identity/users/{id}</c> → <c>/api/identity/users/…</c>.</summary>
    public string Path(string parameterValue) => PathParameter().Replace(PathTemplate, Uri.EscapeDataString(parameterValue));

    public IEnumerable<(string Name, JsonElement Schema)> QueryParameters =>
        Operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => (p.GetProperty("name").GetString()!, Resolve(p.GetProperty("schema"))))
            : [];

    /// <summary>The JSON body's schema (resolved), or null when the operation takes no body.</summary>
    public JsonElement? BodySchema =>
        Operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var json)
            ? Resolve(json.GetProperty("schema"))
            : null;

    private bool ResponseHasItems =>
        Operation.GetProperty("responses").TryGetProperty("200", out var ok) && ok.TryGetProperty("content", out var content)
        && content.TryGetProperty("application/json", out var json) && Resolve(json.GetProperty("schema")) is var schema
        && schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty("items", out _) && properties.TryGetProperty("totalCount", out _);

    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/').Last();
            schema = Document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    /// <summary>The schema's JSON type, ignoring <c>null</c> in 3.1 type arrays.</summary>
    public static string TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "unknown";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "null"
            : type.GetString()!;
    }

    public override string ToString() => $"{Method} {PathTemplate} ({OperationId})";

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pikar.HttpApi.Host.Tests.Sweeps;

/// <summary>Request bodies made from an operation's schema: plausible ones, and ones broken on purpose.</summary>
internal static class SweepRequests
{
    public const string SqlFragment = "'; DROP TABLE identity.users; --";
    public const string ScriptFragment = "<script>alert('x')</script>";
    public const string Nul = "bad\u0000value";
    public static readonly string Huge = new('a', 100_000);

    /// <summary>A body that passes validation, so a sweep reaches the handler.</summary>
    public static JsonNode? Plausible(ApiOperation operation, JsonElement schema, string name = "")
    {
        schema = operation.Resolve(schema);
        return ApiOperation.TypeOf(schema) switch
        {
            "object" => new JsonObject(Properties(schema).Select(p =>
                KeyValuePair.Create(p.Name, Plausible(operation, p.Schema, p.Name)))),
            "array" => new JsonArray(),
            "string" when schema.TryGetProperty("enum", out var values) => JsonValue.Create(values[0].GetString()),
            "string" when schema.TryGetProperty("format", out var format) && format.GetString() == "date-time" => JsonValue.Create("2026-01-01T00:00:00Z"),
            "string" when name.Contains("mail", StringComparison.OrdinalIgnoreCase) => JsonValue.Create("sweep@example.test"),
            "string" when name.Contains("password", StringComparison.OrdinalIgnoreCase) => JsonValue.Create("Sweep-1q2w3E*"),
            "string" when name.Contains("stamp", StringComparison.OrdinalIgnoreCase) => null,
            "string" => JsonValue.Create("sweep" + Guid.NewGuid().ToString("N")[..6]),
            "integer" or "number" => JsonValue.Create(1),
            "boolean" => JsonValue.Create(false),
            _ => null,
        };
    }

    /// <summary>Every property given the wrong JSON kind.</summary>
    public static JsonObject WrongTypes(ApiOperation operation, JsonElement schema) =>
        new(Properties(operation.Resolve(schema)).Select(p => KeyValuePair.Create<string, JsonNode?>(p.Name, ApiOperation.TypeOf(operation.Resolve(p.Schema)) switch
        {
            "string" => new JsonArray(1, 2),
            "integer" or "number" => JsonValue.Create("not a number"),
            "boolean" => JsonValue.Create("maybe"),
            "array" => JsonValue.Create("not a list"),
            _ => JsonValue.Create(7),
        })));

    /// <summary>A plausible body with every string replaced by <paramref name="text"/>.</summary>
    public static JsonNode? WithStrings(ApiOperation operation, JsonElement schema, string text)
    {
        var body = Plausible(operation, schema);
        Replace(body, text);
        return body;
    }

    public static IEnumerable<(string Name, JsonElement Schema)> Properties(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => (p.Name, p.Value)) : [];

    private static void Replace(JsonNode? node, string text)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    {
                        obj[key] = text;
                    }
                    else
                    {
                        Replace(value, text);
                    }
                }

                break;
            case JsonArray array:
                array.Add(text);
                break;
        }
    }
}

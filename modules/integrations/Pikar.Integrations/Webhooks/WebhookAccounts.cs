using System.Text.Json;

namespace Pikar.Integrations.Webhooks;

/// <summary>Which connected account an event is about, in each provider's payload.</summary>
internal static class WebhookAccounts
{
    /// <summary>The accounts a delivery is about, each once: a batch may carry several (Meta's entries, LinkedIn's notifications).</summary>
    public static IReadOnlyList<string> FindAll(string provider, JsonElement payload) => (provider switch
    {
        // Account Activity API: the subscribed user.
        IntegrationProviders.X => [String(payload, "for_user_id")],
        // Page webhooks: an entry per page; Meta may batch several pages' entries into one delivery.
        IntegrationProviders.Facebook => Items(payload, "entry").Select(entry => String(entry, "id")),
        // Organization social action notifications: one organization's URN, or a batch of notifications, each with its own.
        IntegrationProviders.LinkedIn => [String(payload, "organizationalEntity"), .. Items(payload, "notifications").Select(n => String(n, "organizationalEntity"))],
        _ => Enumerable.Empty<string?>(),
    }).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    private static JsonElement[] Items(JsonElement payload, string property) =>
        payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array
            ? [.. items.EnumerateArray()]
            : [];

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}

using System.Text.Json;

namespace Pikar.Integrations.Webhooks;

/// <summary>Which connected account an event is about, in each provider's payload.</summary>
internal static class WebhookAccounts
{
    public static string? Find(string provider, JsonElement payload) => provider switch
    {
        // Account Activity API: the subscribed user.
        IntegrationProviders.X => String(payload, "for_user_id"),
        // Page webhooks: entries per page; Meta batches one page's changes together.
        IntegrationProviders.Facebook => payload.TryGetProperty("entry", out var entries) && entries.ValueKind == JsonValueKind.Array
            && entries.GetArrayLength() > 0 ? String(entries[0], "id") : null,
        // Organization social action notifications: the organization's URN, in each of the batch's notifications.
        IntegrationProviders.LinkedIn => String(payload, "organizationalEntity")
            ?? (payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("notifications", out var notifications) && notifications.ValueKind == JsonValueKind.Array
                && notifications.GetArrayLength() > 0 ? String(notifications[0], "organizationalEntity") : null),
        _ => null,
    };

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

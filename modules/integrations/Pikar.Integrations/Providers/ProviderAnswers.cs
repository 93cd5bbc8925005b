using System.Text.Json;

namespace Pikar.Integrations.Providers;

/// <summary>
/// An answer a client could not read (not JSON, or missing what the API documents) is the provider failing, to be
/// tried again later, never a 500 of Pikar's.
/// </summary>
internal static class ProviderAnswers
{
    public static bool Unexpected(Exception e) => e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException;

    public static ProviderUnavailableException Unreadable(string provider, Exception e) =>
        new(provider, $"{IntegrationProviders.DisplayName(provider)} answered in a form Pikar could not read; it is tried again later.", e);
}

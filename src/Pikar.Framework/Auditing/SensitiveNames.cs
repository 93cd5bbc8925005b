namespace Pikar.Auditing;

/// <summary>Names of fields whose values are never written to the audit log.</summary>
internal static class SensitiveNames
{
    private static readonly string[] Fragments = ["password", "secret", "token", "apikey", "api_key", "securitystamp", "privatekey"];

    public const string Redacted = "***";

    public static bool IsSensitive(string name) =>
        Fragments.Any(f => name.Contains(f, StringComparison.OrdinalIgnoreCase));
}

using System.Security.Cryptography;
using System.Text;

namespace Pikar.Integrations.Webhooks;

/// <summary>Each provider's way of signing webhooks and answering its ownership challenge, compared in constant time.</summary>
internal static class WebhookSignatures
{
    /// <summary>Meta: <c>X-Hub-Signature-256: sha256=</c> + hex(HMAC-SHA256(app secret, body)).</summary>
    public static bool IsValidFacebook(byte[] body, string? header, string secret) =>
        header is not null && header.StartsWith("sha256=", StringComparison.Ordinal)
        && FixedTimeEquals(header["sha256=".Length..].ToLowerInvariant(), Convert.ToHexStringLower(Hmac(secret, body)));

    /// <summary>X: <c>x-twitter-webhooks-signature: sha256=</c> + base64(HMAC-SHA256(consumer secret, body)).</summary>
    public static bool IsValidX(byte[] body, string? header, string secret) =>
        header is not null && header.StartsWith("sha256=", StringComparison.Ordinal)
        && FixedTimeEquals(header["sha256=".Length..], Convert.ToBase64String(Hmac(secret, body)));

    /// <summary>X's CRC check: <c>sha256=</c> + base64(HMAC-SHA256(consumer secret, crc_token)).</summary>
    public static string XCrcResponse(string crcToken, string secret) =>
        "sha256=" + Convert.ToBase64String(Hmac(secret, Encoding.UTF8.GetBytes(crcToken)));

    /// <summary>LinkedIn: <c>X-LI-Signature</c> = hex(HMAC-SHA256(client secret, "hmacsha256=" + body)).</summary>
    public static bool IsValidLinkedIn(byte[] body, string? header, string secret) =>
        header is not null
        && FixedTimeEquals(header.ToLowerInvariant(), Convert.ToHexStringLower(Hmac(secret, [.. "hmacsha256="u8, .. body])));

    /// <summary>LinkedIn's validation: hex(HMAC-SHA256(client secret, challengeCode)).</summary>
    public static string LinkedInChallengeResponse(string challengeCode, string secret) =>
        Convert.ToHexStringLower(Hmac(secret, Encoding.UTF8.GetBytes(challengeCode)));

    private static byte[] Hmac(string secret, byte[] message) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}

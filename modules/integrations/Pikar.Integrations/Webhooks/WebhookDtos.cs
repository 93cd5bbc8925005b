using Microsoft.AspNetCore.Mvc;

namespace Pikar.Integrations.Webhooks;

/// <summary>What Pikar did with a delivery: <c>processed</c>, <c>duplicate</c>, <c>ignored</c> (no tenant connected the account) or <c>queued</c> (kept for a retry).</summary>
public sealed record WebhookReceiptDto(string Status);

/// <summary>X's CRC answer.</summary>
public sealed record XCrcResponseDto([property: System.Text.Json.Serialization.JsonPropertyName("response_token")] string ResponseToken);

/// <summary>LinkedIn's validation answer.</summary>
public sealed record LinkedInChallengeResponseDto(string ChallengeCode, string ChallengeResponse);

public sealed record XCrcInput
{
    [FromQuery(Name = "crc_token")]
    public string? CrcToken { get; init; }
}

public sealed record LinkedInChallengeInput
{
    [FromQuery(Name = "challengeCode")]
    public string? ChallengeCode { get; init; }
}

public sealed record FacebookVerificationInput
{
    [FromQuery(Name = "hub.mode")]
    public string? Mode { get; init; }

    [FromQuery(Name = "hub.verify_token")]
    public string? VerifyToken { get; init; }

    [FromQuery(Name = "hub.challenge")]
    public string? Challenge { get; init; }
}

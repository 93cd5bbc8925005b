using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Pikar.Authorization;
using Pikar.Errors;

namespace Pikar.Integrations.Webhooks;

/// <summary>
/// One literal route per provider, anonymous because the provider signs each delivery: the signature is
/// checked against the raw body before anything is parsed or stored.
/// </summary>
internal static class WebhooksEndpoints
{
    private const int MaxBodyBytes = 1024 * 1024;
    private const string Reason = "Signed by the provider; the signature is verified before anything is stored.";

    public static void MapWebhooksEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webhooks").WithTags("Webhooks").ProducesApiProblems();

        group.MapPost("/x", (HttpRequest request, WebhookIngress ingress, IOptions<IntegrationsOptions> options, CancellationToken ct) =>
                ReceiveAsync(IntegrationProviders.X, request, options.Value.X.ConsumerSecret,
                    (body, secret) => WebhookSignatures.IsValidX(body, request.Headers["x-twitter-webhooks-signature"], secret), ingress, ct))
            .WithName("ReceiveXWebhook").WithSummary("Receives an X Account Activity event (x-twitter-webhooks-signature).")
            .Accepts<Dictionary<string, JsonElement>>("application/json").AllowAnonymous(Reason);
        group.MapGet("/x", AnswerXCrc).WithName("AnswerXCrc").WithSummary("Answers X's challenge-response check (CRC).")
            .AllowAnonymous("X's CRC check proves Pikar holds the consumer secret; it reveals nothing else.");

        group.MapPost("/linkedin", (HttpRequest request, WebhookIngress ingress, IOptions<IntegrationsOptions> options, CancellationToken ct) =>
                ReceiveAsync(IntegrationProviders.LinkedIn, request, options.Value.LinkedIn.ClientSecret,
                    (body, secret) => WebhookSignatures.IsValidLinkedIn(body, request.Headers["X-LI-Signature"], secret), ingress, ct))
            .WithName("ReceiveLinkedInWebhook").WithSummary("Receives a LinkedIn notification (X-LI-Signature).")
            .Accepts<Dictionary<string, JsonElement>>("application/json").AllowAnonymous(Reason);
        group.MapGet("/linkedin", AnswerLinkedInChallenge).WithName("AnswerLinkedInChallenge").WithSummary("Answers LinkedIn's webhook validation challenge.")
            .AllowAnonymous("LinkedIn's challenge proves Pikar holds the client secret; it reveals nothing else.");

        group.MapPost("/facebook", (HttpRequest request, WebhookIngress ingress, IOptions<IntegrationsOptions> options, CancellationToken ct) =>
                ReceiveAsync(IntegrationProviders.Facebook, request, options.Value.Facebook.AppSecret,
                    (body, secret) => WebhookSignatures.IsValidFacebook(body, request.Headers["X-Hub-Signature-256"], secret), ingress, ct))
            .WithName("ReceiveFacebookWebhook").WithSummary("Receives a Meta (Facebook Page) webhook (X-Hub-Signature-256).")
            .Accepts<Dictionary<string, JsonElement>>("application/json").AllowAnonymous(Reason);
        group.MapGet("/facebook", VerifyFacebookSubscription).WithName("VerifyFacebookSubscription")
            .WithSummary("Answers Meta's subscription check (hub.mode, hub.verify_token, hub.challenge).")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .AllowAnonymous("Meta's subscription check echoes a challenge only for the configured verify token.");
    }

    private static async Task<Results<Ok<WebhookReceiptDto>, ProblemHttpResult>> ReceiveAsync(
        string provider, HttpRequest request, string? secret, Func<byte[], string, bool> isSigned, WebhookIngress ingress, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes || await ReadBodyAsync(request, ct) is not { } body)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: "A webhook body may be at most 1 MB.");
        }

        if (string.IsNullOrEmpty(secret) || !isSigned(body, secret))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: "The webhook signature is missing or does not match.");
        }

        JsonElement payload;
        try
        {
            using var document = JsonDocument.Parse(body);
            payload = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The webhook body is not JSON.");
        }

        var outcome = await ingress.ReceiveAsync(provider, body, payload, ct);
        return TypedResults.Ok(new WebhookReceiptDto(outcome == WebhookOutcome.Failed ? "queued" : outcome.ToString().ToLowerInvariant()));
    }

    private static Results<Ok<XCrcResponseDto>, ProblemHttpResult> AnswerXCrc([AsParameters] XCrcInput input, IOptions<IntegrationsOptions> options) =>
        string.IsNullOrEmpty(input.CrcToken) || string.IsNullOrEmpty(options.Value.X.ConsumerSecret)
            ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "crc_token is required and the X consumer secret must be configured.")
            : TypedResults.Ok(new XCrcResponseDto(WebhookSignatures.XCrcResponse(input.CrcToken, options.Value.X.ConsumerSecret)));

    private static Results<Ok<LinkedInChallengeResponseDto>, ProblemHttpResult> AnswerLinkedInChallenge(
        [AsParameters] LinkedInChallengeInput input, IOptions<IntegrationsOptions> options) =>
        string.IsNullOrEmpty(input.ChallengeCode) || string.IsNullOrEmpty(options.Value.LinkedIn.ClientSecret)
            ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "challengeCode is required and the LinkedIn client secret must be configured.")
            : TypedResults.Ok(new LinkedInChallengeResponseDto(input.ChallengeCode,
                WebhookSignatures.LinkedInChallengeResponse(input.ChallengeCode, options.Value.LinkedIn.ClientSecret)));

    private static Results<ContentHttpResult, ProblemHttpResult> VerifyFacebookSubscription(
        [AsParameters] FacebookVerificationInput input, IOptions<IntegrationsOptions> options)
    {
        var expected = options.Value.Facebook.VerifyToken;
        var matches = input.Mode == "subscribe" && !string.IsNullOrEmpty(expected) && input.VerifyToken is { } token
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(expected));
        return matches && !string.IsNullOrEmpty(input.Challenge)
            ? TypedResults.Text(input.Challenge, "text/plain")
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "The verify token does not match.");
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

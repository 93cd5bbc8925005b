using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pikar.Data;
using Pikar.Integrations.Providers;

namespace Pikar.Integrations.Sandbox.X;

/// <summary>Things that happen at X without Pikar asking, on demand for demos and tests.</summary>
internal static class XSandboxSimulations
{
    public sealed record SimulationRequest(string? Handle);

    /// <summary>
    /// The user removes Pikar from X's connected apps: every token the account's grants hold stops working; a new
    /// consent issues fresh ones.
    /// </summary>
    public static async Task<IResult> RevokeAsync(SimulationRequest request, PikarDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var handle = request.Handle?.Trim().TrimStart('@');
        var account = string.IsNullOrEmpty(handle)
            ? null
            : await db.Set<SandboxAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.Provider == IntegrationProviders.X && a.Handle == handle, ct);
        if (account is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"The X sandbox has no account @{handle}.");
        }

        var now = clock.GetUtcNow();
        var revoked = await db.Set<SandboxGrant>()
            .Where(g => g.AccountId == account.Id && g.Kind != SandboxGrantKind.Code && g.ConsumedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.ConsumedAt, now), ct);
        return Results.Json(new { revoked });
    }

    /// <summary>
    /// Someone likes a sandbox account's latest post: the X sandbox delivers an Account Activity API
    /// <c>favorite_events</c> webhook for that user to Pikar, signed with the app's consumer secret as X signs them.
    /// </summary>
    public static async Task<IResult> EngageAsync(
        SimulationRequest request, PikarDbContext db, IHttpClientFactory httpClients, IOptions<IntegrationsOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (options.Value.X.ConsumerSecret is not { Length: > 0 } secret)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict,
                detail: "The X sandbox cannot sign webhooks: configure Pikar:Integrations:X:ConsumerSecret.");
        }

        var handle = request.Handle?.Trim().TrimStart('@');
        var account = string.IsNullOrEmpty(handle)
            ? null
            : await db.Set<SandboxAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.Provider == IntegrationProviders.X && a.Handle == handle, ct);
        if (account is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"The X sandbox has no account @{handle}.");
        }

        var post = await db.Set<SandboxPost>().AsNoTracking()
            .Where(p => p.AccountId == account.Id && p.DeletionTime == null).OrderByDescending(p => p.CreationTime).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["for_user_id"] = account.ProviderAccountId,
            ["favorite_events"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["id"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                    ["created_at"] = now.UtcDateTime.ToString("ddd MMM dd HH:mm:ss +0000 yyyy", CultureInfo.InvariantCulture),
                    ["timestamp_ms"] = now.ToUnixTimeMilliseconds(),
                    ["favorited_status"] = post is null ? null : new { id_str = post.ProviderPostId, text = post.Text },
                    ["user"] = new { id_str = "1000000000000000001", screen_name = "sandbox_fan", name = "Sandbox Fan" },
                },
            },
        });

        var http = httpClients.CreateClient(ProviderHttpClients.Name(IntegrationProviders.X, sandbox: true));
        using var delivery = new HttpRequestMessage(HttpMethod.Post, new Uri(http.BaseAddress!, "/api/webhooks/x")) { Content = new ByteArrayContent(body) };
        delivery.Content.Headers.ContentType = new("application/json");
        delivery.Headers.Add("x-twitter-webhooks-signature", "sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)));
        using var response = await http.SendAsync(delivery, ct);
        return Results.Content(await response.Content.ReadAsStringAsync(ct), "application/json", statusCode: (int)response.StatusCode);
    }
}

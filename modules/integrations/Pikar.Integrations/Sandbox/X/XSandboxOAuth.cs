using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pikar.Data;

namespace Pikar.Integrations.Sandbox.X;

/// <summary>
/// The X sandbox's OAuth 2.0 endpoints, as X serves them: the consent page (<c>i/oauth2/authorize</c>) and the token
/// endpoint (<c>2/oauth2/token</c>: authorization code with S256 PKCE, single-use codes, rotated refresh tokens,
/// client authentication by Basic header).
/// </summary>
internal static class XSandboxOAuth
{
    private const string Provider = IntegrationProviders.X;

    public static void MapXSandboxOAuth(this RouteGroupBuilder sandbox)
    {
        sandbox.MapGet("/i/oauth2/authorize", ShowConsent);
        sandbox.MapPost("/i/oauth2/authorize", DecideAsync);
        sandbox.MapPost("/2/oauth2/token", IssueTokensAsync).DisableAntiforgery();
    }

    private static IResult ShowConsent(
        HttpContext http, IAntiforgery antiforgery,
        [FromQuery(Name = "response_type")] string? responseType, [FromQuery(Name = "client_id")] string? clientId,
        [FromQuery(Name = "redirect_uri")] string? redirectUri, [FromQuery(Name = "scope")] string? scope, [FromQuery(Name = "state")] string? state,
        [FromQuery(Name = "code_challenge")] string? codeChallenge, [FromQuery(Name = "code_challenge_method")] string? codeChallengeMethod)
    {
        var (request, error) = XAuthorizeRequest.Parse(responseType, clientId, redirectUri, scope, state, codeChallenge, codeChallengeMethod, http.Request);
        if (request is null)
        {
            return SandboxPage.Result(XConsentPage.Error(error!), StatusCodes.Status400BadRequest);
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return SandboxPage.Result(XConsentPage.Render(request, tokens.FormFieldName, tokens.RequestToken ?? ""));
    }

    private static async Task<IResult> DecideAsync(HttpContext http, IAntiforgery antiforgery, PikarDbContext db, SandboxTokens tokens, TimeProvider clock, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
        {
            return SandboxPage.Result(XConsentPage.Error("The consent form expired; start again from the app."), StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(ct);
        var (request, error) = XAuthorizeRequest.Parse("code", form["client_id"], form["redirect_uri"], form["scope"], form["state"], form["code_challenge"], "S256", http.Request);
        if (request is null)
        {
            return SandboxPage.Result(XConsentPage.Error(error!), StatusCodes.Status400BadRequest);
        }

        if (form["decision"] != "allow")
        {
            return Results.Redirect(SandboxHttp.WithQuery(request.RedirectUri, ("error", "access_denied"), ("state", request.State)));
        }

        var handle = form["handle"].ToString().Trim().TrimStart('@');
        if (!SandboxHandles.IsValid(handle, maxLength: 15))
        {
            return SandboxPage.Result(XConsentPage.Error("A sandbox handle has 1 to 15 letters, digits or underscores."), StatusCodes.Status400BadRequest);
        }

        var account = await db.Set<SandboxAccount>().SingleOrDefaultAsync(a => a.Provider == Provider && a.Handle == handle, ct);
        if (account is null)
        {
            account = new SandboxAccount { Provider = Provider, ProviderAccountId = XSandboxEndpoints.NewId(clock), Handle = handle, Name = handle.Replace('_', ' '), CreationTime = clock.GetUtcNow() };
            db.Add(account);
            await db.SaveChangesAsync(ct);
        }

        var code = await tokens.IssueAsync(Provider, SandboxGrantKind.Code, account.Id, request.ClientId, string.Join(' ', request.Scopes), ct,
            request.RedirectUri, request.CodeChallenge);
        return Results.Redirect(SandboxHttp.WithQuery(request.RedirectUri, ("state", request.State), ("code", code)));
    }

    private static async Task<IResult> IssueTokensAsync(HttpRequest request, SandboxTokens tokens, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return SandboxHttp.OAuthError("invalid_request", "The token request must be application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync(ct);
        // X's confidential clients authenticate with client_secret_basic; public clients send only their client_id.
        var basic = SandboxHttp.BasicClient(request);
        var clientId = basic?.Id ?? form["client_id"].ToString();
        if (string.IsNullOrEmpty(clientId) || (basic is { } client && !SandboxHttp.IsSandboxSecret(client.Secret)))
        {
            return SandboxHttp.OAuthError("invalid_client", "Missing valid authorization header", StatusCodes.Status401Unauthorized);
        }

        SandboxGrant? grant;
        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                grant = await tokens.FindLiveAsync(Provider, SandboxGrantKind.Code, form["code"], ct);
                if (grant is null || grant.ClientId != clientId || grant.RedirectUri != form["redirect_uri"].ToString())
                {
                    return SandboxHttp.OAuthError("invalid_grant", "Value passed for the authorization code was invalid.");
                }

                if (!SandboxTokens.MatchesPkce(grant.CodeChallenge, form["code_verifier"]))
                {
                    return SandboxHttp.OAuthError("invalid_grant", "The code_verifier does not match the code_challenge.");
                }

                break;
            case "refresh_token":
                grant = await tokens.FindLiveAsync(Provider, SandboxGrantKind.Refresh, form["refresh_token"], ct);
                if (grant is null || grant.ClientId != clientId)
                {
                    return SandboxHttp.OAuthError("invalid_grant", "Value passed for the token was invalid.");
                }

                break;
            default:
                return SandboxHttp.OAuthError("unsupported_grant_type", "grant_type must be authorization_code or refresh_token.");
        }

        if (!await tokens.TryConsumeAsync(grant, ct))
        {
            return SandboxHttp.OAuthError("invalid_grant", "Value passed for the token was invalid.");
        }

        var lifetime = await tokens.AccessLifetimeAsync(grant.AccountId, SandboxTokens.AccessLifetime, ct);
        var access = await tokens.IssueAsync(Provider, SandboxGrantKind.Access, grant.AccountId, clientId, grant.Scopes, ct, lifetime: lifetime);
        var refresh = grant.Scopes.Split(' ').Contains("offline.access")
            ? await tokens.IssueAsync(Provider, SandboxGrantKind.Refresh, grant.AccountId, clientId, grant.Scopes, ct)
            : null;
        return Results.Json(new Dictionary<string, object?>
        {
            ["token_type"] = "bearer",
            ["expires_in"] = (int)lifetime.TotalSeconds,
            ["access_token"] = access,
            ["scope"] = grant.Scopes,
            ["refresh_token"] = refresh,
        }.Where(p => p.Value is not null).ToDictionary());
    }
}

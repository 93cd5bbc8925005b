using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pikar.Data;

namespace Pikar.Integrations.Sandbox.LinkedIn;

/// <summary>
/// The LinkedIn sandbox's OAuth 2.0 (3-legged) endpoints, mirroring <c>www.linkedin.com/oauth/v2/authorization</c> and
/// <c>/oauth/v2/accessToken</c>: the app authenticates with client_id and client_secret in the form body
/// (client_secret_post); access tokens live 60 days and refresh tokens a year, which a refresh does not extend.
/// </summary>
internal static class LinkedInSandboxOAuth
{
    public static readonly TimeSpan AccessLifetime = TimeSpan.FromDays(60);
    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(365);

    private const string Provider = LinkedInSandboxDirectory.Provider;

    /// <summary>GET <c>/oauth/v2/authorization</c>: the consent page.</summary>
    public static IResult ShowConsent(
        HttpContext http, IAntiforgery antiforgery,
        [FromQuery(Name = "response_type")] string? responseType, [FromQuery(Name = "client_id")] string? clientId,
        [FromQuery(Name = "redirect_uri")] string? redirectUri, [FromQuery(Name = "scope")] string? scope, [FromQuery(Name = "state")] string? state,
        [FromQuery(Name = "code_challenge")] string? codeChallenge, [FromQuery(Name = "code_challenge_method")] string? codeChallengeMethod)
    {
        var (request, error) = LinkedInAuthorizeRequest.Parse(responseType, clientId, redirectUri, scope, state, codeChallenge, codeChallengeMethod, http.Request);
        if (request is null)
        {
            return SandboxPage.Result(LinkedInConsentPage.Error(error!), StatusCodes.Status400BadRequest);
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return SandboxPage.Result(LinkedInConsentPage.Render(request, tokens.FormFieldName, tokens.RequestToken ?? ""));
    }

    /// <summary>POST <c>/oauth/v2/authorization</c>: the member's answer; back to the app with a code, or with LinkedIn's cancellation error.</summary>
    public static async Task<IResult> DecideAsync(
        HttpContext http, IAntiforgery antiforgery, PikarDbContext db, SandboxTokens tokens, TimeProvider clock, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
        {
            return SandboxPage.Result(LinkedInConsentPage.Error("The consent form expired; start again from the app."), StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(ct);
        var (request, error) = LinkedInAuthorizeRequest.Parse(
            "code", form["client_id"], form["redirect_uri"], form["scope"], form["state"], form["code_challenge"], "S256", http.Request);
        if (request is null)
        {
            return SandboxPage.Result(LinkedInConsentPage.Error(error!), StatusCodes.Status400BadRequest);
        }

        if (form["decision"] != "allow")
        {
            return Results.Redirect(SandboxHttp.WithQuery(request.RedirectUri,
                ("error", "user_cancelled_authorize"), ("error_description", "The user cancelled the authorization"), ("state", request.State)));
        }

        var handle = form["handle"].ToString().Trim();
        var organizationName = form["organization"].ToString().Trim();
        if (!SandboxHandles.IsValid(handle, LinkedInSandboxDirectory.MaxHandleLength) || organizationName.Length is 0 or > 100)
        {
            return SandboxPage.Result(LinkedInConsentPage.Error("A sandbox member has 1 to 30 letters, digits or underscores, and the page a name of 1 to 100 characters."), StatusCodes.Status400BadRequest);
        }

        var (member, _) = await LinkedInSandboxDirectory.EnsureMemberAsync(db, handle, organizationName, clock.GetUtcNow(), ct);
        var code = await tokens.IssueAsync(Provider, SandboxGrantKind.Code, member.Id, request.ClientId, string.Join(' ', request.Scopes), ct,
            request.RedirectUri, request.CodeChallenge);
        return Results.Redirect(SandboxHttp.WithQuery(request.RedirectUri, ("code", code), ("state", request.State)));
    }

    /// <summary>POST <c>/oauth/v2/accessToken</c>: authorization_code and refresh_token grants, in LinkedIn's JSON.</summary>
    public static async Task<IResult> IssueTokensAsync(HttpRequest request, SandboxTokens tokens, TimeProvider clock, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return SandboxHttp.OAuthError("invalid_request", "The request must be application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync(ct);
        var clientId = form["client_id"].ToString();
        if (string.IsNullOrEmpty(clientId) || !SandboxHttp.IsSandboxSecret(form["client_secret"]))
        {
            return SandboxHttp.OAuthError("invalid_client", "Client authentication failed", StatusCodes.Status401Unauthorized);
        }

        SandboxGrant? grant;
        TimeSpan refreshLifetime;
        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                grant = await tokens.FindLiveAsync(Provider, SandboxGrantKind.Code, form["code"], ct);
                if (grant is null || grant.ClientId != clientId || grant.RedirectUri != form["redirect_uri"].ToString()
                    || (grant.CodeChallenge is not null && !SandboxTokens.MatchesPkce(grant.CodeChallenge, form["code_verifier"])))
                {
                    return SandboxHttp.OAuthError("invalid_request",
                        "Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired.");
                }

                refreshLifetime = RefreshLifetime;
                break;
            case "refresh_token":
                grant = await tokens.FindLiveAsync(Provider, SandboxGrantKind.Refresh, form["refresh_token"], ct);
                if (grant is null || grant.ClientId != clientId)
                {
                    return SandboxHttp.OAuthError("invalid_request", "The provided refresh token is invalid, expired or revoked.");
                }

                // LinkedIn keeps the first refresh token's expiry: refreshing renews the access token, never the grant.
                refreshLifetime = grant.ExpiresAt - clock.GetUtcNow();
                break;
            default:
                return SandboxHttp.OAuthError("unsupported_grant_type", "grant_type must be authorization_code or refresh_token.");
        }

        if (!await tokens.TryConsumeAsync(grant, ct))
        {
            return SandboxHttp.OAuthError("invalid_grant", "The provided authorization grant or refresh token is invalid, expired or revoked.");
        }

        var lifetime = await tokens.AccessLifetimeAsync(grant.AccountId, AccessLifetime, ct);
        var access = await tokens.IssueAsync(Provider, SandboxGrantKind.Access, grant.AccountId, clientId, grant.Scopes, ct, lifetime: lifetime);
        var refresh = await tokens.IssueAsync(Provider, SandboxGrantKind.Refresh, grant.AccountId, clientId, grant.Scopes, ct, lifetime: refreshLifetime);
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = access,
            ["expires_in"] = (long)lifetime.TotalSeconds,
            ["refresh_token"] = refresh,
            ["refresh_token_expires_in"] = (long)refreshLifetime.TotalSeconds,
            ["scope"] = string.Join(',', grant.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        });
    }

}

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Data;
using Pikar.Integrations.Connect;
using static Pikar.Integrations.Sandbox.Facebook.FacebookSandboxHttp;

namespace Pikar.Integrations.Sandbox.Facebook;

/// <summary>
/// The Facebook sandbox under <c>/sandbox/facebook</c>: Facebook Login (the dialog on www.facebook.com, the token
/// endpoint on graph.facebook.com, both under <c>v21.0/</c>) and the Graph API routes Pikar uses for a Page, in
/// Graph's wire format, so the real Graph client is what talks to it.
/// </summary>
internal static class FacebookSandboxEndpoints
{
    public const string Prefix = "/sandbox/facebook";
    public const string Version = "v21.0";
    private const string Provider = FacebookSandboxPages.Provider;

    public static void MapFacebookSandbox(this IEndpointRouteBuilder app)
    {
        var sandbox = app.MapGroup(Prefix)
            .AllowAnonymous("The Facebook sandbox stands in for an external provider; its Graph API checks its own access tokens.")
            .ExcludeFromDescription();

        var graph = sandbox.MapGroup(Version);
        graph.MapGet("/dialog/oauth", ShowDialog);
        graph.MapPost("/dialog/oauth", DecideAsync);
        graph.MapGet("/oauth/access_token", IssueTokenAsync);
        graph.MapPost("/oauth/access_token", IssueTokenAsync).DisableAntiforgery();
        graph.MapFacebookSandboxGraph();
        sandbox.MapFacebookSandboxEngagement();
    }

    /// <summary>Mirrors <c>GET https://www.facebook.com/v21.0/dialog/oauth</c>.</summary>
    private static IResult ShowDialog(
        HttpContext http, IAntiforgery antiforgery,
        [FromQuery(Name = "response_type")] string? responseType, [FromQuery(Name = "client_id")] string? clientId,
        [FromQuery(Name = "redirect_uri")] string? redirectUri, [FromQuery(Name = "scope")] string? scope, [FromQuery(Name = "state")] string? state,
        [FromQuery(Name = "code_challenge")] string? codeChallenge, [FromQuery(Name = "code_challenge_method")] string? codeChallengeMethod)
    {
        var (request, error) = FacebookLoginRequest.Parse(responseType, clientId, redirectUri, scope, state, codeChallenge, codeChallengeMethod, http.Request);
        if (request is null)
        {
            return SandboxPage.Result(FacebookSandboxHtml.Error(error!), StatusCodes.Status400BadRequest);
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return SandboxPage.Result(FacebookSandboxHtml.Render(request, tokens.FormFieldName, tokens.RequestToken ?? ""));
    }

    /// <summary>The dialog's answer: back to the app with a code, or with Facebook's <c>access_denied</c> parameters.</summary>
    private static async Task<IResult> DecideAsync(HttpContext http, IAntiforgery antiforgery, PikarDbContext db, SandboxTokens tokens, TimeProvider clock, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
        {
            return SandboxPage.Result(FacebookSandboxHtml.Error("The login form expired; start again from the app."), StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(ct);
        var challenge = form["code_challenge"].ToString();
        var (request, error) = FacebookLoginRequest.Parse("code", form["client_id"], form["redirect_uri"], form["scope"], form["state"], challenge,
            challenge.Length > 0 ? "S256" : null, http.Request);
        if (request is null)
        {
            return SandboxPage.Result(FacebookSandboxHtml.Error(error!), StatusCodes.Status400BadRequest);
        }

        if (form["decision"] != "allow")
        {
            return Results.Redirect(SandboxHttp.WithQuery(request.RedirectUri, ("error", "access_denied"), ("error_code", "200"),
                ("error_description", "Permissions error"), ("error_reason", "user_denied"), ("state", request.State)) + "#_=_");
        }

        var handle = form["handle"].ToString().Trim();
        var pageName = form["page_name"].ToString().Trim();
        if (!SandboxHandles.IsValid(handle, maxLength: 30))
        {
            return SandboxPage.Result(FacebookSandboxHtml.Error("A sandbox user has 1 to 30 letters, digits or underscores."), StatusCodes.Status400BadRequest);
        }

        if (pageName.Length is 0 or > 75)
        {
            return SandboxPage.Result(FacebookSandboxHtml.Error("A Page name has 1 to 75 characters."), StatusCodes.Status400BadRequest);
        }

        var (user, _) = await FacebookSandboxPages.EnsureAsync(db, handle, pageName, clock.GetUtcNow(), ct);
        var code = await tokens.IssueAsync(Provider, SandboxGrantKind.Code, user.Id, request.ClientId, string.Join(',', request.Scopes), ct,
            request.RedirectUri, request.CodeChallenge);
        // Facebook appends an empty fragment to every redirect; browsers keep it out of the request.
        return Results.Redirect(SandboxHttp.WithQuery(request.RedirectUri, ("code", code), ("state", request.State)) + "#_=_");
    }

    /// <summary>
    /// Mirrors <c>GET|POST https://graph.facebook.com/v21.0/oauth/access_token</c>: a code for a short-lived user token
    /// (client secret, redirect_uri, and the PKCE verifier when the dialog had a challenge), or with
    /// <c>grant_type=fb_exchange_token</c>, a user token for a long-lived one. Facebook issues no refresh tokens.
    /// </summary>
    private static async Task<IResult> IssueTokenAsync(HttpRequest request, PikarDbContext db, SandboxTokens tokens, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        string Param(string name) => form?[name] is { Count: > 0 } value ? value.ToString() : request.Query[name].ToString();

        var clientId = Param("client_id");
        if (clientId != OAuthClientRegistrations.SandboxClientId)
        {
            return Error(StatusCodes.Status400BadRequest, 101, "Error validating application. Invalid application ID.");
        }

        if (!SandboxHttp.IsSandboxSecret(Param("client_secret")))
        {
            return Error(StatusCodes.Status400BadRequest, 1, "Error validating client secret.");
        }

        SandboxGrant? grant;
        TimeSpan lifetime;
        switch (Param("grant_type"))
        {
            case "" or "authorization_code":
                grant = await tokens.FindLiveAsync(Provider, SandboxGrantKind.Code, Param("code"), ct);
                if (grant is null || grant.ClientId != clientId)
                {
                    return Error(StatusCodes.Status400BadRequest, 100, "This authorization code has expired or has been used.", subcode: 36009);
                }

                if (grant.RedirectUri != Param("redirect_uri"))
                {
                    return Error(StatusCodes.Status400BadRequest, 100,
                        "Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request", subcode: 36008);
                }

                var verifier = Param("code_verifier");
                if (grant.CodeChallenge is null ? verifier.Length > 0 : !SandboxTokens.MatchesPkce(grant.CodeChallenge, verifier))
                {
                    return Error(StatusCodes.Status400BadRequest, 100, "Invalid code verifier: it does not match the code challenge of the login dialog.");
                }

                if (!await tokens.TryConsumeAsync(grant, ct))
                {
                    return Error(StatusCodes.Status400BadRequest, 100, "This authorization code has been used.", subcode: 36009);
                }

                lifetime = SandboxTokens.AccessLifetime;
                break;
            case "fb_exchange_token":
                grant = await tokens.FindLiveAsync(Provider, SandboxGrantKind.Access, Param("fb_exchange_token"), ct);
                if (grant is null || await db.Set<SandboxAccount>().FindAsync([grant.AccountId], ct) is not { } account || FacebookSandboxPages.IsPage(account))
                {
                    return Error(StatusCodes.Status400BadRequest, 190, "Invalid OAuth access token - Cannot parse access token");
                }

                lifetime = FacebookSandboxPages.LongLivedUserTokenLifetime;
                break;
            default:
                return Error(StatusCodes.Status400BadRequest, 100, "Unsupported grant_type: the sandbox exchanges codes and fb_exchange_token.");
        }

        var access = await tokens.IssueAsync(Provider, SandboxGrantKind.Access, grant.AccountId, clientId, grant.Scopes, ct, lifetime: lifetime);
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = access,
            ["token_type"] = "bearer",
            ["expires_in"] = (long)lifetime.TotalSeconds,
        });
    }
}

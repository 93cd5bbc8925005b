namespace Pikar.Integrations.Sandbox.LinkedIn;

/// <summary>
/// An OAuth 2.0 authorization request to the LinkedIn sandbox, checked the way LinkedIn's 3-legged flow checks it:
/// code flow, space-delimited scopes, state recommended; PKCE (S256) is honoured when the app sends it.
/// </summary>
internal sealed record LinkedInAuthorizeRequest(string ClientId, string RedirectUri, IReadOnlyList<string> Scopes, string? State, string? CodeChallenge)
{
    public static (LinkedInAuthorizeRequest? Request, string? Error) Parse(
        string? responseType, string? clientId, string? redirectUri, string? scope, string? state, string? codeChallenge, string? codeChallengeMethod,
        Microsoft.AspNetCore.Http.HttpRequest consentRequest)
    {
        if (string.IsNullOrWhiteSpace(clientId))
        {
            return (null, "client_id is missing.");
        }

        if (!SandboxHttp.IsPikarCallback(redirectUri, consentRequest))
        {
            return (null, "redirect_uri must be a connect callback of this Pikar (the sandbox's only registered app).");
        }

        if (responseType != "code")
        {
            return (null, "response_type must be code.");
        }

        if (!string.IsNullOrEmpty(codeChallenge) && (codeChallengeMethod != "S256" || codeChallenge.Length is < 43 or > 128))
        {
            return (null, "A code_challenge must be 43 to 128 characters with code_challenge_method=S256.");
        }

        var scopes = (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return scopes.Length == 0
            ? (null, "scope is required.")
            : (new LinkedInAuthorizeRequest(clientId, redirectUri, scopes, string.IsNullOrEmpty(state) ? null : state,
                string.IsNullOrEmpty(codeChallenge) ? null : codeChallenge), null);
    }
}

namespace Pikar.Integrations.Sandbox.X;

/// <summary>An OAuth 2.0 authorization request to the X sandbox, checked the way X checks it (code flow with S256 PKCE only).</summary>
internal sealed record XAuthorizeRequest(string ClientId, string RedirectUri, IReadOnlyList<string> Scopes, string State, string CodeChallenge)
{
    public static (XAuthorizeRequest? Request, string? Error) Parse(
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

        if (string.IsNullOrEmpty(state))
        {
            return (null, "state is required.");
        }

        if (codeChallengeMethod != "S256" || string.IsNullOrEmpty(codeChallenge) || codeChallenge.Length is < 43 or > 128)
        {
            return (null, "PKCE is required: code_challenge with code_challenge_method=S256.");
        }

        var scopes = (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return scopes.Length == 0
            ? (null, "scope is required.")
            : (new XAuthorizeRequest(clientId, redirectUri, scopes, state, codeChallenge), null);
    }
}

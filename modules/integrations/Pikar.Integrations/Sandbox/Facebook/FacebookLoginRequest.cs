using Pikar.Integrations.Connect;

namespace Pikar.Integrations.Sandbox.Facebook;

/// <summary>
/// A Facebook Login dialog request (<c>/dialog/oauth</c>), checked the way Facebook checks it: the app must be known,
/// the code flow only, scopes comma- or space-separated, and PKCE optional but S256 when used.
/// </summary>
internal sealed record FacebookLoginRequest(string ClientId, string RedirectUri, IReadOnlyList<string> Scopes, string State, string? CodeChallenge)
{
    public static (FacebookLoginRequest? Request, string? Error) Parse(
        string? responseType, string? clientId, string? redirectUri, string? scope, string? state, string? codeChallenge, string? codeChallengeMethod,
        Microsoft.AspNetCore.Http.HttpRequest consentRequest)
    {
        // The sandbox knows one app: Pikar's, with the sandbox client id.
        if (clientId != OAuthClientRegistrations.SandboxClientId)
        {
            return (null, "Invalid App ID: the sandbox knows only Pikar's app.");
        }

        if (!SandboxHttp.IsPikarCallback(redirectUri, consentRequest))
        {
            return (null, "URL blocked: redirect_uri must be a connect callback of this Pikar (the sandbox's only registered app).");
        }

        if (responseType is not (null or "" or "code"))
        {
            return (null, "The sandbox supports response_type=code only.");
        }

        if (string.IsNullOrEmpty(state))
        {
            return (null, "state is required.");
        }

        if (!string.IsNullOrEmpty(codeChallenge) && (codeChallengeMethod != "S256" || codeChallenge.Length is < 43 or > 128))
        {
            return (null, "PKCE must use code_challenge_method=S256 with a 43 to 128 character code_challenge.");
        }

        var scopes = (scope ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (new FacebookLoginRequest(clientId, redirectUri, scopes, state, string.IsNullOrEmpty(codeChallenge) ? null : codeChallenge), null);
    }
}

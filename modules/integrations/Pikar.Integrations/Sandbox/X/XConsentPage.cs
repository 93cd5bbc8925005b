using static Pikar.Integrations.Sandbox.SandboxPage;

namespace Pikar.Integrations.Sandbox.X;

/// <summary>The X sandbox's consent page: clearly a sandbox, with the request's parameters carried in hidden fields.</summary>
internal static class XConsentPage
{
    public static string Render(XAuthorizeRequest request, string antiforgeryField, string antiforgeryToken) => Consent("X",
        $"X sandbox: authorize {request.ClientId}", $"Authorize {request.ClientId} to use your account?", request.Scopes, $$"""
        <form method="post" aria-label="Authorize">
          {{HiddenFields((antiforgeryField, antiforgeryToken), ("client_id", request.ClientId), ("redirect_uri", request.RedirectUri),
              ("scope", string.Join(' ', request.Scopes)), ("state", request.State), ("code_challenge", request.CodeChallenge))}}
          <label for="handle">Sandbox account</label>
          <input type="text" id="handle" name="handle" value="sandbox_user" required maxlength="15" pattern="[A-Za-z0-9_]{1,15}" aria-describedby="handle-hint">
          <p id="handle-hint">A handle ending in _revoked, _ratelimited, _outage or _nometrics shows how Pikar copes with that trouble.</p>
          <div class="actions">
            <button type="submit" name="decision" value="allow">Authorize app</button>
            <button type="submit" name="decision" value="deny">Cancel</button>
          </div>
        </form>
        """);

    public static string Error(string message) => SandboxPage.Error("X", message);
}

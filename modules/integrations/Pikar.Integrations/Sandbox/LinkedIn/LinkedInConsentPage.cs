using static Pikar.Integrations.Sandbox.SandboxPage;

namespace Pikar.Integrations.Sandbox.LinkedIn;

/// <summary>The LinkedIn sandbox's consent page: clearly a sandbox; the member picks a handle and names the page they administer.</summary>
internal static class LinkedInConsentPage
{
    public static string Render(LinkedInAuthorizeRequest request, string antiforgeryField, string antiforgeryToken) => Consent("LinkedIn",
        $"LinkedIn sandbox: allow {request.ClientId}", $"{request.ClientId} would like to access your LinkedIn account and organization page", request.Scopes, $$"""
        <form method="post" aria-label="Allow access">
          {{HiddenFields((antiforgeryField, antiforgeryToken), ("client_id", request.ClientId), ("redirect_uri", request.RedirectUri),
              ("scope", string.Join(' ', request.Scopes)), ("state", request.State), ("code_challenge", request.CodeChallenge))}}
          <label for="handle">Sandbox member</label>
          <input type="text" id="handle" name="handle" value="sandbox_member" required maxlength="30" pattern="[A-Za-z0-9_]{1,30}" aria-describedby="handle-hint">
          <p id="handle-hint">A handle ending in _revoked, _ratelimited, _outage or _nometrics shows how Pikar copes with that trouble.</p>
          <label for="organization">Organization page you administer</label>
          <input type="text" id="organization" name="organization" value="Sandbox Company" required maxlength="100" aria-describedby="organization-hint">
          <p id="organization-hint">Each sandbox member administers one page; it is named here the first time the member signs in.</p>
          <div class="actions">
            <button type="submit" name="decision" value="allow">Allow</button>
            <button type="submit" name="decision" value="deny">Cancel</button>
          </div>
        </form>
        """);

    public static string Error(string message) => SandboxPage.Error("LinkedIn", message);
}

using System.Net;

namespace Pikar.Integrations.Sandbox.LinkedIn;

/// <summary>The LinkedIn sandbox's consent page: clearly a sandbox; the member picks a handle and names the page they administer.</summary>
internal static class LinkedInConsentPage
{
    public static string Render(LinkedInAuthorizeRequest request, string antiforgeryField, string antiforgeryToken) => $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>LinkedIn sandbox: allow {{E(request.ClientId)}}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:1rem 0 .25rem}
        input[type=text]{width:100%;padding:.5rem;font-size:1rem}.actions{margin-top:1.5rem;display:flex;gap:1rem}button{padding:.5rem 1rem;font-size:1rem}
        .sandbox{background:#fff3cd;border:1px solid #856404;color:#533f03;padding:.5rem;border-radius:4px}</style></head>
        <body><main>
        <p class="sandbox" role="note">Sandbox: this is Pikar's stand-in for LinkedIn. Nothing is posted to the real LinkedIn.</p>
        <h1>{{E(request.ClientId)}} would like to access your LinkedIn account and organization page</h1>
        <p>It asks for: {{E(string.Join(", ", request.Scopes))}}.</p>
        <form method="post" aria-label="Allow access">
          <input type="hidden" name="{{E(antiforgeryField)}}" value="{{E(antiforgeryToken)}}">
          <input type="hidden" name="client_id" value="{{E(request.ClientId)}}">
          <input type="hidden" name="redirect_uri" value="{{E(request.RedirectUri)}}">
          <input type="hidden" name="scope" value="{{E(string.Join(' ', request.Scopes))}}">
          <input type="hidden" name="state" value="{{E(request.State)}}">
          <input type="hidden" name="code_challenge" value="{{E(request.CodeChallenge)}}">
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
        </form></main></body></html>
        """;

    public static string Error(string message) => $$"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>LinkedIn sandbox: invalid request</title></head>
        <body><main><h1>Something went wrong</h1><p role="alert">{{E(message)}}</p></main></body></html>
        """;

    private static string E(string? value) => WebUtility.HtmlEncode(value ?? "");
}

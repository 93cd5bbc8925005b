using System.Net;

namespace Pikar.Integrations.Sandbox.X;

/// <summary>The X sandbox's consent page: clearly a sandbox, with the request's parameters carried in hidden fields.</summary>
internal static class XConsentPage
{
    public static string Render(XAuthorizeRequest request, string antiforgeryField, string antiforgeryToken) => $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>X sandbox: authorize {{E(request.ClientId)}}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:1rem 0 .25rem}
        input[type=text]{width:100%;padding:.5rem;font-size:1rem}.actions{margin-top:1.5rem;display:flex;gap:1rem}button{padding:.5rem 1rem;font-size:1rem}
        .sandbox{background:#fff3cd;border:1px solid #856404;color:#533f03;padding:.5rem;border-radius:4px}</style></head>
        <body><main>
        <p class="sandbox" role="note">Sandbox: this is Pikar's stand-in for X. Nothing is posted to the real X.</p>
        <h1>Authorize {{E(request.ClientId)}} to use your account?</h1>
        <p>It asks for: {{E(string.Join(", ", request.Scopes))}}.</p>
        <form method="post" aria-label="Authorize">
          <input type="hidden" name="{{E(antiforgeryField)}}" value="{{E(antiforgeryToken)}}">
          <input type="hidden" name="client_id" value="{{E(request.ClientId)}}">
          <input type="hidden" name="redirect_uri" value="{{E(request.RedirectUri)}}">
          <input type="hidden" name="scope" value="{{E(string.Join(' ', request.Scopes))}}">
          <input type="hidden" name="state" value="{{E(request.State)}}">
          <input type="hidden" name="code_challenge" value="{{E(request.CodeChallenge)}}">
          <label for="handle">Sandbox account</label>
          <input type="text" id="handle" name="handle" value="sandbox_user" required maxlength="15" pattern="[A-Za-z0-9_]{1,15}" aria-describedby="handle-hint">
          <p id="handle-hint">A handle ending in _revoked, _ratelimited, _outage or _nometrics shows how Pikar copes with that trouble.</p>
          <div class="actions">
            <button type="submit" name="decision" value="allow">Authorize app</button>
            <button type="submit" name="decision" value="deny">Cancel</button>
          </div>
        </form></main></body></html>
        """;

    public static string Error(string message) => $$"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>X sandbox: invalid request</title></head>
        <body><main><h1>Something went wrong</h1><p role="alert">{{E(message)}}</p></main></body></html>
        """;

    private static string E(string? value) => WebUtility.HtmlEncode(value ?? "");
}

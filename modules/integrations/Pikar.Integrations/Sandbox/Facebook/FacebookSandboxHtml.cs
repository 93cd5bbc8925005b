using System.Net;

namespace Pikar.Integrations.Sandbox.Facebook;

/// <summary>The Facebook sandbox's pages, clearly a sandbox: the login dialog, where the user names themself and the Page Pikar may manage, and a post's permalink.</summary>
internal static class FacebookSandboxHtml
{
    public static string Render(FacebookLoginRequest request, string antiforgeryField, string antiforgeryToken) => $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Facebook sandbox: continue to {{E(request.ClientId)}}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:1rem 0 .25rem}
        input[type=text]{width:100%;padding:.5rem;font-size:1rem}.actions{margin-top:1.5rem;display:flex;gap:1rem}button{padding:.5rem 1rem;font-size:1rem}
        .sandbox{background:#fff3cd;border:1px solid #856404;color:#533f03;padding:.5rem;border-radius:4px}</style></head>
        <body><main>
        <p class="sandbox" role="note">Sandbox: this is Pikar's stand-in for Facebook. Nothing is posted to the real Facebook.</p>
        <h1>{{E(request.ClientId)}} is requesting access to your Page</h1>
        <p>It asks for: {{E(string.Join(", ", request.Scopes))}}.</p>
        <form method="post" aria-label="Continue">
          <input type="hidden" name="{{E(antiforgeryField)}}" value="{{E(antiforgeryToken)}}">
          <input type="hidden" name="client_id" value="{{E(request.ClientId)}}">
          <input type="hidden" name="redirect_uri" value="{{E(request.RedirectUri)}}">
          <input type="hidden" name="scope" value="{{E(string.Join(',', request.Scopes))}}">
          <input type="hidden" name="state" value="{{E(request.State)}}">
          <input type="hidden" name="code_challenge" value="{{E(request.CodeChallenge)}}">
          <label for="handle">Sandbox user</label>
          <input type="text" id="handle" name="handle" value="sandbox_user" required maxlength="30" pattern="[A-Za-z0-9_]{1,30}" aria-describedby="handle-hint">
          <p id="handle-hint">A user ending in _revoked, _ratelimited, _outage or _nometrics makes their Page show how Pikar copes with that trouble.</p>
          <label for="page">Page to share with the app</label>
          <input type="text" id="page" name="page_name" value="Sandbox Page" required maxlength="75">
          <div class="actions">
            <button type="submit" name="decision" value="allow">Continue</button>
            <button type="submit" name="decision" value="deny">Cancel</button>
          </div>
        </form></main></body></html>
        """;

    public static string Error(string message) => $$"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Facebook sandbox: invalid request</title></head>
        <body><main><h1>Something went wrong</h1><p role="alert">{{E(message)}}</p></main></body></html>
        """;

    /// <summary>A post's permalink in the sandbox, with buttons that make Meta's webhook happen.</summary>
    public static string Post(string pageName, string postId, string text, DateTimeOffset createdAt) => $$"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{E(pageName)}} on the Facebook sandbox</title>
        <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}
        .sandbox{background:#fff3cd;border:1px solid #856404;color:#533f03;padding:.5rem;border-radius:4px}</style></head>
        <body><main>
        <p class="sandbox" role="note">Sandbox: a post on Pikar's stand-in for Facebook.</p>
        <article><h1>{{E(pageName)}}</h1><p><time datetime="{{createdAt:O}}">{{createdAt:yyyy-MM-dd HH:mm}} UTC</time></p><p>{{E(text)}}</p></article>
        <form method="post" action="../../simulate/engagement" aria-label="Engage">
          <input type="hidden" name="post_id" value="{{E(postId)}}">
          <button type="submit" name="kind" value="reaction">Like</button>
          <button type="submit" name="kind" value="comment">Comment</button>
        </form></main></body></html>
        """;

    private static string E(string? value) => WebUtility.HtmlEncode(value ?? "");
}

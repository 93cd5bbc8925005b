using static Pikar.Integrations.Sandbox.SandboxPage;

namespace Pikar.Integrations.Sandbox.Facebook;

/// <summary>The Facebook sandbox's pages, clearly a sandbox: the login dialog, where the user names themself and the Page Pikar may manage, and a post's permalink.</summary>
internal static class FacebookSandboxHtml
{
    public static string Render(FacebookLoginRequest request, string antiforgeryField, string antiforgeryToken) => Consent("Facebook",
        $"Facebook sandbox: continue to {request.ClientId}", $"{request.ClientId} is requesting access to your Page", request.Scopes, $$"""
        <form method="post" aria-label="Continue">
          {{HiddenFields((antiforgeryField, antiforgeryToken), ("client_id", request.ClientId), ("redirect_uri", request.RedirectUri),
              ("scope", string.Join(',', request.Scopes)), ("state", request.State), ("code_challenge", request.CodeChallenge))}}
          <label for="handle">Sandbox user</label>
          <input type="text" id="handle" name="handle" value="sandbox_user" required maxlength="30" pattern="[A-Za-z0-9_]{1,30}" aria-describedby="handle-hint">
          <p id="handle-hint">A user ending in _revoked, _ratelimited, _outage or _nometrics makes their Page show how Pikar copes with that trouble.</p>
          <label for="page">Page to share with the app</label>
          <input type="text" id="page" name="page_name" value="Sandbox Page" required maxlength="75">
          <div class="actions">
            <button type="submit" name="decision" value="allow">Continue</button>
            <button type="submit" name="decision" value="deny">Cancel</button>
          </div>
        </form>
        """);

    public static string Error(string message) => SandboxPage.Error("Facebook", message);

    /// <summary>A post's permalink in the sandbox, with buttons that make Meta's webhook happen.</summary>
    public static string Post(string pageName, string postId, string text, DateTimeOffset createdAt) =>
        Document($"{pageName} on the Facebook sandbox", "Sandbox: a post on Pikar's stand-in for Facebook.", $$"""
        <article><h1>{{Encode(pageName)}}</h1><p><time datetime="{{createdAt:O}}">{{createdAt:yyyy-MM-dd HH:mm}} UTC</time></p><p>{{Encode(text)}}</p></article>
        <form method="post" action="../../simulate/engagement" aria-label="Engage">
          {{HiddenFields(("post_id", postId))}}
          <button type="submit" name="kind" value="reaction">Like</button>
          <button type="submit" name="kind" value="comment">Comment</button>
        </form>
        """);
}

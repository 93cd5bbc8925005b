using System.Text.Encodings.Web;

namespace Pikar.Identity.Account;

/// <summary>The server-rendered sign-in form of the authorization server.</summary>
internal static class LoginPage
{
    public sealed record Model(string ReturnUrl, string Tenant, string UserNameOrEmail, string? Error, string AntiforgeryField, string AntiforgeryToken);

    public static string Render(Model model)
    {
        var e = HtmlEncoder.Default;
        var error = model.Error is null ? "" : $"""<p class="error" role="alert">{e.Encode(model.Error)}</p>""";
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Sign in · Pikar</title>
              <style>
                body { font-family: system-ui, sans-serif; background: #f4f5f7; display: grid; place-items: center; min-height: 100vh; margin: 0; }
                main { background: #fff; padding: 2rem 2.5rem; border-radius: 12px; box-shadow: 0 2px 12px rgba(0,0,0,.08); width: min(360px, 90vw); }
                h1 { margin: 0 0 1.25rem; font-size: 1.4rem; }
                label { display: block; margin: .75rem 0 .25rem; font-weight: 600; font-size: .9rem; }
                input[type=text], input[type=password] { width: 100%; box-sizing: border-box; padding: .6rem; border: 1px solid #c8cbd0; border-radius: 6px; font-size: 1rem; }
                .hint { color: #5f6368; font-size: .8rem; margin: .25rem 0 0; min-height: 1em; }
                .error { background: #fdecea; color: #8a1c12; padding: .6rem; border-radius: 6px; }
                button { margin-top: 1.25rem; width: 100%; padding: .7rem; border: 0; border-radius: 6px; background: #3949ab; color: #fff; font-size: 1rem; cursor: pointer; }
                .remember { display: flex; gap: .4rem; align-items: center; margin-top: .75rem; font-size: .9rem; }
              </style>
            </head>
            <body>
            <main>
              <h1>Sign in to Pikar</h1>
              {{error}}
              <form method="post" action="/account/login" novalidate>
                <input type="hidden" name="{{e.Encode(model.AntiforgeryField)}}" value="{{e.Encode(model.AntiforgeryToken)}}">
                <input type="hidden" name="returnUrl" value="{{e.Encode(model.ReturnUrl)}}">
                <label for="tenant">Tenant</label>
                <input type="text" id="tenant" name="tenant" value="{{e.Encode(model.Tenant)}}" autocomplete="organization" aria-describedby="tenant-hint">
                <p class="hint" id="tenant-hint" aria-live="polite">Leave empty to sign in to the host.</p>
                <label for="userNameOrEmail">User name or email</label>
                <input type="text" id="userNameOrEmail" name="userNameOrEmail" value="{{e.Encode(model.UserNameOrEmail)}}" autocomplete="username" required>
                <label for="password">Password</label>
                <input type="password" id="password" name="password" autocomplete="current-password" required>
                <label class="remember"><input type="checkbox" name="rememberMe" value="true"> Remember me</label>
                <button type="submit">Log in</button>
              </form>
            </main>
            <script>
              const tenant = document.getElementById('tenant');
              const hint = document.getElementById('tenant-hint');
              tenant.addEventListener('change', async () => {
                const name = tenant.value.trim();
                if (!name) { hint.textContent = 'Leave empty to sign in to the host.'; return; }
                const response = await fetch('/api/abp/multi-tenancy/tenants/by-name/' + encodeURIComponent(name));
                const result = response.ok ? await response.json() : { success: false };
                hint.textContent = !result.success ? 'There is no tenant with this name.'
                  : result.isActive ? 'Signing in to ' + result.name + '.' : 'This tenant is not active.';
              });
            </script>
            </body>
            </html>
            """;
    }
}

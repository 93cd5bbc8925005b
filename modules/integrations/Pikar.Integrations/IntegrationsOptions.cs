namespace Pikar.Integrations;

/// <summary>
/// Credentials of Pikar's app at each provider (<c>Pikar:Integrations</c>). A webhook is accepted only when
/// its provider's secret is configured and its signature matches.
/// </summary>
public sealed class IntegrationsOptions
{
    public const string Section = "Pikar:Integrations";

    /// <summary>Where this Pikar serves its sandboxes (<c>/sandbox/</c> on its public address).</summary>
    public Uri SandboxBaseUrl { get; init; } = new("http://localhost:5000/sandbox/");

    /// <summary>Whether the sandboxes' <c>simulate/*</c> routes answer (on in development and test hosts only).</summary>
    public bool SandboxSimulations { get; init; }

    public XOptions X { get; init; } = new();

    public LinkedInOptions LinkedIn { get; init; } = new();

    public FacebookOptions Facebook { get; init; } = new();

    public sealed class XOptions
    {
        /// <summary>X API v2's base address.</summary>
        public Uri ApiBaseUrl { get; init; } = new("https://api.x.com/");

        /// <summary>Where X shows its consent page (<c>i/oauth2/authorize</c>).</summary>
        public Uri AuthorizationBaseUrl { get; init; } = new("https://x.com/");

        /// <summary>Pikar's OAuth 2.0 client at X; with <see cref="ClientSecret"/>, real X accounts can be connected.</summary>
        public string? ClientId { get; init; }

        public string? ClientSecret { get; init; }

        /// <summary>The app's consumer secret: signs webhooks (<c>x-twitter-webhooks-signature</c>) and CRC answers.</summary>
        public string? ConsumerSecret { get; init; }
    }

    public sealed class LinkedInOptions
    {
        /// <summary>LinkedIn's REST API base address (<c>rest/...</c>).</summary>
        public Uri ApiBaseUrl { get; init; } = new("https://api.linkedin.com/");

        /// <summary>Where LinkedIn serves OAuth 2.0 (<c>oauth/v2/authorization</c> and <c>oauth/v2/accessToken</c>).</summary>
        public Uri AuthorizationBaseUrl { get; init; } = new("https://www.linkedin.com/");

        /// <summary>Pikar's app at LinkedIn; with <see cref="ClientSecret"/>, real LinkedIn pages can be connected.</summary>
        public string? ClientId { get; init; }

        /// <summary>The app's client secret: signs webhooks (<c>X-LI-Signature</c>) and challenge answers.</summary>
        public string? ClientSecret { get; init; }
    }

    public sealed class FacebookOptions
    {
        /// <summary>The Graph API's base address, with its version.</summary>
        public Uri GraphBaseUrl { get; init; } = new("https://graph.facebook.com/v21.0/");

        /// <summary>Where Facebook shows its login dialog (<c>dialog/oauth</c>), with the same version.</summary>
        public Uri AuthorizationBaseUrl { get; init; } = new("https://www.facebook.com/v21.0/");

        /// <summary>Pikar's Meta app; with <see cref="AppSecret"/>, real Facebook Pages can be connected.</summary>
        public string? AppId { get; init; }

        /// <summary>The app secret: signs webhooks (<c>X-Hub-Signature-256</c>) and, with <see cref="AppId"/>, authenticates Pikar's app.</summary>
        public string? AppSecret { get; init; }

        /// <summary>The token Pikar gave Meta when subscribing, echoed back in the <c>hub.verify_token</c> check.</summary>
        public string? VerifyToken { get; init; }
    }
}

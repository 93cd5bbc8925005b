namespace Pikar.Identity.Tokens;

/// <summary><c>Pikar:Auth</c>: the token server's settings.</summary>
public sealed class AuthOptions
{
    public const string Section = "Pikar:Auth";

    /// <summary>The first-party public client of the Angular app.</summary>
    public const string AppClientId = "pikar_app";

    public const string ApiScope = "pikar";

    /// <summary>Allows the resource-owner password grant, for <see cref="AppClientId"/> only.</summary>
    public bool AllowPasswordGrant { get; set; }

    /// <summary>A fixed issuer; when empty the issuer follows the origin of each request.</summary>
    public string? Issuer { get; set; }

    /// <summary>Allows plain HTTP (always on in Development).</summary>
    public bool AllowHttp { get; set; }

    public string[] AppRedirectUris { get; set; } = ["http://localhost:5000/", "http://localhost:4200/"];

    /// <summary>Confidential clients for machine-to-machine access (client credentials).</summary>
    public MachineClientOptions[] MachineClients { get; set; } = [];

    public sealed class MachineClientOptions
    {
        public string ClientId { get; set; } = "";

        public string ClientSecret { get; set; } = "";

        public string? DisplayName { get; set; }
    }
}

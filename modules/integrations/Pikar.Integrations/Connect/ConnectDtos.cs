namespace Pikar.Integrations.Connect;

/// <summary>Which account to connect: a provider, on its sandbox or for real.</summary>
public sealed record AuthorizeConnectionInput(string Provider, bool Sandbox);

/// <summary>Where to open the provider's consent (in a popup); valid for a few minutes.</summary>
public sealed record ConnectionAuthorizationDto(string Url, DateTimeOffset ExpiresAt);

using Pikar.Domain;

namespace Pikar.Integrations.Sandbox;

/// <summary>An account on a sandbox provider: what a tenant connects when it has no developer credentials.</summary>
internal sealed class SandboxAccount : Entity
{
    public required string Provider { get; init; }

    /// <summary>The provider-side id (numeric for X), as the real API would return it.</summary>
    public required string ProviderAccountId { get; init; }

    public required string Handle { get; init; }

    public required string Name { get; init; }

    public DateTimeOffset CreationTime { get; init; }
}

internal enum SandboxGrantKind
{
    Code,
    Access,
    Refresh,
}

/// <summary>An authorization code or token a sandbox issued; only its hash is kept, as a real provider would.</summary>
internal sealed class SandboxGrant : Entity
{
    public required string Provider { get; init; }

    public SandboxGrantKind Kind { get; init; }

    public required string TokenHash { get; init; }

    public Guid AccountId { get; init; }

    public required string ClientId { get; init; }

    public string? RedirectUri { get; init; }

    public string? CodeChallenge { get; init; }

    public string Scopes { get; init; } = "";

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? ConsumedAt { get; set; }
}

/// <summary>A post published through a sandbox; its metrics grow with its age.</summary>
internal sealed class SandboxPost : Entity
{
    public required string Provider { get; init; }

    public required string ProviderPostId { get; init; }

    public Guid AccountId { get; init; }

    public required string Text { get; init; }

    public DateTimeOffset CreationTime { get; init; }

    public DateTimeOffset? DeletionTime { get; set; }
}

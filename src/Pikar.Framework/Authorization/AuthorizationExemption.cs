using Microsoft.AspNetCore.Builder;

namespace Pikar.Authorization;

/// <summary>Why an endpoint needs no permission; every endpoint has either a permission or this.</summary>
public sealed record AuthorizationExemptionMetadata(string Reason);

public static class AuthorizationExemptionExtensions
{
    /// <summary>Open to anonymous callers, for the stated reason (login, discovery, tenant lookup, webhooks, health …).</summary>
    public static TBuilder AllowAnonymous<TBuilder>(this TBuilder builder, string reason) where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous().WithMetadata(new AuthorizationExemptionMetadata(reason));

    /// <summary>Protected by its own check instead of a permission (e.g. the jobs dashboard's host-admin filter).</summary>
    public static TBuilder ExemptFromPermissions<TBuilder>(this TBuilder builder, string reason) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuthorizationExemptionMetadata(reason));
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Pikar.Authorization;

public static class PermissionEndpointExtensions
{
    /// <summary>Only signed-in callers granted <paramref name="permissionName"/> reach the endpoints; others get 401/403 ProblemDetails.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permissionName) where TBuilder : IEndpointConventionBuilder =>
        builder
            .WithMetadata(new RequiredPermissionMetadata(permissionName))
            .RequireAuthorization(policy => policy.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permissionName)));
}

/// <summary>Names the permission an endpoint requires, for the OpenAPI document and the authorization sweep.</summary>
public sealed record RequiredPermissionMetadata(string PermissionName);

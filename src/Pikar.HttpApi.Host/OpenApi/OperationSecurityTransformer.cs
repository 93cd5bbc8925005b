using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Pikar.Authorization;

namespace Pikar.HttpApi.Host.OpenApi;

/// <summary>
/// Every operation states its security: the bearer scheme (and the permission it needs) when
/// protected, an explicit empty requirement (<c>security: []</c>) when anonymous.
/// </summary>
internal sealed class OperationSecurityTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var protectedByPolicy = metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<AuthorizationPolicy>().Any();
        var anonymous = metadata.OfType<IAllowAnonymous>().Any() || !protectedByPolicy;
        if (anonymous)
        {
            operation.Security = [];
            return Task.CompletedTask;
        }

        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSecuritySchemeTransformer.SchemeName, context.Document)] = [] },
        ];

        var permissions = metadata.OfType<RequiredPermissionMetadata>().Select(p => p.PermissionName).Distinct().ToList();
        if (permissions.Count > 0)
        {
            var required = $"Requires permission: {string.Join(", ", permissions)}.";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? required : operation.Description + "\n\n" + required;
        }

        return Task.CompletedTask;
    }
}

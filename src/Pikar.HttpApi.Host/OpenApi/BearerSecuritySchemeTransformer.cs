using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Pikar.HttpApi.Host.OpenApi;

/// <summary>Declares the bearer token scheme (tokens from <c>/connect/token</c>).</summary>
internal sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Pikar API";
        document.Info.Version = "v1";

        // Clients call the API on the origin that serves them; a server URL would make the document differ per host.
        document.Servers = [];
        document.Info.Description = "Multi-tenant business SaaS. Send the tenant with the __tenant header (name or id) or sign in as a tenant user.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token from /connect/token.",
        };
        return Task.CompletedTask;
    }
}

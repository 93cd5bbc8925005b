namespace Pikar.HttpApi.Host.OpenApi;

internal static class OpenApiExtensions
{
    public static IServiceCollection AddPikarOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            options.AddOperationTransformer<OperationSecurityTransformer>();
        });
}

using Microsoft.Extensions.FileProviders;
using Pikar.Authorization;

namespace Pikar.HttpApi.Host.Client;

/// <summary>
/// Serves the built Angular client at <c>/</c> when it is there (<c>Pikar:Client:Path</c>, default
/// <c>angular/dist/pikar/browser</c>): its files, and <c>index.html</c> for every client route.
/// The API, the token server and the other server paths never fall back to the client.
/// </summary>
internal static class AngularClientExtensions
{
    private const string ClientRoutes = "{*path:nonfile:regex(^(?!(api|connect|account|hangfire|health|openapi|scalar|sandbox|bench)(/|$)).*$)}";

    public static void UseAngularClientFiles(this WebApplication app)
    {
        if (ClientFiles(app) is { } files)
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
    }

    public static void MapAngularClientFallback(this WebApplication app)
    {
        if (ClientFiles(app) is { } files)
        {
            app.MapFallbackToFile(ClientRoutes, "index.html", new StaticFileOptions { FileProvider = files })
                .AllowAnonymous("The client's shell is public; everything it shows comes from the protected API.");
        }
    }

    private static PhysicalFileProvider? ClientFiles(WebApplication app)
    {
        var configured = app.Configuration["Pikar:Client:Path"];
        var path = Path.GetFullPath(configured ?? Path.Combine(app.Environment.ContentRootPath, "..", "..", "angular", "dist", "pikar", "browser"));
        return File.Exists(Path.Combine(path, "index.html")) ? new PhysicalFileProvider(path) : null;
    }
}

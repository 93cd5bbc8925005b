using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using Pikar.Authorization;

namespace Pikar.HttpApi.Host.Client;

/// <summary>
/// Serves the built Angular client at <c>/</c> when it is there (<c>Pikar:Client:Path</c>, default
/// <c>angular/dist/pikar/browser</c>): its files, and <c>index.html</c> for every client route.
/// The API, the token server and the other server paths never fall back to the client.
/// </summary>
/// <remarks>
/// The client's files go out compressed (Brotli or gzip) and its content-hashed bundles are cached for
/// good, so a returning user downloads only what changed. API responses are never compressed here:
/// compressing secrets next to attacker-chosen input would invite BREACH-style attacks.
/// </remarks>
internal static partial class AngularClientExtensions
{
    private const string ServerPaths = "api|connect|account|hangfire|health|openapi|scalar|sandbox|bench";
    private const string ClientRoutes = "{*path:nonfile:regex(^(?!(" + ServerPaths + ")(/|$)).*$)}";

    public static IServiceCollection AddAngularClientCompression(this IServiceCollection services) => services
        .AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/javascript", "application/javascript", "text/css", "text/html", "image/svg+xml"];
        })
        .Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest)
        .Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);

    public static void UseAngularClientFiles(this WebApplication app)
    {
        if (ClientFiles(app) is not { } files)
        {
            return;
        }

        app.UseWhen(context => !IsServerPath(context.Request.Path), client => client.UseResponseCompression());
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, OnPrepareResponse = SetCaching });
    }

    public static void MapAngularClientFallback(this WebApplication app)
    {
        if (ClientFiles(app) is { } files)
        {
            app.MapFallbackToFile(ClientRoutes, "index.html", new StaticFileOptions { FileProvider = files, OnPrepareResponse = SetCaching })
                .AllowAnonymous("The client's shell is public; everything it shows comes from the protected API.");
        }
    }

    /// <summary>Bundles named by their content (main-3KQ2ZL7V.js) never change; everything else is revalidated.</summary>
    private static void SetCaching(StaticFileResponseContext context) =>
        context.Context.Response.Headers[HeaderNames.CacheControl] = ContentHashedName().IsMatch(context.File.Name)
            ? "public, max-age=31536000, immutable"
            : "no-cache";

    private static bool IsServerPath(PathString path) =>
        ServerPathPrefix().IsMatch(path.Value ?? "");

    private static PhysicalFileProvider? ClientFiles(WebApplication app)
    {
        var configured = app.Configuration["Pikar:Client:Path"];
        var path = Path.GetFullPath(configured ?? Path.Combine(app.Environment.ContentRootPath, "..", "..", "angular", "dist", "pikar", "browser"));
        return File.Exists(Path.Combine(path, "index.html")) ? new PhysicalFileProvider(path) : null;
    }

    [GeneratedRegex(@"-[A-Z0-9]{8}\.(js|css)$")]
    private static partial Regex ContentHashedName();

    [GeneratedRegex("^/(" + ServerPaths + ")(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ServerPathPrefix();
}

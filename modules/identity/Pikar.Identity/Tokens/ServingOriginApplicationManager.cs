using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace Pikar.Identity.Tokens;

/// <summary>
/// In Development the first-party app may be served from any origin (localhost:5000, 127.0.0.1:5081 …):
/// besides its registered redirect URIs, it accepts redirect URIs on the origin that serves the request.
/// </summary>
internal sealed class ServingOriginApplicationManager<TApplication>(
    IOpenIddictApplicationCache<TApplication> cache,
    ILogger<OpenIddictApplicationManager<TApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<TApplication> store,
    IHttpContextAccessor httpContextAccessor,
    IOptions<AuthOptions> authOptions)
    : OpenIddictApplicationManager<TApplication>(cache, logger, options, store) where TApplication : class
{
    public override async ValueTask<bool> ValidateRedirectUriAsync(TApplication application, string uri, CancellationToken cancellationToken = default) =>
        await base.ValidateRedirectUriAsync(application, uri, cancellationToken) || await IsServingOriginAsync(application, uri, cancellationToken);

    public override async ValueTask<bool> ValidatePostLogoutRedirectUriAsync(TApplication application, string uri, CancellationToken cancellationToken = default) =>
        await base.ValidatePostLogoutRedirectUriAsync(application, uri, cancellationToken) || await IsServingOriginAsync(application, uri, cancellationToken);

    private async ValueTask<bool> IsServingOriginAsync(TApplication application, string uri, CancellationToken cancellationToken)
    {
        var request = httpContextAccessor.HttpContext?.Request;
        if (!authOptions.Value.AllowHttp || request is null || !Uri.TryCreate(uri, UriKind.Absolute, out var target))
        {
            return false;
        }

        var servingOrigin = $"{request.Scheme}://{request.Host}";
        return string.Equals(target.GetLeftPart(UriPartial.Authority), servingOrigin, StringComparison.OrdinalIgnoreCase)
            && await GetClientIdAsync(application, cancellationToken) == AuthOptions.AppClientId;
    }
}

namespace Pikar.Integrations.Providers;

/// <summary>A provider call that did not give an answer; the message says why in words a user can act on.</summary>
public abstract class ProviderException(string provider, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Provider { get; } = provider;
}

/// <summary>The provider refused the token (401): the connection needs the user to reconnect.</summary>
public sealed class ProviderUnauthorizedException(string provider, string message) : ProviderException(provider, message);

/// <summary>The provider asked to slow down (429); try again after <see cref="RetryAfter"/>.</summary>
public sealed class ProviderRateLimitedException(string provider, TimeSpan retryAfter)
    : ProviderException(provider, $"{IntegrationProviders.DisplayName(provider)} asked to slow down; retry in {Math.Ceiling(retryAfter.TotalSeconds)} s.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>The provider failed or could not be reached (5xx, timeout, network): worth retrying later.</summary>
public sealed class ProviderUnavailableException(string provider, string message, Exception? inner = null) : ProviderException(provider, message, inner);

/// <summary>The provider rejected the request itself (4xx other than 401/429), e.g. a post that is too long.</summary>
public sealed class ProviderRequestException(string provider, string message) : ProviderException(provider, message);

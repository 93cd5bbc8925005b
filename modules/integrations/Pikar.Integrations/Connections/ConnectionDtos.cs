using Microsoft.AspNetCore.Mvc;
using Pikar.Paging;

namespace Pikar.Integrations.Connections;

/// <summary>A connected account as users see it: never its tokens.</summary>
public sealed record ConnectionDto(
    Guid Id,
    string Provider,
    string ProviderDisplayName,
    bool IsSandbox,
    string AccountId,
    string DisplayName,
    IReadOnlyList<string> Scopes,
    Guid ConnectedByUserId,
    DateTimeOffset ConnectedTime,
    DateTimeOffset? AccessTokenExpiresAt,
    ConnectionHealth Health,
    string? LastError,
    DateTimeOffset? LastRefreshTime);

public sealed record GetConnectionsInput : PagedAndSortedInput
{
    /// <summary>Only connections to this provider (<c>x</c>, <c>linkedin</c>, <c>facebook</c>).</summary>
    [FromQuery(Name = "provider")]
    public string? Provider { get; init; }

    /// <summary>Only connections in this state.</summary>
    [FromQuery(Name = "health")]
    public ConnectionHealth? Health { get; init; }
}

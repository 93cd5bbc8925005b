using Microsoft.AspNetCore.Mvc;
using Pikar.Paging;

namespace Pikar.Solopreneur.ContentCapsules;

/// <summary>An account to publish to, with its own variant of the text (the capsule's body when null).</summary>
public sealed record CapsuleTargetInput(Guid ConnectionId, string? Text);

public sealed record CreateContentCapsuleInput(string Title, string Body, IReadOnlyList<string>? Tags, IReadOnlyList<CapsuleTargetInput> Targets);

public sealed record UpdateContentCapsuleInput(string Title, string Body, IReadOnlyList<string>? Tags, IReadOnlyList<CapsuleTargetInput> Targets);

/// <summary>When to publish: a wall-clock time in the user's IANA time zone (e.g. <c>2026-12-01T09:00</c> in <c>Europe/Berlin</c>).</summary>
public sealed record ScheduleContentCapsuleInput(DateTime LocalTime, string TimeZone);

public sealed record ContentCapsuleDto(
    Guid Id,
    string Title,
    string Body,
    IReadOnlyList<string> Tags,
    DateTimeOffset? ScheduledAt,
    string? TimeZone,
    DateTimeOffset CreationTime,
    IReadOnlyList<CapsulePublicationDto> Publications);

/// <summary>A capsule's post to one account: its status, and once published its id and link there, or why it failed.</summary>
public sealed record CapsulePublicationDto(
    Guid Id,
    Guid CapsuleId,
    string CapsuleTitle,
    Guid ConnectionId,
    string Provider,
    string Text,
    PublicationStatus Status,
    DateTimeOffset? DueAt,
    int Attempts,
    string? RemotePostId,
    string? RemoteUrl,
    DateTimeOffset? PublishedAt,
    string? LastError);

public sealed record GetContentCapsulesInput : PagedAndSortedInput;

public sealed record GetCapsulePublicationsInput : PagedAndSortedInput
{
    /// <summary><c>queue</c> (scheduled and publishing) or <c>history</c> (published, failed, canceled).</summary>
    [FromQuery(Name = "view")]
    public string? View { get; init; }

    [FromQuery(Name = "provider")]
    public string? Provider { get; init; }
}

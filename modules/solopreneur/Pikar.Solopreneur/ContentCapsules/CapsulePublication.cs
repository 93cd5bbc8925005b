using Pikar.Domain;
using Pikar.MultiTenancy;

namespace Pikar.Solopreneur.ContentCapsules;

/// <summary>Where a publication stands: <c>scheduled → publishing → published</c>, or <c>failed</c> / <c>canceled</c> with the reason.</summary>
public enum PublicationStatus
{
    Draft,
    Scheduled,
    Publishing,
    Published,
    Failed,
    Canceled,
}

/// <summary>
/// A capsule's post to one connected account. Publishing is claimed by one worker at a time, and a claim whose outcome
/// is unknown (a timeout, a host that stopped mid-call) is settled by asking the network before posting again.
/// </summary>
internal sealed class CapsulePublication : Entity, IMultiTenant
{
    public const int MaxAttempts = 5;
    public const int MaxErrorLength = 1000;

    /// <summary>A claim older than this lost its worker: the outcome is checked and the publication tried again.</summary>
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(5);

    public Guid? TenantId { get; private set; }

    public Guid CapsuleId { get; init; }

    public Guid ConnectionId { get; init; }

    public required string Provider { get; init; }

    /// <summary>The variant for this account (the capsule's body unless adapted).</summary>
    public required string Text { get; set; }

    public PublicationStatus Status { get; private set; } = PublicationStatus.Draft;

    /// <summary>When the next attempt is due: the schedule, then the backoff after a transient failure.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? FirstAttemptAt { get; private set; }

    public DateTimeOffset? ClaimedAt { get; private set; }

    public string? RemotePostId { get; private set; }

    public string? RemoteUrl { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? LastError { get; private set; }

    public bool IsPending => Status is PublicationStatus.Draft or PublicationStatus.Scheduled;

    public void Schedule(DateTimeOffset dueAt)
    {
        Status = PublicationStatus.Scheduled;
        DueAt = dueAt;
        LastError = null;
    }

    public void Unschedule() => (Status, DueAt) = (PublicationStatus.Draft, null);

    public void Published(string remotePostId, Uri? url, DateTimeOffset now)
    {
        Status = PublicationStatus.Published;
        RemotePostId = remotePostId;
        RemoteUrl = url?.ToString();
        PublishedAt = now;
        DueAt = null;
        LastError = null;
    }

    /// <summary>A transient failure: tried again after <paramref name="wait"/> (or an exponential backoff), until the attempts run out.</summary>
    public void RetryLater(string error, DateTimeOffset now, TimeSpan? wait)
    {
        if (Attempts >= MaxAttempts)
        {
            Fail($"{error} (gave up after {Attempts} attempts)");
            return;
        }

        Status = PublicationStatus.Scheduled;
        DueAt = now + (wait ?? TimeSpan.FromSeconds(30 * Math.Pow(2, Attempts - 1)));
        LastError = Clip(error);
    }

    public void Fail(string error)
    {
        Status = PublicationStatus.Failed;
        DueAt = null;
        LastError = Clip(error);
    }

    public void Cancel(string reason)
    {
        Status = PublicationStatus.Canceled;
        DueAt = null;
        LastError = Clip(reason);
    }

    private static string Clip(string error) => error.Length <= MaxErrorLength ? error : error[..(MaxErrorLength - 1)] + "…";
}

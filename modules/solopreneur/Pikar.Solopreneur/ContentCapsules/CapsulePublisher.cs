using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Integrations.Providers;
using Pikar.Integrations.Social;

namespace Pikar.Solopreneur.ContentCapsules;

/// <summary>
/// Publishes one due publication exactly once. A worker first claims it (one conditional update, so a duplicate job or
/// a second host gets nothing); when an earlier attempt's outcome is unknown (a timeout, a host that stopped mid-call),
/// the network is asked whether the post is there before posting again. A refused token fails it, never "published".
/// </summary>
internal sealed class CapsulePublisher(PikarDbContext db, ISocialPublisher publisher)
{
    /// <summary>True when this call claimed the publication and settled this attempt.</summary>
    public async Task<bool> PublishAsync(Guid publicationId, DateTimeOffset now, CancellationToken ct)
    {
        var stale = now - CapsulePublication.StaleClaim;
        var claimed = await db.Set<CapsulePublication>()
            .Where(p => p.Id == publicationId
                && ((p.Status == PublicationStatus.Scheduled && p.DueAt <= now) || (p.Status == PublicationStatus.Publishing && p.ClaimedAt < stale)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Status, PublicationStatus.Publishing)
                .SetProperty(p => p.ClaimedAt, now)
                .SetProperty(p => p.FirstAttemptAt, p => p.FirstAttemptAt ?? now)
                .SetProperty(p => p.Attempts, p => p.Attempts + 1), ct);
        if (claimed == 0)
        {
            return false;
        }

        // The claim was written behind EF's back: a copy tracked before it (publish now) is refreshed, else read once.
        var tracked = db.ChangeTracker.Entries<CapsulePublication>().SingleOrDefault(e => e.Entity.Id == publicationId);
        if (tracked is not null)
        {
            await tracked.ReloadAsync(ct);
        }

        var publication = tracked?.Entity ?? await db.Set<CapsulePublication>().SingleAsync(p => p.Id == publicationId, ct);
        try
        {
            var earlier = publication.Attempts > 1
                ? await publisher.FindPublishedAsync(publication.ConnectionId, publication.Text, publication.FirstAttemptAt!.Value, ct)
                : null;
            var published = earlier ?? await publisher.PublishAsync(publication.ConnectionId, publication.Text, ct);
            publication.Published(published.PostId, published.Url, now);
        }
        catch (ProviderUnauthorizedException e)
        {
            publication.Fail($"The account must be reconnected before this can be published: {e.Message}");
        }
        catch (ProviderRateLimitedException e)
        {
            publication.RetryLater(e.Message, now, e.RetryAfter);
        }
        catch (ProviderUnavailableException e)
        {
            // The post may or may not have gone through: the next attempt asks the network first.
            publication.RetryLater(e.Message, now, wait: null);
        }
        catch (ProviderRequestException e)
        {
            publication.Fail(e.Message);
        }
        catch (EntityNotFoundException)
        {
            publication.Fail("The account was disconnected.");
        }

        await db.SaveChangesAsync(ct);
        return true;
    }
}

using Microsoft.EntityFrameworkCore;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Integrations.Connections;
using Pikar.Paging;
using Pikar.Users;

namespace Pikar.Solopreneur.ContentCapsules;

/// <summary>Writing capsules, choosing where they go, and publishing them now or at a time; editing stops once publishing starts.</summary>
internal sealed class ContentCapsuleService(
    PikarDbContext db, IConnectionDirectory connections, CapsulePublisher publisher, ICurrentUser currentUser, TimeProvider clock)
{
    public static readonly SortMap<ContentCapsule> Sorting = new SortMap<ContentCapsule>("creationTime desc")
        .Add("creationTime", c => c.CreationTime)
        .Add("title", c => c.Title)
        .Add("scheduledAt", c => c.ScheduledAt);

    public static readonly SortMap<CapsulePublication> PublicationSorting = new SortMap<CapsulePublication>("dueAt asc")
        .Add("dueAt", p => p.DueAt)
        .Add("publishedAt", p => p.PublishedAt)
        .Add("status", p => p.Status);

    public async Task<PagedResult<ContentCapsuleDto>> GetListAsync(GetContentCapsulesInput input, CancellationToken ct)
    {
        var query = db.Set<ContentCapsule>().AsNoTracking();
        var total = await query.LongCountAsync(ct);
        var page = await Sorting.Apply(query, input.Sorting, c => c.Id).Skip(input.Skip).Take(input.Take).ToListAsync(ct);
        var ids = page.Select(c => c.Id).ToList();
        var publications = (await db.Set<CapsulePublication>().AsNoTracking().Where(p => ids.Contains(p.CapsuleId)).ToListAsync(ct)).ToLookup(p => p.CapsuleId);
        return new PagedResult<ContentCapsuleDto>(total, page.Select(c => ToDto(c, publications[c.Id])).ToList());
    }

    public async Task<ContentCapsuleDto> GetAsync(Guid id, CancellationToken ct) => await ToDtoAsync(await FindAsync(id, ct), ct);

    public async Task<PagedResult<CapsulePublicationDto>> GetPublicationsAsync(GetCapsulePublicationsInput input, CancellationToken ct)
    {
        var query = db.Set<CapsulePublication>().AsNoTracking().Where(p => p.Status != PublicationStatus.Draft);
        query = input.View == "history"
            ? query.Where(p => p.Status == PublicationStatus.Published || p.Status == PublicationStatus.Failed || p.Status == PublicationStatus.Canceled)
            : query.Where(p => p.Status == PublicationStatus.Scheduled || p.Status == PublicationStatus.Publishing);
        if (input.Provider is { } provider)
        {
            query = query.Where(p => p.Provider == provider);
        }

        var total = await query.LongCountAsync(ct);
        var page = await PublicationSorting.Apply(query, input.Sorting, p => p.Id).Skip(input.Skip).Take(input.Take).ToListAsync(ct);
        var capsuleIds = page.Select(p => p.CapsuleId).Distinct().ToList();
        var titles = await db.Set<ContentCapsule>().AsNoTracking().Where(c => capsuleIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        return new PagedResult<CapsulePublicationDto>(total, page.Select(p => ToDto(p, titles.GetValueOrDefault(p.CapsuleId, ""))).ToList());
    }

    public Task<ContentCapsuleDto> CreateAsync(CreateContentCapsuleInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var capsule = new ContentCapsule
        {
            Title = input.Title.Trim(), Body = input.Body, Tags = Tags(input.Tags), CreatedByUserId = currentUser.Id!.Value, CreationTime = clock.GetUtcNow(),
        };
        db.Add(capsule);
        await SetTargetsAsync(capsule, input.Body, input.Targets, ct);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(capsule, ct);
    }, ct);

    public Task<ContentCapsuleDto> UpdateAsync(Guid id, UpdateContentCapsuleInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var capsule = await FindAsync(id, ct);
        await EnsureEditableAsync(capsule, ct);
        capsule.Title = input.Title.Trim();
        capsule.Body = input.Body;
        capsule.Tags = Tags(input.Tags);
        await db.Set<CapsulePublication>().Where(p => p.CapsuleId == id).ExecuteDeleteAsync(ct);
        await SetTargetsAsync(capsule, input.Body, input.Targets, ct);
        if (capsule.ScheduledAt is { } at)
        {
            foreach (var publication in db.ChangeTracker.Entries<CapsulePublication>().Select(e => e.Entity).Where(p => p.CapsuleId == id))
            {
                publication.Schedule(at);
            }
        }

        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(capsule, ct);
    }, ct);

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var capsule = await FindAsync(id, ct);
        if (await db.Set<CapsulePublication>().AnyAsync(p => p.CapsuleId == id && p.Status == PublicationStatus.Publishing, ct))
        {
            throw new BusinessException(SolopreneurErrorCodes.CapsuleIsPublishing, "The capsule is being published right now; try again in a moment.", 409);
        }

        db.Remove(capsule);
        await db.SaveChangesAsync(ct);
    }

    public async Task<ContentCapsuleDto> DuplicateAsync(Guid id, CancellationToken ct)
    {
        var source = await FindAsync(id, ct);
        var targets = await db.Set<CapsulePublication>().AsNoTracking().Where(p => p.CapsuleId == id)
            .Select(p => new CapsuleTargetInput(p.ConnectionId, p.Text)).ToListAsync(ct);
        return await CreateAsync(new CreateContentCapsuleInput(source.Title + " (copy)", source.Body, source.Tags, targets), ct);
    }

    /// <summary>Publishes to every target now; each account's outcome is in the answer (a network's refusal is a status, not an error).</summary>
    public async Task<ContentCapsuleDto> PublishNowAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ids = await MarkDueAsync(id, scheduledAt: null, timeZone: null, now, ct);
        foreach (var publicationId in ids)
        {
            await publisher.PublishAsync(publicationId, now, ct);
        }

        db.ChangeTracker.Clear();
        return await GetAsync(id, ct);
    }

    public async Task<ContentCapsuleDto> ScheduleAsync(Guid id, ScheduleContentCapsuleInput input, CancellationToken ct)
    {
        await FindAsync(id, ct);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(input.TimeZone ?? "", out var zone))
        {
            throw new InvalidInputException("timeZone", "Time zone must be an IANA name such as Europe/Berlin.");
        }

        var local = DateTime.SpecifyKind(input.LocalTime, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            throw new InvalidInputException("localTime", $"{local:yyyy-MM-dd HH:mm} does not exist in {zone.Id} (the clocks skip it).");
        }

        var at = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
        var now = clock.GetUtcNow();
        if (at <= now)
        {
            throw new InvalidInputException("localTime", "The time must be in the future; use Publish now to publish at once.");
        }

        await MarkDueAsync(id, at, zone.Id, at, ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Stops what has not started publishing; what is published stays.</summary>
    public async Task<ContentCapsuleDto> CancelAsync(Guid id, CancellationToken ct)
    {
        var capsule = await FindAsync(id, ct);
        await EnsureEditableAsync(capsule, ct);
        capsule.ScheduledAt = null;
        capsule.TimeZone = null;
        foreach (var publication in await db.Set<CapsulePublication>().Where(p => p.CapsuleId == id && p.Status == PublicationStatus.Scheduled).ToListAsync(ct))
        {
            publication.Unschedule();
        }

        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(capsule, ct);
    }

    /// <summary>Makes every account not yet published to (drafts, scheduled, failed) due; those already published keep their post.</summary>
    private async Task<List<Guid>> MarkDueAsync(Guid id, DateTimeOffset? scheduledAt, string? timeZone, DateTimeOffset dueAt, CancellationToken ct)
    {
        var capsule = await FindAsync(id, ct);
        if (await db.Set<CapsulePublication>().AnyAsync(p => p.CapsuleId == id && p.Status == PublicationStatus.Publishing, ct))
        {
            throw new BusinessException(SolopreneurErrorCodes.CapsuleIsPublishing, "The capsule is being published right now; try again in a moment.", 409);
        }

        var pending = await db.Set<CapsulePublication>()
            .Where(p => p.CapsuleId == id && (p.Status == PublicationStatus.Draft || p.Status == PublicationStatus.Scheduled || p.Status == PublicationStatus.Failed))
            .ToListAsync(ct);
        if (pending.Count == 0)
        {
            throw new BusinessException(SolopreneurErrorCodes.CapsuleHasNothingToPublish, "Choose at least one account that has not been published to yet.");
        }

        capsule.ScheduledAt = scheduledAt;
        capsule.TimeZone = timeZone;
        foreach (var publication in pending)
        {
            publication.Schedule(dueAt);
        }

        await db.SaveChangesAsync(ct);
        return pending.Select(p => p.Id).ToList();
    }

    private async Task SetTargetsAsync(ContentCapsule capsule, string body, IReadOnlyList<CapsuleTargetInput> targets, CancellationToken ct)
    {
        if (targets.Count == 0)
        {
            throw new InvalidInputException("targets", "Choose at least one connected account.");
        }

        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < targets.Count; i++)
        {
            ConnectionDto connection;
            try
            {
                connection = await connections.GetAsync(targets[i].ConnectionId, ct);
            }
            catch (EntityNotFoundException)
            {
                errors[$"targets[{i}].connectionId"] = ["No such connected account."];
                continue;
            }

            var text = string.IsNullOrWhiteSpace(targets[i].Text) ? body : targets[i].Text!;
            if (PlatformRules.Problem(connection.Provider, text) is { } problem)
            {
                errors[$"targets[{i}].text"] = [problem];
                continue;
            }

            db.Add(new CapsulePublication { CapsuleId = capsule.Id, ConnectionId = connection.Id, Provider = connection.Provider, Text = text });
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }

    private async Task EnsureEditableAsync(ContentCapsule capsule, CancellationToken ct)
    {
        if (await db.Set<CapsulePublication>().AnyAsync(p => p.CapsuleId == capsule.Id && (p.Status == PublicationStatus.Publishing || p.Status == PublicationStatus.Published), ct))
        {
            throw new BusinessException(SolopreneurErrorCodes.CapsuleAlreadyPublishing,
                "Publishing has started for this capsule; it can no longer be edited or rescheduled. Duplicate it to write a new one.", 409);
        }
    }

    private async Task<ContentCapsule> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<ContentCapsule>().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new EntityNotFoundException(typeof(ContentCapsule), id);

    private async Task<ContentCapsuleDto> ToDtoAsync(ContentCapsule capsule, CancellationToken ct) =>
        ToDto(capsule, await db.Set<CapsulePublication>().AsNoTracking().Where(p => p.CapsuleId == capsule.Id).ToListAsync(ct));

    private static List<string> Tags(IReadOnlyList<string>? tags) =>
        (tags ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static ContentCapsuleDto ToDto(ContentCapsule c, IEnumerable<CapsulePublication> publications) => new(
        c.Id, c.Title, c.Body, c.Tags, c.ScheduledAt, c.TimeZone, c.CreationTime,
        publications.OrderBy(p => p.Provider).Select(p => ToDto(p, c.Title)).ToList());

    private static CapsulePublicationDto ToDto(CapsulePublication p, string title) => new(
        p.Id, p.CapsuleId, title, p.ConnectionId, p.Provider, p.Text, p.Status, p.DueAt, p.Attempts, p.RemotePostId, p.RemoteUrl, p.PublishedAt, p.LastError);
}

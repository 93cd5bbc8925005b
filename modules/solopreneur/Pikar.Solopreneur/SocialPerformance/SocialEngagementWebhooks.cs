using Pikar.Data;
using Pikar.Features;
using Pikar.Integrations.Webhooks;
using Pikar.MultiTenancy;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>
/// An engagement a network reports (a like, a comment, a share) makes the account due, in the webhook's transaction,
/// and syncs it in the background once that is committed.
/// </summary>
internal sealed class SocialEngagementWebhooks(
    string provider, SocialSync sync, BackgroundSocialSync background, IFeatureChecker features, ICurrentTenant currentTenant) : IWebhookHandler
{
    public string Provider => provider;

    public async Task HandleAsync(WebhookEventMessage message, CancellationToken cancellationToken)
    {
        if (currentTenant.Id is not { } tenantId
            || !await features.IsEnabledAsync(SolopreneurFeatures.SocialPerformance.Default, cancellationToken)
            || !await sync.MarkDueAsync(message.ConnectionId, cancellationToken))
        {
            return;
        }

        var connectionId = message.ConnectionId;
        if (!AfterCommit.TryDefer(_ => { background.Start(tenantId, connectionId); return Task.CompletedTask; }))
        {
            background.Start(tenantId, connectionId);
        }
    }
}

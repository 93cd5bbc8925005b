using Pikar.Features;
using Pikar.Integrations;
using Pikar.Integrations.Webhooks;

namespace Pikar.Solopreneur.SocialPerformance;

/// <summary>An engagement a network reports (a like, a comment, a share) syncs the account's figures at once.</summary>
internal sealed class SocialEngagementWebhooks(string provider, SocialSync sync, IFeatureChecker features) : IWebhookHandler
{
    public string Provider => provider;

    public async Task HandleAsync(WebhookEventMessage message, CancellationToken cancellationToken)
    {
        if (await features.IsEnabledAsync(SolopreneurFeatures.SocialPerformance.Default, cancellationToken))
        {
            await sync.SyncSoonAsync(message.ConnectionId, cancellationToken);
        }
    }
}

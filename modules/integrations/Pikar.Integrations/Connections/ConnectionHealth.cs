namespace Pikar.Integrations.Connections;

/// <summary>
/// Where a connection stands: <c>Healthy → Expiring → RefreshFailed → ReauthRequired</c>. Anything but
/// healthy is announced to the person who connected it; it never just stops working.
/// </summary>
public enum ConnectionHealth
{
    Healthy,
    Expiring,
    RefreshFailed,
    ReauthRequired,
}

using Pikar.Integrations;
using Pikar.Integrations.Connections;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>The health states of a connection, driven by the clock, refresh outcomes and the provider's refusals.</summary>
public sealed class ConnectionHealthTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_token_far_from_its_end_stays_healthy_and_one_near_it_becomes_expiring()
    {
        Connection(expiresIn: TimeSpan.FromDays(10), refreshable: false).EvaluateExpiry(Now).ShouldBe(ConnectionHealth.Healthy);
        Connection(expiresIn: TimeSpan.FromDays(2), refreshable: false).EvaluateExpiry(Now).ShouldBe(ConnectionHealth.Expiring);
    }

    [Fact]
    public void A_refreshable_token_is_renewed_after_half_its_life_at_the_latest_when_expiring_and_is_not_announced_as_expiring()
    {
        // A two-hour X token is due after an hour; a sixty-day LinkedIn token three days before its end.
        Connection(expiresIn: TimeSpan.FromMinutes(110), issuedAgo: TimeSpan.FromMinutes(10)).RefreshDue(Now).ShouldBeFalse();
        Connection(expiresIn: TimeSpan.FromMinutes(50), issuedAgo: TimeSpan.FromMinutes(70)).RefreshDue(Now).ShouldBeTrue();
        Connection(expiresIn: TimeSpan.FromDays(4), issuedAgo: TimeSpan.FromDays(56)).RefreshDue(Now).ShouldBeFalse();
        Connection(expiresIn: TimeSpan.FromDays(2), issuedAgo: TimeSpan.FromDays(58)).RefreshDue(Now).ShouldBeTrue();
        Connection(expiresIn: TimeSpan.FromDays(2), refreshable: false).RefreshDue(Now).ShouldBeFalse();
        Connection(expiresIn: TimeSpan.FromDays(2)).EvaluateExpiry(Now).ShouldBe(ConnectionHealth.Healthy);
    }

    [Fact]
    public void An_expired_token_without_a_refresh_token_needs_the_user_with_the_reason_said()
    {
        var connection = Connection(expiresIn: TimeSpan.FromHours(-1), refreshable: false);

        connection.EvaluateExpiry(Now).ShouldBe(ConnectionHealth.ReauthRequired);
        connection.LastError.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Refresh_failures_are_retried_until_the_limit_then_need_the_user_and_a_success_heals()
    {
        var connection = Connection(expiresIn: TimeSpan.FromDays(2));

        connection.RefreshFailed("503 from the provider", Now);
        connection.Health.ShouldBe(ConnectionHealth.RefreshFailed);
        connection.RefreshFailed("503 from the provider", Now);
        connection.RefreshFailed("503 from the provider", Now);
        connection.Health.ShouldBe(ConnectionHealth.ReauthRequired);

        connection.RefreshSucceeded("new", "refresh", Now.AddDays(60), Now);
        connection.Health.ShouldBe(ConnectionHealth.Healthy);
        connection.LastError.ShouldBeNull();
        connection.RefreshFailures.ShouldBe(0);
    }

    [Fact]
    public void A_refusal_by_the_provider_needs_the_user_at_once_and_the_clock_does_not_undo_it()
    {
        var connection = Connection(expiresIn: TimeSpan.FromDays(30));

        connection.Unauthorized("401 invalid_token");

        connection.Health.ShouldBe(ConnectionHealth.ReauthRequired);
        connection.EvaluateExpiry(Now).ShouldBe(ConnectionHealth.ReauthRequired);
    }

    private static Connection Connection(TimeSpan expiresIn, bool refreshable = true, TimeSpan? issuedAgo = null)
    {
        var connection = new Connection { Provider = IntegrationProviders.X, AccountId = "1", DisplayName = "@me", ProtectedAccessToken = "p" };
        connection.RefreshSucceeded("p", refreshable ? "r" : null, Now + expiresIn, Now - (issuedAgo ?? TimeSpan.FromDays(1)));
        if (!refreshable)
        {
            connection.ProtectedRefreshToken = null;
        }

        return connection;
    }
}

using Microsoft.Extensions.Options;
using OpenIddict.Client;
using Pikar.Errors;
using Pikar.Integrations.Connect;
using Pikar.MultiTenancy;
using Pikar.Users;

namespace Pikar.Integrations.Connections;

internal sealed class ConnectionDirectory(
    ConnectionService connections, IEnumerable<IConnectionGuard> guards, ConnectTickets tickets, IOptionsMonitor<OpenIddictClientOptions> oauth,
    ICurrentTenant currentTenant, ICurrentUser currentUser, TimeProvider clock) : IConnectionDirectory
{
    public Task<IReadOnlyList<ConnectionDto>> ListAsync(IReadOnlyCollection<string> providers, CancellationToken cancellationToken) =>
        connections.ListAsync(providers, cancellationToken);

    public Task<ConnectionDto> GetAsync(Guid id, CancellationToken cancellationToken) => connections.GetAsync(id, cancellationToken);

    public async Task<ConnectionAuthorizationDto> AuthorizeAsync(AuthorizeConnectionInput input, CancellationToken cancellationToken)
    {
        EnsureRegistered(input.Provider, input.Sandbox);
        foreach (var guard in guards)
        {
            await guard.EnsureCanAddAsync(input.Provider, cancellationToken);
        }

        return Issue(input.Provider, input.Sandbox, reconnectionOf: null);
    }

    public async Task<ConnectionAuthorizationDto> ReauthorizeAsync(Guid id, CancellationToken cancellationToken)
    {
        var connection = await connections.GetAsync(id, cancellationToken);
        EnsureRegistered(connection.Provider, connection.IsSandbox);
        return Issue(connection.Provider, connection.IsSandbox, reconnectionOf: connection.Id);
    }

    public Task DisconnectAsync(Guid id, CancellationToken cancellationToken) => connections.DisconnectAsync(id, cancellationToken);

    private void EnsureRegistered(string provider, bool sandbox)
    {
        var registrationId = OAuthClientRegistrations.RegistrationId(provider, sandbox);
        if (!oauth.CurrentValue.Registrations.Any(r => r.RegistrationId == registrationId))
        {
            var which = sandbox ? "its sandbox" : "the real service (no app credentials are configured)";
            throw new InvalidInputException("provider", $"{IntegrationProviders.DisplayName(provider)} cannot be connected through {which}.");
        }
    }

    private ConnectionAuthorizationDto Issue(string provider, bool sandbox, Guid? reconnectionOf)
    {
        var ticket = tickets.Issue(new ConnectTickets.Ticket(currentTenant.Id!.Value, currentUser.Id!.Value, provider, sandbox, reconnectionOf));
        return new ConnectionAuthorizationDto($"/integrations/connect?ticket={Uri.EscapeDataString(ticket)}", clock.GetUtcNow() + ConnectTickets.Lifetime);
    }
}

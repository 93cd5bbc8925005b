using Microsoft.AspNetCore.DataProtection;

namespace Pikar.Integrations.Connections;

/// <summary>Encrypts the tokens of connected accounts at rest (ASP.NET Core Data Protection, keys kept in the database).</summary>
internal sealed class ConnectionTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Pikar.Integrations.ConnectionTokens.v1");

    public string Protect(string token) => _protector.Protect(token);

    public string Unprotect(string protectedToken) => _protector.Unprotect(protectedToken);
}

namespace Pikar.Users;

/// <summary>The OpenID Connect claim names Pikar's tokens and cookies carry.</summary>
public static class PikarClaimTypes
{
    public const string UserId = "sub";
    public const string UserName = "name";
    public const string PreferredUserName = "preferred_username";
    public const string Email = "email";
    public const string GivenName = "given_name";
    public const string FamilyName = "family_name";
    public const string Role = "role";
    public const string ClientId = "client_id";
    public const string TenantId = MultiTenancy.MultiTenancyConstants.TenantIdClaim;
}

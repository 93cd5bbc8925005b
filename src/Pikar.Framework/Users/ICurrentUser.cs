namespace Pikar.Users;

public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? Id { get; }

    string? UserName { get; }

    Guid? TenantId { get; }

    IReadOnlyList<string> Roles { get; }

    bool IsInRole(string role);
}

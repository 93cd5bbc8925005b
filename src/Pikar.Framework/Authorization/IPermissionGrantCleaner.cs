namespace Pikar.Authorization;

/// <summary>Keeps grants in step with the roles and users they name, so a new role with an old name inherits nothing.</summary>
public interface IPermissionGrantCleaner
{
    Task RoleRenamedAsync(string oldName, string newName, CancellationToken cancellationToken);

    Task RoleDeletedAsync(string name, CancellationToken cancellationToken);

    Task UserDeletedAsync(Guid userId, CancellationToken cancellationToken);
}

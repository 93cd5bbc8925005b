namespace Pikar.Authorization;

public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(string permissionName, CancellationToken cancellationToken);
}

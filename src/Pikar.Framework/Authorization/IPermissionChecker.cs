namespace Pikar.Authorization;

public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(string permissionName, CancellationToken cancellationToken);

    /// <summary>Every permission the caller holds now (one query, then cached).</summary>
    Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken cancellationToken);
}

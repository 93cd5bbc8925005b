namespace Pikar.Authorization;

/// <summary>A module's permission declarations.</summary>
public interface IPermissionDefinitionProvider
{
    void Define(PermissionDefinitionContext context);
}

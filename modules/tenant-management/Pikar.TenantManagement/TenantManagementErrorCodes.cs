namespace Pikar.TenantManagement;

public static class TenantManagementErrorCodes
{
    public const string DuplicateTenantName = "TenantManagement:DuplicateTenantName";
    public const string DuplicateEditionName = "TenantManagement:DuplicateEditionName";
    public const string EditionInUse = "TenantManagement:EditionInUse";
}

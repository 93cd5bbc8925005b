namespace Pikar.MultiTenancy;

public sealed record TenantInfo(Guid Id, string Name, bool IsActive, Guid? EditionId);

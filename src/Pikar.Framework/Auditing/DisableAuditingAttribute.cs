namespace Pikar.Auditing;

/// <summary>Keeps an entity, a property or an input field out of the audit log.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DisableAuditingAttribute : Attribute;

namespace Pikar.Sme;

public static class SmeFeatures
{
    public const string GroupName = "Sme";

    public const string Budgets = GroupName + ".Budgets";

    public const string ResourceAllocation = GroupName + ".ResourceAllocation";

    public const string Workflows = GroupName + ".Workflows";

    public const string EscalationQueue = GroupName + ".EscalationQueue";

    public const string PolicyManagement = GroupName + ".PolicyManagement";

    public const string AuditAnalytics = GroupName + ".AuditAnalytics";

    public const string ComplianceReports = GroupName + ".ComplianceReports";

    public const string DepartmentCollaboration = GroupName + ".DepartmentCollaboration";
}

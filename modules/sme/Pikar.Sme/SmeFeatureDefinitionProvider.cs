using Pikar.Features;

namespace Pikar.Sme;

internal sealed class SmeFeatureDefinitionProvider : IFeatureDefinitionProvider
{
    private static readonly string[] Editions = PikarEditions.FromTier(PikarEditions.Sme);

    public void Define(FeatureDefinitionContext context)
    {
        var group = context.AddGroup(SmeFeatures.GroupName, "SME");
        group.AddToggle(SmeFeatures.Budgets, "Budgets", "Departmental budgets with spend tracking.").InEditions("true", Editions);
        group.AddToggle(SmeFeatures.ResourceAllocation, "Resource allocation", "Optimised assignment of people to projects.").InEditions("true", Editions);
        group.AddToggle(SmeFeatures.Workflows, "Workflows", "Approval and automation workflows.").InEditions("true", Editions);
        group.AddToggle(SmeFeatures.EscalationQueue, "Escalation queue", "Escalations routed by rules and SLAs.").InEditions("true", Editions);
        group.AddToggle(SmeFeatures.PolicyManagement, "Policy management", "Company policies with acknowledgements.").InEditions("true", Editions);
        group.AddToggle(SmeFeatures.AuditAnalytics, "Audit analytics", "Insights from the audit trail.").InEditions("true", Editions);
        group.AddToggle(SmeFeatures.ComplianceReports, "Compliance reports", "Reports for auditors from the audit trail.").InEditions("true", Editions);
        group.AddToggle(SmeFeatures.DepartmentCollaboration, "Department collaboration", "Shared spaces across departments.").InEditions("true", Editions);
    }
}

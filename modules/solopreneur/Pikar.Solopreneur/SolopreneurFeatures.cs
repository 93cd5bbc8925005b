namespace Pikar.Solopreneur;

public static class SolopreneurFeatures
{
    public const string GroupName = "Solopreneur";

    public static class SocialPerformance
    {
        public const string Default = GroupName + ".SocialPerformance";
        public const string MaxConnectedAccounts = Default + ".MaxConnectedAccounts";
    }

    public const string ContentCapsule = GroupName + ".ContentCapsule";

    public const string ScheduleAssistant = GroupName + ".ScheduleAssistant";

    public static class Invoicing
    {
        public const string Default = GroupName + ".Invoicing";
        public const string MaxInvoicesPerMonth = Default + ".MaxInvoicesPerMonth";
    }
}

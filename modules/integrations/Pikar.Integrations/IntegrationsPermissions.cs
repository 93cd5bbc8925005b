namespace Pikar.Integrations;

public static class IntegrationsPermissions
{
    public const string GroupName = "Integrations";

    public static class Connections
    {
        public const string Default = GroupName + ".Connections";
        public const string Connect = Default + ".Connect";
        public const string Disconnect = Default + ".Disconnect";
    }
}

namespace Pikar.Solopreneur;

public static class SolopreneurErrorCodes
{
    public const string MaxConnectedAccountsReached = "Solopreneur:MaxConnectedAccountsReached";
    public const string CapsuleAlreadyPublishing = "Solopreneur:CapsuleAlreadyPublishing";
    public const string CapsuleIsPublishing = "Solopreneur:CapsuleIsPublishing";
    public const string CapsuleHasNothingToPublish = "Solopreneur:CapsuleHasNothingToPublish";
}

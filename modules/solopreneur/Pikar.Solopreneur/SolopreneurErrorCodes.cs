namespace Pikar.Solopreneur;

public static class SolopreneurErrorCodes
{
    public const string MaxConnectedAccountsReached = "Solopreneur:MaxConnectedAccountsReached";
}

namespace Pikar.Integrations;

/// <summary>The external services Pikar connects to, by the name used in routes and stored connections.</summary>
public static class IntegrationProviders
{
    public const string X = "x";
    public const string LinkedIn = "linkedin";
    public const string Facebook = "facebook";

    public static IReadOnlyList<string> All { get; } = [X, LinkedIn, Facebook];

    public static string DisplayName(string provider) => provider switch
    {
        X => "X",
        LinkedIn => "LinkedIn",
        Facebook => "Facebook",
        _ => provider,
    };
}

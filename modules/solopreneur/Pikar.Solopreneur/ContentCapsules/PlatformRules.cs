using System.Text.RegularExpressions;
using Pikar.Integrations;

namespace Pikar.Solopreneur.ContentCapsules;

/// <summary>What each network accepts in a post, checked before anything is scheduled.</summary>
internal static partial class PlatformRules
{
    /// <summary>X counts every link as 23 characters (its t.co length), whatever its real length.</summary>
    public const int XLinkLength = 23;

    public static int MaxLength(string provider) => provider switch
    {
        IntegrationProviders.X => 280,
        IntegrationProviders.LinkedIn => 3000,
        IntegrationProviders.Facebook => 63206,
        _ => 0,
    };

    /// <summary>The length the network counts (X weighs links), so the editor's counter and the check agree.</summary>
    public static int Length(string provider, string text) =>
        provider == IntegrationProviders.X ? Link().Replace(text, new string('x', XLinkLength)).Length : text.Length;

    /// <summary>Why the network would refuse <paramref name="text"/>, or null.</summary>
    public static string? Problem(string provider, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "The post is empty.";
        }

        var max = MaxLength(provider);
        var length = Length(provider, text);
        if (length > max)
        {
            return $"{IntegrationProviders.DisplayName(provider)} takes at most {max} characters; this is {length}.";
        }

        // X refuses more than 10 mentions in one post, as automated spam.
        return provider == IntegrationProviders.X && Mention().Count(text) > 10 ? "X takes at most 10 @mentions in a post." : null;
    }

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<![\w@])@\w{1,15}")]
    private static partial Regex Mention();
}

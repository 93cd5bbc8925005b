using System.Text;
using System.Text.RegularExpressions;

namespace Pikar.Integrations.Providers.LinkedIn;

/// <summary>
/// LinkedIn's "little text" format of a post's commentary: reserved characters are escaped with a backslash, and
/// hashtags and mentions are templates. Text Pikar posts is escaped, so it shows as written; text it reads is made plain.
/// </summary>
internal static partial class LinkedInLittleText
{
    private const string Reserved = @"\|{}@[]()<>#*_~";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Reserved.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>Plain text: <c>{hashtag|\#|tag}</c> becomes <c>#tag</c>, <c>@[Name](urn)</c> becomes <c>Name</c>, escapes are dropped.</summary>
    public static string ToPlain(string commentary)
    {
        var text = Hashtag().Replace(commentary, m => "#" + m.Groups[1].Value);
        text = Mention().Replace(text, m => m.Groups[1].Value);
        return Escaped().Replace(text, m => m.Groups[1].Value);
    }

    [GeneratedRegex(@"\{hashtag\|\\?#\|([^}]*)\}")]
    private static partial Regex Hashtag();

    [GeneratedRegex(@"@\[([^\]]*)\]\(urn:li:[^)]*\)")]
    private static partial Regex Mention();

    [GeneratedRegex(@"\\([\\|{}@\[\]()<>#*_~])")]
    private static partial Regex Escaped();
}

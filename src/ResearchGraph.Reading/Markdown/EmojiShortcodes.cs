using System.Text.RegularExpressions;

namespace ResearchGraph.Reading.Markdown;

/// <summary>
/// Drops GitHub-style emoji shortcodes (<c>:trophy:</c>, <c>:tada:</c>): decoration that would
/// otherwise sit inside names ("received :trophy: 2019 Best Paper Award"). Times such as 10:30:00
/// and words joined by colons are left alone.
/// </summary>
internal static partial class EmojiShortcodes
{
    public static string Strip(string body) => body.Contains(':', StringComparison.Ordinal) ? Shortcode().Replace(body, "") : body;

    [GeneratedRegex(@"(?<![\w:/]):[a-z][a-z0-9_+\-]{1,30}:(?![\w:/])")]
    private static partial Regex Shortcode();
}

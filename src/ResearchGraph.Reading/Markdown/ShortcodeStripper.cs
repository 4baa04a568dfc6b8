using System.Text;
using System.Text.RegularExpressions;

namespace ResearchGraph.Reading.Markdown;

/// <summary>
/// Drops Hugo shortcodes (<c>{{&lt; … &gt;}}</c>, <c>{{% … %}}</c>) and Liquid tags
/// (<c>{% … %}</c>, <c>{{ … }}</c>) before Markdig sees the page, keeping the text between
/// paired tags. A shortcode with a <c>date="…"</c> attribute becomes a dated news item: its
/// content is bracketed with <see cref="NewsMarkers"/>. Fenced code is left alone, since
/// braces there are code. Tags are read within one line.
/// </summary>
internal static partial class ShortcodeStripper
{
    private static readonly (string Open, string Close, bool Hugo)[] Kinds =
    [
        ("{{<", ">}}", true),
        ("{{%", "%}}", true),
        ("{%", "%}", false),
        ("{{", "}}", false),
    ];

    public static string Strip(string content, PageBuilder page)
    {
        var output = new StringBuilder(content.Length);
        var open = new Stack<string>();
        string? fence = null;
        var pos = 0;
        while (pos < content.Length)
        {
            var end = content.IndexOf('\n', pos);
            var next = end < 0 ? content.Length : end + 1;
            var line = content.AsSpan(pos, next - pos);
            var fenceMark = FenceOf(line);
            if (fence is not null)
            {
                Append(output, line);
                if (fenceMark is not null && fenceMark.StartsWith(fence, StringComparison.Ordinal) && line.Trim().Length == fenceMark.Length)
                {
                    fence = null;
                }
            }
            else
            {
                fence = fenceMark;
                if (fence is null)
                {
                    StripLine(line, output, open, page);
                }
                else
                {
                    Append(output, line);
                }
            }

            pos = next;
        }

        return output.ToString();
    }

    private static void StripLine(ReadOnlySpan<char> line, StringBuilder output, Stack<string> open, PageBuilder page)
    {
        // Once a closer is missing from the rest of the line, no later opener of that kind can
        // close either; remembering that keeps a line of a million braces linear.
        Span<bool> unclosed = stackalloc bool[Kinds.Length];
        var i = 0;
        while (i < line.Length)
        {
            var brace = line[i..].IndexOf('{');
            if (brace < 0)
            {
                Append(output, line[i..]);
                return;
            }

            Append(output, line.Slice(i, brace));
            i += brace;
            var matched = false;
            for (var k = 0; k < Kinds.Length && !matched; k++)
            {
                var (opener, closer, hugo) = Kinds[k];
                if (unclosed[k] || !line[i..].StartsWith(opener, StringComparison.Ordinal))
                {
                    continue;
                }

                var close = line[(i + opener.Length)..].IndexOf(closer, StringComparison.Ordinal);
                if (close < 0)
                {
                    unclosed[k] = true;
                    continue;
                }

                var inner = line.Slice(i + opener.Length, close).Trim();
                if (hugo)
                {
                    Shortcode(inner, output, open, page);
                }

                i += opener.Length + close + closer.Length;
                matched = true;
            }

            if (!matched)
            {
                output.Append('{');
                i++;
            }
        }
    }

    private static void Shortcode(ReadOnlySpan<char> inner, StringBuilder output, Stack<string> open, PageBuilder page)
    {
        if (inner.StartsWith('/'))
        {
            var closing = NameOf(inner[1..]);
            if (open.Count > 0 && open.Peek() == closing)
            {
                open.Pop();
                output.Append(NewsMarkers.Close);
            }

            return;
        }

        if (inner.EndsWith('/'))
        {
            return;
        }

        var match = DateAttribute().Match(inner.ToString());
        if (!match.Success)
        {
            return;
        }

        var dateText = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        if (!NewsDate.TryParse(dateText, out var date))
        {
            page.Diagnose($"shortcode date \"{dateText}\" is not a date; its content is not a news item");
            return;
        }

        open.Push(NameOf(inner));
        output.Append(NewsMarkers.OpenMarker(page.RegisterMarkerDate(date)));
    }

    private static string NameOf(ReadOnlySpan<char> inner)
    {
        inner = inner.TrimStart();
        var end = 0;
        while (end < inner.Length && !char.IsWhiteSpace(inner[end]))
        {
            end++;
        }

        return inner[..end].ToString();
    }

    private static void Append(StringBuilder output, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!NewsMarkers.IsMarker(c))
            {
                output.Append(c);
            }
        }
    }

    private static string? FenceOf(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3 || trimmed.Length < 3 || trimmed[0] is not ('`' or '~'))
        {
            return null;
        }

        var n = 0;
        while (n < trimmed.Length && trimmed[n] == trimmed[0])
        {
            n++;
        }

        return n >= 3 ? trimmed[..n].ToString() : null;
    }

    [GeneratedRegex("""\bdate\s*=\s*(?:"([^"]*)"|'([^']*)')""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateAttribute();
}

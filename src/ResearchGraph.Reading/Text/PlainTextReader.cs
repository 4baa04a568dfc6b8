using System.Text;
using System.Text.RegularExpressions;

namespace ResearchGraph.Reading.Text;

/// <summary>
/// Plain text: each non-blank line is a block, except that a wrapped line joins the block above
/// it (an indented line, one starting in lower case, or a reference's "To appear in ..." line).
/// Bulleted, numbered (<c>[1]</c>, <c>1.</c>) and year-first lines (<c>2016   Best Paper Award</c>,
/// <c>2015-2021   Assistant Professor</c>, as CVs write them) are list items. Headings are taken
/// conservatively, because a wrong heading misnames the section of everything after it: an
/// all-capitals line after a blank line (<c>HONORS AND AWARDS</c>), or a short, isolated,
/// unpunctuated line.
/// </summary>
internal static partial class PlainTextReader
{
    private const int MaxHeadingLength = 60;
    private const int MaxHeadingWords = 8;
    private const int TabWidth = 4;

    public static void Read(string content, PageBuilder page)
    {
        var lines = SplitLines(content);
        var pending = new StringBuilder();
        var pendingKind = BlockKind.Paragraph;
        var pendingIndent = 0;
        for (var n = 0; n < lines.Count; n++)
        {
            var raw = content.AsSpan(lines[n].Start, lines[n].Length);
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                Flush();
                continue;
            }

            var indent = Indent(raw);
            var item = ListItemText(line, out var isItem);
            if (!isItem && pending.Length > 0 && IsContinuation(line, indent, pendingIndent, pendingKind, pending))
            {
                pending.Append(' ').Append(line);
                continue;
            }

            Flush();
            if (isItem)
            {
                Start(BlockKind.ListItem, item, indent);
            }
            else if (IsBlank(content, lines, n - 1, true) && (LooksLikeCapitalsHeading(line)
                || (LooksLikeHeading(line) && IsBlank(content, lines, n + 1, false))))
            {
                page.Add(BlockKind.Heading, line, 2);
            }
            else
            {
                Start(BlockKind.Paragraph, line, indent);
            }
        }

        Flush();

        void Start(BlockKind kind, ReadOnlySpan<char> text, int indent)
        {
            pending.Append(text);
            pendingKind = kind;
            pendingIndent = indent;
        }

        void Flush()
        {
            if (pending.Length > 0)
            {
                page.Add(pendingKind, pending.ToString(), pendingKind == BlockKind.ListItem ? 1 : 0);
                pending.Clear();
            }
        }
    }

    /// <summary>
    /// A wrapped line: indented deeper than the line that opened the block, starting in lower
    /// case, or a reference's venue line under an item ("To appear in", "In Proceedings of").
    /// </summary>
    private static bool IsContinuation(ReadOnlySpan<char> line, int indent, int blockIndent, BlockKind blockKind, StringBuilder block)
    {
        if (ContactLine().IsMatch(line))
        {
            // "jdoe [at] example [dot] edu | Office 412": a line of its own under a CV's name.
            return false;
        }

        if (indent > blockIndent || char.IsLower(line[0]))
        {
            return true;
        }

        var quoted = blockKind == BlockKind.ListItem || block.ToString().IndexOfAny(['"', '“']) >= 0;
        return quoted && VenueLine().IsMatch(line);
    }

    /// <summary>The text of a bulleted, numbered or year-first line, or the line itself when it is none.</summary>
    private static ReadOnlySpan<char> ListItemText(ReadOnlySpan<char> line, out bool isItem)
    {
        isItem = true;
        if (TryStripBullet(line, out var item))
        {
            return item;
        }

        if (YearFirst().IsMatch(line))
        {
            return line;
        }

        var number = Numbered().Match(line.ToString());
        if (number.Success && number.Length < line.Length)
        {
            return line[number.Length..].Trim();
        }

        isItem = false;
        return line;
    }

    private static int Indent(ReadOnlySpan<char> raw)
    {
        var width = 0;
        foreach (var c in raw)
        {
            if (c == '\t')
            {
                width += TabWidth;
            }
            else if (char.IsWhiteSpace(c))
            {
                width++;
            }
            else
            {
                break;
            }
        }

        return width;
    }

    private static List<(int Start, int Length)> SplitLines(string content)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start <= content.Length)
        {
            var end = content.IndexOf('\n', start);
            if (end < 0)
            {
                end = content.Length;
            }

            var length = end - start;
            if (length > 0 && content[end - 1] == '\r')
            {
                length--;
            }

            lines.Add((start, length));
            start = end + 1;
        }

        return lines;
    }

    private static bool IsBlank(string content, List<(int Start, int Length)> lines, int n, bool edgeIsBlank) =>
        n < 0 || n >= lines.Count
            ? edgeIsBlank
            : content.AsSpan(lines[n].Start, lines[n].Length).IsWhiteSpace();

    private static bool TryStripBullet(ReadOnlySpan<char> line, out ReadOnlySpan<char> item)
    {
        item = line;
        if (line.Length < 2 || line[0] is not ('•' or '-' or '*' or '–' or '·' or '+') || !char.IsWhiteSpace(line[1]))
        {
            return false;
        }

        item = line[2..].Trim();
        return true;
    }

    /// <summary>"HONORS AND AWARDS", "PHD STUDENTS ADVISED": a CV's section title.</summary>
    private static bool LooksLikeCapitalsHeading(ReadOnlySpan<char> line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c) || char.IsDigit(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 4 && line.Length <= MaxHeadingLength && char.IsLetter(line[0]) && line.Count(',') <= 1
            && !line.Contains(". ", StringComparison.Ordinal) && line[^1] is not ('.' or ',' or ';');
    }

    private static bool LooksLikeHeading(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxHeadingLength || !(char.IsUpper(line[0]) || char.IsAsciiDigit(line[0])))
        {
            return false;
        }

        if (line[^1] is '.' or ',' or ';' or ':' or '!' or '?' or '…' or '-' or '–' or '—' or '\\')
        {
            return false;
        }

        // Sentence punctuation inside, or a list of names, means prose rather than a title.
        if (line.Contains(". ", StringComparison.Ordinal) || line.Contains(": ", StringComparison.Ordinal)
            || line.Contains("; ", StringComparison.Ordinal) || line.Count(',') > 1)
        {
            return false;
        }

        var words = 1;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words <= MaxHeadingWords && !NewsDate.TryMatchPrefix(line.ToString(), out _, out _);
    }

    // "2016   Best Paper Award", "2015-2021\tAssistant Professor", "2021–present  Professor", "2019: NSF CAREER Award".
    [GeneratedRegex(@"^(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d|[Pp]resent|[Nn]ow|[Tt]oday)?)?(?:\s{2,}|\t|\s*[:|–—]\s+)\S")]
    private static partial Regex YearFirst();

    // "[1] ", "1. ", "12) ": a numbered entry, before a capital, a quote or a name.
    [GeneratedRegex(@"^(?:\[\d{1,3}\]|\d{1,3}[.)])\s+(?=[\p{Lu}""“'‘(\[])")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"@|[\[(]at[\])]|https?://|\bwww\.|\s\|\s", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();

    [GeneratedRegex(@"^(?:In\s|To appear\b|Proc\.|Proceedings\b|pp\.|Accepted\s+(?:at|to|by|in)\b|Published\s+in\b)")]
    private static partial Regex VenueLine();
}

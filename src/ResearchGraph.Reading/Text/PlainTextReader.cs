namespace ResearchGraph.Reading.Text;

/// <summary>
/// Plain text: each non-blank line is a block. Bulleted lines are list items; a short, isolated,
/// unpunctuated line is taken for a heading, conservatively, because a wrong heading misnames
/// the section of everything after it.
/// </summary>
internal static class PlainTextReader
{
    private const int MaxHeadingLength = 60;
    private const int MaxHeadingWords = 8;

    public static void Read(string content, PageBuilder page)
    {
        var lines = SplitLines(content);
        for (var n = 0; n < lines.Count; n++)
        {
            var line = content.AsSpan(lines[n].Start, lines[n].Length).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (TryStripBullet(line, out var item))
            {
                page.Add(BlockKind.ListItem, item, 1);
            }
            else if (LooksLikeHeading(line) && IsBlank(content, lines, n - 1, true) && IsBlank(content, lines, n + 1, false))
            {
                page.Add(BlockKind.Heading, line, 2);
            }
            else
            {
                page.Add(BlockKind.Paragraph, line);
            }
        }
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
}

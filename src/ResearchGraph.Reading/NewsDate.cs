namespace ResearchGraph.Reading;

/// <summary>
/// Recognises the date a news item opens with (<c>Sep 2022:</c>, <c>[05/2023]</c>,
/// <c>(Oct 2022)</c>, <c>2024-05-01</c>, ...) and normalises it to <c>YYYY</c>, <c>YYYY-MM</c> or
/// <c>YYYY-MM-DD</c>. All-numeric day/month dates are read month first.
/// </summary>
public static class NewsDate
{
    /// <summary>
    /// True when <paramref name="blockText"/> starts with a date followed by a separator and some
    /// content. A bare year (<c>2021:</c>) is not a news date: award lists start that way.
    /// </summary>
    /// <param name="blockText">The text of one block, whitespace already collapsed.</param>
    /// <param name="date">The normalised date.</param>
    /// <param name="contentStart">Where the item's content begins, after the date and its separators.</param>
    public static bool TryMatchPrefix(string blockText, out string date, out int contentStart)
    {
        ArgumentNullException.ThrowIfNull(blockText);
        date = string.Empty;
        contentStart = 0;
        var i = SkipWhitespace(blockText, 0);
        var close = '\0';
        if (i < blockText.Length && blockText[i] is '[' or '(')
        {
            close = blockText[i] == '[' ? ']' : ')';
            i = SkipWhitespace(blockText, i + 1);
        }

        if (!DateToken.TryRead(blockText, i, allowBareYear: false, out var found, out var end))
        {
            return false;
        }

        var j = SkipWhitespace(blockText, end);
        if (close != '\0')
        {
            if (j >= blockText.Length || blockText[j] != close)
            {
                return false;
            }

            j++;
        }
        else if (end < blockText.Length && !IsSeparator(blockText[end]))
        {
            // "2024/05abc" or "Sep 2022's": the date runs into a word, so it is not a prefix.
            return false;
        }

        while (j < blockText.Length && IsSeparator(blockText[j]))
        {
            j++;
        }

        if (j >= blockText.Length)
        {
            return false;
        }

        date = found;
        contentStart = j;
        return true;
    }

    /// <summary>
    /// Parses a whole date text, such as a shortcode's <c>date="2025/03"</c>; here a bare year,
    /// and an ISO date with a time after it, are dates.
    /// </summary>
    public static bool TryParse(string dateText, out string date)
    {
        ArgumentNullException.ThrowIfNull(dateText);
        date = string.Empty;
        var text = dateText.Trim();
        if (text.Length >= 2 && (text[0], text[^1]) is ('[', ']') or ('(', ')'))
        {
            text = text[1..^1].Trim();
        }

        // An ISO date-time, as front matter and shortcodes write them: the date part is the date.
        if (text.Length > 11 && text[10] == 'T' && char.IsAsciiDigit(text[11]))
        {
            text = text[..10];
        }

        if (!DateToken.TryRead(text, 0, allowBareYear: true, out var found, out var end))
        {
            return false;
        }

        var rest = text.AsSpan(end).TrimEnd();
        if (!rest.IsEmpty && rest is not ":" and not ".")
        {
            return false;
        }

        date = found;
        return true;
    }

    private static bool IsSeparator(char c) =>
        c is ':' or '-' or '–' or '—' or '|' or ']' or ')' || char.IsWhiteSpace(c);

    private static int SkipWhitespace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }
}

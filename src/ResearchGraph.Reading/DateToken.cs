using ResearchGraph.Domain;

namespace ResearchGraph.Reading;

/// <summary>
/// Reads one date token at a position: month names (<c>Sep 2022</c>, <c>Oct 12, 2022</c>,
/// <c>12 Oct 2022</c>) and numeric forms (<c>2024-05-01</c>, <c>2024/05</c>, <c>05/2023</c>,
/// <c>9/26/2024</c>). A bare year is read only when the caller allows it, because on a page it is
/// how award lists start, not how news items do.
/// </summary>
internal static class DateToken
{
    private const int MinYear = 1950;
    private const int MaxYear = 2100;

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3,
        ["apr"] = 4, ["april"] = 4, ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7,
        ["aug"] = 8, ["august"] = 8, ["sep"] = 9, ["sept"] = 9, ["september"] = 9, ["oct"] = 10,
        ["october"] = 10, ["nov"] = 11, ["november"] = 11, ["dec"] = 12, ["december"] = 12,
    };

    /// <summary>Reads a date starting exactly at <paramref name="start"/>; <paramref name="end"/> is just past it.</summary>
    public static bool TryRead(string s, int start, bool allowBareYear, out string date, out int end)
    {
        date = string.Empty;
        end = start;
        if (start >= s.Length)
        {
            return false;
        }

        return char.IsAsciiLetter(s[start])
            ? TryReadNamed(s, start, out date, out end)
            : char.IsAsciiDigit(s[start]) && TryReadNumeric(s, start, allowBareYear, out date, out end);
    }

    private static bool TryReadNamed(string s, int start, out string date, out int end)
    {
        date = string.Empty;
        end = start;
        if (!TryReadMonth(s, start, out var month, out var i))
        {
            return false;
        }

        i = SkipSpaces(s, i);
        var n = ReadDigits(s, i, out var first);
        if (n is 1 or 2)
        {
            // "Oct 12, 2022" or "Oct 12 2022".
            var j = i + n;
            if (j < s.Length && s[j] == ',')
            {
                j++;
            }

            j = SkipSpaces(s, j);
            if (ReadDigits(s, j, out var year) == 4 && !IsWordChar(s, j + 4) && TryFormat(year, month, first, out date))
            {
                end = j + 4;
                return true;
            }

            return false;
        }

        if (n == 0 && i < s.Length && s[i] == ',')
        {
            i = SkipSpaces(s, i + 1);
            n = ReadDigits(s, i, out first);
        }

        if (n == 4 && !IsWordChar(s, i + 4) && TryFormat(first, month, null, out date))
        {
            end = i + 4;
            return true;
        }

        return false;
    }

    private static bool TryReadNumeric(string s, int start, bool allowBareYear, out string date, out int end)
    {
        date = string.Empty;
        end = start;
        var n = ReadDigits(s, start, out var first);
        var i = start + n;
        if (n == 4 && i < s.Length && s[i] is '-' or '/' or '.')
        {
            // Year first: 2024-05-01, 2024/05, 2024.05.
            var sep = s[i];
            var m = ReadDigits(s, i + 1, out var month);
            if (m is not (1 or 2))
            {
                return false;
            }

            var j = i + 1 + m;
            if (j < s.Length && s[j] == sep && ReadDigits(s, j + 1, out var day) is (1 or 2) and var p)
            {
                end = j + 1 + p;
                return !IsWordChar(s, end) && TryFormat(first, month, day, out date);
            }

            end = j;
            return !IsWordChar(s, j) && TryFormat(first, month, null, out date);
        }

        if (n is 1 or 2 && i < s.Length && s[i] is '/' or '-' or '.')
        {
            var sep = s[i];
            var m = ReadDigits(s, i + 1, out var second);
            var j = i + 1 + m;
            if (m == 4 && !IsWordChar(s, j) && !(j < s.Length - 1 && s[j] == sep && char.IsAsciiDigit(s[j + 1])))
            {
                // Month and year: 05/2023.
                if (TryFormat(second, first, null, out date))
                {
                    end = j;
                    return true;
                }

                return false;
            }

            if (m is 1 or 2 && j < s.Length && s[j] == sep && ReadDigits(s, j + 1, out var year) == 4 && !IsWordChar(s, j + 5))
            {
                // All-numeric day and month: month first, unless only day first can be right.
                var ok = TryFormat(year, first, second, out date) || (first > 12 && TryFormat(year, second, first, out date));
                if (ok)
                {
                    end = j + 5;
                }

                return ok;
            }

            return false;
        }

        if (n is 1 or 2 && i < s.Length && s[i] == ' ')
        {
            // "12 Oct 2022".
            var j = i + 1;
            if (TryReadMonth(s, j, out var month, out var k))
            {
                k = SkipSpaces(s, k);
                if (k < s.Length && s[k] == ',')
                {
                    k = SkipSpaces(s, k + 1);
                }

                if (ReadDigits(s, k, out var year) == 4 && !IsWordChar(s, k + 4) && TryFormat(year, month, first, out date))
                {
                    end = k + 4;
                    return true;
                }
            }

            return false;
        }

        if (allowBareYear && n == 4 && !IsWordChar(s, i) && TryFormat(first, null, null, out date))
        {
            end = i;
            return true;
        }

        return false;
    }

    private static bool TryReadMonth(string s, int start, out int month, out int end)
    {
        month = 0;
        var i = start;
        while (i < s.Length && char.IsAsciiLetter(s[i]) && i - start <= 9)
        {
            i++;
        }

        end = i;
        if (IsWordChar(s, i) || !Months.TryGetValue(s[start..i], out month))
        {
            return false;
        }

        if (end < s.Length && s[end] == '.')
        {
            end++;
        }

        return true;
    }

    private static bool TryFormat(int year, int? month, int? day, out string date)
    {
        date = string.Empty;
        if (year is < MinYear or > MaxYear || month is < 1 or > 12)
        {
            return false;
        }

        if (day is { } d && (month is null || d < 1 || d > DateTime.DaysInMonth(year, month.Value)))
        {
            return false;
        }

        date = ResearchDate.Format(year, month, day);
        return true;
    }

    private static int ReadDigits(string s, int start, out int value)
    {
        value = 0;
        var i = start;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && i - start < 5)
        {
            value = (value * 10) + (s[i] - '0');
            i++;
        }

        // A run longer than any date field is not a date field.
        return i < s.Length && char.IsAsciiDigit(s[i]) ? 0 : i - start;
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static bool IsWordChar(string s, int i) => i < s.Length && char.IsLetterOrDigit(s[i]);
}

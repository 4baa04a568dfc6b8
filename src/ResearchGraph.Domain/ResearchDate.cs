using System.Globalization;

namespace ResearchGraph.Domain;

/// <summary>
/// Dates as precise as the page gives them: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.
/// </summary>
public static class ResearchDate
{
    /// <summary>Formats a date at the given precision (month and day may be null).</summary>
    public static string Format(int year, int? month, int? day) =>
        day is { } d && month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{m:D2}-{d:D2}")
        : month is { } mm ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{mm:D2}")
        : year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; false for anything else or an
    /// impossible month or day.
    /// </summary>
    public static bool TryParse(string? text, out int year, out int? month, out int? day)
    {
        year = 0;
        month = null;
        day = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            return false;
        }

        if (parts.Length >= 2)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (parts.Length == 3)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        return true;
    }

    /// <summary>The year of a formatted date, or null.</summary>
    public static int? YearOf(string? date) => TryParse(date, out var y, out _, out _) ? y : null;
}

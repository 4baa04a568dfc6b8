using System.Globalization;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>Reads years as pages write them: 2022, ’22, '2022.</summary>
internal static class Years
{
    public static int? Parse(string digits)
    {
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        if (digits.Length == 2)
        {
            // Two-digit years on research pages are this century unless they would lie in the future.
            var year = 2000 + n;
            return year > DateTime.UtcNow.Year + 2 ? 1900 + n : year;
        }

        return n is >= 1950 and <= 2100 ? n : null;
    }
}

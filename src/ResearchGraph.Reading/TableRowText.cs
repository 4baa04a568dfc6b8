using System.Text;

namespace ResearchGraph.Reading;

/// <summary>
/// How a table row reads as one line, the same for HTML and Markdown tables. Cells are kept apart
/// by <c>"; "</c> (or by the space after a cell that ends a sentence), never glued into one name;
/// under a header row each cell is labelled by its column (<c>"Award: Kavli Fellow; Who: Ilse
/// Varga"</c>); a row that opens with a date cell keeps the date as the line's prefix
/// (<c>"2025-03: Tern is accepted ..."</c>, <c>"2024: Award: ..."</c>), so date-first tables read as
/// news lists and year-first award lists do. Empty and placeholder cells ("—", "n/a") are left out.
/// </summary>
internal static class TableRowText
{
    public const string Separator = "; ";

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "-", "–", "—", "−", "n/a", "na", "none", "tbd", "tba", "?", "…", "...",
    };

    /// <summary>A header row: its labels in order.</summary>
    public static string Header(IReadOnlyList<string> labels) =>
        Join(labels.Select(l => l.Trim()).Where(l => !IsBlank(l)));

    /// <summary>
    /// One body row; <paramref name="header"/> holds the column labels (null when the table has
    /// no header row). Cells are in column order, empty ones included, so each finds its label.
    /// </summary>
    public static string Row(IReadOnlyList<string> cells, IReadOnlyList<string>? header)
    {
        var filled = new List<(int Column, string Text)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i].Trim();
            if (!IsBlank(text))
            {
                filled.Add((i, text));
            }
        }

        if (filled.Count == 0)
        {
            return string.Empty;
        }

        var prefix = string.Empty;
        if (filled.Count >= 2 && filled[0].Column == 0 && NewsDate.TryParse(filled[0].Text, out _))
        {
            prefix = filled[0].Text.TrimEnd(':', '.') + ": ";
            filled.RemoveAt(0);
        }

        if (filled.Count == 1 && prefix.Length > 0 && (header is null || header.Count(h => !IsBlank(h.Trim())) <= 2))
        {
            // "Date | News": the date and the item, as a news list writes them.
            return prefix + filled[0].Text;
        }

        return prefix + Join(filled.Select(c => Label(header, c.Column) is { } label ? $"{label}: {c.Text}" : c.Text));
    }

    /// <summary>Whether a row is a header: two or more labels, none of them a sentence or a date.</summary>
    public static bool IsHeader(IReadOnlyList<string> cells)
    {
        var labels = cells.Select(c => c.Trim()).Where(c => !IsBlank(c)).ToList();
        return labels.Count >= 2 && labels.All(l => l.Length <= 40 && l[^1] is not ('.' or '!' or '?') && !NewsDate.TryParse(l, out _));
    }

    private static string? Label(IReadOnlyList<string>? header, int column)
    {
        if (header is null || column >= header.Count)
        {
            return null;
        }

        var label = header[column].Trim().TrimEnd(':').Trim();
        return IsBlank(label) ? null : label;
    }

    private static string Join(IEnumerable<string> parts)
    {
        var line = new StringBuilder();
        foreach (var part in parts)
        {
            if (line.Length > 0)
            {
                // A cell that ends a sentence is ended already; the next cell starts a new one.
                line.Append(line[^1] is '.' or '!' or '?' ? " " : Separator);
            }

            line.Append(part);
        }

        return line.ToString();
    }

    private static bool IsBlank(string cell) => cell.Length == 0 || Placeholders.Contains(cell);
}

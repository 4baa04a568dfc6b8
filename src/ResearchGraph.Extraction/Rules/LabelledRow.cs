using System.Text.RegularExpressions;
using ResearchGraph.Extraction.Recognition;
using ResearchGraph.Extraction.Text;
using ResearchGraph.Reading;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// A table row the reader labelled with its header ("2025: Award: Kavli Fellow; Who: Ilse Varga"):
/// the cells by label, with their offsets in the page, and the year that leads the row.
/// </summary>
internal sealed partial class LabelledRow
{
    private readonly Dictionary<string, (string Value, int Start)> cells;

    private LabelledRow(Dictionary<string, (string Value, int Start)> cells, int? year)
    {
        this.cells = cells;
        Year = year;
    }

    public int? Year { get; }

    /// <summary>The row's cells, or null when the sentence is not a labelled table row.</summary>
    public static LabelledRow? Of(Sentence s)
    {
        if (s.Block.Kind != BlockKind.TableRow)
        {
            return null;
        }

        var text = s.Text;
        var at = 0;
        int? year = null;
        var lead = LeadingYear().Match(text);
        if (lead.Success)
        {
            year = Years.Parse(lead.Groups[1].Value);
            at = lead.Length;
        }

        var cells = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Cell().Matches(text[at..]))
        {
            cells.TryAdd(m.Groups["label"].Value.Trim(), (Names.Clean(m.Groups["value"].Value), s.Start + at + m.Groups["value"].Index));
        }

        return cells.Count >= 2 ? new LabelledRow(cells, year) : null;
    }

    /// <summary>The first cell whose label matches, as (value, page offset).</summary>
    public (string Value, int Start)? Get(Regex label)
    {
        foreach (var (key, cell) in cells)
        {
            if (label.IsMatch(key) && cell.Value.Length > 0)
            {
                return cell;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^((?:19|20)\d\d)(?:[\-/.]\d{1,2})?:\s+")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"(?:^|;\s+)(?<label>[A-Z][\w ]{0,24}?):\s+(?<value>[^;]*)")]
    private static partial Regex Cell();
}

using System.Globalization;
using System.Text;

namespace ResearchGraph.Evaluation;

/// <summary>
/// The plain-text evaluation report: per document (and overall when there are several) an aligned
/// table of kinds and rels with tp, fp, fn, P, R and F1, the averages and the search figures;
/// verbose adds each query's figures, the misses and the false positives.
/// </summary>
/// <remarks>
/// tp and fp count predictions and fn counts required gold items not found; matching is not
/// one-to-one, so recall is found / (found + fn) rather than tp / (tp + fn). Rows with nothing
/// predicted and nothing to find are left out, except the six main ones; "-" marks a figure
/// with nothing to divide by.
/// </remarks>
public static class ReportText
{
    public static string Render(EvaluationSummary summary, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(summary);

        var text = new StringBuilder();
        foreach (var document in summary.Documents)
        {
            text.Append(document.Doc).Append('\n');
            Table(text, document.Scores, verbose);
            if (verbose)
            {
                Findings(text, "misses", document.Misses);
                Findings(text, "false positives", document.FalsePositives);
            }

            text.Append('\n');
        }

        if (summary.Documents.Count != 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"overall ({summary.Documents.Count} documents)\n");
            Table(text, summary.Overall, verbose: false);
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, ScoreTable table, bool verbose)
    {
        var entities = Shown(table.Entities, ScoreCategories.MainKinds);
        var facts = Shown(table.Facts, ScoreCategories.MainRels);
        var width = entities.Concat(facts).Select(r => r.Category.Length).Append("macro F1".Length).Max();

        Header(text, "kind", width);
        foreach (var row in entities)
        {
            Row(text, row.Category, row.Tally, width);
        }

        Averages(text, table.EntityAverage, width);
        Header(text, "rel", width);
        foreach (var row in facts)
        {
            Row(text, row.Category, row.Tally, width);
        }

        Averages(text, table.FactAverage, width);

        if (table.Search is { } search)
        {
            text.Append(CultureInfo.InvariantCulture, $"  search ({search.Queries.Count} queries): P@5 {Figure(search.MeanPrecisionAt5)}  R@10 {Figure(search.MeanRecallAt10)}\n");
            if (verbose)
            {
                foreach (var q in search.Queries)
                {
                    text.Append(CultureInfo.InvariantCulture, $"    P@5 {Figure(q.PrecisionAt5)}  R@10 {Figure(q.RecallAt10)}  {q.Answered}/{q.Relevant} answered, {q.Hits} hits  \"{q.Q}\"\n");
                }
            }
        }
    }

    private static List<CategoryScore> Shown(IReadOnlyList<CategoryScore> rows, IReadOnlyList<string> main) =>
        [.. rows.Where(r => main.Contains(r.Category, StringComparer.Ordinal) || r.Tally != Tally.Zero)];

    private static void Header(StringBuilder text, string label, int width) =>
        text.Append("  ").Append(label.PadRight(width)).Append(Cell("tp", 5)).Append(Cell("fp", 5)).Append(Cell("fn", 5))
            .Append(Cell("P", 7)).Append(Cell("R", 7)).Append(Cell("F1", 7)).Append('\n');

    private static void Row(StringBuilder text, string label, Tally tally, int width) =>
        text.Append("  ").Append(label.PadRight(width))
            .Append(Cell(Count(tally.TruePositives), 5)).Append(Cell(Count(tally.FalsePositives), 5)).Append(Cell(Count(tally.Missed), 5))
            .Append(Cell(Figure(tally.Precision), 7)).Append(Cell(Figure(tally.Recall), 7)).Append(Cell(Figure(tally.F1), 7)).Append('\n');

    private static void Averages(StringBuilder text, AverageScore average, int width)
    {
        Row(text, "micro", average.Micro, width);
        text.Append("  ").Append("macro F1".PadRight(width)).Append(new string(' ', (5 * 3) + (7 * 2))).Append(Cell(Figure(average.MacroF1), 7)).Append('\n');
    }

    private static void Findings(StringBuilder text, string title, IReadOnlyList<Finding> findings)
    {
        text.Append(CultureInfo.InvariantCulture, $"  {title} ({findings.Count}):\n");
        foreach (var finding in findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {finding.Category}: {finding.Description}\n");
        }
    }

    private static string Cell(string value, int width) => value.PadLeft(width);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Figure(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}

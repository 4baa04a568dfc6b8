namespace ResearchGraph.Evaluation;

/// <summary>
/// Averages over the six main kinds or rels: <see cref="Micro"/> sums their counts;
/// <see cref="MacroF1"/> is the mean of their F1, leaving out empty rows (null when all are empty).
/// </summary>
public sealed record AverageScore(Tally Micro, double? MacroF1)
{
    internal static AverageScore Over(IReadOnlyList<CategoryScore> rows, IReadOnlyList<string> main)
    {
        var chosen = rows.Where(r => main.Contains(r.Category, StringComparer.Ordinal)).Select(r => r.Tally).ToList();
        var f1s = chosen.Select(t => t.F1).OfType<double>().ToList();
        return new(Tally.Sum(chosen), f1s.Count == 0 ? null : f1s.Average());
    }
}

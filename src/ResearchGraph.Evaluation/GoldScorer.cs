using ResearchGraph.Queries.Views;

namespace ResearchGraph.Evaluation;

/// <summary>
/// Scores what <c>researchgraph export --format json</c> holds against gold files, by the rules
/// of the gold format: the entry point of evaluation. Pure: searches run through a delegate.
/// </summary>
public static class GoldScorer
{
    /// <summary>Scores the part of an export that counts for the gold file's document.</summary>
    /// <param name="gold">The gold file.</param>
    /// <param name="predicted">The export, as <c>export --format json</c> prints it.</param>
    /// <param name="search">
    /// Runs a search for a query with limit 10 and returns the hits best first; null to skip the
    /// search judgments (<see cref="ScoreTable.Search"/> is then null).
    /// </param>
    public static DocumentScore Score(GoldFile gold, ExportView predicted, Func<string, IReadOnlyList<(string? Date, string Text)>>? search)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);

        var document = PredictedDocument.For(predicted, gold.Doc);
        var misses = new List<Finding>();
        var falsePositives = new List<Finding>();
        var entities = EntityScorer.Score(gold, document, misses, falsePositives);
        var facts = FactScorer.Score(gold, document, misses, falsePositives);
        var searchScore = search is null ? null : SearchScorer.Score(gold.Search, search);
        return new DocumentScore(gold.Doc, ScoreTable.From(entities, facts, searchScore), misses, falsePositives);
    }

    /// <summary>The documents' scores with overall figures: counts summed per kind and rel, all search queries together.</summary>
    public static EvaluationSummary Summarise(IReadOnlyList<DocumentScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);

        var tables = scores.Select(s => s.Scores).ToList();
        var searches = tables.Select(t => t.Search).OfType<SearchScore>().ToList();
        var overall = ScoreTable.From(
            SumRows(tables.Select(t => t.Entities)),
            SumRows(tables.Select(t => t.Facts)),
            searches.Count == 0 ? null : new SearchScore([.. searches.SelectMany(s => s.Queries)]));
        return new EvaluationSummary(scores, overall);
    }

    private static List<CategoryScore> SumRows(IEnumerable<IReadOnlyList<CategoryScore>> tables) =>
        [.. tables.SelectMany(rows => rows)
            .GroupBy(r => r.Category, StringComparer.Ordinal)
            .Select(g => new CategoryScore(g.Key, Tally.Sum(g.Select(r => r.Tally))))];
}

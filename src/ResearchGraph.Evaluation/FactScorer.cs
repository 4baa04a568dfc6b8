using System.Globalization;
using ResearchGraph.Queries.Views;

namespace ResearchGraph.Evaluation;

/// <summary>Scores facts per rel: equal rel, matching ends (with alt_from/alt_to), and the year only when gold gives one.</summary>
internal static class FactScorer
{
    public static List<CategoryScore> Score(GoldFile gold, PredictedDocument predicted, List<Finding> misses, List<Finding> falsePositives)
    {
        var entityKeys = gold.Entities.Select(e => NameKey.Set(e.Names)).ToList();
        var rows = new List<CategoryScore>();
        foreach (var rel in ScoreCategories.Rels(gold.Facts.Select(f => f.Rel)))
        {
            var golds = gold.Facts.Where(f => f.Rel == rel)
                .Select(f => new GoldEnds(f, Expand(f.FromNames, entityKeys), Expand(f.ToNames, entityKeys)))
                .ToList();
            var required = golds.Where(g => !g.Fact.Optional).ToList();
            var optional = golds.Where(g => g.Fact.Optional).ToList();
            var predictions = predicted.Facts.Where(f => f.Rel.ToString() == rel)
                .Select(f => new PredictedEnds(f, predicted.KeysOf(f.From), predicted.KeysOf(f.To)))
                .ToList();

            int tp = 0, fp = 0;
            foreach (var p in predictions)
            {
                if (required.Any(g => Matches(p, g)))
                {
                    tp++;
                }
                else if (!optional.Any(g => Matches(p, g)))
                {
                    fp++;
                    falsePositives.Add(new Finding(rel, Describe(predicted.NameOf(p.Fact.From), predicted.NameOf(p.Fact.To), p.Fact.Year is { } y ? [y] : [])));
                }
            }

            int found = 0, missed = 0;
            foreach (var g in required)
            {
                if (predictions.Any(p => Matches(p, g)))
                {
                    found++;
                }
                else
                {
                    missed++;
                    misses.Add(new Finding(rel, Describe(g.Fact.From, g.Fact.To, g.Fact.Years)));
                }
            }

            rows.Add(new CategoryScore(rel, new Tally(tp, fp, found, missed)));
        }

        return rows;
    }

    private static bool Matches(PredictedEnds p, GoldEnds g) =>
        p.From.Overlaps(g.From)
        && p.To.Overlaps(g.To)
        && (g.Fact.Years.Count == 0 || (p.Fact.Year is { } year && g.Fact.Years.Contains(year)));

    /// <summary>
    /// A gold end names a gold entity, and a predicted entity matches a gold entity through any of
    /// its names or aliases; so the end's keys take in the aliases of the gold entities it names
    /// (gold <c>Amazon</c> matches a predicted <c>AWS</c> when the gold entity lists that alias).
    /// </summary>
    private static HashSet<string> Expand(IEnumerable<string> names, List<HashSet<string>> entityKeys)
    {
        var keys = NameKey.Set(names);
        foreach (var entity in entityKeys.Where(e => e.Overlaps(keys)).ToList())
        {
            keys.UnionWith(entity);
        }

        return keys;
    }

    private static string Describe(string from, string to, IReadOnlyList<int> years) =>
        years.Count == 0 ? $"{from} -> {to}" : $"{from} -> {to} ({string.Join('/', years.Select(y => y.ToString(CultureInfo.InvariantCulture)))})";

    private sealed record GoldEnds(GoldFact Fact, HashSet<string> From, HashSet<string> To);

    private sealed record PredictedEnds(ExportFact Fact, HashSet<string> From, HashSet<string> To);
}

namespace ResearchGraph.Evaluation;

/// <summary>Scores entities per kind; matching is by shared name key and not one-to-one.</summary>
internal static class EntityScorer
{
    public static List<CategoryScore> Score(GoldFile gold, PredictedDocument predicted, List<Finding> misses, List<Finding> falsePositives)
    {
        var rows = new List<CategoryScore>();
        foreach (var kind in ScoreCategories.Kinds(gold.Entities.Select(e => e.Kind)))
        {
            var golds = gold.Entities.Where(e => e.Kind == kind).Select(e => (Entity: e, Keys: NameKey.Set(e.Names))).ToList();
            var required = golds.Where(g => !g.Entity.Optional).ToList();
            var optional = golds.Where(g => g.Entity.Optional).ToList();
            var predictions = predicted.Entities.Where(p => p.Kinds.Contains(kind)).ToList();

            int tp = 0, fp = 0;
            foreach (var p in predictions)
            {
                if (required.Any(g => g.Keys.Overlaps(p.Keys)))
                {
                    tp++;
                }
                else if (!optional.Any(g => g.Keys.Overlaps(p.Keys)))
                {
                    fp++;
                    falsePositives.Add(new Finding(kind, p.Name));
                }
            }

            int found = 0, missed = 0;
            foreach (var g in required)
            {
                if (predictions.Any(p => g.Keys.Overlaps(p.Keys)))
                {
                    found++;
                }
                else
                {
                    missed++;
                    misses.Add(new Finding(kind, g.Entity.Name));
                }
            }

            rows.Add(new CategoryScore(kind, new Tally(tp, fp, found, missed)));
        }

        return rows;
    }
}

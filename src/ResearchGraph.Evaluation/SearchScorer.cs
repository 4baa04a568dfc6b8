namespace ResearchGraph.Evaluation;

/// <summary>Scores search judgments: precision of the top 5 hits and recall of the top 10.</summary>
internal static class SearchScorer
{
    public static SearchScore Score(IReadOnlyList<GoldSearch> judgments, Func<string, IReadOnlyList<(string? Date, string Text)>> search)
    {
        var queries = new List<QueryScore>();
        foreach (var judgment in judgments)
        {
            var relevant = judgment.Relevant.Select(r => (r.Date, Phrase: NameKey.Normalise(r.Contains))).ToList();
            var hits = search(judgment.Q).Take(10).Select(h => (h.Date, Text: NameKey.Normalise(h.Text))).ToList();

            bool Answers((string? Date, string Text) hit, (string Date, string Phrase) item) =>
                hit.Date is not null && hit.Date.StartsWith(item.Date, StringComparison.Ordinal) && hit.Text.Contains(item.Phrase, StringComparison.Ordinal);

            var top5 = hits.Take(5).ToList();
            var relevantInTop5 = top5.Count(h => relevant.Any(r => Answers(h, r)));
            var answered = relevant.Count(r => hits.Any(h => Answers(h, r)));
            queries.Add(new QueryScore(
                judgment.Q,
                hits.Count,
                relevant.Count,
                answered,
                top5.Count == 0 ? 0 : (double)relevantInTop5 / top5.Count,
                relevant.Count == 0 ? 1 : (double)answered / relevant.Count));
        }

        return new SearchScore(queries);
    }
}

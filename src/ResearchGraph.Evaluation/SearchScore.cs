namespace ResearchGraph.Evaluation;

/// <summary>The search judgments' scores and their means (null when there were no judgments).</summary>
public sealed record SearchScore(IReadOnlyList<QueryScore> Queries)
{
    public double? MeanPrecisionAt5 => Queries.Count == 0 ? null : Queries.Average(q => q.PrecisionAt5);

    public double? MeanRecallAt10 => Queries.Count == 0 ? null : Queries.Average(q => q.RecallAt10);
}

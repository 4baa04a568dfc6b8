namespace ResearchGraph.Evaluation;

/// <summary>The figures for one document, or summed over several.</summary>
/// <param name="Entities">One row per entity kind.</param>
/// <param name="Facts">One row per fact rel.</param>
/// <param name="EntityAverage">Micro and macro averages over the six main kinds.</param>
/// <param name="FactAverage">Micro and macro averages over the six main rels.</param>
/// <param name="Search">The search judgments' scores; null when searches were not run.</param>
public sealed record ScoreTable(
    IReadOnlyList<CategoryScore> Entities,
    IReadOnlyList<CategoryScore> Facts,
    AverageScore EntityAverage,
    AverageScore FactAverage,
    SearchScore? Search)
{
    internal static ScoreTable From(IReadOnlyList<CategoryScore> entities, IReadOnlyList<CategoryScore> facts, SearchScore? search) =>
        new(entities, facts, AverageScore.Over(entities, ScoreCategories.MainKinds), AverageScore.Over(facts, ScoreCategories.MainRels), search);
}

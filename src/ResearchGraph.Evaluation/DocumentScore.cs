namespace ResearchGraph.Evaluation;

/// <summary>The score of the predictions against one gold file.</summary>
/// <param name="Doc">The gold file's document.</param>
/// <param name="Scores">The figures.</param>
/// <param name="Misses">Required gold entities and facts no prediction matched.</param>
/// <param name="FalsePositives">Predicted entities and facts that matched no gold item.</param>
public sealed record DocumentScore(string Doc, ScoreTable Scores, IReadOnlyList<Finding> Misses, IReadOnlyList<Finding> FalsePositives);

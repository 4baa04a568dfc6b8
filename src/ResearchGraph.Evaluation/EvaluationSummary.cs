namespace ResearchGraph.Evaluation;

/// <summary>
/// The evaluation report: each document's score and the overall figures, whose counts are the
/// sums over the documents (so averages are micro over documents) and whose search queries are
/// all the documents' queries together.
/// </summary>
public sealed record EvaluationSummary(IReadOnlyList<DocumentScore> Documents, ScoreTable Overall);

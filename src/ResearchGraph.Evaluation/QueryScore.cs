namespace ResearchGraph.Evaluation;

/// <summary>How well one search answered its judgment.</summary>
/// <param name="Q">The query.</param>
/// <param name="Hits">How many hits the search returned (at most 10 are considered).</param>
/// <param name="Relevant">How many relevant items the judgment names.</param>
/// <param name="Answered">How many of them some hit in the top 10 answers.</param>
/// <param name="PrecisionAt5">Of the top 5 hits (fewer when fewer were returned), the share that answers a relevant item; 0 without hits.</param>
/// <param name="RecallAt10">The share of relevant items answered in the top 10; 1 when the judgment names none.</param>
public sealed record QueryScore(string Q, int Hits, int Relevant, int Answered, double PrecisionAt5, double RecallAt10);

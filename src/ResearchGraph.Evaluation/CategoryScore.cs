namespace ResearchGraph.Evaluation;

/// <summary>The counts for one entity kind or one fact rel.</summary>
public sealed record CategoryScore(string Category, Tally Tally);

namespace ResearchGraph.Evaluation;

/// <summary>A predicted entity as scored: its name, the kinds it counts under, and its name keys.</summary>
internal sealed record PredictedEntity(string Name, IReadOnlySet<string> Kinds, IReadOnlySet<string> Keys);

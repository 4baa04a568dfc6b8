namespace ResearchGraph.Queries.Views;

/// <summary>The size of the graph.</summary>
public sealed record GraphCounts(int Documents, int Entities, int Facts);

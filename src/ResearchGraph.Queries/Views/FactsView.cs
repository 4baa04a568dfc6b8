namespace ResearchGraph.Queries.Views;

/// <summary>Facts matching a filter.</summary>
public sealed record FactsView(IReadOnlyList<FactView> Facts);

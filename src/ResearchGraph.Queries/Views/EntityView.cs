namespace ResearchGraph.Queries.Views;

/// <summary>One entity with every fact in and out.</summary>
public sealed record EntityView(Domain.Entity Entity, IReadOnlyList<FactView> Facts);

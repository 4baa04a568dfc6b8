namespace ResearchGraph.Queries.Views;

/// <summary>One page of entities matching a name and kind, best match first, with the total number of matches.</summary>
public sealed record EntitiesView(int Total, IReadOnlyList<Domain.Entity> Entities);

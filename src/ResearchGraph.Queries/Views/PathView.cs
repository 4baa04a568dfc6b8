using ResearchGraph.Domain;

namespace ResearchGraph.Queries.Views;

/// <summary>The shortest chain of facts between two entities.</summary>
public sealed record PathView(EntityRef From, EntityRef To, IReadOnlyList<PathStep> Steps);

/// <summary>One fact of a path, in its own direction.</summary>
public sealed record PathStep(EntityRef From, FactType Rel, EntityRef To, IReadOnlyList<Evidence> Evidence);

using ResearchGraph.Domain;

namespace ResearchGraph.Queries.Views;

/// <summary>The PRECEDES chains through a project, edges sorted by from name then to name.</summary>
public sealed record LineageView(EntityRef Root, IReadOnlyList<LineageEdge> Edges);

/// <summary>One lineage edge with the sentences that state it.</summary>
public sealed record LineageEdge(EntityRef From, EntityRef To, IReadOnlyList<Evidence> Evidence);

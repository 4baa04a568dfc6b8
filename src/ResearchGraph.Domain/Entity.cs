namespace ResearchGraph.Domain;

/// <summary>An entity as one document states it, or as the graph holds it after merging all documents.</summary>
/// <param name="Id">The stable <c>namespace:slug</c> id.</param>
/// <param name="Name">The display (canonical) name.</param>
/// <param name="Kinds">The kinds, in enum order.</param>
/// <param name="Aliases">Other surface forms, sorted ordinally, without the name itself.</param>
public sealed record Entity(string Id, string Name, IReadOnlyList<EntityKind> Kinds, IReadOnlyList<string> Aliases);

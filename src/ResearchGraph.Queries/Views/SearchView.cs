namespace ResearchGraph.Queries.Views;

/// <summary>News items best first, with highlights and facets over all matches.</summary>
public sealed record SearchView(int Total, IReadOnlyList<SearchHitView> Hits, SearchFacets Facets);

/// <summary>One matching news item.</summary>
public sealed record SearchHitView(string Doc, string? Date, string Text, string Highlight, float Score, IReadOnlyList<EntityRef> Entities);

/// <summary>How many matching items mention entities of each kind, and the most mentioned entities.</summary>
public sealed record SearchFacets(IReadOnlyDictionary<string, int> Kinds, IReadOnlyList<EntityCount> Entities);

/// <summary>An entity and how many matching items mention it.</summary>
public sealed record EntityCount(string Id, string Name, int Count);

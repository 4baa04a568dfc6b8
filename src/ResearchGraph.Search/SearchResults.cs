namespace ResearchGraph.Search;

/// <summary>
/// A page of hits, best first, with the total number of matches and, over all matches, how many
/// mention each entity id.
/// </summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, int> EntityCounts);

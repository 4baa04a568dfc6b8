namespace ResearchGraph.Domain;

/// <summary>
/// Everything one document contributes to the graph and the index: what a store writes (and
/// replaces) in one transaction.
/// </summary>
public sealed record DocumentFacts(
    SourceDocument Document,
    string VisibleText,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<NewsItem> NewsItems);

using ResearchGraph.Domain;

namespace ResearchGraph.Extraction;

/// <summary>What one page says: its owner, entities, facts with evidence, and news items with their mentions.</summary>
public sealed record ExtractionResult(
    Entity? Owner,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<NewsItem> NewsItems);

using ResearchGraph.Domain;

namespace ResearchGraph.Graph;

/// <summary>The whole graph, sorted as <see cref="IGraphStore.ExportAsync"/> documents.</summary>
public sealed record GraphSnapshot(
    IReadOnlyList<SourceDocument> Documents,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Fact> Facts);

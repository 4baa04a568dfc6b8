namespace ResearchGraph.Queries.Views;

/// <summary>The whole graph, as <c>export --format json</c> prints it.</summary>
public sealed record ExportView(IReadOnlyList<ExportDocument> Documents, IReadOnlyList<ExportEntity> Entities, IReadOnlyList<ExportFact> Facts);

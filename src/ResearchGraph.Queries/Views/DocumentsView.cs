namespace ResearchGraph.Queries.Views;

/// <summary>The documents of the graph.</summary>
public sealed record DocumentsView(IReadOnlyList<DocumentRow> Documents);

/// <summary>A document with its hash, fact count and ingest time.</summary>
public sealed record DocumentRow(string Doc, string Hash, int Facts, DateTimeOffset Ingested);

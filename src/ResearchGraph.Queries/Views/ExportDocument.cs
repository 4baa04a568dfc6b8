namespace ResearchGraph.Queries.Views;

/// <summary>A document in an export.</summary>
public sealed record ExportDocument(string Doc, string Hash, string? Url, DateTimeOffset Ingested);

using ResearchGraph.Domain;

namespace ResearchGraph.Graph;

/// <summary>A document with the number of facts it gives evidence for.</summary>
public sealed record DocumentSummary(SourceDocument Document, int Facts);

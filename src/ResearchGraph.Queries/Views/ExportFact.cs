using ResearchGraph.Domain;

namespace ResearchGraph.Queries.Views;

/// <summary>A fact in an export: ends and via as entity ids.</summary>
public sealed record ExportFact(string Id, FactType Rel, string From, string To, int? Year, string? Via, IReadOnlyDictionary<string, string> Properties, IReadOnlyList<Evidence> Evidence);

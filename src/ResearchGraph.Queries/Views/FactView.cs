using ResearchGraph.Domain;

namespace ResearchGraph.Queries.Views;

/// <summary>A fact with its ends as references: the shape of <c>entity</c> and <c>facts</c> output.</summary>
public sealed record FactView(FactType Rel, EntityRef From, EntityRef To, int? Year, EntityRef? Via, IReadOnlyList<Evidence> Evidence);

namespace ResearchGraph.Domain;

/// <summary>
/// A typed, directed fact between two entities with its evidence. Identified by
/// <c>(rel, from, to, year, via)</c>: see <see cref="FactIds"/>.
/// </summary>
public sealed record Fact(
    string Id,
    FactType Rel,
    string From,
    string To,
    int? Year,
    string? Via,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<Evidence> Evidence);

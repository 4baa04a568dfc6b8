using ResearchGraph.Domain;

namespace ResearchGraph.Graph;

/// <summary>Criteria for <see cref="IGraphStore.FindFactsAsync"/>; null criteria match everything.</summary>
/// <param name="Rel">Only facts of this type.</param>
/// <param name="From">Only facts from this entity id.</param>
/// <param name="To">Only facts to this entity id.</param>
/// <param name="Year">Only facts with this year.</param>
/// <param name="Touching">Only facts whose from, to or via is this entity id.</param>
public sealed record FactQuery(FactType? Rel = null, string? From = null, string? To = null, int? Year = null, string? Touching = null);

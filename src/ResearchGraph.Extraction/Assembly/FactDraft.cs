using ResearchGraph.Domain;

namespace ResearchGraph.Extraction.Drafts;

/// <summary>A fact as it is being assembled: its identity, properties and the sentences that state it.</summary>
internal sealed class FactDraft(FactType rel, string from, string to, int? year, string? via)
{
    public FactType Rel { get; } = rel;

    public string From { get; } = from;

    public string To { get; } = to;

    public int? Year { get; } = year;

    public string? Via { get; } = via;

    public SortedDictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    public List<Evidence> Evidence { get; } = [];

    public string Id => FactIds.For(Rel, From, To, Year, Via);
}

using ResearchGraph.Domain;

namespace ResearchGraph.Extraction.Drafts;

/// <summary>An entity as it is being assembled from one document.</summary>
internal sealed class EntityDraft(string id, string name)
{
    public string Id { get; } = id;

    public string Name { get; set; } = name;

    public SortedSet<EntityKind> Kinds { get; } = [];

    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    public Entity ToEntity() =>
        new(Id, Name, Kinds.ToList(), Aliases.Where(a => !string.Equals(a, Name, StringComparison.Ordinal)).ToList());
}

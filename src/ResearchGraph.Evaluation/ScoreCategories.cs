using ResearchGraph.Domain;

namespace ResearchGraph.Evaluation;

/// <summary>The entity kinds and fact rels that are scored, and the six of each the averages cover.</summary>
public static class ScoreCategories
{
    public static IReadOnlyList<string> MainKinds { get; } =
        [.. new[] { EntityKind.Person, EntityKind.Project, EntityKind.Venue, EntityKind.Company, EntityKind.Sponsor, EntityKind.Technique }.Select(k => k.ToString())];

    public static IReadOnlyList<string> MainRels { get; } =
        [.. new[] { FactType.PUBLISHED_AT, FactType.ADOPTED, FactType.SPONSORS, FactType.RECEIVED, FactType.ADVISED_BY, FactType.PRECEDES }.Select(r => r.ToString())];

    /// <summary>Every entity kind, in declaration order, then any other kind names a gold file uses, sorted.</summary>
    public static IReadOnlyList<string> Kinds(IEnumerable<string> extra) => Ordered(Enum.GetNames<EntityKind>(), extra);

    /// <summary>Every fact rel, in declaration order, then any other rel names a gold file uses, sorted.</summary>
    public static IReadOnlyList<string> Rels(IEnumerable<string> extra) => Ordered(Enum.GetNames<FactType>(), extra);

    private static List<string> Ordered(string[] known, IEnumerable<string> extra) =>
        [.. known, .. extra.Except(known, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

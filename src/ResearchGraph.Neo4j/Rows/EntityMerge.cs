using System.Text.Json;
using ResearchGraph.Domain;
using ResearchGraph.Neo4j.Http;

namespace ResearchGraph.Neo4j.Rows;

/// <summary>
/// Merges what every document states about one entity, as the embedded store does: the name is
/// the ordinal-smallest name any document gives, the kinds the union in enum order, the aliases the
/// union of aliases and of the other names, without the name, distinct and ordinal-sorted.
/// </summary>
internal static class EntityMerge
{
    /// <summary>One document's statement about an entity.</summary>
    public sealed record Statement(IReadOnlyList<string> Names, IReadOnlyList<string> Kinds, IReadOnlyList<string> Aliases);

    /// <summary>The merged entity, or null when no statement names it.</summary>
    public static Entity? Merge(string id, IEnumerable<Statement> statements)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var kinds = new SortedSet<EntityKind>();
        var surfaceForms = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var statement in statements)
        {
            names.UnionWith(statement.Names);
            surfaceForms.UnionWith(statement.Names);
            surfaceForms.UnionWith(statement.Aliases);
            foreach (var kind in statement.Kinds)
            {
                kinds.Add(Enum.Parse<EntityKind>(kind));
            }
        }

        if (names.Count == 0)
        {
            return null;
        }

        var name = names.Min!;
        surfaceForms.Remove(name);
        return new Entity(id, name, [.. kinds], [.. surfaceForms]);
    }

    /// <summary>The lower-cased forms a name is resolved against: the id, the name and every alias.</summary>
    public static string[] Lookup(Entity entity) =>
        [.. new[] { entity.Id, entity.Name }.Concat(entity.Aliases).Select(s => s.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    /// <summary>Reads an entity row (<c>id, name, kinds, aliases</c>).</summary>
    public static Entity Read(CypherResult result, JsonElement[] row) => new(
        Json.RequiredString(result.Get(row, "id")),
        Json.RequiredString(result.Get(row, "name")),
        [.. Json.Strings(result.Get(row, "kinds")).Select(Enum.Parse<EntityKind>).Order()],
        Json.Strings(result.Get(row, "aliases")));
}

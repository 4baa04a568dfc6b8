using Microsoft.Data.Sqlite;
using ResearchGraph.Domain;

namespace ResearchGraph.Graph.Sqlite;

/// <summary>
/// Reads entities as the graph holds them after merging every document's statements: the name is
/// the ordinal-smallest name any document gives, the kinds the union in enum order, the aliases
/// the union of aliases and of the other names, without the name, distinct and ordinal-sorted.
/// </summary>
internal static class EntityRows
{
    /// <summary>The merged entities selected by <paramref name="ids"/> that some document names, sorted by id.</summary>
    /// <remarks>
    /// Each value is read once however many documents state it (DISTINCT over the covering indexes):
    /// the merge below dedupes anyway, and a popular entity is stated by thousands of documents.
    /// </remarks>
    public static async Task<IReadOnlyList<Entity>> ReadAsync(
        SqliteConnection connection, SqliteTransaction transaction, IdSelection ids, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await ids.ForEachRowAsync(connection, transaction, "SELECT DISTINCT entity_id, name FROM entity_names WHERE entity_id", reader =>
        {
            var id = reader.GetString(0);
            if (!names.TryGetValue(id, out var list))
            {
                names[id] = list = [];
            }

            list.Add(reader.GetString(1));
        }, cancellationToken);

        var kinds = new Dictionary<string, SortedSet<EntityKind>>(StringComparer.Ordinal);
        await ids.ForEachRowAsync(connection, transaction, "SELECT DISTINCT entity_id, kind FROM entity_kinds WHERE entity_id", reader =>
        {
            var id = reader.GetString(0);
            if (!kinds.TryGetValue(id, out var set))
            {
                kinds[id] = set = [];
            }

            set.Add((EntityKind)reader.GetInt32(1));
        }, cancellationToken);

        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await ids.ForEachRowAsync(connection, transaction, "SELECT DISTINCT entity_id, alias FROM entity_aliases WHERE entity_id", reader =>
        {
            var id = reader.GetString(0);
            if (!aliases.TryGetValue(id, out var list))
            {
                aliases[id] = list = [];
            }

            list.Add(reader.GetString(1));
        }, cancellationToken);

        var entities = new List<Entity>(names.Count);
        foreach (var (id, given) in names)
        {
            var name = given.Min(StringComparer.Ordinal)!;
            var surfaceForms = new SortedSet<string>(given, StringComparer.Ordinal);
            if (aliases.TryGetValue(id, out var stated))
            {
                surfaceForms.UnionWith(stated);
            }

            surfaceForms.Remove(name);
            entities.Add(new Entity(
                id,
                name,
                kinds.TryGetValue(id, out var k) ? [.. k] : [],
                [.. surfaceForms]));
        }

        entities.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return entities;
    }
}

using Microsoft.Data.Sqlite;
using ResearchGraph.Domain;

namespace ResearchGraph.Graph.Sqlite;

/// <summary>
/// Reads facts with all their evidence and their properties: the properties are those of the
/// first document (by path, ordinal) that gives any, the evidence is sorted by doc, start, path
/// (then end, text and date, so the order is total).
/// </summary>
internal static class FactRows
{
    /// <summary>The facts selected by <paramref name="ids"/>, sorted by id.</summary>
    public static async Task<IReadOnlyList<Fact>> ReadAsync(
        SqliteConnection connection, SqliteTransaction transaction, IdSelection ids, CancellationToken cancellationToken)
    {
        var evidence = new Dictionary<string, List<(string Path, Evidence Evidence)>>(StringComparer.Ordinal);
        await ids.ForEachRowAsync(connection, transaction, """SELECT e.fact_id, d.path, e.doc, e.date, e.text, e.start, e."end" FROM evidence e JOIN documents d ON d.id = e.doc_id WHERE e.fact_id""", reader =>
            {
                var id = reader.GetString(0);
                if (!evidence.TryGetValue(id, out var list))
                {
                    evidence[id] = list = [];
                }

                list.Add((reader.GetString(1), new Evidence(
                    reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetInt32(5), reader.GetInt32(6))));
            }, cancellationToken);

        // fact id -> (the ordinal-smallest path giving properties, its properties)
        var properties = new Dictionary<string, (string Path, SortedDictionary<string, string> Values)>(StringComparer.Ordinal);
        await ids.ForEachRowAsync(connection, transaction, "SELECT p.fact_id, d.path, p.key, p.value FROM fact_properties p JOIN documents d ON d.id = p.doc_id WHERE p.fact_id", reader =>
            {
                var id = reader.GetString(0);
                var path = reader.GetString(1);
                if (!properties.TryGetValue(id, out var current) || string.CompareOrdinal(path, current.Path) < 0)
                {
                    properties[id] = current = (path, new SortedDictionary<string, string>(StringComparer.Ordinal));
                }

                if (current.Path == path)
                {
                    current.Values[reader.GetString(2)] = reader.GetString(3);
                }
            }, cancellationToken);

        var facts = new List<Fact>();
        await ids.ForEachRowAsync(connection, transaction, "SELECT id, rel, from_id, to_id, year, via FROM facts WHERE id", reader =>
            {
                var id = reader.GetString(0);
                var sorted = evidence.TryGetValue(id, out var list) ? list : [];
                sorted.Sort(CompareEvidence);
                facts.Add(new Fact(
                    id,
                    Enum.Parse<FactType>(reader.GetString(1)),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetInt32(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    properties.TryGetValue(id, out var given) ? given.Values : new SortedDictionary<string, string>(StringComparer.Ordinal),
                    [.. sorted.Select(e => e.Evidence)]));
            }, cancellationToken);

        facts.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return facts;
    }

    private static int CompareEvidence((string Path, Evidence Evidence) x, (string Path, Evidence Evidence) y)
    {
        var order = string.CompareOrdinal(x.Evidence.Doc, y.Evidence.Doc);
        if (order == 0)
        {
            order = x.Evidence.Start.CompareTo(y.Evidence.Start);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Path, y.Path);
        }

        if (order == 0)
        {
            order = x.Evidence.End.CompareTo(y.Evidence.End);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Evidence.Text, y.Evidence.Text);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Evidence.Date, y.Evidence.Date);
    }
}

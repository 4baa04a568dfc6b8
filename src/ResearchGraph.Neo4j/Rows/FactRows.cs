using ResearchGraph.Domain;
using ResearchGraph.Neo4j.Http;

namespace ResearchGraph.Neo4j.Rows;

/// <summary>
/// Reads the facts that <c>facts.cypher</c> and <c>facts-by-id.cypher</c> return, ordered as the
/// embedded store orders them: facts by id; evidence by doc, start, path (then end, text, date);
/// properties those of the first document by path that gives any.
/// </summary>
internal static class FactRows
{
    public static IReadOnlyList<Fact> Read(CypherResult result)
    {
        var facts = new List<Fact>(result.Rows.Count);
        foreach (var row in result.Rows)
        {
            var evidence = result.Get(row, "evidence").EnumerateArray()
                .Select(e => (Path: Json.RequiredString(Json.Property(e, "path")), Evidence: new Evidence(
                    Json.RequiredString(Json.Property(e, "doc")),
                    Json.String(Json.Property(e, "date")),
                    Json.RequiredString(Json.Property(e, "text")),
                    Json.Int(Json.Property(e, "start")) ?? 0,
                    Json.Int(Json.Property(e, "end")) ?? 0)))
                .ToList();
            evidence.Sort(CompareEvidence);

            var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var first = result.Get(row, "properties").EnumerateArray()
                .Select(p => (Path: Json.RequiredString(Json.Property(p, "path")), Value: p))
                .OrderBy(p => p.Path, StringComparer.Ordinal)
                .FirstOrDefault();
            if (first.Path is not null)
            {
                var keys = Json.Strings(Json.Property(first.Value, "keys"));
                var values = Json.Strings(Json.Property(first.Value, "values"));
                for (var i = 0; i < keys.Count && i < values.Count; i++)
                {
                    properties.TryAdd(keys[i], values[i]);
                }
            }

            facts.Add(new Fact(
                Json.RequiredString(result.Get(row, "id")),
                Enum.Parse<FactType>(Json.RequiredString(result.Get(row, "rel"))),
                Json.RequiredString(result.Get(row, "fromId")),
                Json.RequiredString(result.Get(row, "toId")),
                Json.Int(result.Get(row, "year")),
                Json.String(result.Get(row, "via")),
                properties,
                [.. evidence.Select(e => e.Evidence)]));
        }

        facts.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return facts;
    }

    /// <summary>The ends of the fact ids a query returned, as rows for <c>facts-by-id.cypher</c>.</summary>
    public static Dictionary<string, object?> Reference(string id, string fromId, string toId) =>
        new() { ["id"] = id, ["fromId"] = fromId, ["toId"] = toId };

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

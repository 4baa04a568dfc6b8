using System.Text.Json;

namespace ResearchGraph.Neo4j.Http;

/// <summary>The result of one statement: the returned columns and the rows, as plain JSON values.</summary>
internal sealed class CypherResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> rows)
{
    public IReadOnlyList<string> Fields { get; } = fields;

    public IReadOnlyList<JsonElement[]> Rows { get; } = rows;

    /// <summary>The value of <paramref name="field"/> in <paramref name="row"/>.</summary>
    public JsonElement Get(JsonElement[] row, string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i], field, StringComparison.Ordinal))
            {
                return row[i];
            }
        }

        throw new Neo4jRequestException($"Neo4j's answer has no column '{field}' (columns: {string.Join(", ", Fields)})", transient: false);
    }
}

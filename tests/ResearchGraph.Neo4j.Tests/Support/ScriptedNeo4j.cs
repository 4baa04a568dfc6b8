using System.Text.Json;
using ResearchGraph.Neo4j.Cypher;

namespace ResearchGraph.Neo4j.Tests.Support;

/// <summary>
/// Answers the store's named queries with canned rows (by query name), in either API's shape, so a
/// test can drive a whole store session over HTTP. The rows are what a server would plausibly
/// return; they are not computed from any graph.
/// </summary>
public sealed class ScriptedNeo4j(bool queryApi)
{
    private readonly Dictionary<string, (string[] Fields, string ValuesJson)> _answers = new(StringComparer.Ordinal);

    /// <summary>Answers query file <paramref name="name"/> with these fields and rows (a JSON array of arrays).</summary>
    public ScriptedNeo4j Answer(string name, string[] fields, string valuesJson)
    {
        _answers[CypherQueries.Text(name)] = (fields, valuesJson);
        return this;
    }

    public FakeResponse Respond(RecordedRequest request)
    {
        var statements = Neo4jAnswers.Statements(request).ToList();
        var isStatementRun = queryApi
            ? statements.Count == 1
            : request.Path.EndsWith("/commit", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(request.Path, "/tx/[0-9]+$");
        if (!isStatementRun || statements.Count == 0)
        {
            return Neo4jAnswers.Default(request, queryApi);
        }

        var results = statements.Select(s => _answers.TryGetValue(s.Text, out var a) ? a : (Fields: Array.Empty<string>(), ValuesJson: "[]")).ToList();
        if (queryApi)
        {
            var (fields, values) = results[0];
            return FakeResponse.Json($$"""{"data":{"fields":{{JsonSerializer.Serialize(fields)}},"values":{{values}}},"bookmarks":[]}""", 202);
        }

        var parts = results.Select(r =>
        {
            var rows = JsonDocument.Parse(r.ValuesJson).RootElement.EnumerateArray().Select(row => $$"""{"row":{{row.GetRawText()}},"meta":[]}""");
            return $$"""{"columns":{{JsonSerializer.Serialize(r.Fields)}},"data":[{{string.Join(",", rows)}}]}""";
        });
        return FakeResponse.Json($$"""{"results":[{{string.Join(",", parts)}}],"errors":[]}""");
    }
}

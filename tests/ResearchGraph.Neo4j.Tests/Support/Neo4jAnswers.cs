using System.Text.Json;

namespace ResearchGraph.Neo4j.Tests.Support;

/// <summary>
/// The answers of Neo4j's HTTP API in the shapes its documentation shows: the discovery document
/// of a 5.26 server (Query API offered) or a 5.12 one (transactional endpoint only), an opened
/// transaction, and empty results for every statement.
/// </summary>
public static class Neo4jAnswers
{
    public const string Discovery526 = """
        {"bolt_routing":"neo4j://localhost:7687","query":"http://localhost:7474/db/{databaseName}/query/v2","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"5.26.0","neo4j_edition":"community"}
        """;

    public const string Discovery512 = """
        {"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"5.12.0","neo4j_edition":"community"}
        """;

    public static FakeResponse Default(RecordedRequest request, bool queryApi)
    {
        if (request.Method == "GET" && request.Path == "/")
        {
            return FakeResponse.Json(queryApi ? Discovery526 : Discovery512);
        }

        if (queryApi)
        {
            if (request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal))
            {
                return FakeResponse.Json("""{"transaction":{"id":"tx-7","expires":"2026-12-01T10:00:00Z"}}""", 202, new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "member-2" });
            }

            if (request.Method == "DELETE" || request.Path.EndsWith("/commit", StringComparison.Ordinal))
            {
                return FakeResponse.Json("""{"bookmarks":["FB:kcwQ"]}""", 200);
            }

            return FakeResponse.Json("""{"data":{"fields":[],"values":[]},"bookmarks":["FB:kcwQ"]}""", 202);
        }

        if (request.Method == "POST" && request.Path.EndsWith("/tx", StringComparison.Ordinal))
        {
            return FakeResponse.Json(
                """{"results":[],"errors":[],"commit":"http://localhost:7474/db/graph/tx/42/commit","transaction":{"expires":"Tue, 1 Dec 2026 10:00:00 GMT"}}""",
                201,
                new Dictionary<string, string> { ["Location"] = "http://localhost:7474/db/graph/tx/42" });
        }

        return FakeResponse.Json(EmptyResults(request));
    }

    /// <summary>One empty result per statement of a transactional-endpoint request.</summary>
    public static string EmptyResults(RecordedRequest request)
    {
        var count = request.Body is { } body && body.TryGetProperty("statements", out var statements) ? statements.GetArrayLength() : 0;
        var results = string.Join(",", Enumerable.Repeat("""{"columns":[],"data":[]}""", count));
        return $$"""{"results":[{{results}}],"errors":[]}""";
    }

    /// <summary>The statements of a recorded request (both APIs).</summary>
    public static IEnumerable<(string Text, JsonElement Parameters)> Statements(RecordedRequest request)
    {
        if (request.Body is not { } body)
        {
            yield break;
        }

        if (body.TryGetProperty("statement", out var single))
        {
            yield return (single.GetString()!, body.TryGetProperty("parameters", out var p) ? p : default);
        }

        if (body.TryGetProperty("statements", out var many))
        {
            foreach (var s in many.EnumerateArray())
            {
                yield return (s.GetProperty("statement").GetString()!, s.TryGetProperty("parameters", out var p) ? p : default);
            }
        }
    }
}

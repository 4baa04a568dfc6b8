using ResearchGraph.Graph;
using ResearchGraph.Neo4j.Http;
using ResearchGraph.Neo4j.Tests.Support;

namespace ResearchGraph.Neo4j.Tests.Http;

/// <summary>
/// The transactional endpoint, used when the discovery document offers no Query API (Neo4j 4 and
/// 5 before 5.19), against a loopback server answering in its documented shapes. It cannot prove
/// what a real server does with the statements.
/// </summary>
public sealed class TransactionalEndpointTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeNeo4jServer.StartAsync(queryApi: false);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static CypherStatement Statement(string name, string text) => new(name, text, new Dictionary<string, object?> { ["path"] = "/pages/a.txt" });

    [Fact]
    public async Task Implicit_transaction_posts_every_statement_in_one_request_to_tx_commit()
    {
        using var client = new CypherHttpClient(_server.Settings());

        var results = await client.RunAsync([Statement("one", "RETURN 1 AS one"), Statement("two", "RETURN 2 AS two")], default);

        Assert.Equal(Neo4jEndpoint.Transactional, await client.EndpointAsync(default));
        Assert.Equal(2, results.Count);
        var request = _server.Requests.Last();
        Assert.Equal(("POST", "/db/graph/tx/commit"), (request.Method, request.Path));
        var statements = request.Body!.Value.GetProperty("statements");
        Assert.Equal(["RETURN 1 AS one", "RETURN 2 AS two"], statements.EnumerateArray().Select(s => s.GetProperty("statement").GetString()));
        Assert.Equal("/pages/a.txt", statements[0].GetProperty("parameters").GetProperty("path").GetString());
        Assert.Equal(["row"], statements[0].GetProperty("resultDataContents").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Rows_are_read_by_column_from_each_result()
    {
        _server.Respond = r => r.Path == "/" ? FakeResponse.Json(Neo4jAnswers.Discovery512)
            : FakeResponse.Json("""{"results":[{"columns":["id","evidence"],"data":[{"row":["fact:1",[{"doc":"a.txt","start":3}]],"meta":[null,null]}]}],"errors":[]}""");
        using var client = new CypherHttpClient(_server.Settings());

        var result = (await client.RunAsync([Statement("facts", "RETURN 1 AS id")], default))[0];

        Assert.Equal("fact:1", result.Get(result.Rows[0], "id").GetString());
        Assert.Equal(3, result.Get(result.Rows[0], "evidence")[0].GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task Explicit_transaction_opens_posts_to_its_id_and_commits()
    {
        using var client = new CypherHttpClient(_server.Settings());

        await client.InTransactionAsync(async (tx, ct) => await tx.RunAsync([Statement("a", "CREATE (a)"), Statement("b", "CREATE (b)")], ct), default);

        Assert.Equal(
            [("POST", "/db/graph/tx"), ("POST", "/db/graph/tx/42"), ("POST", "/db/graph/tx/42/commit")],
            _server.Requests.Skip(1).Select(r => (r.Method, r.Path)));
        Assert.Equal(2, _server.Requests.Skip(2).First().Body!.Value.GetProperty("statements").GetArrayLength());
    }

    [Fact]
    public async Task An_error_inside_a_200_answer_is_an_error_naming_the_failing_statement()
    {
        _server.Respond = r => r.Path == "/" ? FakeResponse.Json(Neo4jAnswers.Discovery512)
            : FakeResponse.Json("""{"results":[{"columns":["one"],"data":[{"row":[1],"meta":[null]}]}],"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"already exists"}]}""");
        using var client = new CypherHttpClient(_server.Settings(maxRetries: 3));

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => client.RunAsync([Statement("first", "RETURN 1 AS one"), Statement("second", "CREATE (x)")], default));

        Assert.Contains("Neo4j refused the statement second: Neo.ClientError.Schema.ConstraintValidationFailed: already exists", e.Message);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_transient_error_inside_a_200_answer_is_retried()
    {
        var calls = 0;
        _server.Respond = r =>
        {
            if (r.Path == "/")
            {
                return FakeResponse.Json(Neo4jAnswers.Discovery512);
            }

            return ++calls == 1
                ? FakeResponse.Json("""{"results":[],"errors":[{"code":"Neo.TransientError.General.DatabaseUnavailable","message":"starting"}]}""")
                : FakeResponse.Json(Neo4jAnswers.EmptyResults(r));
        };
        using var client = new CypherHttpClient(_server.Settings(maxRetries: 2));

        var results = await client.RunAsync([Statement("one", "RETURN 1 AS one")], default);

        Assert.Single(results);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_result_count_that_does_not_match_the_statements_is_refused()
    {
        _server.Respond = r => r.Path == "/" ? FakeResponse.Json(Neo4jAnswers.Discovery512) : FakeResponse.Json("""{"results":[],"errors":[]}""");
        using var client = new CypherHttpClient(_server.Settings());

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => client.RunAsync([Statement("one", "RETURN 1 AS one")], default));

        Assert.Contains("0 results to 1 statements", e.Message);
    }
}

using System.Text;
using System.Text.Json;
using ResearchGraph.Graph;
using ResearchGraph.Neo4j.Http;
using ResearchGraph.Neo4j.Tests.Support;

namespace ResearchGraph.Neo4j.Tests.Http;

/// <summary>
/// The HTTP layer against a loopback server answering in the documented shapes of both APIs. What
/// these tests cannot prove: that a real Neo4j accepts the requests (its exact validation of bodies
/// and headers) or answers exactly so in every version; the contract suite run against a real
/// server (RESEARCHGRAPH_NEO4J_URL) covers that.
/// </summary>
public sealed class CypherHttpClientTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeNeo4jServer.StartAsync(queryApi: true);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static CypherStatement Statement(string text, params (string, object?)[] parameters) =>
        new("test/" + text.Split(' ')[0].ToLowerInvariant(), text, parameters.ToDictionary(p => p.Item1, p => p.Item2));

    [Fact]
    public async Task Discovery_offering_the_query_api_sends_one_statement_to_query_v2_with_basic_auth()
    {
        using var client = new CypherHttpClient(_server.Settings());

        await client.RunAsync([Statement("RETURN $x AS x", ("x", 1))], default);

        Assert.Equal(Neo4jEndpoint.QueryApi, await client.EndpointAsync(default));
        var requests = _server.Requests.ToArray();
        Assert.Equal(("GET", "/"), (requests[0].Method, requests[0].Path));
        Assert.Equal(("POST", "/db/graph/query/v2"), (requests[1].Method, requests[1].Path));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret-password")), requests[1].Authorization);
        Assert.StartsWith("application/json", requests[1].ContentType);
        Assert.Equal("RETURN $x AS x", requests[1].Body!.Value.GetProperty("statement").GetString());
    }

    [Fact]
    public async Task Parameters_are_encoded_as_typed_json_values()
    {
        using var client = new CypherHttpClient(_server.Settings());
        var rows = new[] { new Dictionary<string, object?> { ["id"] = "org:amazon", ["year"] = 2021, ["via"] = null, ["names"] = new[] { "Amazon", "AWS" } } };

        await client.RunAsync([Statement("UNWIND $rows AS r RETURN r AS r", ("rows", rows), ("text", "“quoted” \\ \n 😀"), ("flag", true))], default);

        var parameters = _server.Requests.Last().Body!.Value.GetProperty("parameters");
        var row = parameters.GetProperty("rows")[0];
        Assert.Equal(JsonValueKind.Number, row.GetProperty("year").ValueKind);
        Assert.Equal(2021, row.GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("via").ValueKind);
        Assert.Equal(["Amazon", "AWS"], row.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("“quoted” \\ \n 😀", parameters.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.True, parameters.GetProperty("flag").ValueKind);
    }

    [Fact]
    public async Task Query_api_results_are_read_by_field()
    {
        _server.Respond = r => r.Path == "/" ? FakeResponse.Json(Neo4jAnswers.Discovery526)
            : FakeResponse.Json("""{"data":{"fields":["id","kinds","year"],"values":[["org:intel",["Company"],2021],["org:aws",[],null]]},"bookmarks":[]}""", 202);
        using var client = new CypherHttpClient(_server.Settings());

        var result = (await client.RunAsync([Statement("MATCH (e) RETURN e.id AS id")], default))[0];

        Assert.Equal(["id", "kinds", "year"], result.Fields);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal("org:intel", result.Get(result.Rows[0], "id").GetString());
        Assert.Equal(2021, result.Get(result.Rows[0], "year").GetInt32());
        Assert.Equal(JsonValueKind.Null, result.Get(result.Rows[1], "year").ValueKind);
    }

    [Fact]
    public async Task Query_api_transaction_begins_runs_each_statement_echoes_affinity_and_commits()
    {
        using var client = new CypherHttpClient(_server.Settings());

        await client.InTransactionAsync(async (tx, ct) => await tx.RunAsync([Statement("CREATE (a)"), Statement("CREATE (b)")], ct), default);

        var posts = _server.Requests.Skip(1).Select(r => (r.Method, r.Path, r.Affinity)).ToArray();
        Assert.Equal(
            [("POST", "/db/graph/query/v2/tx", ""), ("POST", "/db/graph/query/v2/tx/tx-7", "member-2"), ("POST", "/db/graph/query/v2/tx/tx-7", "member-2"), ("POST", "/db/graph/query/v2/tx/tx-7/commit", "member-2")],
            posts);
    }

    [Fact]
    public async Task Failed_work_rolls_the_transaction_back()
    {
        using var client = new CypherHttpClient(_server.Settings());

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.InTransactionAsync<bool>((_, _) => throw new InvalidOperationException("boom"), default));

        Assert.Equal(("DELETE", "/db/graph/query/v2/tx/tx-7"), (_server.Requests.Last().Method, _server.Requests.Last().Path));
    }

    [Fact]
    public async Task Query_api_error_answer_names_the_statement_and_the_code()
    {
        _server.Respond = r => r.Path == "/" ? FakeResponse.Json(Neo4jAnswers.Discovery526)
            : FakeResponse.Json("""{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETRN'"}]}""", 400);
        using var client = new CypherHttpClient(_server.Settings());

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => client.RunAsync([Statement("RETRN 1")], default));

        Assert.Contains("test/retrn", e.Message);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", e.Message);
        Assert.Contains("Invalid input 'RETRN'", e.Message);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Unauthorized_gives_a_clear_message_and_is_not_retried()
    {
        _server.Respond = r => r.Path == "/" ? FakeResponse.Json(Neo4jAnswers.Discovery526)
            : FakeResponse.Json("""{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}""", 401);
        using var client = new CypherHttpClient(_server.Settings(maxRetries: 3));

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => client.RunAsync([Statement("RETURN 1 AS one")], default));

        Assert.Contains("refused the credentials of user 'neo4j'", e.Message);
        Assert.Contains("RESEARCHGRAPH_NEO4J_PASSWORD", e.Message);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Transient_failures_are_retried_until_they_pass()
    {
        var calls = 0;
        _server.Respond = r =>
        {
            if (r.Path == "/")
            {
                return FakeResponse.Json(Neo4jAnswers.Discovery526);
            }

            calls++;
            return calls switch
            {
                1 => FakeResponse.Json("{}", 503),
                2 => FakeResponse.Json("""{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""", 400),
                _ => FakeResponse.Json("""{"data":{"fields":["one"],"values":[[1]]}}""", 202),
            };
        };
        using var client = new CypherHttpClient(_server.Settings(maxRetries: 3));

        var result = (await client.RunAsync([Statement("RETURN 1 AS one")], default))[0];

        Assert.Equal(1, result.Get(result.Rows[0], "one").GetInt32());
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Transient_failures_give_up_after_the_retries()
    {
        _server.Respond = r => r.Path == "/" ? FakeResponse.Json(Neo4jAnswers.Discovery526) : FakeResponse.Json("{}", 503);
        using var client = new CypherHttpClient(_server.Settings(maxRetries: 2));

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => client.RunAsync([Statement("RETURN 1 AS one")], default));

        Assert.Contains("503", e.Message);
        Assert.Equal(1 + 3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_gives_a_timeout_message()
    {
        _server.Respond = r => r.Path == "/" ? FakeResponse.Json(Neo4jAnswers.Discovery526) : FakeResponse.Json("{}") with { Delay = TimeSpan.FromSeconds(5) };
        using var client = new CypherHttpClient(_server.Settings(maxRetries: 0, timeout: TimeSpan.FromMilliseconds(300)));

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => client.RunAsync([Statement("RETURN 1 AS one")], default));

        Assert.Contains("did not answer within 0.3 s", e.Message);
    }

    [Fact]
    public async Task A_refused_connection_gives_a_clear_message()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new CypherHttpClient(new Neo4jSettings { Url = new Uri($"http://127.0.0.1:{port}"), MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(1) });

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => client.RunAsync([Statement("RETURN 1 AS one")], default));

        Assert.Contains($"cannot connect to Neo4j at http://127.0.0.1:{port}/: connection refused", e.Message);
    }

    [Fact]
    public async Task Something_that_is_not_neo4j_is_named_as_such()
    {
        _server.Respond = _ => FakeResponse.Json("""{"hello":"world"}""");
        using var client = new CypherHttpClient(_server.Settings());

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => client.RunAsync([Statement("RETURN 1 AS one")], default));

        Assert.Contains("does not look like Neo4j's HTTP port", e.Message);
    }
}

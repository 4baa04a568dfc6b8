using ResearchGraph.Domain;
using ResearchGraph.Graph;
using ResearchGraph.Graph.Tests.Support;
using ResearchGraph.Neo4j.Cypher;
using ResearchGraph.Neo4j.Tests.Support;

namespace ResearchGraph.Neo4j.Tests;

/// <summary>
/// What the store sends and how it reads answers, over HTTP to a loopback server answering with
/// canned rows in the documented shapes. It cannot prove that Neo4j computes those rows from the
/// graph: the contract suite against a real server does (RESEARCHGRAPH_NEO4J_URL).
/// </summary>
public sealed class Neo4jGraphStoreRequestTests
{
    internal static DocumentFacts SampleDocument() => Some.Document("han.txt")
        .WithEntity("person:song-han", "Song Han", EntityKind.Person, "Han Song")
        .WithEntity("org:amazon", "Amazon", [EntityKind.Company, EntityKind.Sponsor], "AWS")
        .WithFact(FactType.ADOPTED, "org:intel", "technique:haq", 2021, "product:openvino", start: 7, text: "Intel integrated HAQ into OpenVINO", date: "2021-06")
        .WithFact(FactType.EDUCATED_AT, "person:song-han", "org:stanford", properties: new Dictionary<string, string> { ["degree"] = "PhD" })
        .WithFactWithoutEvidence(FactType.USES, "project:a", "technique:b")
        .WithNews("2021-06", "Intel integrated HAQ into OpenVINO", 0, "org:intel", "technique:haq")
        .Build();

    /// <summary>Runs every store operation once, with answers that make it send every statement it has.</summary>
    internal static async Task<FakeNeo4jServer> RunSessionAsync(bool queryApi)
    {
        var server = await FakeNeo4jServer.StartAsync(queryApi);
        var script = new ScriptedNeo4j(queryApi)
            .Answer("write/retract-document", ["facts", "entityIds"], """[[[{"id":"fact:old","fromId":"org:intel","toId":"org:old"}],["org:old"]]]""")
            .Answer("write/entity-statements", ["id", "names", "kinds", "aliases"], """[["org:amazon",["Amazon"],["Sponsor"],["Amazon.com"]]]""")
            .Answer("lineage-down", ["node", "factId", "next", "fromId", "toId"], """[["project:a","fact:p","project:b","project:a","project:b"]]""")
            .Answer("path", ["nodeIds", "facts"], """[[["project:a","project:b"],[{"id":"fact:p","fromId":"project:a","toId":"project:b"}]]]""")
            .Answer("facts-by-id", ["id", "rel", "fromId", "toId", "year", "via", "evidence", "properties"], """
                [["fact:p","PRECEDES","project:a","project:b",null,null,[{"path":"/p","doc":"p","date":null,"text":"a => b","start":0,"end":6}],[]]]
                """);
        server.Respond = script.Respond;
        await using var store = Neo4jGraphStore.Create(server.Settings());
        await store.ReplaceDocumentAsync(SampleDocument());
        await store.ForgetDocumentAsync("/pages/han.txt");
        await store.FindDocumentAsync("/pages/han.txt");
        await store.ListDocumentsAsync();
        await store.GetVisibleTextAsync("/pages/han.txt");
        await store.GetNewsItemsAsync("/pages/han.txt");
        await store.ExportAsync();
        await store.ResolveAsync("AWS");
        await store.GetEntitiesAsync(["org:amazon"]);
        await store.FindFactsAsync(new FactQuery(Rel: FactType.ADOPTED, Year: 2021));
        await store.LineageAsync("project:a", LineageDirection.Both, 3);
        await store.ShortestPathAsync("project:a", "project:b", 8);
        return server;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_statement_the_store_sends_is_a_named_query_file_verbatim(bool queryApi)
    {
        await using var server = await RunSessionAsync(queryApi);
        var files = CypherQueries.Names.SelectMany(n => n == "schema" ? CypherQueries.Statements(n).Select(s => s.Text) : [CypherQueries.Text(n)]).ToHashSet(StringComparer.Ordinal);

        var sent = server.Requests.SelectMany(Neo4jAnswers.Statements).Select(s => s.Text).ToList();

        Assert.NotEmpty(sent);
        Assert.All(sent, text => Assert.Contains(text, files));
        Assert.Equal(CypherQueries.Statements("schema").Count, sent.Count(t => t.StartsWith("CREATE ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Replace_writes_one_document_in_one_transaction_with_batched_rows()
    {
        await using var server = await FakeNeo4jServer.StartAsync(queryApi: false);
        server.Respond = new ScriptedNeo4j(queryApi: false)
            .Answer("write/entity-statements", ["id", "names", "kinds", "aliases"], """
                [["org:amazon",["Amazon"],["Sponsor","Company"],["AWS"]],["person:song-han",["Song Han"],["Person"],["Han Song"]]]
                """)
            .Respond;
        await using var store = Neo4jGraphStore.Create(server.Settings());

        await store.ReplaceDocumentAsync(SampleDocument());

        var requests = server.Requests.Where(r => r.Path.StartsWith("/db/graph/tx/42", StringComparison.Ordinal) || r.Path == "/db/graph/tx").ToList();
        Assert.Equal("/db/graph/tx", requests[0].Path);
        Assert.Equal("/db/graph/tx/42/commit", requests[^1].Path);
        var statements = requests.SelectMany(Neo4jAnswers.Statements).ToList();
        string Named(string name) => CypherQueries.Text(name);
        var texts = statements.Select(s => s.Text).ToList();
        Assert.Equal(Named("write/retract-document"), texts[0]);
        Assert.True(texts.IndexOf(Named("write/merge-entities")) < texts.IndexOf(Named("write/merge-facts")));
        var facts = statements.Single(s => s.Text == Named("write/merge-facts")).Parameters.GetProperty("rows");
        Assert.Equal(
            new[] { FactIds.For(FactType.ADOPTED, "org:intel", "technique:haq", 2021, "product:openvino"), FactIds.For(FactType.EDUCATED_AT, "person:song-han", "org:stanford", null, null) },
            facts.EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        var evidence = statements.Single(s => s.Text == Named("write/create-evidence")).Parameters;
        Assert.Equal("/pages/han.txt", evidence.GetProperty("path").GetString());
        Assert.Equal(41, evidence.GetProperty("rows")[0].GetProperty("end").GetInt32());
        var properties = statements.Single(s => s.Text == Named("write/create-fact-properties")).Parameters.GetProperty("rows")[0];
        Assert.Equal(["degree"], properties.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
        var refresh = statements.Single(s => s.Text == Named("write/refresh-entities")).Parameters.GetProperty("rows");
        Assert.Equal(["org:amazon", "person:song-han"], refresh.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["Company", "Sponsor"], refresh[0].GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["org:amazon", "amazon", "aws"], refresh[0].GetProperty("lookup").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task Schema_statements_go_in_requests_of_their_own_before_the_first_write()
    {
        await using var server = await FakeNeo4jServer.StartAsync(queryApi: false);
        await using var store = Neo4jGraphStore.Create(server.Settings());

        await store.ReplaceDocumentAsync(SampleDocument());
        await store.ReplaceDocumentAsync(SampleDocument());

        var schema = server.Requests.Where(r => Neo4jAnswers.Statements(r).Any(s => s.Text.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal) || s.Text.StartsWith("CREATE INDEX", StringComparison.Ordinal) || s.Text.StartsWith("CREATE FULLTEXT", StringComparison.Ordinal))).ToList();
        Assert.Equal(CypherQueries.Statements("schema").Count, schema.Count);
        Assert.All(schema, r => Assert.Single(Neo4jAnswers.Statements(r)));
        Assert.Contains(schema, r => Neo4jAnswers.Statements(r).Single().Text.Contains("FOR (e:Entity) REQUIRE e.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(schema, r => Neo4jAnswers.Statements(r).Single().Text.StartsWith("CREATE FULLTEXT INDEX news_text", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Answers_are_read_into_the_domain_in_the_embedded_stores_order(bool queryApi)
    {
        await using var server = await FakeNeo4jServer.StartAsync(queryApi);
        server.Respond = new ScriptedNeo4j(queryApi)
            .Answer("document", ["path", "doc", "hash", "url", "ingested", "extractorVersion"], """[["/pages/han.txt","han.txt","abc",null,"2024-09-26T17:03:04.1234567-07:00","7"]]""")
            .Answer("facts", ["id", "rel", "fromId", "toId", "year", "via", "evidence", "properties"], """
                [["fact:b","SPONSORS","org:amazon","person:song-han",2020,null,
                  [{"path":"/p/b.txt","doc":"b.txt","date":null,"text":"later","start":9,"end":14},{"path":"/p/a.txt","doc":"a.txt","date":"2020-01","text":"first","start":3,"end":8}],
                  [{"path":"/p/b.txt","keys":["note"],"values":["from b"]},{"path":"/p/a.txt","keys":["note"],"values":["from a"]}]],
                 ["fact:a","USES","project:x","technique:y",null,null,[{"path":"/p/a.txt","doc":"a.txt","date":null,"text":"x uses y","start":0,"end":8}],[]]]
                """)
            .Respond;
        await using var store = Neo4jGraphStore.Create(server.Settings());

        var document = await store.FindDocumentAsync("/pages/han.txt");
        var facts = await store.FindFactsAsync(new FactQuery());

        Assert.Equal(new SourceDocument("/pages/han.txt", "han.txt", "abc", null, new DateTimeOffset(2024, 9, 26, 17, 3, 4, TimeSpan.FromHours(-7)).AddTicks(1234567), "7"), document);
        Assert.Equal(["fact:a", "fact:b"], facts.Select(f => f.Id));
        Assert.Equal([("a.txt", 3), ("b.txt", 9)], facts[1].Evidence.Select(e => (e.Doc, e.Start)));
        Assert.Equal("from a", facts[1].Properties["note"]);
        Assert.Equal(2020, facts[1].Year);
        Assert.Null(facts[0].Year);
    }

    [Fact]
    public async Task Shortest_path_takes_the_smallest_id_sequence_then_the_smallest_fact()
    {
        await using var server = await FakeNeo4jServer.StartAsync(queryApi: true);
        server.Respond = new ScriptedNeo4j(queryApi: true)
            .Answer("path", ["nodeIds", "facts"], """
                [[["s","b","t"],[{"id":"f1","fromId":"s","toId":"b"},{"id":"f2","fromId":"b","toId":"t"}]],
                 [["s","a","t"],[{"id":"f9","fromId":"s","toId":"a"},{"id":"f4","fromId":"a","toId":"t"}]],
                 [["s","a","t"],[{"id":"f3","fromId":"a","toId":"s"},{"id":"f4","fromId":"a","toId":"t"}]]]
                """)
            .Answer("facts-by-id", ["id", "rel", "fromId", "toId", "year", "via", "evidence", "properties"], """
                [["f3","USES","a","s",null,null,[{"path":"/p","doc":"p","date":null,"text":"t","start":0,"end":1}],[]],
                 ["f4","USES","a","t",null,null,[{"path":"/p","doc":"p","date":null,"text":"t","start":0,"end":1}],[]]]
                """)
            .Respond;
        await using var store = Neo4jGraphStore.Create(server.Settings());

        var path = await store.ShortestPathAsync("s", "t", 8);
        var tooLong = await store.ShortestPathAsync("s", "t", 1);

        Assert.Equal(["f3", "f4"], path!.Select(f => f.Id));
        Assert.Null(tooLong);
    }
}

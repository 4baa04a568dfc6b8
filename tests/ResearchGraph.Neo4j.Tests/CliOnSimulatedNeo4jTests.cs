using System.Diagnostics;
using System.Text.Json.Nodes;
using ResearchGraph.Neo4j.Cypher;
using ResearchGraph.Neo4j.Tests.Support;

namespace ResearchGraph.Neo4j.Tests;

/// <summary>
/// The real CLI (the ./researchgraph launcher) with --store neo4j against <see cref="SimulatedNeo4j"/>
/// on a loopback server, beside the embedded store: the same pages (the sample pages and the shared corpus's song-han.txt) give the same JSON answers, and
/// re-ingesting writes nothing. It proves the wiring and the store's logic; it cannot prove that a
/// real Neo4j computes what the simulation does.
/// </summary>
public sealed class CliOnSimulatedNeo4jTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "researchgraph-neo4j-cli", Guid.NewGuid().ToString("N"));
    private FakeNeo4jServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeNeo4jServer.StartAsync(queryApi: true);
        _server.Respond = new SimulatedNeo4j().Respond;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task<string> RunAsync(string store, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Repository.PathOf("researchgraph"));
        foreach (var a in new[] { "--data", Path.Combine(_folder, store), "--store", store }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["RESEARCHGRAPH_NEO4J_URL"] = _server.Url.ToString();
        start.Environment["RESEARCHGRAPH_NEO4J_USER"] = "neo4j";
        start.Environment["RESEARCHGRAPH_NEO4J_PASSWORD"] = "secret-password";
        start.Environment["RESEARCHGRAPH_NEO4J_DATABASE"] = "graph";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"researchgraph {string.Join(' ', args)} (--store {store}) exited {process.ExitCode}: {await error}");
        return await output;
    }

    private async Task<(string Embedded, string Neo4j)> BothAsync(params string[] args) => (await RunAsync("embedded", args), await RunAsync("neo4j", args));

    [Fact]
    public async Task The_same_pages_give_the_same_answers_on_both_stores_and_reingest_writes_nothing()
    {
        var ingest = Repository.PathOf("ingest");
        var songHan = Path.GetFullPath(Repository.PathOf("..", "shared", "corpus", "song-han.txt"));
        var (addedEmbedded, addedNeo4j) = await BothAsync("ingest", ingest, songHan, "--json");
        Assert.Equal(addedEmbedded, addedNeo4j);
        var pages = Directory.GetFiles(ingest).Length + 1;
        Assert.Equal(pages, JsonNode.Parse(addedNeo4j)!["added"]!.GetValue<int>());

        var writesBefore = WriteStatements();
        var (again, againNeo4j) = await BothAsync("ingest", ingest, songHan, "--json");
        Assert.Equal(again, againNeo4j);
        Assert.Equal(pages, JsonNode.Parse(againNeo4j)!["unchanged"]!.GetValue<int>());
        Assert.Equal(writesBefore, WriteStatements());

        var (exportEmbedded, exportNeo4j) = await BothAsync("export", "--format", "json");
        var embedded = JsonNode.Parse(exportEmbedded)!;
        var neo4j = JsonNode.Parse(exportNeo4j)!;
        Assert.True(neo4j["facts"]!.AsArray().Count > 100, $"only {neo4j["facts"]!.AsArray().Count} facts");
        Assert.Equal(embedded["entities"]!.ToJsonString(), neo4j["entities"]!.ToJsonString());
        Assert.Equal(embedded["facts"]!.ToJsonString(), neo4j["facts"]!.ToJsonString());

        foreach (var query in new[] { new[] { "adopters", "--json" }, ["lineage", "Heron", "--json"], ["path", "Wren", "Kestrel", "--json"], ["lineage", "ProxylessNAS", "--json"], ["path", "ProxylessNAS", "HAQ", "--json"], ["entity", "Song Han", "--json"], ["entity", "Heron", "--json"], ["facts", "--rel", "PRECEDES", "--json"] })
        {
            var (a, b) = await BothAsync(query);
            Assert.Equal(a, b);
        }
    }

    private int WriteStatements() =>
        _server.Requests.SelectMany(Neo4jAnswers.Statements).Count(s => CypherQueries.Names.Where(n => n.StartsWith("write/", StringComparison.Ordinal) && n != "write/entity-statements").Any(n => CypherQueries.Text(n) == s.Text));
}

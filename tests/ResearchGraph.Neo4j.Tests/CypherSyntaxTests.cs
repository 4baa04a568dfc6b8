using ResearchGraph.Neo4j.Cypher;
using ResearchGraph.Neo4j.Tests.Support;

namespace ResearchGraph.Neo4j.Tests;

/// <summary>
/// Every query file and every statement the store sends, through Neo4j's own Cypher parser. It
/// proves syntax and the parser's semantic checks; not that a server plans or runs them as meant.
/// </summary>
public sealed class CypherSyntaxTests
{
    private static IEnumerable<string> QueryFiles() =>
        Directory.EnumerateFiles(Repository.PathOf("queries"), "*.cypher", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public async Task Every_query_file_parses()
    {
        var files = QueryFiles().ToList();

        var errors = await CypherLinter.ErrorsAsync(files.Select(f => (Path.GetRelativePath(Repository.Root, f), File.ReadAllText(f))));

        Assert.True(files.Count >= 20, $"only {files.Count} query files found");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Every_schema_statement_parses_on_its_own()
    {
        var statements = CypherQueries.Statements("schema");

        Assert.Empty(await CypherLinter.ErrorsAsync(statements.Select(s => (s.Name, s.Text))));
        Assert.Equal(10, statements.Count);
    }

    [Fact]
    public void Every_query_file_is_embedded_in_the_store()
    {
        var onDisk = QueryFiles().Select(f => Path.GetRelativePath(Repository.PathOf("queries"), f)[..^".cypher".Length].Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(onDisk, CypherQueries.Names);
        Assert.All(onDisk, n => Assert.Equal(File.ReadAllText(Repository.PathOf("queries", n + ".cypher")).TrimEnd().TrimEnd(';'), CypherQueries.Text(n)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_statement_the_store_sends_parses(bool queryApi)
    {
        await using var server = await Neo4jGraphStoreRequestTests.RunSessionAsync(queryApi);
        var sent = server.Requests.SelectMany(Neo4jAnswers.Statements).Select(s => s.Text).Distinct(StringComparer.Ordinal).ToList();

        var errors = await CypherLinter.ErrorsAsync(sent.Select((s, i) => ($"sent #{i}", s)));

        Assert.True(sent.Count >= 25, $"only {sent.Count} distinct statements were sent");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_linter_reports_a_broken_statement()
    {
        var errors = await CypherLinter.ErrorsAsync([("broken", "MATCH (n:Entity {id: $id})\nRETRN n.name AS name"), ("undefined", "MATCH (n) RETURN m AS m")]);

        Assert.Contains(errors, e => e.StartsWith("broken: 2:1 ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("undefined: ", StringComparison.Ordinal) && e.Contains("`m`", StringComparison.Ordinal));
    }
}

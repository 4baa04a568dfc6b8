using ResearchGraph.Domain;
using ResearchGraph.Neo4j.Tests.Support;
using ResearchGraph.Queries.Export;
using ResearchGraph.Queries.Views;

namespace ResearchGraph.Neo4j.Tests;

/// <summary>
/// The <c>export --format cypher</c> script, statement by statement, through Neo4j's parser, with
/// values that need escaping. It cannot prove that cypher-shell runs it against a server.
/// </summary>
public sealed class CypherExportSyntaxTests
{
    private const string Awkward = "O'Brien \"Lab\", \\ back\nnew line\t — Zürich 😀 \u0007";

    [Fact]
    public async Task Every_statement_of_the_export_script_parses()
    {
        var graph = new ExportView(
            [new ExportDocument("o'brien.md", "abc", null, DateTimeOffset.UnixEpoch)],
            [new ExportEntity("org:amazon", [EntityKind.Company, EntityKind.Sponsor], Awkward, ["AWS", Awkward]), new ExportEntity("venue:x", [], "X", [])],
            [new ExportFact("fact:1", FactType.ADOPTED, "org:amazon", "technique:haq", 2021, "product:openvino", new Dictionary<string, string> { [Awkward] = Awkward },
                [new Evidence("o'brien.md", "2021-06", Awkward, 0, Awkward.Length), new Evidence("o'brien.md", null, "second", 40, 46)])]);
        var text = new StringWriter { NewLine = "\n" };
        CypherScriptWriter.Write(graph, text);

        var statements = text.ToString().Split(";\n", StringSplitOptions.RemoveEmptyEntries).Select((s, i) => ($"export #{i}", s)).ToList();
        var errors = await CypherLinter.ErrorsAsync(statements);

        Assert.True(statements.Count >= 9, $"only {statements.Count} statements");
        Assert.Empty(errors);
    }
}

using ResearchGraph.Queries.Export;

namespace ResearchGraph.Queries.Tests.Export;

public sealed class CypherScriptWriterTests
{
    private static string Script()
    {
        var text = new StringWriter { NewLine = "\n" };
        CypherScriptWriter.Write(ExportSamples.Graph(), text);
        return text.ToString();
    }

    [Fact]
    public void Every_statement_is_one_line_ending_in_a_semicolon_and_merges_or_creates_idempotently()
    {
        var lines = Script().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("//", StringComparison.Ordinal)).ToList();

        Assert.All(lines, l => Assert.EndsWith(";", l));
        Assert.All(lines, l => Assert.True(
            l.StartsWith("MERGE ", StringComparison.Ordinal) || l.StartsWith("MATCH ", StringComparison.Ordinal) || l.Contains(" IF NOT EXISTS ", StringComparison.Ordinal), l));
        Assert.DoesNotContain(lines, l => l.Contains("CREATE (", StringComparison.Ordinal));
    }

    [Fact]
    public void Entities_carry_their_kinds_as_labels_and_facts_their_type_and_evidence()
    {
        var script = Script();

        Assert.Contains("MERGE (e:Entity {id: 'org:amazon'}) SET e.name = 'Amazon', e.kinds = ['Company', 'Sponsor'], e.aliases = ['AWS', 'Amazon; Web Services'], e:Company:Sponsor;", script);
        Assert.Contains("MERGE (a)-[f:SPONSORS {factId: 'fact:0001'}]->(b) SET f.year = 2021, f.via = null", script);
        Assert.Contains(@"f.propertyKeys = ['note'], f.propertyValues = ['a, ""b""']", script);
        Assert.Contains(@"MERGE (ev:Evidence {factId: 'fact:0001', doc: 'pages/o\'brien, ""lab"".md', start: 3", script);
        Assert.Contains("MERGE (:Entity {id: 'project:unnamed'});", script);
    }

    [Fact]
    public void Awkward_values_stay_inside_their_literals()
    {
        var script = Script();

        Assert.Contains(@"'O\'Brien ""Lab"", \\ back\nnew line; tab\t — Zürich 😀'", script);
        Assert.DoesNotContain("\nnew line", script);
    }
}

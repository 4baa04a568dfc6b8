using ResearchGraph.Queries.Export;

namespace ResearchGraph.Queries.Tests.Export;

public sealed class CsvImportWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "researchgraph-csv-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Reads a CSV file back by RFC 4180 rules (quoted fields, doubled quotes, line breaks inside quotes).</summary>
    private static List<List<string>> Read(string file)
    {
        var text = File.ReadAllText(file);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }

    [Fact]
    public void Files_have_the_neo4j_admin_import_headers()
    {
        CsvImportWriter.Write(ExportSamples.Graph(), _folder);

        Assert.Equal(["doc:ID(Document)", "hash", "url", "ingested", ":LABEL"], Read(Path.Combine(_folder, "documents.csv"))[0]);
        Assert.Equal(["id:ID(Entity)", "name", "kinds:string[]", "aliases:string[]", ":LABEL"], Read(Path.Combine(_folder, "entities.csv"))[0]);
        Assert.Equal([":ID(Evidence)", "factId", "rel", "fromId", "toId", "doc", "date", "text", "start:int", "end:int", ":LABEL"], Read(Path.Combine(_folder, "evidence.csv"))[0]);
        Assert.Equal([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "factId", "year:int", "via", "propertyKeys:string[]", "propertyValues:string[]"], Read(Path.Combine(_folder, "facts.csv"))[0]);
        Assert.Equal([":START_ID(Evidence)", ":END_ID(Document)", ":TYPE"], Read(Path.Combine(_folder, "evidence-documents.csv"))[0]);
    }

    [Fact]
    public void Values_round_trip_through_csv_quoting_and_arrays()
    {
        CsvImportWriter.Write(ExportSamples.Graph(), _folder);

        var entities = Read(Path.Combine(_folder, "entities.csv"));
        var amazon = entities.Single(r => r[0] == "org:amazon");
        Assert.Equal(["AWS", "Amazon; Web Services"], amazon[3].Split(CsvImportWriter.ArrayDelimiter));
        Assert.Equal(["Entity", "Company", "Sponsor"], amazon[4].Split(CsvImportWriter.ArrayDelimiter));
        Assert.Equal(ExportSamples.Awkward, entities.Single(r => r[0] == "person:o-brien")[1]);
        Assert.Contains(entities, r => r[0] == "project:unnamed" && r[4] == "Entity");
        var evidence = Read(Path.Combine(_folder, "evidence.csv"));
        Assert.Equal(ExportSamples.Awkward, evidence[1][7]);
        Assert.Equal("pages/o'brien, \"lab\".md", evidence[1][5]);
        var facts = Read(Path.Combine(_folder, "facts.csv"));
        Assert.Equal(["org:amazon", "person:o-brien", "SPONSORS", "fact:0001", "2021", "", "note", "a, \"b\""], facts[1]);
        Assert.Equal(3, facts.Count);
    }

    [Fact]
    public void The_import_command_names_every_file_and_the_delimiters()
    {
        var command = CsvImportWriter.Write(ExportSamples.Graph(), _folder);

        Assert.StartsWith("neo4j-admin database import full neo4j ", command);
        Assert.Contains("--array-delimiter=\"U+001F\"", command);
        Assert.Contains("--multiline-fields=true", command);
        Assert.All(CsvImportWriter.NodeFiles, f => Assert.Contains("--nodes=" + Path.Combine(_folder, f), command));
        Assert.All(CsvImportWriter.RelationshipFiles, f => Assert.Contains("--relationships=" + Path.Combine(_folder, f), command));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Fields_are_quoted_only_when_needed(string? value, string field) => Assert.Equal(field, CsvImportWriter.Field(value));
}

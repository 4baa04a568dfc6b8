using System.Globalization;
using System.Text;
using ResearchGraph.Queries.Views;

namespace ResearchGraph.Queries.Export;

/// <summary>
/// Writes the whole graph as node and relationship CSV files with the header conventions of
/// <c>neo4j-admin database import full</c> (<c>:ID(group)</c>, <c>:LABEL</c>, <c>:START_ID</c>,
/// <c>:END_ID</c>, <c>:TYPE</c>, typed columns), in the shape the Neo4j store uses. Arrays are
/// joined with U+001F (which no name contains) and fields may span lines, so the import command
/// names <c>--array-delimiter</c> and <c>--multiline-fields</c>.
/// </summary>
public static class CsvImportWriter
{
    /// <summary>The array delimiter inside array columns.</summary>
    public const char ArrayDelimiter = '\u001f';

    public static readonly IReadOnlyList<string> NodeFiles = ["documents.csv", "entities.csv", "evidence.csv"];

    public static readonly IReadOnlyList<string> RelationshipFiles = ["facts.csv", "evidence-documents.csv"];

    /// <summary>Writes the files into <paramref name="folder"/> (created when missing) and returns the import command.</summary>
    public static string Write(ExportView graph, string folder)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);

        WriteFile(folder, "documents.csv", ["doc:ID(Document)", "hash", "url", "ingested", ":LABEL"],
            graph.Documents.Select(d => new[] { d.Doc, d.Hash, d.Url, d.Ingested.ToString("o", CultureInfo.InvariantCulture), "Document" }));

        var named = graph.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var bare = graph.Facts.SelectMany(f => new[] { f.From, f.To }).Where(id => !named.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        WriteFile(folder, "entities.csv", ["id:ID(Entity)", "name", "kinds:string[]", "aliases:string[]", ":LABEL"],
            graph.Entities.Select(e => new[] { e.Id, e.Name, Array(e.Kinds.Select(k => k.ToString())), Array(e.Aliases), Array(new[] { "Entity" }.Concat(e.Kinds.Select(k => k.ToString()))) })
                .Concat(bare.Select(id => new[] { id, null, null, null, "Entity" })));

        var evidence = graph.Facts.SelectMany(f => f.Evidence.Select((e, i) => (Fact: f, Evidence: e, Key: f.Id + "#" + i.ToString(CultureInfo.InvariantCulture)))).ToList();
        WriteFile(folder, "evidence.csv", [":ID(Evidence)", "factId", "rel", "fromId", "toId", "doc", "date", "text", "start:int", "end:int", ":LABEL"],
            evidence.Select(x => new[]
            {
                x.Key, x.Fact.Id, x.Fact.Rel.ToString(), x.Fact.From, x.Fact.To, x.Evidence.Doc, x.Evidence.Date, x.Evidence.Text,
                x.Evidence.Start.ToString(CultureInfo.InvariantCulture), x.Evidence.End.ToString(CultureInfo.InvariantCulture), "Evidence",
            }));

        WriteFile(folder, "facts.csv", [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "factId", "year:int", "via", "propertyKeys:string[]", "propertyValues:string[]"],
            graph.Facts.Select(f =>
            {
                var keys = f.Properties.Keys.Order(StringComparer.Ordinal).ToList();
                return new[] { f.From, f.To, f.Rel.ToString(), f.Id, f.Year?.ToString(CultureInfo.InvariantCulture), f.Via, Array(keys), Array(keys.Select(k => f.Properties[k])) };
            }));

        WriteFile(folder, "evidence-documents.csv", [":START_ID(Evidence)", ":END_ID(Document)", ":TYPE"],
            evidence.Select(x => new[] { x.Key, x.Evidence.Doc, "IN_DOCUMENT" }));

        return ImportCommand(folder);
    }

    /// <summary>The command that loads the files into a new, empty database named neo4j.</summary>
    public static string ImportCommand(string folder)
    {
        var nodes = NodeFiles.Select(f => "--nodes=" + Quote(Path.Combine(folder, f)));
        var relationships = RelationshipFiles.Select(f => "--relationships=" + Quote(Path.Combine(folder, f)));
        return "neo4j-admin database import full neo4j --array-delimiter=\"U+001F\" --multiline-fields=true "
            + string.Join(' ', nodes.Concat(relationships));
    }

    /// <summary>One CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break; empty for null.</summary>
    public static string Field(string? value)
    {
        if (value is null)
        {
            return "";
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Array(IEnumerable<string> values) => string.Join(ArrayDelimiter, values);

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) || path.Contains('"', StringComparison.Ordinal)
        ? "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'"
        : path;

    private static void WriteFile(string folder, string name, IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        using var writer = new StreamWriter(Path.Combine(folder, name), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', header));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(',', row.Select(Field)));
        }
    }
}

using ResearchGraph.Domain;
using ResearchGraph.Queries;
using Spectre.Console;

namespace ResearchGraph.Cli;

/// <summary>Writes results: JSON for scripts, tables for people.</summary>
internal static class Output
{
    public static void Json<T>(T value) => Console.Out.WriteLine(QueryJson.Serialize(value));

    public static void Table(string[] headers, IEnumerable<string?[]> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(h)));
        }

        var any = false;
        foreach (var row in rows)
        {
            table.AddRow(row.Select(c => new Text(c ?? "")).ToArray<Spectre.Console.Rendering.IRenderable>());
            any = true;
        }

        if (!any)
        {
            Console.Out.WriteLine("(nothing)");
            return;
        }

        AnsiConsole.Write(table);
    }

    /// <summary>The first piece of evidence, shortened for a table cell; --json has it all.</summary>
    public static string Evidence(IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0)
        {
            return "";
        }

        var e = evidence[0];
        var text = e.Text.Length > 90 ? e.Text[..87] + "..." : e.Text;
        return $"{text} [{e.Doc}{(e.Date is { } d ? ", " + d : "")}]" + (evidence.Count > 1 ? $" (+{evidence.Count - 1} more)" : "");
    }
}

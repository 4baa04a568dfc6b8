using ResearchGraph.EndToEnd.Tests.Support;

namespace ResearchGraph.EndToEnd.Tests;

/// <summary>Ingestion through the real CLI: changes, bad input and exit codes.</summary>
[Collection(CliCollection.Name)]
public sealed class IngestionTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    private string Data => folder.File("data");

    [Fact]
    public void A_changed_page_replaces_exactly_its_own_facts()
    {
        var pages = Directory.CreateDirectory(folder.File("pages")).FullName;
        var page = Path.Combine(pages, "jane.txt");
        File.WriteAllText(page, "Jane Roe\n\nSep 2023: Graphite: Fast Graph Sketches is accepted by NeurIPS’23.\nMar 2023: Lumen: Light Indexes is accepted by ICML’23.\n");
        File.WriteAllText(Path.Combine(pages, "other.txt"), "John Poe\n\nMay 2023: Lumen: Light Indexes is accepted by ICML’23.\n");
        CliRun.Of("--data", Data, "ingest", pages, "--json").Succeeded();

        File.WriteAllText(page, "Jane Roe\n\nSep 2023: Graphite: Fast Graph Sketches is accepted by NeurIPS’23.\n");
        var report = CliRun.Of("--data", Data, "ingest", pages, "--json").Succeeded().Json;
        Assert.Equal(1, report.GetProperty("updated").GetInt32());
        Assert.Equal(1, report.GetProperty("unchanged").GetInt32());

        var lumen = CliRun.Of("--data", Data, "facts", "--rel", "PUBLISHED_AT", "--from", "Lumen", "--json").Succeeded().Json.GetProperty("facts").EnumerateArray().Single();
        var docs = lumen.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("doc").GetString()).ToList();
        Assert.Equal(["other.txt"], docs);
        Assert.Single(CliRun.Of("--data", Data, "facts", "--rel", "PUBLISHED_AT", "--from", "Graphite", "--json").Succeeded().Json.GetProperty("facts").EnumerateArray());
    }

    [Fact]
    public void Bad_files_are_reported_with_reasons_and_the_rest_go_in()
    {
        var pages = Directory.CreateDirectory(folder.File("batch")).FullName;
        File.WriteAllBytes(Path.Combine(pages, "binary.html"), [0x3c, 0x00, 0x01, 0x02, 0xff, 0x00, 0x10]);
        File.WriteAllText(Path.Combine(pages, "empty.md"), "");
        File.WriteAllText(Path.Combine(pages, "good.txt"), "Ann Lee\n\nJan 2024: Quill: Tiny Parsers is accepted by ICLR’24.\n");
        var run = CliRun.Of("--data", Data, "ingest", pages, folder.File("missing.txt"), "--json");
        Assert.Equal(1, run.ExitCode);
        var report = run.Json;
        Assert.Equal(1, report.GetProperty("added").GetInt32());
        var failed = report.GetProperty("failed").EnumerateArray().ToDictionary(f => f.GetProperty("doc").GetString()!, f => f.GetProperty("reason").GetString()!);
        Assert.Equal(3, failed.Count);
        Assert.Contains("binary", failed["binary.html"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("empty", failed["empty.md"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains(failed, f => f.Key.EndsWith("missing.txt", StringComparison.Ordinal) && f.Value.Contains("no such file", StringComparison.Ordinal));
        Assert.Single(CliRun.Of("--data", Data, "documents", "--json").Succeeded().Json.GetProperty("documents").EnumerateArray());
    }

    [Fact]
    public void Forget_removes_a_document_and_its_facts()
    {
        var page = folder.File("solo.txt");
        File.WriteAllText(page, "Ann Lee\n\nJan 2024: Quill: Tiny Parsers is accepted by ICLR’24.\n");
        CliRun.Of("--data", Data, "ingest", page).Succeeded();
        CliRun.Of("--data", Data, "forget", "solo.txt").Succeeded();
        var export = CliRun.Of("--data", Data, "export").Succeeded().Json;
        Assert.Equal(0, export.GetProperty("facts").GetArrayLength());
        Assert.Equal(0, export.GetProperty("documents").GetArrayLength());
        Assert.Equal(1, CliRun.Of("--data", Data, "forget", "solo.txt").ExitCode);
    }

    [Fact]
    public void Usage_errors_exit_2_and_failed_operations_exit_1_with_a_reason()
    {
        var usage = CliRun.Of("--data", Data, "lineage");
        Assert.Equal(2, usage.ExitCode);
        Assert.NotEmpty(usage.Stderr);

        var unknown = CliRun.Of("--data", Data, "entity", "Nonexistent Thing");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no entity named", unknown.Stderr, StringComparison.Ordinal);

        var badQuery = CliRun.Of("--data", Data, "search", "\"unclosed");
        Assert.Equal(1, badQuery.ExitCode);
        Assert.Single(badQuery.Stderr.Trim().Split('\n'));
    }

    public void Dispose() => folder.Dispose();
}

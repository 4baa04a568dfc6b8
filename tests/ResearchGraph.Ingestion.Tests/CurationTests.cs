using ResearchGraph.Domain;
using ResearchGraph.Ingestion.Tests.Support;

namespace ResearchGraph.Ingestion.Tests;

/// <summary>A curation file in the data folder: applied to every page, kept through re-ingestion, re-applied when edited.</summary>
public sealed class CurationTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    private DataFolder Data => new(folder.Sub("data"));

    private string Pages => folder.Sub("pages");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Rejected_facts_stay_out_and_merged_names_resolve_after_every_ingest()
    {
        folder.Write("pages/ada.txt", SamplePages.Homepage);
        folder.Write("pages/bo.txt", SamplePages.Second);
        await IngestAsync();
        Assert.Contains(await PublicationsAsync(), f => f.From == "project:tinydet" && f.To == "venue:iclr");

        Directory.CreateDirectory(Data.Root);
        await File.WriteAllTextAsync(Data.CurationFile, """
            {
              // TinyDet at ICLR was a workshop paper: not a publication we want in the graph.
              "reject": [{ "rel": "PUBLISHED_AT", "from": "TinyDet", "to": "ICLR" }],
              "merge": [{ "into": "Tiny Detector", "names": ["TinyDet"] }],
              "aliases": [{ "entity": "GlowNet", "aliases": ["Glow Network"] }]
            }
            """);

        // The page did not change, but the curation did: the page is extracted again.
        var report = await IngestAsync();
        Assert.Equal(2, report.Updated);
        await AssertCuratedAsync();

        // And again on a forced re-ingest: the corrections are not lost.
        await IngestAsync(force: true);
        await AssertCuratedAsync();
    }

    [Fact]
    public async Task A_malformed_curation_file_is_refused_with_its_path()
    {
        Directory.CreateDirectory(Data.Root);
        await File.WriteAllTextAsync(Data.CurationFile, """{ "reject": [{ "rel": "LIKES" }] }""");
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => Ingestor.OpenAsync(Data, "curation-tests"));
        Assert.Contains("curation.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("LIKES", e.Message, StringComparison.Ordinal);
    }

    private async Task AssertCuratedAsync()
    {
        await using var ingestor = await Ingestor.OpenAsync(Data, "curation-tests");
        var snapshot = await ingestor.Store.ExportAsync();
        Assert.DoesNotContain(snapshot.Facts, f => f.Rel == FactType.PUBLISHED_AT && f.To == "venue:iclr" && f.From.StartsWith("project:tiny", StringComparison.Ordinal));
        var merged = Assert.Single(await ingestor.Store.ResolveAsync("TinyDet"));
        Assert.Equal("Tiny Detector", merged.Name);
        Assert.Single(await ingestor.Store.ResolveAsync("Glow Network"));
    }

    private async Task<IngestReport> IngestAsync(bool force = false)
    {
        await using var ingestor = await Ingestor.OpenAsync(Data, "curation-tests");
        return await ingestor.IngestAsync([Pages], force);
    }

    private async Task<List<Fact>> PublicationsAsync()
    {
        await using var ingestor = await Ingestor.OpenAsync(Data, "curation-tests");
        return (await ingestor.Store.ExportAsync()).Facts.Where(f => f.Rel == FactType.PUBLISHED_AT).ToList();
    }
}

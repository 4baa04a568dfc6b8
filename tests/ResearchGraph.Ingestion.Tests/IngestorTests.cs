using System.Text.Json;
using ResearchGraph.Domain;
using ResearchGraph.Ingestion.Tests.Support;
using ResearchGraph.Search;

namespace ResearchGraph.Ingestion.Tests;

/// <summary>Ingesting pages into a data folder: what is added, updated, left alone and forgotten.</summary>
public sealed class IngestorTests : IDisposable
{
    private static readonly string TinyDetAtIclr2022 = FactIds.For(FactType.PUBLISHED_AT, "project:tinydet", "venue:iclr", 2022, null);

    private readonly TemporaryFolder folder = new();

    private DataFolder Data => new(folder.Sub("data"));

    private string Pages => folder.Sub("pages");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Ingest_of_a_folder_adds_every_page()
    {
        WriteBothPages();
        await using var ingestor = await OpenAsync();

        var report = await ingestor.IngestAsync([Pages], force: false);

        Assert.Equal(new IngestReport(2, 0, 0, report.Failed), report);
        Assert.Empty(report.Failed);
        var docs = (await ingestor.Store.ListDocumentsAsync()).Select(d => d.Document.Doc).Order(StringComparer.Ordinal);
        Assert.Equal(["ada.txt", "lab/bo.txt"], docs);
        var facts = (await ingestor.Store.ExportAsync()).Facts.Select(f => f.Id).ToList();
        Assert.Contains(TinyDetAtIclr2022, facts);
        Assert.Contains(FactIds.For(FactType.PUBLISHED_AT, "project:glownet", "venue:cvpr", 2021, null), facts);
    }

    [Fact]
    public async Task Progress_is_reported_once_per_document_in_order()
    {
        WriteBothPages();
        await using var ingestor = await OpenAsync();
        var progress = new ListProgress<IngestProgress>();

        await ingestor.IngestAsync([Pages], force: false, progress);

        Assert.Equal(
            [new IngestProgress(1, 2, "ada.txt", IngestOutcome.Added), new IngestProgress(2, 2, "lab/bo.txt", IngestOutcome.Added)],
            progress.Reports);
    }

    [Fact]
    public async Task Reingest_of_unchanged_documents_writes_nothing()
    {
        WriteBothPages();
        await using var ingestor = await OpenAsync();
        await ingestor.IngestAsync([Pages], force: false);
        var before = await ExportJsonAsync(ingestor);

        var report = await ingestor.IngestAsync([Pages], force: false);

        Assert.Equal(0, report.Added);
        Assert.Equal(0, report.Updated);
        Assert.Equal(2, report.Unchanged);
        Assert.Empty(report.Failed);
        // The clock moves on every reading, so any rewrite would change the ingest times.
        Assert.Equal(before, await ExportJsonAsync(ingestor));
    }

    [Fact]
    public async Task Changed_document_is_updated_and_facts_only_it_supported_go()
    {
        var page = folder.Write("pages/ada.txt", SamplePages.Homepage);
        await using var ingestor = await OpenAsync();
        await ingestor.IngestAsync([Pages], force: false);
        Assert.Contains(TinyDetAtIclr2022, await FactIdsAsync(ingestor));

        File.WriteAllText(page, SamplePages.Homepage.Replace("Jan 2022: TinyDet is accepted by ICLR’22.\n", "", StringComparison.Ordinal));
        var report = await ingestor.IngestAsync([Pages], force: false);

        Assert.Equal((0, 1, 0), (report.Added, report.Updated, report.Unchanged));
        var facts = await FactIdsAsync(ingestor);
        Assert.DoesNotContain(TinyDetAtIclr2022, facts);
        Assert.Contains(FactIds.For(FactType.PUBLISHED_AT, "project:fastnet", "venue:neurips", 2023, null), facts);
    }

    [Fact]
    public async Task Force_reextracts_unchanged_documents()
    {
        WriteBothPages();
        await using var ingestor = await OpenAsync();
        await ingestor.IngestAsync([Pages], force: false);
        var before = await ingestor.Store.FindDocumentAsync(folder.Sub("pages/ada.txt"));

        var report = await ingestor.IngestAsync([Pages], force: true);

        Assert.Equal((0, 2, 0), (report.Added, report.Updated, report.Unchanged));
        var after = await ingestor.Store.FindDocumentAsync(folder.Sub("pages/ada.txt"));
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.Equal(before.Hash, after.Hash);
        Assert.True(after.Ingested > before.Ingested);
    }

    [Fact]
    public async Task Bad_files_are_reported_with_a_reason_and_the_good_ones_go_in()
    {
        folder.Write("pages/ada.txt", SamplePages.Homepage);
        folder.WriteBytes("pages/binary.txt", [0x46, 0x61, 0x00, 0x00, 0x01, 0x02, 0x4E, 0x65]);
        folder.WriteBytes("pages/empty.md", []);
        var unsupported = folder.Write("notes.pdf", "Bo Lantern");
        var missing = folder.Sub("nowhere/gone.txt");
        await using var ingestor = await OpenAsync();

        var report = await ingestor.IngestAsync([Pages, missing, unsupported], force: false);

        Assert.Equal(1, report.Added);
        var reasons = report.Failed.ToDictionary(f => f.Doc, f => f.Reason);
        Assert.Equal(new[] { "binary.txt", "empty.md", missing, "notes.pdf" }.Order(StringComparer.Ordinal), reasons.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("binary", reasons["binary.txt"], StringComparison.Ordinal);
        Assert.Contains("empty", reasons["empty.md"], StringComparison.Ordinal);
        Assert.Contains("no such file", reasons[missing], StringComparison.Ordinal);
        Assert.Contains("unsupported", reasons["notes.pdf"], StringComparison.Ordinal);
        Assert.Equal(["ada.txt"], (await ingestor.Store.ListDocumentsAsync()).Select(d => d.Document.Doc));
    }

    [Fact]
    public async Task File_over_the_size_limit_is_rejected()
    {
        var page = folder.Write("pages/ada.txt", SamplePages.Homepage);
        var size = new FileInfo(page).Length;
        await using var ingestor = await OpenAsync(new IngestOptions { MaxFileBytes = size - 1 });

        var report = await ingestor.IngestAsync([page], force: false);

        Assert.Equal(0, report.Added);
        var failure = Assert.Single(report.Failed);
        Assert.Equal("ada.txt", failure.Doc);
        Assert.Contains("over the limit", failure.Reason, StringComparison.Ordinal);
        Assert.Empty(await ingestor.Store.ListDocumentsAsync());
    }

    [Fact]
    public async Task File_at_the_size_limit_is_accepted()
    {
        var page = folder.Write("pages/ada.txt", SamplePages.Homepage);
        await using var ingestor = await OpenAsync(new IngestOptions { MaxFileBytes = new FileInfo(page).Length });

        var report = await ingestor.IngestAsync([page], force: false);

        Assert.Equal(1, report.Added);
    }

    [Fact]
    public async Task File_that_vanished_before_reading_is_failed_not_thrown()
    {
        await using var ingestor = await OpenAsync();

        var (outcome, reason) = await ingestor.IngestFileAsync(new SourceFile(folder.Sub("pages/gone.txt"), "gone.txt"), force: false);

        Assert.Equal(IngestOutcome.Failed, outcome);
        Assert.StartsWith("cannot read the file", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_removes_the_document_its_facts_and_its_news_items()
    {
        WriteBothPages();
        await using var ingestor = await OpenAsync();
        await ingestor.IngestAsync([Pages], force: false);

        Assert.True(await ingestor.ForgetAsync("ada.txt"));

        Assert.Equal(["lab/bo.txt"], (await ingestor.Store.ListDocumentsAsync()).Select(d => d.Document.Doc));
        var facts = await FactIdsAsync(ingestor);
        Assert.DoesNotContain(TinyDetAtIclr2022, facts);
        Assert.NotEmpty(facts);
        using var reader = SearchIndexReader.Open(Data.IndexDirectory);
        Assert.Equal(0, reader.Search(new SearchRequest("FastNet")).Total);
        Assert.Equal(1, reader.Search(new SearchRequest("GlowNet")).Total);
    }

    [Fact]
    public async Task Forget_of_an_unknown_document_is_false()
    {
        WriteBothPages();
        await using var ingestor = await OpenAsync();
        await ingestor.IngestAsync([Pages], force: false);

        Assert.False(await ingestor.ForgetAsync("nobody.txt"));

        Assert.Equal(2, (await ingestor.Store.ListDocumentsAsync()).Count);
    }

    [Fact]
    public async Task Resolve_path_accepts_doc_name_file_name_and_path()
    {
        WriteBothPages();
        await using var ingestor = await OpenAsync();
        await ingestor.IngestAsync([Pages], force: false);
        var bo = folder.Sub("pages/lab/bo.txt");

        Assert.Equal(bo, await Ingestor.ResolvePathAsync(ingestor.Store, "lab/bo.txt"));
        Assert.Equal(bo, await Ingestor.ResolvePathAsync(ingestor.Store, "bo.txt"));
        Assert.Equal(bo, await Ingestor.ResolvePathAsync(ingestor.Store, bo));
        Assert.Null(await Ingestor.ResolvePathAsync(ingestor.Store, "lab/nobody.txt"));
    }

    [Fact]
    public async Task Resolve_path_of_an_ambiguous_file_name_throws_naming_both()
    {
        folder.Write("pages/a/home.txt", SamplePages.Homepage);
        folder.Write("pages/b/home.txt", SamplePages.Second);
        await using var ingestor = await OpenAsync();
        await ingestor.IngestAsync([Pages], force: false);

        var e = await Assert.ThrowsAsync<ArgumentException>(() => Ingestor.ResolvePathAsync(ingestor.Store, "home.txt"));

        Assert.Contains(folder.Sub("pages/a/home.txt"), e.Message, StringComparison.Ordinal);
        Assert.Contains(folder.Sub("pages/b/home.txt"), e.Message, StringComparison.Ordinal);
        Assert.Equal(folder.Sub("pages/a/home.txt"), await Ingestor.ResolvePathAsync(ingestor.Store, "a/home.txt"));
    }

    [Fact]
    public async Task Crash_between_graph_and_index_is_repaired_on_open()
    {
        WriteBothPages();
        await using (var first = await OpenAsync())
        {
            await first.IngestAsync([Pages], force: false);
        }

        // Simulate losing the index commit: the graph has the documents, the index has nothing.
        Directory.Delete(Data.IndexDirectory, recursive: true);
        using (var lost = SearchIndexReader.Open(Data.IndexDirectory))
        {
            Assert.Equal(0, lost.Search(new SearchRequest("FastNet")).Total);
        }

        await using var reopened = await OpenAsync();

        using var reader = SearchIndexReader.Open(Data.IndexDirectory);
        var fastNet = reader.Search(new SearchRequest("FastNet"));
        Assert.True(fastNet.Total >= 3, $"expected the FastNet news items back, got {fastNet.Total}");
        Assert.All(fastNet.Hits, h => Assert.Equal("ada.txt", h.Doc));
        Assert.Contains(reader.Search(new SearchRequest("GlowNet")).Hits, h => h.Doc == "lab/bo.txt" && h.Date == "2021-05");
    }

    [Fact]
    public async Task Batch_of_many_pages_with_bad_ones_among_them_ends_as_if_ingested_one_by_one()
    {
        // More pages than one graph transaction takes, with unreadable ones spread through them.
        var files = new List<SourceFile>();
        for (var i = 0; i < 150; i++)
        {
            var doc = $"p{i:D3}.txt";
            if (i % 37 == 5)
            {
                folder.WriteBytes("pages/" + doc, [0x46, 0x61, 0x00, 0x00, 0x01, 0x02]);
            }
            else
            {
                folder.Write("pages/" + doc, (i % 2 == 0 ? SamplePages.Homepage : SamplePages.Second).Replace("2021", (1990 + (i % 30)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            }

            files.Add(new SourceFile(folder.Sub("pages/" + doc), doc));
        }

        var progress = new ListProgress<IngestProgress>();
        IngestReport report;
        string batched;
        await using (var ingestor = await OpenAsync())
        {
            report = await ingestor.IngestAsync([Pages], force: false, progress);
            batched = await ExportJsonAsync(ingestor);
        }

        string oneByOne;
        var single = new DataFolder(folder.Sub("single"));
        await using (var ingestor = await Ingestor.OpenAsync(single, "ingestor-tests", time: new SteppingTime()))
        {
            foreach (var file in files)
            {
                await ingestor.IngestDocumentAsync(file, force: false);
            }

            oneByOne = await ExportJsonAsync(ingestor);
        }

        Assert.Equal((146, 4), (report.Added, report.Failed.Count));
        Assert.Equal(files.Select(f => f.Doc), progress.Reports.Select(p => p.Doc));
        Assert.Equal(Enumerable.Range(1, 150), progress.Reports.Select(p => p.Done));
        Assert.Equal(oneByOne, batched);
        using var index = SearchIndexReader.Open(Data.IndexDirectory);
        using var singleIndex = SearchIndexReader.Open(single.IndexDirectory);
        Assert.Equal(singleIndex.Search(new SearchRequest("GlowNet")).Total, index.Search(new SearchRequest("GlowNet")).Total);
        Assert.True(index.Search(new SearchRequest("GlowNet")).Total >= 73);
    }

    private void WriteBothPages()
    {
        folder.Write("pages/ada.txt", SamplePages.Homepage);
        folder.Write("pages/lab/bo.txt", SamplePages.Second);
    }

    private Task<Ingestor> OpenAsync(IngestOptions? options = null) =>
        Ingestor.OpenAsync(Data, "ingestor-tests", options: options, time: new SteppingTime());

    private static async Task<string> ExportJsonAsync(Ingestor ingestor) => JsonSerializer.Serialize(await ingestor.Store.ExportAsync());

    private static async Task<List<string>> FactIdsAsync(Ingestor ingestor) => (await ingestor.Store.ExportAsync()).Facts.Select(f => f.Id).ToList();
}

using ResearchGraph.Domain;
using ResearchGraph.Graph.Tests.Support;

namespace ResearchGraph.Graph.Tests;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must show, through the interface only; each store
/// runs it by deriving and supplying a fresh, empty store per test.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    protected const string Han = "person:song-han";
    protected const string Mit = "org:mit";
    protected const string Amazon = "org:amazon";
    protected const string NeurIPS = "venue:neurips";

    private IGraphStore? _store;

    /// <summary>The store under test, fresh and empty for each test.</summary>
    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>Creates a fresh, empty store; it is disposed after the test.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public virtual async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    protected async Task ReplaceAsync(params DocumentBuilder[] documents)
    {
        foreach (var document in documents)
        {
            await Store.ReplaceDocumentAsync(document.Build());
        }
    }

    [ContractFact]
    public async Task Empty_store_holds_nothing()
    {
        var snapshot = await Store.ExportAsync();

        Assert.Empty(snapshot.Documents);
        Assert.Empty(snapshot.Entities);
        Assert.Empty(snapshot.Facts);
        Assert.Empty(await Store.ListDocumentsAsync());
        Assert.Null(await Store.FindDocumentAsync("/pages/none.txt"));
        Assert.Null(await Store.GetVisibleTextAsync("/pages/none.txt"));
        Assert.Empty(await Store.GetNewsItemsAsync("/pages/none.txt"));
        Assert.Empty(await Store.ResolveAsync("anything"));
    }

    [ContractFact]
    public async Task Document_record_round_trips_exactly()
    {
        var ingested = new DateTimeOffset(2024, 9, 26, 17, 3, 4, 123, TimeSpan.FromHours(-7)).AddTicks(4567);
        var document = Some.Document("han.html").WithHash("abc123").WithUrl("https://hanlab.mit.edu/").IngestedAt(ingested).WithExtractorVersion("7");
        await ReplaceAsync(document);

        var found = await Store.FindDocumentAsync(document.Path);

        Assert.Equal(new SourceDocument(document.Path, "han.html", "abc123", "https://hanlab.mit.edu/", ingested, "7"), found);
        Assert.Equal(ingested.Offset, found!.Ingested.Offset);
    }

    [ContractFact]
    public async Task Document_without_url_keeps_null_url()
    {
        await ReplaceAsync(Some.Document("plain.txt"));

        var found = await Store.FindDocumentAsync("/pages/plain.txt");

        Assert.NotNull(found);
        Assert.Null(found.Url);
    }

    [ContractFact]
    public async Task Visible_text_round_trips_exactly()
    {
        const string text = "title: Song Han\nSep 2022: NeurIPS’22 — “quoted” 😀\n";
        await ReplaceAsync(Some.Document("han.txt").WithText(text));

        Assert.Equal(text, await Store.GetVisibleTextAsync("/pages/han.txt"));
    }

    [ContractFact]
    public async Task News_items_come_back_in_offset_order_with_their_mentions()
    {
        await ReplaceAsync(Some.Document("han.txt")
            .WithNews("2023-05", "later item", 40, Han, Mit)
            .WithNews(null, "undated item", 0)
            .WithNews("2022-09", "middle item", 20, Mit, Han));

        var news = await Store.GetNewsItemsAsync("/pages/han.txt");

        Assert.Equal(GraphJson.Of(new[]
        {
            new NewsItem(null, "undated item", 0, 12, []),
            new NewsItem("2022-09", "middle item", 20, 31, [Mit, Han]),
            new NewsItem("2023-05", "later item", 40, 50, [Han, Mit]),
        }), GraphJson.Of(news));
    }

    [ContractFact]
    public async Task Replace_of_unchanged_document_is_idempotent()
    {
        var document = Some.Document("han.txt")
            .WithEntity(Han, "Song Han", EntityKind.Person, "Han Song")
            .WithEntity(NeurIPS, "NeurIPS", EntityKind.Venue, "NIPS")
            .WithFact(FactType.PUBLISHED_AT, "project:tsm", NeurIPS, year: 2019, start: 10, properties: new Dictionary<string, string> { ["title"] = "TSM" })
            .WithNews("2019-10", "TSM at NeurIPS", 10, NeurIPS);
        await ReplaceAsync(document);
        var before = GraphJson.Of(await Store.ExportAsync());
        var newsBefore = GraphJson.Of(await Store.GetNewsItemsAsync(document.Path));

        await ReplaceAsync(document);

        Assert.Equal(before, GraphJson.Of(await Store.ExportAsync()));
        Assert.Equal(newsBefore, GraphJson.Of(await Store.GetNewsItemsAsync(document.Path)));
    }

    [ContractFact]
    public async Task Replace_replaces_the_document_record_text_and_news()
    {
        await ReplaceAsync(Some.Document("han.txt").WithHash("old").WithText("old text").WithNews("2020", "old news", 0));

        await ReplaceAsync(Some.Document("han.txt").WithHash("new").WithText("new text").WithNews("2021", "new news", 3));

        Assert.Equal("new", (await Store.FindDocumentAsync("/pages/han.txt"))!.Hash);
        Assert.Equal("new text", await Store.GetVisibleTextAsync("/pages/han.txt"));
        Assert.Equal("new news", Assert.Single(await Store.GetNewsItemsAsync("/pages/han.txt")).Text);
        Assert.Single((await Store.ExportAsync()).Documents);
    }

    [ContractFact]
    public async Task Forget_removes_the_document_and_what_only_it_supported()
    {
        await ReplaceAsync(
            Some.Document("a.txt").WithEntity(Han, "Song Han", EntityKind.Person).WithFact(FactType.AFFILIATED_WITH, Han, Mit).WithFact(FactType.RECEIVED, Han, "award:sony", 2017),
            Some.Document("b.txt").WithEntity(Mit, "MIT", EntityKind.Institution).WithFact(FactType.AFFILIATED_WITH, Han, Mit));

        Assert.True(await Store.ForgetDocumentAsync("/pages/a.txt"));

        var snapshot = await Store.ExportAsync();
        Assert.Equal(["b.txt"], snapshot.Documents.Select(d => d.Doc));
        Assert.Equal([Mit], snapshot.Entities.Select(e => e.Id));
        var fact = Assert.Single(snapshot.Facts);
        Assert.Equal(Some.FactId(FactType.AFFILIATED_WITH, Han, Mit), fact.Id);
        Assert.Equal(["b.txt"], fact.Evidence.Select(e => e.Doc));
        Assert.Null(await Store.GetVisibleTextAsync("/pages/a.txt"));
        Assert.Empty(await Store.GetNewsItemsAsync("/pages/a.txt"));
    }

    [ContractFact]
    public async Task Forget_of_an_unknown_document_returns_false_and_changes_nothing()
    {
        await ReplaceAsync(Some.Document("a.txt").WithFact(FactType.USES, "project:a", "technique:b"));
        var before = GraphJson.Of(await Store.ExportAsync());

        Assert.False(await Store.ForgetDocumentAsync("/pages/other.txt"));

        Assert.Equal(before, GraphJson.Of(await Store.ExportAsync()));
    }

    [ContractFact]
    public async Task Forget_of_the_last_document_leaves_an_empty_graph()
    {
        await ReplaceAsync(Some.Document("a.txt").WithEntity(Han, "Song Han", EntityKind.Person).WithFact(FactType.AFFILIATED_WITH, Han, Mit).WithNews("2020", "x", 0, Han));

        await Store.ForgetDocumentAsync("/pages/a.txt");

        Assert.Equal(GraphJson.Of(new GraphSnapshot([], [], [])), GraphJson.Of(await Store.ExportAsync()));
    }

    [ContractFact]
    public async Task Documents_are_listed_by_doc_then_path_with_the_facts_they_support()
    {
        await ReplaceAsync(
            Some.Document("b.txt").WithFact(FactType.USES, "project:a", "technique:x").WithFact(FactType.USES, "project:a", "technique:x", start: 50),
            Some.Document("a.txt").AtPath("/pages/z/a.txt").WithFact(FactType.USES, "project:a", "technique:x").WithFact(FactType.USES, "project:a", "technique:y"),
            Some.Document("a.txt").AtPath("/pages/y/a.txt"),
            Some.Document("B.txt"));

        var documents = await Store.ListDocumentsAsync();

        Assert.Equal(
            [("B.txt", "/pages/B.txt", 0), ("a.txt", "/pages/y/a.txt", 0), ("a.txt", "/pages/z/a.txt", 2), ("b.txt", "/pages/b.txt", 1)],
            documents.Select(d => (d.Document.Doc, d.Document.Path, d.Facts)));
    }

    [ContractFact]
    public async Task Export_lists_documents_by_doc()
    {
        await ReplaceAsync(Some.Document("c.txt"), Some.Document("a.txt"), Some.Document("b.txt"));

        var snapshot = await Store.ExportAsync();

        Assert.Equal(["a.txt", "b.txt", "c.txt"], snapshot.Documents.Select(d => d.Doc));
    }
}

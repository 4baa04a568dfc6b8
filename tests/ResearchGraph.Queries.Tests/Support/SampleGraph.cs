using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Ingestion;
using ResearchGraph.Search;

namespace ResearchGraph.Queries.Tests.Support;

/// <summary>
/// A data folder filled by the real <see cref="Ingestor"/> from <see cref="SamplePages"/>, then
/// opened read-only as the CLI opens it. Shared by a test class: its tests only read. The folder
/// lives under the system's temporary folder and is deleted on dispose.
/// </summary>
public sealed class SampleGraph : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "researchgraph-queries-tests", Guid.NewGuid().ToString("N"));
    private SqliteGraphStore? store;
    private SearchIndexReader? index;

    public GraphQueries Queries { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var pages = Path.Combine(root, "pages");
        Directory.CreateDirectory(pages);
        await File.WriteAllTextAsync(Path.Combine(pages, "ada-quill.txt"), SamplePages.Homepage);
        await File.WriteAllTextAsync(Path.Combine(pages, "bo-lantern.txt"), SamplePages.Unrelated);
        var data = new DataFolder(Path.Combine(root, "data"));
        await using (var ingestor = await Ingestor.OpenAsync(data, "queries-tests"))
        {
            var report = await ingestor.IngestAsync([pages], force: false);
            if (report.Added != 2)
            {
                throw new InvalidOperationException($"the sample pages did not go in: {report}");
            }
        }

        store = await SqliteGraphStore.OpenAsync(data.GraphFile, readOnly: true);
        index = SearchIndexReader.Open(data.IndexDirectory);
        Queries = new GraphQueries(store, index);
    }

    public async Task DisposeAsync()
    {
        index?.Dispose();
        if (store is not null)
        {
            await store.DisposeAsync();
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

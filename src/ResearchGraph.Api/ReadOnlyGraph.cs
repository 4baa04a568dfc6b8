using Microsoft.Extensions.Options;
using ResearchGraph.Graph;
using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Ingestion;
using ResearchGraph.Queries;
using ResearchGraph.Search;

namespace ResearchGraph.Api;

/// <summary>
/// The data folder as the API sees it: the graph opened read-only and the index opened for
/// searching, once at start-up, for the life of the process. Readers never block a writer and see
/// each document's new facts once it is committed.
/// </summary>
public sealed class ReadOnlyGraph(IOptions<ApiOptions> options) : IHostedService, IAsyncDisposable
{
    private IGraphStore? store;
    private SearchIndexReader? index;
    private GraphQueries? queries;

    public DataFolder Folder { get; } = new(options.Value.Data);

    public IGraphStore Store => store ?? throw NotOpen();

    public SearchIndexReader Index => index ?? throw NotOpen();

    public GraphQueries Queries => queries ?? throw NotOpen();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        store = await SqliteGraphStore.OpenAsync(Folder.GraphFile, readOnly: true, cancellationToken).ConfigureAwait(false);
        index = SearchIndexReader.Open(Folder.IndexDirectory);
        queries = new GraphQueries(store, index);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        index?.Dispose();
        if (store is not null)
        {
            await store.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static InvalidOperationException NotOpen() => new("The data folder is not open yet: the host has not started.");
}

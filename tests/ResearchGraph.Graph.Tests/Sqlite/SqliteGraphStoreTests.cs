using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Graph.Tests.Support;

namespace ResearchGraph.Graph.Tests.Sqlite;

/// <summary>The graph store contract, run against the embedded SQLite store in a temporary folder.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override async Task<IGraphStore> CreateStoreAsync() =>
        await SqliteGraphStore.OpenAsync(Path.Combine(_folder.Path, "graph.db"));

    // xunit disposes after IAsyncLifetime.DisposeAsync has closed the store.
    public void Dispose() => _folder.Dispose();
}

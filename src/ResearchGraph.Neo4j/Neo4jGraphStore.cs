using ResearchGraph.Graph;
using ResearchGraph.Neo4j.Cypher;
using ResearchGraph.Neo4j.Http;

namespace ResearchGraph.Neo4j;

/// <summary>
/// The graph on a Neo4j server, through its HTTP Cypher API. Entities are <c>Entity</c> nodes
/// labelled with their kinds; facts are relationships of their type keyed by the computed fact id;
/// documents, news items, evidence and per-document statements are nodes and relationships of their
/// own, so that replacing a document removes exactly what it contributed. Every statement comes
/// from a named query file (<c>queries/</c>). Answers equal the embedded store's, in the same order.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    // Rows per statement: one round trip per batch, never one per fact.
    private const int BatchSize = 1000;

    private readonly CypherHttpClient _client;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    internal Neo4jGraphStore(CypherHttpClient client)
    {
        _client = client;
    }

    /// <summary>
    /// A store on the server <paramref name="settings"/> names. Nothing is sent until the first
    /// operation; the first write creates the schema when it is missing.
    /// </summary>
    /// <param name="settings">Where the server is and how to sign in.</param>
    /// <param name="handler">The HTTP handler to send requests through (null for the default).</param>
    public static Neo4jGraphStore Create(Neo4jSettings settings, HttpMessageHandler? handler = null) =>
        new(new CypherHttpClient(settings, handler));

    /// <summary>
    /// Creates the schema now (constraints, indexes, the full-text index on news text) rather than
    /// on first use; idempotent.
    /// </summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                // Schema and data cannot share a transaction: each schema statement has its own request.
                foreach (var statement in CypherQueries.Statements("schema"))
                {
                    await _client.RunAsync([statement], cancellationToken);
                }

                _schemaReady = true;
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        _writeGate.Dispose();
        _schemaGate.Dispose();
        return ValueTask.CompletedTask;
    }

    // Reads never create the schema: a read-only user can query, and a graph without it reads as empty.
    private async Task<CypherResult> ReadAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        return (await _client.RunAsync([statement], cancellationToken))[0];
    }

    private async Task<IReadOnlyList<CypherResult>> ReadAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        return await _client.RunAsync(statements, cancellationToken);
    }

    private static IEnumerable<CypherStatement> Batched(string query, string? path, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        for (var i = 0; i < rows.Count; i += BatchSize)
        {
            var batch = rows.Skip(i).Take(BatchSize).ToArray();
            yield return path is null
                ? CypherQueries.Statement(query, ("rows", batch))
                : CypherQueries.Statement(query, ("path", path), ("rows", batch));
        }
    }

    private static IEnumerable<CypherStatement> BatchedIds(string query, string parameter, IReadOnlyCollection<string> ids)
    {
        var list = ids.ToArray();
        for (var i = 0; i < list.Length; i += BatchSize)
        {
            yield return CypherQueries.Statement(query, (parameter, list.Skip(i).Take(BatchSize).ToArray()));
        }
    }
}

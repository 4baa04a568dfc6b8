namespace ResearchGraph.Neo4j.Http;

/// <summary>An explicit transaction of the transactional endpoint: all statements of a call in one request.</summary>
internal sealed class TransactionalTransaction(CypherHttpClient client, string path, string? affinity) : ICypherTransaction
{
    private bool _finished;

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        if (statements.Count == 0)
        {
            return [];
        }

        try
        {
            var response = await client.SendAsync(HttpMethod.Post, path, CypherHttpClient.TransactionalBody(statements), cancellationToken, statements, affinity);
            return client.TransactionalResults(response.Json, statements);
        }
        catch (Neo4jRequestException e) when (e.Code is not null)
        {
            // An error in a statement rolls the whole transaction back on the server.
            _finished = true;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        var response = await client.SendAsync(HttpMethod.Post, path + "/commit", CypherHttpClient.TransactionalBody([]), cancellationToken, affinity: affinity);
        client.ThrowIfErrors(response.Json, []);
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        try
        {
            await client.SendAsync(HttpMethod.Delete, path, null, CancellationToken.None, affinity: affinity);
        }
        catch (Neo4jRequestException)
        {
            // Best effort: an abandoned transaction expires on the server anyway.
        }
    }
}

namespace ResearchGraph.Neo4j.Http;

/// <summary>An explicit transaction of the Query API: one statement per request.</summary>
internal sealed class QueryApiTransaction(CypherHttpClient client, string path, string? affinity) : ICypherTransaction
{
    private bool _finished;

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var results = new List<CypherResult>(statements.Count);
        foreach (var statement in statements)
        {
            try
            {
                var response = await client.SendAsync(HttpMethod.Post, path, CypherHttpClient.QueryApiBody(statement), cancellationToken, [statement], affinity);
                results.Add(client.QueryApiResult(response.Json, statement));
            }
            catch (Neo4jRequestException)
            {
                // A failed statement ends the transaction on the server.
                _finished = true;
                throw;
            }
        }

        return results;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        await client.SendAsync(HttpMethod.Post, path + "/commit", null, cancellationToken, affinity: affinity);
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

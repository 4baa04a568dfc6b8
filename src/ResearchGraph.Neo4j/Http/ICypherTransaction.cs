namespace ResearchGraph.Neo4j.Http;

/// <summary>An open explicit transaction; disposing it without a commit rolls it back.</summary>
internal interface ICypherTransaction : IAsyncDisposable
{
    /// <summary>Runs statements in order inside the transaction and returns one result per statement.</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}

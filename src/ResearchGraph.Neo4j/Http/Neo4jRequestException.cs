namespace ResearchGraph.Neo4j.Http;

/// <summary>
/// A request to Neo4j failed; <see cref="IsTransient"/> says whether trying again may succeed (the
/// retry policy's criterion). The store turns it into a <see cref="Graph.GraphStoreException"/>.
/// </summary>
internal sealed class Neo4jRequestException : Exception
{
    public Neo4jRequestException(string message, bool transient, Exception? innerException = null, string? code = null)
        : base(message, innerException)
    {
        IsTransient = transient;
        Code = code;
    }

    public bool IsTransient { get; }

    /// <summary>Neo4j's status code (<c>Neo.ClientError.Statement.SyntaxError</c>), when it gave one.</summary>
    public string? Code { get; }
}

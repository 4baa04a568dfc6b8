namespace ResearchGraph.Graph;

/// <summary>
/// A graph store cannot do what was asked for a reason the user can act on (a database written by
/// a newer build, a write to a store opened read-only); the message says what is wrong.
/// </summary>
public sealed class GraphStoreException : Exception
{
    public GraphStoreException(string message)
        : base(message)
    {
    }

    public GraphStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphStoreException()
    {
    }
}

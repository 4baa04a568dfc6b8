namespace ResearchGraph.Search;

/// <summary>The user's query or filters cannot be understood; the message says what is wrong.</summary>
public sealed class SearchQueryException : Exception
{
    public SearchQueryException(string message)
        : base(message)
    {
    }

    public SearchQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SearchQueryException()
    {
    }
}

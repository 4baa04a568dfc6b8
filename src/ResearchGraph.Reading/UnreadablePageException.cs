namespace ResearchGraph.Reading;

/// <summary>
/// A file that is not a readable page at all (empty, or binary); the message says why, in
/// words fit for an ingest summary.
/// </summary>
public sealed class UnreadablePageException : Exception
{
    /// <summary>Creates the exception with a default reason.</summary>
    public UnreadablePageException()
        : base("the file is not a readable page")
    {
    }

    /// <summary>Creates the exception with the reason the page cannot be read.</summary>
    public UnreadablePageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and the error behind it.</summary>
    public UnreadablePageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

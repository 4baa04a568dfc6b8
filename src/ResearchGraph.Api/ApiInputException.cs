namespace ResearchGraph.Api;

/// <summary>A request the API cannot answer as asked; the message says what is wrong (400).</summary>
public sealed class ApiInputException : Exception
{
    public ApiInputException(string message)
        : base(message)
    {
    }

    public ApiInputException()
    {
    }

    public ApiInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

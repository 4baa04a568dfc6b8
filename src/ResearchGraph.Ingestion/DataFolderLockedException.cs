namespace ResearchGraph.Ingestion;

/// <summary>Another writer (an <c>ingest</c> or a <c>worker</c>) holds the data folder.</summary>
public sealed class DataFolderLockedException : Exception
{
    public DataFolderLockedException(string message)
        : base(message)
    {
    }

    public DataFolderLockedException()
    {
    }

    public DataFolderLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

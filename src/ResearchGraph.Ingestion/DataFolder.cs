namespace ResearchGraph.Ingestion;

/// <summary>The layout of a data folder: the graph database file, the search index and the writer lock.</summary>
public sealed class DataFolder
{
    public DataFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Root = Path.GetFullPath(path);
    }

    public string Root { get; }

    public string GraphFile => Path.Combine(Root, "graph.db");

    /// <summary>The user's corrections applied to every page (<c>curation.json</c>); kept when the graph is rebuilt from the pages.</summary>
    public string CurationFile => Path.Combine(Root, "curation.json");

    public string IndexDirectory => Path.Combine(Root, "index");

    public string LockFile => Path.Combine(Root, "writer.lock");

    public string LockHolderFile => Path.Combine(Root, "writer.holder");
}

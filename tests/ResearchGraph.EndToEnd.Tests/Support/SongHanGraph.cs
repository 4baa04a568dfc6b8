namespace ResearchGraph.EndToEnd.Tests.Support;

/// <summary>A data folder holding the real text homepage from the shared corpus, ingested once for a test class.</summary>
public sealed class SongHanGraph : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public SongHanGraph()
    {
        Ingest = CliRun.Of("--data", Data, "ingest", Repository.Corpus("song-han.txt"), "--json").Succeeded();
    }

    public string Data => folder.File("data");

    public CliRun Ingest { get; }

    public CliRun Run(params string[] args) => CliRun.Of(["--data", Data, .. args]);

    public void Dispose() => folder.Dispose();
}

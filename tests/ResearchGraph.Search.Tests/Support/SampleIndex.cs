namespace ResearchGraph.Search.Tests.Support;

/// <summary>The two sample pages, indexed and committed once per test class, with one long-lived reader.</summary>
public sealed class SampleIndex : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleIndex()
    {
        using (var writer = SearchIndexWriter.Open(_folder.Path))
        {
            writer.ReplaceDocument(Some.HanPath, "han.txt", Some.HanPage());
            writer.ReplaceDocument(Some.LabPath, "lab.md", Some.LabPage());
            writer.Commit();
        }

        Reader = SearchIndexReader.Open(_folder.Path);
    }

    public SearchIndexReader Reader { get; }

    public SearchResults Search(string query, string? from = null, string? to = null, IReadOnlyList<string>? entities = null, int limit = 100, int offset = 0) =>
        Reader.Search(new SearchRequest(query, from, to, entities, limit, offset));

    public void Dispose()
    {
        Reader.Dispose();
        _folder.Dispose();
    }
}

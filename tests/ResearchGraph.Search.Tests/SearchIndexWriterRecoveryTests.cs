using ResearchGraph.Search.Tests.Support;

namespace ResearchGraph.Search.Tests;

/// <summary>What a writer killed with SIGKILL leaves behind must not stop the next one.</summary>
public sealed class SearchIndexWriterRecoveryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_leftover_write_lock_file_and_unreferenced_segment_files_do_not_block_the_next_writer()
    {
        using (var writer = SearchIndexWriter.Open(_folder.Path))
        {
            writer.ReplaceDocument("/a.txt", "a.txt", [Some.Item(null, "alpha news")]);
            writer.Commit(new Dictionary<string, string> { ["/a.txt"] = "hash-a" });
        }

        // A killed writer leaves its lock file (the OS lock on it dies with the process) and the
        // files of a flush that no commit point references.
        File.WriteAllText(Path.Combine(_folder.Path, "write.lock"), "");
        File.WriteAllBytes(Path.Combine(_folder.Path, "_9.cfs"), [1, 2, 3]);

        using (var writer = SearchIndexWriter.Open(_folder.Path))
        {
            Assert.Equal("hash-a", writer.IndexedDocuments()["/a.txt"]);
            writer.ReplaceDocument("/b.txt", "b.txt", [Some.Item(null, "beta news")]);
            writer.Commit(new Dictionary<string, string> { ["/b.txt"] = "hash-b" });
        }

        using var reader = SearchIndexReader.Open(_folder.Path);
        Assert.Equal(2, reader.Search(new SearchRequest("news")).Total);
    }
}

using Lucene.Net.Store;
using ResearchGraph.Search.Tests.Support;

namespace ResearchGraph.Search.Tests;

public sealed class SearchIndexWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Replace_document_removes_the_old_items_of_that_path_only()
    {
        using var writer = SearchIndexWriter.Open(_folder.Path);
        writer.ReplaceDocument("/a.txt", "a.txt", Some.Page(Some.Item("2020-01", "alpha first news"), Some.Item("2020-02", "alpha second news")));
        writer.ReplaceDocument("/b.txt", "b.txt", [Some.Item("2020-03", "beta news")]);
        writer.Commit();

        writer.ReplaceDocument("/a.txt", "a.txt", [Some.Item("2021-01", "gamma replacement news")]);
        writer.Commit();

        using var reader = SearchIndexReader.Open(_folder.Path);
        Assert.Equal(0, reader.Search(new SearchRequest("alpha")).Total);
        Assert.Equal("/a.txt", Assert.Single(reader.Search(new SearchRequest("gamma")).Hits).Path);
        Assert.Equal("/b.txt", Assert.Single(reader.Search(new SearchRequest("beta")).Hits).Path);
        Assert.Equal(2, reader.Search(new SearchRequest("news")).Total);
    }

    [Fact]
    public void Delete_document_removes_its_items_and_its_stamp()
    {
        using (var writer = SearchIndexWriter.Open(_folder.Path))
        {
            writer.ReplaceDocument("/a.txt", "a.txt", [Some.Item(null, "alpha news")]);
            writer.ReplaceDocument("/b.txt", "b.txt", [Some.Item(null, "beta news")]);
            writer.Commit(new Dictionary<string, string> { ["/a.txt"] = "hash-a", ["/b.txt"] = "hash-b" });
            writer.DeleteDocument("/a.txt");
            writer.Commit();
        }

        using var reopened = SearchIndexWriter.Open(_folder.Path);
        using var reader = SearchIndexReader.Open(_folder.Path);
        Assert.Equal("/b.txt", Assert.Single(reader.Search(new SearchRequest("news")).Hits).Path);
        Assert.Equal(new Dictionary<string, string> { ["/b.txt"] = "hash-b" }, reopened.IndexedDocuments());
    }

    [Fact]
    public void Uncommitted_changes_are_invisible_until_commit_to_the_same_long_lived_reader()
    {
        using var reader = SearchIndexReader.Open(_folder.Path);
        using var writer = SearchIndexWriter.Open(_folder.Path);

        writer.ReplaceDocument("/a.txt", "a.txt", [Some.Item("2020-01", "alpha news")]);
        Assert.Equal(0, reader.Search(new SearchRequest("alpha")).Total);

        writer.Commit();
        Assert.Equal(1, reader.Search(new SearchRequest("alpha")).Total);

        writer.ReplaceDocument("/a.txt", "a.txt", [Some.Item("2020-01", "beta news")]);
        Assert.Equal(1, reader.Search(new SearchRequest("alpha")).Total);

        writer.Commit();
        Assert.Equal(0, reader.Search(new SearchRequest("alpha")).Total);
        Assert.Equal(1, reader.Search(new SearchRequest("beta")).Total);
    }

    [Fact]
    public void Dispose_without_commit_loses_the_changes()
    {
        using (var writer = SearchIndexWriter.Open(_folder.Path))
        {
            writer.ReplaceDocument("/a.txt", "a.txt", [Some.Item(null, "alpha news")]);
            writer.Commit(new Dictionary<string, string> { ["/a.txt"] = "hash-a" });
            writer.ReplaceDocument("/a.txt", "a.txt", [Some.Item(null, "beta news")]);
            writer.ReplaceDocument("/c.txt", "c.txt", [Some.Item(null, "gamma news")]);
            writer.DeleteDocument("/a.txt");
        }

        using var reader = SearchIndexReader.Open(_folder.Path);
        using var reopened = SearchIndexWriter.Open(_folder.Path);
        Assert.Equal("alpha news", Assert.Single(reader.Search(new SearchRequest("news")).Hits).Text);
        Assert.Equal(new Dictionary<string, string> { ["/a.txt"] = "hash-a" }, reopened.IndexedDocuments());
    }

    [Fact]
    public void Stamps_round_trip_through_indexed_documents_after_reopen()
    {
        using (var writer = SearchIndexWriter.Open(_folder.Path))
        {
            writer.ReplaceDocument("/a.txt", "a.txt", [Some.Item(null, "alpha")]);
            writer.ReplaceDocument("/b.txt", "b.txt", [Some.Item(null, "beta")]);
            writer.Commit(new Dictionary<string, string> { ["/a.txt"] = "sha256:aaa", ["/b.txt"] = "sha256:bbb" });
            writer.ReplaceDocument("/b.txt", "b.txt", [Some.Item(null, "beta again")]);
            writer.Commit(new Dictionary<string, string> { ["/b.txt"] = "sha256:ccc" });
        }

        using var reopened = SearchIndexWriter.Open(_folder.Path);

        Assert.Equal(new Dictionary<string, string> { ["/a.txt"] = "sha256:aaa", ["/b.txt"] = "sha256:ccc" }, reopened.IndexedDocuments());
    }

    [Fact]
    public void A_replaced_document_committed_without_a_stamp_has_an_empty_stamp()
    {
        using var writer = SearchIndexWriter.Open(_folder.Path);
        writer.ReplaceDocument("/a.txt", "a.txt", [Some.Item(null, "alpha")]);
        writer.Commit(new Dictionary<string, string> { ["/a.txt"] = "hash-a" });

        writer.ReplaceDocument("/a.txt", "a.txt", [Some.Item(null, "alpha changed")]);
        writer.Commit();

        Assert.Equal(new Dictionary<string, string> { ["/a.txt"] = "" }, writer.IndexedDocuments());
    }

    [Fact]
    public void Stamps_for_paths_not_in_the_index_are_ignored()
    {
        using var writer = SearchIndexWriter.Open(_folder.Path);
        writer.ReplaceDocument("/a.txt", "a.txt", [Some.Item(null, "alpha")]);

        writer.Commit(new Dictionary<string, string> { ["/a.txt"] = "hash-a", ["/never-indexed.txt"] = "hash-x" });

        Assert.Equal(new Dictionary<string, string> { ["/a.txt"] = "hash-a" }, writer.IndexedDocuments());
    }

    [Fact]
    public void Indexed_documents_show_the_last_commit_not_pending_changes()
    {
        using var writer = SearchIndexWriter.Open(_folder.Path);
        writer.ReplaceDocument("/a.txt", "a.txt", [Some.Item(null, "alpha")]);

        Assert.Empty(writer.IndexedDocuments());
    }

    [Fact]
    public void A_second_writer_on_the_same_index_fails_at_once()
    {
        using var first = SearchIndexWriter.Open(_folder.Path);

        Assert.Throws<LockObtainFailedException>(() => SearchIndexWriter.Open(_folder.Path));
    }

    [Fact]
    public void Open_creates_the_index_folder()
    {
        var folder = _folder.Sub("data/index");

        using (var writer = SearchIndexWriter.Open(folder))
        {
            writer.Commit();
        }

        Assert.True(System.IO.Directory.Exists(folder));
        using var reader = SearchIndexReader.Open(folder);
        Assert.Equal(0, reader.Search(new SearchRequest("anything")).Total);
    }

    [Fact]
    public async Task Searches_keep_working_while_a_writer_commits()
    {
        using var reader = SearchIndexReader.Open(_folder.Path);
        using var writer = SearchIndexWriter.Open(_folder.Path);
        writer.ReplaceDocument("/stable.txt", "stable.txt", [Some.Item("2020-01", "stable quantum news")]);
        writer.ReplaceDocument("/churn.txt", "churn.txt", [Some.Item("2020-01", "churning page version 0")]);
        writer.Commit();

        var commits = Task.Run(() =>
        {
            for (var i = 1; i < 30; i++)
            {
                writer.ReplaceDocument("/churn.txt", "churn.txt", [Some.Item("2020-01", $"churning page version {i}")]);
                writer.Commit();
            }
        });
        var searches = Enumerable.Range(0, 64).Select(_ => Task.Run(() =>
        {
            while (!commits.IsCompleted)
            {
                Assert.Equal(1, reader.Search(new SearchRequest("quantum")).Total);
                Assert.Equal(1, reader.Search(new SearchRequest("churning")).Total);
            }
        }));

        await Task.WhenAll(searches.Append(commits));
        Assert.Equal("churning page version 29", Assert.Single(reader.Search(new SearchRequest("churning")).Hits).Text);
    }
}

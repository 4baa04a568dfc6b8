using ResearchGraph.Ingestion.Tests.Support;

namespace ResearchGraph.Ingestion.Tests;

/// <summary>Turning the paths given to ingest into source files.</summary>
public sealed class SourceDiscoveryTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Folder_gives_supported_files_sorted_with_slash_relative_doc_names()
    {
        folder.Write("site/zeta.md", "z");
        folder.Write("site/b/deep/page.html", "<p>x</p>");
        folder.Write("site/alpha.txt", "a");
        folder.Write("site/b/notes.markdown", "n");
        folder.Write("site/b/old.HTM", "<p>o</p>");
        folder.Write("site/image.png", "not a page");
        folder.Write("site/readme", "no extension");

        var (files, failures) = SourceDiscovery.Expand([folder.Sub("site")]);

        Assert.Empty(failures);
        Assert.Equal(["alpha.txt", "b/deep/page.html", "b/notes.markdown", "b/old.HTM", "zeta.md"], files.Select(f => f.Doc));
        Assert.Equal(folder.Sub("site/b/deep/page.html"), files[1].Path);
        Assert.All(files, f => Assert.True(Path.IsPathFullyQualified(f.Path)));
    }

    [Fact]
    public void File_given_directly_is_named_by_its_file_name()
    {
        var page = folder.Write("site/sub/ada.txt", "a");

        var (files, failures) = SourceDiscovery.Expand([page]);

        Assert.Empty(failures);
        Assert.Equal([new SourceFile(page, "ada.txt")], files);
    }

    [Fact]
    public void Unsupported_file_given_directly_is_a_failure_naming_the_extension()
    {
        var pdf = folder.Write("cv.pdf", "x");

        var (files, failures) = SourceDiscovery.Expand([pdf]);

        Assert.Empty(files);
        var failure = Assert.Single(failures);
        Assert.Equal("cv.pdf", failure.Doc);
        Assert.Contains("'.pdf'", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_path_is_a_failure_under_the_name_given()
    {
        var (files, failures) = SourceDiscovery.Expand(["definitely/not/here.txt"]);

        Assert.Empty(files);
        Assert.Equal([new IngestFailure("definitely/not/here.txt", "no such file or folder")], failures);
    }

    [Fact]
    public void A_file_reached_twice_is_listed_once()
    {
        var page = folder.Write("site/ada.txt", "a");

        var (files, _) = SourceDiscovery.Expand([folder.Sub("site"), page]);

        Assert.Equal(page, Assert.Single(files).Path);
    }
}

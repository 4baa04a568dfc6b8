using ResearchGraph.Reading;

namespace ResearchGraph.Ingestion.Tests.Fuzz;

/// <summary>The shared real pages beside the repository (found via <c>ResearchGraph.sln</c>), read with their formats.</summary>
internal static class CorpusPages
{
    public static IReadOnlyList<(string Content, PageFormat Format)> All()
    {
        var corpus = Path.Combine(Root(), "..", "shared", "corpus");
        var pages = Directory.EnumerateFiles(corpus)
            .Where(f => PageReader.FormatFromPath(f) is not null)
            .Order(StringComparer.Ordinal)
            .Select(f => (PageDecoder.Decode(File.ReadAllBytes(f)).Text, PageReader.FormatFromPath(f)!.Value))
            .ToList();
        Assert.NotEmpty(pages);
        return pages;
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResearchGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ResearchGraph.sln not found above the test folder.");
    }
}

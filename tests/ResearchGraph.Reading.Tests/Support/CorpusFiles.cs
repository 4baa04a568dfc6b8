namespace ResearchGraph.Reading.Tests.Support;

/// <summary>The shared corpus of real pages, in the <c>shared</c> folder beside the repository root.</summary>
internal static class CorpusFiles
{
    public static string PathOf(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ResearchGraph.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException($"No folder holding ResearchGraph.sln above {AppContext.BaseDirectory}.");
        }

        var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", name));
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The corpus page {name} is missing: expected it at {path} (the shared folder beside the repository root).", path);
    }

    public static VisiblePage Read(string name)
    {
        var path = PathOf(name);
        var decoded = PageDecoder.Decode(File.ReadAllBytes(path));
        return PageReader.Read(decoded.Text, PageReader.FormatFromPath(path)!.Value);
    }

    public static string Raw(string name) => File.ReadAllText(PathOf(name));
}

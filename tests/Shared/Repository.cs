namespace ResearchGraph.TestSupport;

/// <summary>
/// Where the repository and the shared real pages are, found from the test's location: the
/// repository root is the folder holding ResearchGraph.sln above the test's output. One file,
/// linked into every test project that needs it.
/// </summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the repository.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A real page of the shared corpus, which must lie beside the repository.</summary>
    public static string Corpus(string file)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", file));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The shared real pages must lie beside the repository ({path} is missing).", path);
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResearchGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ResearchGraph.sln not found above " + AppContext.BaseDirectory);
    }
}

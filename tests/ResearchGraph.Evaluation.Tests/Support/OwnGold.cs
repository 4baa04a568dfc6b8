namespace ResearchGraph.Evaluation.Tests.Support;

/// <summary>
/// The repository's own gold files (<c>eval/*.gold.json</c>), the sample pages they describe
/// (<c>ingest/</c>) and the quality floors (<c>eval/floors.json</c>).
/// </summary>
internal static class OwnGold
{
    public static string Root { get; } = FindRoot();

    public static string EvalFolder => Path.Combine(Root, "eval");

    public static string PagesFolder => Path.Combine(Root, "ingest");

    public static string FloorsFile => Path.Combine(EvalFolder, "floors.json");

    public static IReadOnlyList<string> GoldFiles => [.. Directory.GetFiles(EvalFolder, "*.gold.json").Order(StringComparer.Ordinal)];

    /// <summary>The gold file names, one xunit row each.</summary>
    public static TheoryData<string> GoldFileNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in GoldFiles)
            {
                data.Add(Path.GetFileName(file));
            }

            return data;
        }
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

        throw new InvalidOperationException($"No folder holding ResearchGraph.sln above {AppContext.BaseDirectory}.");
    }
}

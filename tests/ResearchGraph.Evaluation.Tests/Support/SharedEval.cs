namespace ResearchGraph.Evaluation.Tests.Support;

/// <summary>The real gold files, in the <c>shared</c> folder beside the repository root.</summary>
internal static class SharedEval
{
    public static string Folder
    {
        get
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

            return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval"));
        }
    }

    public static IReadOnlyList<string> GoldFiles => [.. Directory.GetFiles(Folder, "*.gold.json").Order(StringComparer.Ordinal)];
}

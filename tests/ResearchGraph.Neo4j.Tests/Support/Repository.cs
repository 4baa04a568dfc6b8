namespace ResearchGraph.Neo4j.Tests.Support;

/// <summary>The repository root, found as the folder holding ResearchGraph.sln above the test's output.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
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

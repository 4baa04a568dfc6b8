using System.Text.Json;
using ResearchGraph.Reading;

namespace ResearchGraph.Extraction.Tests.Support;

/// <summary>The sample pages shipped in the repository's <c>ingest</c> folder, and their gold files in <c>eval</c>.</summary>
public static class SamplePages
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ResearchGraph.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException($"No folder holding ResearchGraph.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>Every gold file's document and owner.</summary>
    public static IEnumerable<(string Doc, string Owner)> GoldOwners()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(Root, "eval"), "*.gold.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(path));
            yield return (gold.RootElement.GetProperty("doc").GetString()!, gold.RootElement.GetProperty("owner").GetString()!);
        }
    }

    public static VisiblePage Read(string doc)
    {
        var path = Path.Combine(Root, "ingest", doc);
        return PageReader.Read(File.ReadAllText(path), PageReader.FormatFromPath(path)!.Value);
    }
}

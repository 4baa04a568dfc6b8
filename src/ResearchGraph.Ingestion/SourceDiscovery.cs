using ResearchGraph.Reading;

namespace ResearchGraph.Ingestion;

/// <summary>Expands the paths given to ingest into source files, reporting those that cannot be used.</summary>
public static class SourceDiscovery
{
    /// <summary>Files under folders (recursively, supported extensions only, sorted) and files given directly.</summary>
    public static (List<SourceFile> Files, List<IngestFailure> Failures) Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<SourceFile>();
        var failures = new List<IngestFailure>();
        foreach (var given in paths)
        {
            var full = Path.GetFullPath(given);
            if (Directory.Exists(full))
            {
                try
                {
                    foreach (var file in Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                        .Where(f => PageReader.FormatFromPath(f) is not null)
                        .Order(StringComparer.Ordinal))
                    {
                        files.Add(new SourceFile(file, Path.GetRelativePath(full, file).Replace('\\', '/')));
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    failures.Add(new IngestFailure(given, "cannot read the folder: " + e.Message));
                }
            }
            else if (File.Exists(full))
            {
                if (PageReader.FormatFromPath(full) is null)
                {
                    failures.Add(new IngestFailure(Path.GetFileName(full), $"unsupported file type '{Path.GetExtension(full)}': expected .txt, .md, .markdown, .html or .htm"));
                }
                else
                {
                    files.Add(new SourceFile(full, Path.GetFileName(full)));
                }
            }
            else
            {
                failures.Add(new IngestFailure(given, "no such file or folder"));
            }
        }

        return (files.DistinctBy(f => f.Path).ToList(), failures);
    }
}

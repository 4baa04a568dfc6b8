using System.Text;
using ResearchGraph.Ingestion;

namespace ResearchGraph.Api;

/// <summary>
/// A stamp of the data folder's committed state, cheap enough to take on every request: the
/// length and write time of the graph file and its write-ahead log (every SQLite commit appends to
/// the log) and the names of the index's commit points (every Lucene commit writes a new one).
/// Equal stamps mean nothing was committed in between.
/// </summary>
internal static class DataVersion
{
    public static string Of(DataFolder folder)
    {
        var stamp = new StringBuilder(128);
        foreach (var file in new[] { folder.GraphFile, folder.GraphFile + "-wal" })
        {
            var info = new FileInfo(file);
            stamp.Append(info.Exists ? $"{info.Length}@{info.LastWriteTimeUtc.Ticks}" : "-").Append(';');
        }

        if (Directory.Exists(folder.IndexDirectory))
        {
            foreach (var commit in Directory.EnumerateFiles(folder.IndexDirectory, "segments*").Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(commit);
                stamp.Append(info.Name).Append('@').Append(info.LastWriteTimeUtc.Ticks).Append(';');
            }
        }

        return stamp.ToString();
    }
}

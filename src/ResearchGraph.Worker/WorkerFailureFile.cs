using System.Text.Json;
using ResearchGraph.Ingestion;

namespace ResearchGraph.Worker;

/// <summary>
/// The inbox files the worker currently rejects, kept in the data folder (<c>worker-failures.json</c>)
/// so that <c>status</c> can show them and a restarted worker does not retry (and re-report) a file
/// that has not changed. Written atomically: a new file renamed over the old one, so a reader or a
/// crash never sees half of it.
/// </summary>
public static class WorkerFailureFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Where the failures of <paramref name="folder"/> are kept.</summary>
    public static string PathIn(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Path.Combine(folder.Root, "worker-failures.json");
    }

    /// <summary>The failures recorded in <paramref name="folder"/>, oldest first; empty when none (or the file is unreadable).</summary>
    public static IReadOnlyList<WorkerFailure> Read(DataFolder folder)
    {
        var path = PathIn(folder);
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<List<WorkerFailure>>(stream, Json) ?? [];
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            // No file yet, or one from an incompatible build: the worker rewrites it as it goes.
            return [];
        }
    }

    /// <summary>Replaces the recorded failures of <paramref name="folder"/> with <paramref name="failures"/>.</summary>
    public static void Write(DataFolder folder, IEnumerable<WorkerFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var path = PathIn(folder);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, failures.OrderBy(f => f.At).ThenBy(f => f.Path, StringComparer.Ordinal).ToList(), Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}

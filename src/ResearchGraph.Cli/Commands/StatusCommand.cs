using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Ingestion;
using ResearchGraph.Worker;

namespace ResearchGraph.Cli.Commands;

/// <summary>The <c>status</c> command: what the data folder holds, who writes it, and the files the worker rejects.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "What the data folder holds, who is writing it, and the files the worker could not ingest") { GlobalOptions.Json };
        command.SetAction(async (result, ct) =>
        {
            CliEnvironment.RequireEmbeddedStore(result, "status");
            var folder = CliEnvironment.DataFolder(result);
            await using var store = await SqliteGraphStore.OpenAsync(folder.GraphFile, readOnly: true, ct).ConfigureAwait(false);
            var snapshot = await store.ExportAsync(ct).ConfigureAwait(false);
            var report = new StatusReport(
                folder.Root,
                Writer(folder),
                snapshot.Documents.Count,
                snapshot.Entities.Count,
                snapshot.Facts.Count,
                snapshot.Facts.Sum(f => f.Evidence.Count),
                snapshot.Documents.Count == 0 ? null : snapshot.Documents.Max(d => d.Ingested),
                WorkerFailureFile.Read(folder).OrderByDescending(f => f.At).Select(f => new StatusFailure(f.Doc, f.Reason, f.At)).ToList());
            if (result.GetValue(GlobalOptions.Json))
            {
                Output.Json(report);
                return 0;
            }

            Console.Out.WriteLine($"data folder: {report.DataFolder}");
            Console.Out.WriteLine($"writer: {report.Writer ?? "none"}");
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {report.Documents}, entities {report.Entities}, facts {report.Facts}, evidence {report.Evidence}"));
            if (report.LastIngested is { } last)
            {
                Console.Out.WriteLine("last ingested: " + last.ToString("u", CultureInfo.InvariantCulture));
            }

            Console.Out.WriteLine(report.Failures.Count == 0 ? "rejected files: none" : $"rejected files: {report.Failures.Count}");
            foreach (var f in report.Failures)
            {
                Console.Out.WriteLine($"  {f.Doc}: {f.Reason} ({f.At.ToString("u", CultureInfo.InvariantCulture)})");
            }

            return 0;
        });
        return command;
    }

    /// <summary>The writer named in the holder note, when the process it names is still alive (a killed writer leaves its note).</summary>
    private static string? Writer(DataFolder folder)
    {
        string note;
        try
        {
            note = File.ReadAllText(folder.LockHolderFile).Trim();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        var marker = note.LastIndexOf("(pid ", StringComparison.Ordinal);
        if (marker < 0 || !int.TryParse(note[(marker + 5)..].Split(',', ')')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
        {
            return note;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : note;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private sealed record StatusReport(
        string DataFolder,
        string? Writer,
        int Documents,
        int Entities,
        int Facts,
        int Evidence,
        DateTimeOffset? LastIngested,
        IReadOnlyList<StatusFailure> Failures);

    private sealed record StatusFailure(string Doc, string Reason, DateTimeOffset At);
}

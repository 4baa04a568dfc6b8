using System.CommandLine;
using ResearchGraph.Ingestion;
using Spectre.Console;

namespace ResearchGraph.Cli.Commands;

/// <summary>The commands that write or inspect documents: ingest, documents, forget, text.</summary>
internal static class IngestCommands
{
    public static Command Ingest()
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.OneOrMore, Description = "Files and folders (.txt .md .markdown .html .htm)" };
        var force = new Option<bool>("--force") { Description = "Re-extract even unchanged documents" };
        var command = new Command("ingest", "Ingest profile pages into the graph and the search index") { paths, force, GlobalOptions.Json };
        command.SetAction(async (result, ct) =>
        {
            await using var ingestor = await CliEnvironment.OpenIngestorAsync(result, "ingest", ct).ConfigureAwait(false);
            var report = await RunAsync(ingestor, result.GetValue(paths)!, result.GetValue(force), ct).ConfigureAwait(false);
            if (result.GetValue(GlobalOptions.Json))
            {
                Output.Json(report);
            }
            else
            {
                Console.Out.WriteLine($"added {report.Added}, updated {report.Updated}, unchanged {report.Unchanged}, failed {report.Failed.Count}");
                foreach (var f in report.Failed)
                {
                    Console.Out.WriteLine($"  failed: {f.Doc}: {f.Reason}");
                }
            }

            return report.Failed.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task<IngestReport> RunAsync(Ingestor ingestor, string[] paths, bool force, CancellationToken ct)
    {
        if (Console.IsErrorRedirected)
        {
            return await ingestor.IngestAsync(paths, force, null, ct).ConfigureAwait(false);
        }

        // A progress bar on the terminal, on stderr so stdout stays the summary.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestReport? report = null;
        await console.Progress().AutoClear(true).StartAsync(async progressContext =>
        {
            var task = progressContext.AddTask("ingesting", maxValue: 1);
            var progress = new SynchronousProgress<IngestProgress>(p =>
            {
                task.MaxValue = p.Total;
                task.Value = p.Done;
                task.Description = Markup.Escape(p.Doc.Length > 40 ? "…" + p.Doc[^39..] : p.Doc);
            });
            report = await ingestor.IngestAsync(paths, force, progress, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return report!;
    }

    public static Command Documents()
    {
        var command = new Command("documents", "List the ingested documents") { GlobalOptions.Json };
        command.SetAction(async (result, ct) =>
        {
            var (store, index, queries) = await CliEnvironment.OpenReadAsync(result, ct).ConfigureAwait(false);
            await using var _ = store;
            using var __ = index;
            var view = await queries.DocumentsAsync(ct).ConfigureAwait(false);
            if (result.GetValue(GlobalOptions.Json))
            {
                Output.Json(view);
            }
            else
            {
                Output.Table(["doc", "hash", "facts", "ingested"], view.Documents.Select(d => new[] { d.Doc, d.Hash[..12], d.Facts.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Ingested.ToString("u", System.Globalization.CultureInfo.InvariantCulture) }));
            }

            return 0;
        });
        return command;
    }

    public static Command Forget()
    {
        var doc = new Argument<string>("doc") { Description = "The document (as listed by documents, or its path)" };
        var command = new Command("forget", "Remove a document and what only it supported") { doc };
        command.SetAction(async (result, ct) =>
        {
            await using var ingestor = await CliEnvironment.OpenIngestorAsync(result, "forget", ct).ConfigureAwait(false);
            var name = result.GetValue(doc)!;
            if (!await ingestor.ForgetAsync(name, ct).ConfigureAwait(false))
            {
                throw new CliException($"no document '{name}'");
            }

            Console.Out.WriteLine($"forgot {name}");
            return 0;
        });
        return command;
    }

    public static Command Text()
    {
        var doc = new Argument<string>("doc") { Description = "The document (as listed by documents, or its path)" };
        var command = new Command("text", "Print a document's visible text (evidence offsets index into it)") { doc };
        command.SetAction(async (result, ct) =>
        {
            var (store, index, _) = await CliEnvironment.OpenReadAsync(result, ct).ConfigureAwait(false);
            await using var s = store;
            using var i = index;
            var name = result.GetValue(doc)!;
            var path = await Ingestor.ResolvePathAsync(store, name, ct).ConfigureAwait(false) ?? throw new CliException($"no document '{name}'");
            Console.Out.Write(await store.GetVisibleTextAsync(path, ct).ConfigureAwait(false));
            return 0;
        });
        return command;
    }

    /// <summary>Reports progress on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

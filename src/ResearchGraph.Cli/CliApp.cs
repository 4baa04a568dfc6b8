using System.CommandLine;
using ResearchGraph.Cli.Commands;
using ResearchGraph.Graph;
using ResearchGraph.Ingestion;
using ResearchGraph.Queries;
using ResearchGraph.Reading;
using ResearchGraph.Search;

namespace ResearchGraph.Cli;

/// <summary>The command line: exit 0 on success, 1 on bad input or a failed operation, 2 on usage errors.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("ResearchGraph: researchers' pages in, a knowledge graph and a news index out")
        {
            GlobalOptions.Data,
            GlobalOptions.Store,
        };
        root.Subcommands.Add(IngestCommands.Ingest());
        root.Subcommands.Add(IngestCommands.Documents());
        root.Subcommands.Add(IngestCommands.Forget());
        root.Subcommands.Add(IngestCommands.Text());
        root.Subcommands.Add(QueryCommands.Export());
        root.Subcommands.Add(QueryCommands.Adopters());
        root.Subcommands.Add(QueryCommands.Lineage());
        root.Subcommands.Add(QueryCommands.Facts());
        root.Subcommands.Add(QueryCommands.Search());
        root.Subcommands.Add(QueryCommands.Entity());
        root.Subcommands.Add(QueryCommands.Path());
        root.Subcommands.Add(TimelineCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync("researchgraph: " + error.Message).ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Try 'researchgraph --help'.").ConfigureAwait(false);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancel.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (Reason(e) is { } reason)
        {
            await Console.Error.WriteLineAsync("researchgraph: " + reason).ConfigureAwait(false);
            return 1;
        }
    }

    private static string? Reason(Exception e) => e switch
    {
        CliException or EntityNotFoundException or SearchQueryException or DataFolderLockedException or GraphStoreException or UnreadablePageException or ArgumentException or InvalidDataException => e.Message,
        OperationCanceledException => "cancelled",
        IOException or UnauthorizedAccessException => e.Message,
        _ => null,
    };
}

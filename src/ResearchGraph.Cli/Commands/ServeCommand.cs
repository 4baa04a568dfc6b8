using System.CommandLine;
using Microsoft.AspNetCore.Hosting;
using ResearchGraph.Api;
using ResearchGraph.Ingestion;
using ResearchGraph.Worker;

namespace ResearchGraph.Cli.Commands;

/// <summary><c>serve [--urls URL] [--worker [--inbox DIR]]</c>: the query service (HTTP API and web UI) over the data folder, read-only; optionally with the inbox worker in the same process.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, ';'-separated (default {ApiHost.DefaultUrls}: loopback only)",
            DefaultValueFactory = _ => ApiHost.DefaultUrls,
        };
        var worker = new Option<bool>("--worker") { Description = "Also run the inbox worker in this process; /health shows its progress" };
        var inbox = new Option<string>("--inbox") { Description = "The worker's inbox folder (with --worker)", DefaultValueFactory = _ => "ingest" };
        var command = new Command("serve", "The query service: HTTP API and web UI (127.0.0.1 by default)") { urls, worker, inbox };
        command.SetAction(async (result, ct) =>
        {
            CliEnvironment.RequireEmbeddedStore(result, "serve");
            var folder = CliEnvironment.DataFolder(result);
            var withWorker = result.GetValue(worker);
            if (withWorker)
            {
                // The worker creates the data folder's store and index on first use; the read side opens them at start.
                await using var first = await Ingestor.OpenAsync(folder, "serve", cancellationToken: ct).ConfigureAwait(false);
            }

            await using var app = ApiHost.Create([], builder =>
            {
                builder.Configuration[$"{ApiOptions.Section}:Data"] = folder.Root;
                builder.WebHost.UseUrls(result.GetValue(urls)!);
                if (withWorker)
                {
                    builder.Services.AddInboxWorker(o =>
                    {
                        o.DataFolder = folder.Root;
                        o.Inbox = result.GetValue(inbox)!;
                    });
                }
            });
            await app.StartAsync(ct).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"researchgraph: serving {folder.Root} at {string.Join(", ", app.Urls)} (Ctrl+C stops)").ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop gracefully below.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using Microsoft.AspNetCore.Hosting;
using ResearchGraph.Api;

namespace ResearchGraph.Cli.Commands;

/// <summary><c>serve [--urls URL]</c>: the query service (HTTP API and web UI) over the data folder, read-only.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, ';'-separated (default {ApiHost.DefaultUrls}: loopback only)",
            DefaultValueFactory = _ => ApiHost.DefaultUrls,
        };
        var command = new Command("serve", "The query service: HTTP API and web UI (127.0.0.1 by default)") { urls };
        command.SetAction(async (result, ct) =>
        {
            CliEnvironment.RequireEmbeddedStore(result, "serve");
            var folder = CliEnvironment.DataFolder(result);
            await using var app = ApiHost.Create([], builder =>
            {
                builder.Configuration[$"{ApiOptions.Section}:Data"] = folder.Root;
                builder.WebHost.UseUrls(result.GetValue(urls)!);
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

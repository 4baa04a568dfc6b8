using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using ResearchGraph.Worker;

namespace ResearchGraph.Cli.Commands;

/// <summary>The <c>worker</c> command: keeps the graph equal to an inbox folder until Ctrl-C or SIGTERM.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var inbox = new Option<string>("--inbox") { Description = "The folder to watch (default: ./ingest)", DefaultValueFactory = _ => "ingest" };
        var rescan = new Option<double>("--rescan") { Description = "Seconds between full rescans of the inbox (default: 60)", DefaultValueFactory = _ => 60 };
        var quiet = new Option<double>("--quiet") { Description = "Seconds a file must stay unchanged before it is read (default: 1)", DefaultValueFactory = _ => 1 };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Files larger than this are rejected (default: 16 MiB)", DefaultValueFactory = _ => 16L * 1024 * 1024 };
        var verbose = new Option<bool>("--verbose") { Description = "Log every file looked at, unchanged ones too" };
        rescan.Validators.Add(r => Positive(r, r.GetValueOrDefault<double>(), "--rescan", 0.1));
        quiet.Validators.Add(r => Positive(r, r.GetValueOrDefault<double>(), "--quiet", 0));
        maxBytes.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<long>() < 1)
            {
                r.AddError("--max-bytes must be at least 1");
            }
        });

        var command = new Command("worker", "Watch an inbox folder and keep the graph and index equal to the pages in it (until Ctrl-C)")
        {
            inbox, rescan, quiet, maxBytes, verbose,
        };
        command.SetAction(async (result, ct) =>
        {
            CliEnvironment.RequireEmbeddedStore(result, "worker");
            var folder = CliEnvironment.DataFolder(result);
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss.fff ";
                o.ColorBehavior = LoggerColorBehavior.Disabled;
            });
            builder.Logging.SetMinimumLevel(result.GetValue(verbose) ? LogLevel.Debug : LogLevel.Information);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
            builder.Services.AddInboxWorker(o =>
            {
                o.DataFolder = folder.Root;
                o.Inbox = result.GetValue(inbox)!;
                o.RescanInterval = TimeSpan.FromSeconds(result.GetValue(rescan));
                o.QuietPeriod = TimeSpan.FromSeconds(result.GetValue(quiet));
                o.MaxFileBytes = result.GetValue(maxBytes);
            });

            using var host = builder.Build();
            var worker = host.Services.GetServices<IHostedService>().OfType<InboxWorker>().Single();
            await host.StartAsync(ct).ConfigureAwait(false);
            await host.WaitForShutdownAsync(ct).ConfigureAwait(false);

            // A worker that failed (rather than was stopped) has stopped the host: say why, exit 1.
            if (worker.ExecuteTask is { IsFaulted: true } failed)
            {
                throw new CliException("the worker stopped: " + failed.Exception!.GetBaseException().Message);
            }

            return 0;
        });
        return command;
    }

    private static void Positive(System.CommandLine.Parsing.OptionResult result, double value, string name, double min)
    {
        if (double.IsNaN(value) || value < min)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {min} seconds"));
        }
    }
}

using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResearchGraph.Graph;
using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Ingestion;

namespace ResearchGraph.Worker.Tests.Support;

/// <summary>
/// An <see cref="InboxWorker"/> in a real host over a temporary inbox and data folder (real files,
/// real SQLite store, real Lucene index), with short quiet and rescan periods and its log captured.
/// </summary>
public sealed class RunningWorker : IAsyncDisposable
{
    private readonly IHost host;
    private readonly bool ownsFolder;

    private RunningWorker(TemporaryFolder folder, bool ownsFolder, IHost host, LogCapture log)
    {
        Folder = folder;
        this.ownsFolder = ownsFolder;
        this.host = host;
        Log = log;
    }

    public TemporaryFolder Folder { get; }

    public LogCapture Log { get; }

    public string Inbox => Folder.Sub("inbox");

    public DataFolder Data => new(Folder.Sub("data"));

    public WorkerStatus Status => host.Services.GetRequiredService<WorkerStatus>();

    /// <summary>
    /// Starts a worker; <paramref name="before"/> may fill the inbox (or data folder) first. A
    /// folder given is left in place on dispose (a restart reuses it); one made here is removed.
    /// </summary>
    public static async Task<RunningWorker> StartAsync(TemporaryFolder? folder = null, Action<TemporaryFolder>? before = null, Action<InboxWorkerOptions>? configure = null)
    {
        var ownsFolder = folder is null;
        folder ??= new TemporaryFolder();
        Directory.CreateDirectory(folder.Sub("inbox"));
        before?.Invoke(folder);
        var log = new LogCapture();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        builder.Logging.ClearProviders().AddProvider(log).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddInboxWorker(o =>
        {
            o.DataFolder = folder.Sub("data");
            o.Inbox = folder.Sub("inbox");
            o.QuietPeriod = TimeSpan.FromMilliseconds(150);
            o.RescanInterval = TimeSpan.FromSeconds(1);
            configure?.Invoke(o);
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new RunningWorker(folder, ownsFolder, host, log);
    }

    public string Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Inbox, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Waits until <paramref name="condition"/> holds over the graph (opened read-only, as any reader would), at most <paramref name="seconds"/>.</summary>
    public async Task<bool> EventuallyAsync(Func<IGraphStore, Task<bool>> condition, double seconds = 10)
    {
        await using var store = await SqliteGraphStore.OpenAsync(Data.GraphFile, readOnly: true);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            if (await condition(store))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return await condition(store);
    }

    public async Task<bool> EventuallyAsync(Func<bool> condition, double seconds = 10)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return condition();
    }

    /// <summary>Waits for the next "inbox in sync" report after <paramref name="already"/> of them.</summary>
    public Task<bool> InSyncAfterAsync(int already, double seconds = 15) => EventuallyAsync(() => Log.Count(6009) > already, seconds);

    public async Task StopAsync()
    {
        await host.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        if (ownsFolder)
        {
            Folder.Dispose();
        }
    }
}

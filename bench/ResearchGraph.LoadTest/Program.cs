using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using ResearchGraph.Api;
using ResearchGraph.Ingestion;
using ResearchGraph.LoadTest;

// Starts the query service on a free loopback port over a fresh data folder holding one real page,
// drives it with N concurrent clients for a bounded time, and reports throughput, latency and errors.
var options = LoadOptions.Parse(args);
var page = options.Page ?? FindCorpusPage("song-han.txt");
var root = Path.Combine(Path.GetTempPath(), "researchgraph-loadtest", Guid.NewGuid().ToString("N"));
try
{
    var data = new DataFolder(Path.Combine(root, "data"));
    await using (var ingestor = await Ingestor.OpenAsync(data, "loadtest"))
    {
        var report = await ingestor.IngestAsync([page], force: false);
        Console.WriteLine($"ingested {Path.GetFileName(page)}: added {report.Added}, failed {report.Failed.Count}");
    }

    await using var app = ApiHost.Create([], b =>
    {
        b.Configuration[$"{ApiOptions.Section}:Data"] = data.Root;
        b.Configuration[$"{ApiOptions.Section}:ResponseCache"] = options.Cache ? "true" : "false";
        b.WebHost.UseUrls("http://127.0.0.1:0");
        b.Logging.ClearProviders();
    });
    await app.StartAsync();
    var baseUrl = new Uri(app.Urls.Single());
    Console.WriteLine($"serving at {baseUrl}; {options.Clients} clients, {options.Warmup} s warm-up, {options.Seconds} s measured, response cache {(options.Cache ? "on" : "off")}");

    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
    using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };

    if (options.Warmup > 0)
    {
        await Driver.RunAsync(http, options.Clients, TimeSpan.FromSeconds(options.Warmup));
    }

    var result = await Driver.RunAsync(http, options.Clients, TimeSpan.FromSeconds(options.Seconds));
    result.Print(Console.Out);
    await app.StopAsync();
    return result.Errors == 0 ? 0 : 1;
}
finally
{
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
}

static string FindCorpusPage(string file)
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ResearchGraph.sln")))
        {
            var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", file));
            return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing; give a page with --page FILE", path);
        }
    }

    throw new InvalidOperationException("run from inside the repository, or give a page with --page FILE");
}

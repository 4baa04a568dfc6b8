using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using ResearchGraph.Ingestion;

namespace ResearchGraph.Ui.Tests.Support;

/// <summary>
/// The real query service on a real Kestrel at a free loopback port, over a data folder the real
/// ingestor filled from song-han.txt and a page written here, driven by Debian's chromium through
/// Playwright (headless; Playwright never downloads a browser of its own here). Screenshots go to
/// <c>artifacts/ui</c> at the repository root, which git ignores.
/// </summary>
public sealed class LiveSite : IAsyncLifetime
{
    /// <summary>A page whose news item carries markup that must show as text, never run.</summary>
    public const string HostilePage = """
        Quill Lab

        News

        Jan 2024: ZebraNet <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> is accepted by ICLR’24.
        """;

    private const string Chromium = "/usr/bin/chromium";
    private readonly string root = Path.Combine(Path.GetTempPath(), "researchgraph-ui-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static string Screenshots { get; } = Path.Combine(Repository.Root, "artifacts", "ui");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"The browser tests drive Debian's chromium at {Chromium}; install it with apt-get install chromium.");
        }

        var pages = Path.Combine(root, "pages");
        Directory.CreateDirectory(pages);
        File.Copy(Repository.Corpus("song-han.txt"), Path.Combine(pages, "song-han.txt"));
        await File.WriteAllTextAsync(Path.Combine(pages, "quill-lab.txt"), HostilePage);
        var data = new DataFolder(Path.Combine(root, "data"));
        await using (var ingestor = await Ingestor.OpenAsync(data, "ui-tests"))
        {
            var report = await ingestor.IngestAsync([pages], force: false);
            if (report.Added != 2)
            {
                throw new InvalidOperationException($"the pages did not go in: {report}");
            }
        }

        app = Api.ApiHost.Create([], b =>
        {
            b.Configuration[$"{Api.ApiOptions.Section}:Data"] = data.Root;
            b.WebHost.UseUrls("http://127.0.0.1:0");
        });
        await app.StartAsync();
        BaseUrl = app.Urls.Single().TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A fresh page (own context) at a desktop size, failing the test on any script error.</summary>
    public async Task<IPage> NewPageAsync(List<string> errors)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };
        return page;
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

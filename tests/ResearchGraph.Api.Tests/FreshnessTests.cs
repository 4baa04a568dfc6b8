using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using ResearchGraph.Ingestion;
using ResearchGraph.Worker;

namespace ResearchGraph.Api.Tests;

/// <summary>A running API sees what a writer commits to its data folder, cached answers included.</summary>
public sealed class FreshnessTests : IAsyncLifetime
{
    private const string First = """
        Ada Quill

        News

        Mar 2024: FrugalNet is accepted by ICLR’24.
        """;

    private const string Second = """
        Bo Lantern

        News

        May 2025: GlowNet is accepted by CVPR’25.
        """;

    private readonly string root = Path.Combine(Path.GetTempPath(), "researchgraph-api-tests", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(root, "pages"));
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Answers_change_once_a_writer_commits_a_new_page()
    {
        var data = new DataFolder(Path.Combine(root, "data"));
        await IngestAsync(data, "ada-quill.txt", First);
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting($"{ApiOptions.Section}:Data", data.Root));
        using var client = factory.CreateClient();

        Assert.Equal(1, (int)(await GetAsync(client, "/api/search?q=FrugalNet"))["total"]!);
        Assert.Equal(0, (int)(await GetAsync(client, "/api/search?q=GlowNet"))["total"]!);
        Assert.Equal(0, (int)(await GetAsync(client, "/api/entities?q=GlowNet"))["total"]!);

        // A writer commits while the API holds the folder open read-only.
        await IngestAsync(data, "bo-lantern.txt", Second);

        var search = await GetAsync(client, "/api/search?q=GlowNet");
        Assert.Equal(1, (int)search["total"]!);
        Assert.Equal("2025-05", (string?)search["hits"]![0]!["date"]);
        Assert.Equal(1, (int)(await GetAsync(client, "/api/entities?q=GlowNet"))["total"]!);
        Assert.Equal(2, (int)(await GetAsync(client, "/health"))["documents"]!);
    }

    [Fact]
    public async Task A_hosted_inbox_worker_ingests_a_dropped_page_and_health_shows_its_progress()
    {
        var data = new DataFolder(Path.Combine(root, "data"));
        var inbox = Path.Combine(root, "inbox");
        Directory.CreateDirectory(inbox);
        await IngestAsync(data, "ada-quill.txt", First);
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting($"{ApiOptions.Section}:Data", data.Root);
            b.ConfigureServices(services => services.AddInboxWorker(o =>
            {
                o.DataFolder = data.Root;
                o.Inbox = inbox;
                o.QuietPeriod = TimeSpan.FromMilliseconds(200);
            }));
        });
        using var client = factory.CreateClient();
        Assert.Equal("Running", (string?)(await GetAsync(client, "/health"))["worker"]!["state"]);

        await File.WriteAllTextAsync(Path.Combine(inbox, "bo-lantern.txt"), Second);
        JsonNode health = new JsonObject();
        for (var i = 0; i < 100 && (int?)health["worker"]?["done"] != 1; i++)
        {
            await Task.Delay(200);
            health = await GetAsync(client, "/health");
        }

        Assert.Equal(1, (int)health["worker"]!["done"]!);
        Assert.Equal(2, (int)health["documents"]!);
        Assert.Equal(1, (int)(await GetAsync(client, "/api/search?q=GlowNet"))["total"]!);
    }

    [Fact]
    public async Task Health_without_a_worker_says_nothing_of_one()
    {
        var data = new DataFolder(Path.Combine(root, "data"));
        await IngestAsync(data, "ada-quill.txt", First);
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting($"{ApiOptions.Section}:Data", data.Root));
        using var client = factory.CreateClient();
        Assert.Null((await GetAsync(client, "/health"))["worker"]);
    }

    private async Task IngestAsync(DataFolder data, string name, string text)
    {
        var file = Path.Combine(root, "pages", name);
        await File.WriteAllTextAsync(file, text);
        await using var ingestor = await Ingestor.OpenAsync(data, "api-tests");
        var report = await ingestor.IngestAsync([file], force: false);
        Assert.Equal(1, report.Added);
    }

    private static async Task<JsonNode> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }
}

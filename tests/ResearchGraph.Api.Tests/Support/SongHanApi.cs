using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Ingestion;
using ResearchGraph.Queries;
using ResearchGraph.Search;

namespace ResearchGraph.Api.Tests.Support;

/// <summary>
/// The API over a data folder that the real <see cref="Ingestor"/> filled from the real page
/// song-han.txt, started in memory with <see cref="WebApplicationFactory{TEntryPoint}"/>. Shared by
/// a test class (its tests only read); the folder lives under the system's temporary folder and is
/// deleted on dispose. <see cref="Queries"/> answers the same questions directly, as the CLI does.
/// </summary>
public sealed class SongHanApi : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "researchgraph-api-tests", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? factory;
    private SqliteGraphStore? store;
    private SearchIndexReader? index;

    public HttpClient Client { get; private set; } = null!;

    public GraphQueries Queries { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var data = new DataFolder(Path.Combine(root, "data"));
        await using (var ingestor = await Ingestor.OpenAsync(data, "api-tests"))
        {
            var report = await ingestor.IngestAsync([Repository.Corpus("song-han.txt")], force: false);
            if (report.Added != 1)
            {
                throw new InvalidOperationException($"song-han.txt did not go in: {report}");
            }
        }

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting($"{ApiOptions.Section}:Data", data.Root));
        Client = factory.CreateClient();
        store = await SqliteGraphStore.OpenAsync(data.GraphFile, readOnly: true);
        index = SearchIndexReader.Open(data.IndexDirectory);
        Queries = new GraphQueries(store, index);
    }

    /// <summary>GETs <paramref name="url"/>, expecting 200 with JSON.</summary>
    public async Task<JsonNode> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!;
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        index?.Dispose();
        if (store is not null)
        {
            await store.DisposeAsync();
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

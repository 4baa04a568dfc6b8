using System.Text.Json.Nodes;
using ResearchGraph.Api.Tests.Support;
using ResearchGraph.Graph;
using ResearchGraph.Queries;

namespace ResearchGraph.Api.Tests;

/// <summary>The API answers with exactly the JSON the CLI's <c>--json</c> prints for the same question.</summary>
public sealed class SameShapesAsCliTests(SongHanApi api) : IClassFixture<SongHanApi>
{
    [Fact]
    public async Task Search_lineage_adopters_entity_path_and_timeline_match_the_cli_json()
    {
        await SameAsync("/api/search?q=point+cloud&limit=5", QueryJson.Serialize(await api.Queries.SearchAsync("point cloud", null, null, null, 5)));
        await SameAsync("/api/lineage?name=ProxylessNAS", QueryJson.Serialize(await api.Queries.LineageAsync("ProxylessNAS", LineageDirection.Both, 10)));
        await SameAsync("/api/adopters", QueryJson.Serialize(await api.Queries.AdoptersAsync(null, null)));
        await SameAsync("/api/entities/project:haq", QueryJson.Serialize(await api.Queries.EntityAsync("project:haq")));
        await SameAsync("/api/path?from=ProxylessNAS&to=HAQ", QueryJson.Serialize(await api.Queries.PathAsync("ProxylessNAS", "HAQ")));
        await SameAsync("/api/timeline?entity=TorchSparse", QueryJson.Serialize(await api.Queries.TimelineAsync("TorchSparse")));
    }

    private async Task SameAsync(string url, string cliJson)
    {
        var fromApi = await api.GetJsonAsync(url);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cliJson), fromApi), $"{url} differs from the CLI's JSON");
    }
}

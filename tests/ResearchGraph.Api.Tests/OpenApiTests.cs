using ResearchGraph.Api.Tests.Support;

namespace ResearchGraph.Api.Tests;

/// <summary>The OpenAPI document describes every endpoint, read-only.</summary>
public sealed class OpenApiTests(SongHanApi api) : IClassFixture<SongHanApi>
{
    [Fact]
    public async Task The_document_lists_every_endpoint_with_get_only()
    {
        var json = await api.GetJsonAsync("/openapi/v1.json");
        Assert.StartsWith("3.", (string?)json["openapi"], StringComparison.Ordinal);
        var paths = json["paths"]!.AsObject();
        string[] expected = ["/api/search", "/api/entities", "/api/entities/{id}", "/api/lineage", "/api/adopters", "/api/path", "/api/timeline", "/api/facts", "/health"];
        foreach (var path in expected)
        {
            Assert.True(paths.ContainsKey(path), $"{path} is missing from the OpenAPI document");
        }

        Assert.All(paths, p => Assert.Equal(["get"], p.Value!.AsObject().Select(op => op.Key).Where(k => k != "parameters")));
    }

    [Fact]
    public async Task Search_documents_its_parameters_and_problem_responses()
    {
        var json = await api.GetJsonAsync("/openapi/v1.json");
        var search = json["paths"]!["/api/search"]!["get"]!;
        var names = search["parameters"]!.AsArray().Select(p => (string?)p!["name"]).ToList();
        Assert.Equal(["q", "from", "to", "entity", "kind", "limit", "offset"], names);
        Assert.NotNull(search["responses"]!["400"]);
    }
}

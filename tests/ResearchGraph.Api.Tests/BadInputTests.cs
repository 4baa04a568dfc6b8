using System.Net;
using System.Text.Json.Nodes;
using ResearchGraph.Api.Tests.Support;

namespace ResearchGraph.Api.Tests;

/// <summary>Bad input answers 400 and unknown things 404, as problem details that say what is wrong; never 500.</summary>
public sealed class BadInputTests(SongHanApi api) : IClassFixture<SongHanApi>
{
    public static TheoryData<string, string> BadRequests => new()
    {
        { "/api/search?q=" + Uri.EscapeDataString("cloud AND ("), "cannot be parsed" },
        { "/api/search?q=" + Uri.EscapeDataString("\"unclosed"), "cannot be parsed" },
        { "/api/search", "'q' is required" },
        { "/api/search?q=", "'q' is empty" },
        { "/api/search?q=%20%20", "'q' is empty" },
        { "/api/search?q=" + new string('a', 1001), "at most 1000" },
        { "/api/search?q=cloud&limit=0", "'limit'" },
        { "/api/search?q=cloud&limit=101", "'limit'" },
        { "/api/search?q=cloud&limit=ten", "'limit'" },
        { "/api/search?q=cloud&offset=-1", "'offset'" },
        { "/api/search?q=cloud&offset=10001", "'offset'" },
        { "/api/search?q=cloud&from=2022-13", "From" },
        { "/api/search?q=cloud&from=yesterday", "From" },
        { "/api/search?q=cloud&from=2023&to=2021", "later than" },
        { "/api/search?q=cloud&kind=Planet", "'kind'" },
        { "/api/search?q=cloud&quey=x", "Unknown query parameter 'quey'" },
        { "/api/search?q=cloud&q=point", "given 2 times" },
        { "/api/entities?kind=7", "'kind'" },
        { "/api/entities?limit=201", "'limit'" },
        { "/api/entities?q=" + new string('x', 201), "at most 200" },
        { "/api/entities/amc?verbose=1", "Unknown query parameter 'verbose'" },
        { "/api/lineage", "'name' is required" },
        { "/api/lineage?name=AMC&direction=sideways", "'direction'" },
        { "/api/lineage?name=AMC&depth=0", "'depth'" },
        { "/api/lineage?name=AMC&depth=51", "'depth'" },
        { "/api/adopters?company=", "'company' is empty" },
        { "/api/adopters?techniques=HAQ", "Unknown query parameter" },
        { "/api/path?from=AMC", "'to' is required" },
        { "/api/timeline", "'entity' is required" },
        { "/api/facts?rel=LIKES", "'rel'" },
        { "/api/facts?year=nineteen", "'year'" },
        { "/health?x=1", "Unknown query parameter" },
    };

    public static TheoryData<string> NotFound => new()
    {
        "/api/entities/org:nobody",
        "/api/entities/" + Uri.EscapeDataString("No Such Thing"),
        "/api/lineage?name=NoSuchProject",
        "/api/adopters?technique=NoSuchTechnique",
        "/api/path?from=AMC&to=NoSuchThing",
        "/api/timeline?entity=Nobody",
        "/api/search?q=cloud&entity=Nobody",
        "/api/nothing-here",
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_a_400_problem_that_says_what_is_wrong(string url, string says)
    {
        var problem = await ProblemAsync(url, HttpStatusCode.BadRequest);
        Assert.Contains(says, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(400, (int?)problem["status"]);
    }

    [Theory]
    [MemberData(nameof(NotFound))]
    public async Task Unknown_entities_and_routes_are_404_problems(string url)
    {
        var problem = await ProblemAsync(url, HttpStatusCode.NotFound);
        Assert.Equal(404, (int?)problem["status"]);
    }

    [Fact]
    public async Task An_unknown_entity_names_itself_in_the_problem()
    {
        var problem = await ProblemAsync("/api/entities/org:nobody", HttpStatusCode.NotFound);
        Assert.Contains("org:nobody", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?q=cloud")]
    [InlineData("/api/entities/project:amc")]
    [InlineData("/health")]
    public async Task Writes_are_refused(string url)
    {
        using var post = await api.Client.PostAsync(new Uri(url, UriKind.Relative), new StringContent("{}"));
        using var delete = await api.Client.DeleteAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
    }

    private async Task<JsonNode> ProblemAsync(string url, HttpStatusCode status)
    {
        using var response = await api.Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{url}: expected {(int)status}, got {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!;
    }
}

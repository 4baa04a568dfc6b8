using System.Text.Json;
using ResearchGraph.EndToEnd.Tests.Support;

namespace ResearchGraph.EndToEnd.Tests;

/// <summary>The three headline questions, asked of the real CLI after ingesting the shared text homepage.</summary>
[Collection(CliCollection.Name)]
public sealed class HeadlineQuestionsTests(SongHanGraph graph) : IClassFixture<SongHanGraph>
{
    [Fact]
    public void Ingest_reports_one_added_document()
    {
        var json = graph.Ingest.Json;
        Assert.Equal(1, json.GetProperty("added").GetInt32());
        Assert.Equal(0, json.GetProperty("failed").GetArrayLength());
    }

    [Fact]
    public void Lineage_of_ProxylessNAS_has_the_arrow_edges_with_their_sentence()
    {
        var json = graph.Run("lineage", "ProxylessNAS", "--json").Succeeded().Json;
        var edges = json.GetProperty("edges").EnumerateArray().ToList();
        foreach (var (from, to) in new[] { ("ProxylessNAS", "AMC"), ("AMC", "HAQ") })
        {
            var edge = edges.Single(e => Name(e, "from") == from && Name(e, "to") == to);
            var evidence = edge.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("text").GetString()!).ToList();
            Assert.Contains(evidence, t => t.Contains("ProxylessNAS [ICLR’19] => AMC [ECCV’18] => HAQ [CVPR’19]", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Lineage_resolves_names_case_insensitively_and_follows_direction()
    {
        var down = graph.Run("lineage", "amc", "--direction", "down", "--json").Succeeded().Json;
        Assert.Equal("AMC", down.GetProperty("root").GetProperty("name").GetString());
        var edges = down.GetProperty("edges").EnumerateArray().Select(e => (Name(e, "from"), Name(e, "to"))).ToList();
        Assert.Contains(("AMC", "HAQ"), edges);
        Assert.DoesNotContain(("ProxylessNAS", "AMC"), edges);
    }

    [Fact]
    public void Adopters_include_the_headline_adoptions()
    {
        var adopters = graph.Run("adopters", "--json").Succeeded().Json.GetProperty("adopters").EnumerateArray().ToList();

        var intel = adopters.Single(a => Name(a, "company") == "Intel" && Name(a, "adopted") == "HAQ");
        Assert.Equal("OpenVINO", intel.GetProperty("via").GetProperty("name").GetString());
        Assert.Equal(2021, intel.GetProperty("year").GetInt32());

        Assert.Contains(adopters, a => Name(a, "company") == "Amazon" && Name(a, "adopted") == "ProxylessNAS");
        Assert.Contains(adopters, a => Name(a, "company") == "Facebook" && Name(a, "adopted") == "ProxylessNAS");
        Assert.Contains(adopters, a => Name(a, "company") == "NVIDIA" && Aliases(graph, a.GetProperty("adopted")).Contains("TSM"));
    }

    [Fact]
    public void Search_point_cloud_returns_dated_point_cloud_items_with_highlights()
    {
        var json = graph.Run("search", "point cloud", "--limit", "5", "--json").Succeeded().Json;
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(5, hits.Count);
        var pointCloud = hits.Count(h =>
        {
            var text = h.GetProperty("text").GetString()!;
            return new[] { "TorchSparse", "PointAcc", "Point-Voxel", "SPVNAS", "point cloud" }.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
        });
        Assert.True(pointCloud >= 4, $"only {pointCloud} of 5 hits are about point clouds");
        Assert.All(hits, h =>
        {
            Assert.Matches(@"^\d{4}-\d{2}", h.GetProperty("date").GetString());
            Assert.Contains("<mark>", h.GetProperty("highlight").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Search_from_leaves_out_older_items()
    {
        var hits = graph.Run("search", "point cloud", "--from", "2021-01", "--limit", "20", "--json").Succeeded().Json.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.True(string.CompareOrdinal(h.GetProperty("date").GetString(), "2021-01") >= 0, h.GetProperty("date").GetString()));
    }

    [Fact]
    public void Every_evidence_text_is_the_visible_text_at_its_offsets()
    {
        var visible = graph.Run("text", "song-han.txt").Succeeded().Stdout;
        var facts = graph.Run("export", "--format", "json").Succeeded().Json.GetProperty("facts").EnumerateArray().ToList();
        Assert.NotEmpty(facts);
        foreach (var fact in facts)
        {
            var evidence = fact.GetProperty("evidence").EnumerateArray().ToList();
            Assert.NotEmpty(evidence);
            foreach (var e in evidence)
            {
                var start = e.GetProperty("start").GetInt32();
                var end = e.GetProperty("end").GetInt32();
                Assert.Equal(e.GetProperty("text").GetString(), visible[start..end]);
            }
        }
    }

    [Fact]
    public void Second_ingest_of_the_same_page_is_unchanged_and_writes_nothing()
    {
        var before = graph.Run("export", "--format", "json").Succeeded().Stdout;
        var again = graph.Run("ingest", Repository.Corpus("song-han.txt"), "--json").Succeeded().Json;
        Assert.Equal(1, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, again.GetProperty("added").GetInt32());
        Assert.Equal(0, again.GetProperty("updated").GetInt32());
        Assert.Equal(before, graph.Run("export", "--format", "json").Succeeded().Stdout);
    }

    [Fact]
    public void Entity_shows_facts_with_evidence()
    {
        var json = graph.Run("entity", "ofa", "--json").Succeeded().Json;
        Assert.Contains("Project", json.GetProperty("entity").GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains(json.GetProperty("facts").EnumerateArray(), f => f.GetProperty("rel").GetString() == "PUBLISHED_AT" && Name(f, "to") == "ICLR");
    }

    [Fact]
    public void Path_links_two_entities_through_facts()
    {
        var json = graph.Run("path", "ProxylessNAS", "HAQ", "--json").Succeeded().Json;
        var steps = json.GetProperty("steps").EnumerateArray().ToList();
        Assert.NotEmpty(steps);
        Assert.Equal("ProxylessNAS", Name(steps[0], "from"));
    }

    private static string? Name(JsonElement e, string property) => e.GetProperty(property).GetProperty("name").GetString();

    private static List<string> Aliases(SongHanGraph graph, JsonElement reference)
    {
        var entity = graph.Run("entity", reference.GetProperty("id").GetString()!, "--json").Succeeded().Json.GetProperty("entity");
        return entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Append(entity.GetProperty("name").GetString()!).ToList();
    }
}

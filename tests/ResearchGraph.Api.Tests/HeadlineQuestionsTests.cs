using System.Text.Json.Nodes;
using ResearchGraph.Api.Tests.Support;

namespace ResearchGraph.Api.Tests;

/// <summary>The product's headline questions, asked over HTTP of the real page.</summary>
public sealed class HeadlineQuestionsTests(SongHanApi api) : IClassFixture<SongHanApi>
{
    [Fact]
    public async Task Adopters_of_HAQ_include_Intel_via_OpenVINO_in_2021()
    {
        var json = await api.GetJsonAsync("/api/adopters?technique=HAQ");
        var adoptions = json["adopters"]!.AsArray();
        Assert.Contains(adoptions, a =>
            (string?)a!["company"]!["name"] == "Intel"
            && (string?)a["adopted"]!["name"] == "HAQ"
            && ((string?)a["via"]?["name"])?.Contains("OpenVINO", StringComparison.Ordinal) == true
            && (int?)a["year"] == 2021
            && a["evidence"]!.AsArray().Count > 0);
        Assert.All(adoptions, a => Assert.Equal("HAQ", (string?)a!["adopted"]!["name"]));
    }

    [Fact]
    public async Task Adopters_by_company_keep_only_that_company()
    {
        var json = await api.GetJsonAsync("/api/adopters?company=Facebook");
        var adoptions = json["adopters"]!.AsArray();
        Assert.Contains(adoptions, a => (string?)a!["adopted"]!["name"] == "ProxylessNAS");
        Assert.All(adoptions, a => Assert.Equal("Facebook", (string?)a!["company"]!["name"]));
    }

    [Fact]
    public async Task Lineage_of_ProxylessNAS_runs_through_AMC_to_HAQ_with_the_arrow_sentence()
    {
        var json = await api.GetJsonAsync("/api/lineage?name=proxylessnas");
        Assert.Equal("project:proxylessnas", (string?)json["root"]!["id"]);
        var edges = json["edges"]!.AsArray().Select(e => ((string?)e!["from"]!["name"], (string?)e["to"]!["name"])).ToList();
        Assert.Contains(("ProxylessNAS", "AMC"), edges);
        Assert.Contains(("AMC", "HAQ"), edges);
        var evidence = json["edges"]![0]!["evidence"]![0]!;
        Assert.Contains("=>", (string?)evidence["text"], StringComparison.Ordinal);
        Assert.Equal("song-han.txt", (string?)evidence["doc"]);
    }

    [Fact]
    public async Task Lineage_downwards_from_AMC_has_only_its_successor()
    {
        var json = await api.GetJsonAsync("/api/lineage?name=AMC&direction=down&depth=1");
        var edge = Assert.Single(json["edges"]!.AsArray());
        Assert.Equal("HAQ", (string?)edge!["to"]!["name"]);
    }

    [Fact]
    public async Task Search_for_point_cloud_ranks_TorchSparse_first_with_marked_words()
    {
        var json = await api.GetJsonAsync("/api/search?q=point+cloud");
        Assert.True((int)json["total"]! >= 3);
        var first = json["hits"]![0]!;
        Assert.StartsWith("TorchSparse", (string?)first["text"], StringComparison.Ordinal);
        Assert.Contains("<mark>Point</mark> <mark>Cloud</mark>", (string?)first["highlight"], StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}$", (string?)first["date"]);
        Assert.Contains(first["entities"]!.AsArray(), e => (string?)e!["id"] == "project:torchsparse");
    }

    [Fact]
    public async Task Entity_page_has_kinds_aliases_and_facts_with_evidence()
    {
        var json = await api.GetJsonAsync("/api/entities/project:torchsparse");
        Assert.Equal("TorchSparse", (string?)json["entity"]!["name"]);
        Assert.Contains("Project", json["entity"]!["kinds"]!.AsArray().Select(k => (string?)k));
        Assert.NotNull(json["entity"]!["aliases"]);
        var fact = Assert.Single(json["facts"]!.AsArray(), f => (string?)f!["rel"] == "PUBLISHED_AT");
        Assert.Equal("MLSys", (string?)fact!["to"]!["name"]);
        Assert.All(fact["evidence"]!.AsArray(), e => Assert.Contains("TorchSparse", (string?)e!["text"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entity_resolves_a_name_as_well_as_an_id()
    {
        var byName = await api.GetJsonAsync("/api/entities/" + Uri.EscapeDataString("Song Han"));
        Assert.Equal("person:song-han", (string?)byName["entity"]!["id"]);
    }

    [Fact]
    public async Task Path_links_ProxylessNAS_to_HAQ_through_AMC()
    {
        var json = await api.GetJsonAsync("/api/path?from=ProxylessNAS&to=HAQ");
        var steps = json["steps"]!.AsArray();
        Assert.Equal(2, steps.Count);
        Assert.Equal("AMC", (string?)steps[0]!["to"]!["name"]);
        Assert.Equal("PRECEDES", (string?)steps[1]!["rel"]);
    }

    [Fact]
    public async Task Timeline_of_Song_Han_is_dated_and_in_date_order()
    {
        var json = await api.GetJsonAsync("/api/timeline?entity=" + Uri.EscapeDataString("Song Han"));
        Assert.Equal("person:song-han", (string?)json["entity"]!["id"]);
        var dates = json["items"]!.AsArray().Select(i => (string)i!["date"]!).ToList();
        Assert.True(dates.Count > 20, $"only {dates.Count} items");
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains(json["items"]!.AsArray(), i => ((string?)i!["text"])!.Contains("TorchSparse", StringComparison.Ordinal));
        Assert.Contains(json["items"]!.AsArray(), i => i!["facts"]!.AsArray().Any(f => (string?)f!["rel"] == "RECEIVED"));
    }

    [Fact]
    public async Task Timeline_of_a_project_holds_the_items_that_mention_it()
    {
        var json = await api.GetJsonAsync("/api/timeline?entity=TorchSparse");
        var items = json["items"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains("TorchSparse", (string?)i!["text"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entities_are_found_by_part_of_a_name_and_by_kind()
    {
        var json = await api.GetJsonAsync("/api/entities?q=proxyless");
        Assert.Equal("project:proxylessnas", (string?)json["entities"]![0]!["id"]);

        var venues = await api.GetJsonAsync("/api/entities?kind=venue&limit=200");
        var all = venues["entities"]!.AsArray();
        Assert.Contains(all, e => (string?)e!["name"] == "NeurIPS");
        Assert.All(all, e => Assert.Contains("Venue", e!["kinds"]!.AsArray().Select(k => (string?)k)));
        Assert.Equal(all.Count, (int)venues["total"]!);
    }

    [Fact]
    public async Task Health_reports_the_store_and_index_counts()
    {
        var json = await api.GetJsonAsync("/health");
        Assert.Equal("ok", (string?)json["status"]);
        Assert.Equal(1, (int)json["documents"]!);
        Assert.True((int)json["entities"]! > 50);
        Assert.True((int)json["facts"]! > 50);
        Assert.True((int)json["news_items"]! > 50);
    }

    [Fact]
    public async Task Facts_filter_by_relation_and_year()
    {
        var json = await api.GetJsonAsync("/api/facts?rel=RECEIVED&from=" + Uri.EscapeDataString("Song Han") + "&year=2017");
        var facts = json["facts"]!.AsArray();
        Assert.NotEmpty(facts);
        Assert.All(facts, f =>
        {
            Assert.Equal("RECEIVED", (string?)f!["rel"]);
            Assert.Equal(2017, (int?)f["year"]);
        });
    }

    internal static IEnumerable<string> Names(JsonNode json) => json.AsArray().Select(n => (string)n!["name"]!);
}

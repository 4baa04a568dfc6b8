using ResearchGraph.Api.Tests.Support;

namespace ResearchGraph.Api.Tests;

/// <summary>Search over HTTP: phrases, prefixes, fuzzy terms, date ranges, facets and paging.</summary>
public sealed class SearchTests(SongHanApi api) : IClassFixture<SongHanApi>
{
    [Fact]
    public async Task Phrase_query_finds_the_fellowship_items()
    {
        var json = await api.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("\"Qualcomm Innovation Fellowship\""));
        var hits = json["hits"]!.AsArray();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("Qualcomm Innovation Fellowship", (string?)h!["text"], StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Prefix_and_fuzzy_terms_match_word_variants()
    {
        var prefix = await api.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("torchspar*"));
        Assert.Contains(prefix["hits"]!.AsArray(), h => ((string?)h!["text"])!.Contains("TorchSparse", StringComparison.Ordinal));

        var fuzzy = await api.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("quantun~"));
        Assert.Contains(fuzzy["hits"]!.AsArray(), h => ((string?)h!["text"])!.Contains("quantum", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Date_range_keeps_only_items_inside_it()
    {
        var all = await api.GetJsonAsync("/api/search?q=point+cloud&limit=100");
        var some = await api.GetJsonAsync("/api/search?q=point+cloud&from=2022-01&to=2022-12&limit=100");
        Assert.True((int)some["total"]! < (int)all["total"]!);
        Assert.NotEmpty(some["hits"]!.AsArray());
        Assert.All(some["hits"]!.AsArray(), h => Assert.StartsWith("2022", (string?)h!["date"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Facets_count_kinds_and_top_entities_of_the_matches()
    {
        var json = await api.GetJsonAsync("/api/search?q=point+cloud");
        var kinds = json["facets"]!["kinds"]!.AsObject();
        Assert.True((int)kinds["Project"]! >= 2);
        var top = json["facets"]!["entities"]!.AsArray();
        Assert.Contains(top, e => (string?)e!["id"] == "project:torchsparse" && (int)e["count"]! >= 2);
    }

    [Fact]
    public async Task Entity_filter_keeps_items_that_mention_it()
    {
        var json = await api.GetJsonAsync("/api/search?q=point+cloud&entity=project:torchsparse");
        var hits = json["hits"]!.AsArray();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(h!["entities"]!.AsArray(), e => (string?)e!["id"] == "project:torchsparse"));
    }

    [Fact]
    public async Task Kind_filter_keeps_items_that_mention_an_entity_of_that_kind()
    {
        var all = await api.GetJsonAsync("/api/search?q=point+cloud&limit=100");
        var venues = await api.GetJsonAsync("/api/search?q=point+cloud&kind=Venue&limit=100");
        Assert.True((int)venues["total"]! < (int)all["total"]!);
        Assert.All(venues["hits"]!.AsArray(), h => Assert.Contains(h!["entities"]!.AsArray(), e => e!["kinds"]!.AsArray().Any(k => (string?)k == "Venue")));
    }

    [Fact]
    public async Task Offset_pages_through_the_same_ranking()
    {
        var first = await api.GetJsonAsync("/api/search?q=point+cloud&limit=2");
        var second = await api.GetJsonAsync("/api/search?q=point+cloud&limit=2&offset=1");
        Assert.Equal((string?)first["hits"]![1]!["text"], (string?)second["hits"]![0]!["text"]);
    }
}

using ResearchGraph.Search.Tests.Support;

namespace ResearchGraph.Search.Tests;

public sealed class SearchIndexReaderTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    [Fact]
    public void Exact_phrase_ranks_before_the_same_words_scattered()
    {
        using var folder = new TempFolder();
        using (var writer = SearchIndexWriter.Open(folder.Path))
        {
            writer.ReplaceDocument("/a", "a", [Some.Item("2020-01", "we sampled the cloud and then a point of it today")]);
            writer.ReplaceDocument("/b", "b", [Some.Item("2020-01", "we sampled the point cloud and then all of it today")]);
            writer.Commit();
        }

        using var reader = SearchIndexReader.Open(folder.Path);
        var results = reader.Search(new SearchRequest("point cloud"));

        Assert.Equal(["/b", "/a"], results.Hits.Select(hit => hit.Path));
        Assert.True(results.Hits[0].Score > results.Hits[1].Score);
    }

    [Fact]
    public void Items_with_the_phrase_rank_before_items_with_the_words_apart()
    {
        var results = index.Search("point cloud");

        var scattered = results.Hits.Select(hit => hit.Text).ToList().FindIndex(text => text.Contains("cloud computing", StringComparison.Ordinal));
        Assert.Equal(results.Hits.Count - 1, scattered);
        Assert.Equal(4, results.Total);
    }

    [Fact]
    public void English_stemming_matches_plural_and_singular()
    {
        var clouds = index.Search("clouds").Hits.Select(hit => hit.Text).ToList();

        Assert.Contains(clouds, text => text.StartsWith("PointAcc, a point cloud accelerator", StringComparison.Ordinal));
        Assert.Contains(clouds, text => text.Contains("point clouds", StringComparison.Ordinal));
        Assert.Single(index.Search("accelerators").Hits);
    }

    [Fact]
    public void Matching_words_are_marked_in_the_highlight()
    {
        var hit = Assert.Single(index.Search("accelerator").Hits);

        Assert.Contains("<mark>accelerator</mark>", hit.Highlight, StringComparison.Ordinal);
        Assert.Equal("PointAcc, a point cloud accelerator, is accepted by MICRO'22.", hit.Text);
    }

    [Fact]
    public void Markup_in_page_text_is_encoded_in_the_highlight_but_kept_raw_in_the_text()
    {
        var hit = Assert.Single(index.Search("anycost").Hits);

        Assert.Contains("<mark>Anycost</mark>", hit.Highlight, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;fast&lt;&#x2F;b&gt; &amp; on", hit.Highlight, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", hit.Highlight, StringComparison.Ordinal);
        Assert.Contains("<b>fast</b> & on", hit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_highlightable_match_the_highlight_is_the_encoded_start_of_the_text()
    {
        var hit = Assert.Single(index.Search("*:*", entities: ["project:anycost-gan"]).Hits);

        Assert.StartsWith("Anycost GAN enables interactive image synthesis &lt;b&gt;fast", hit.Highlight, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", hit.Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_older_than_from_are_left_out()
    {
        var results = index.Search("*:*", from: "2022-01");

        Assert.Equal(["2024-05-12", "2023-01", "2022-09", "2022-01"], results.Hits.Select(hit => hit.Date));
    }

    [Fact]
    public void Items_newer_than_to_are_left_out()
    {
        var results = index.Search("*:*", to: "2019-03");

        Assert.Equal(["2019-03", "2018-05"], results.Hits.Select(hit => hit.Date));
    }

    [Fact]
    public void A_year_only_item_matches_a_range_that_overlaps_its_year()
    {
        Assert.Contains("2021", index.Search("*:*", from: "2021-06", to: "2021-12").Hits.Select(hit => hit.Date));
        Assert.Contains("2021", index.Search("*:*", from: "2021-01", to: "2021-01").Hits.Select(hit => hit.Date));
        Assert.Equal(["2021-06", "2021-02", "2021"], index.Search("*:*", from: "2021", to: "2021").Hits.Select(hit => hit.Date));
        Assert.DoesNotContain("2021", index.Search("*:*", to: "2020-12").Hits.Select(hit => hit.Date));
        Assert.DoesNotContain("2020", index.Search("*:*", from: "2021-01").Hits.Select(hit => hit.Date));
    }

    [Fact]
    public void Undated_items_are_left_out_when_a_date_range_is_given()
    {
        Assert.Contains(index.Search("efficient").Hits, hit => hit.Date is null);
        Assert.DoesNotContain(index.Search("efficient", from: "1900").Hits, hit => hit.Date is null);
        Assert.DoesNotContain(index.Search("efficient", to: "2100-12").Hits, hit => hit.Date is null);
    }

    [Fact]
    public void Entity_filter_keeps_only_items_mentioning_every_entity()
    {
        var qualcomm = index.Search("*:*", entities: ["org:qualcomm"]);
        var fellowship = index.Search("*:*", entities: ["org:qualcomm", "award:qualcomm-innovation-fellowship"]);

        Assert.Equal(2, qualcomm.Total);
        Assert.All(qualcomm.Hits, hit => Assert.Contains("org:qualcomm", hit.EntityIds));
        var only = Assert.Single(fellowship.Hits);
        Assert.Equal(["award:qualcomm-innovation-fellowship", "org:qualcomm"], only.EntityIds);
    }

    [Fact]
    public void Entity_counts_cover_all_matches_not_only_the_page()
    {
        var results = index.Search("*:*", limit: 1);

        Assert.Single(results.Hits);
        Assert.Equal(2, results.EntityCounts["org:qualcomm"]);
        Assert.Equal(1, results.EntityCounts["project:pointacc"]);
        Assert.Equal(16, results.EntityCounts.Values.Sum());
    }

    [Fact]
    public void Entity_counts_follow_the_filters()
    {
        var results = index.Search("quantum");

        Assert.Equal(new Dictionary<string, int> { ["project:quantumnas"] = 1, ["project:torchquantum"] = 1 }, results.EntityCounts);
    }

    [Fact]
    public void Total_counts_every_match_while_limit_and_offset_page_through_them()
    {
        var all = index.Search("*:*");
        var first = index.Search("*:*", limit: 5);
        var last = index.Search("*:*", limit: 5, offset: 10);
        var beyond = index.Search("*:*", limit: 5, offset: 50);

        Assert.Equal(Some.SampleItemCount, all.Total);
        Assert.Equal(Some.SampleItemCount, first.Total);
        Assert.Equal(all.Hits.Take(5), first.Hits, HitComparer);
        Assert.Equal(all.Hits.Skip(10), last.Hits, HitComparer);
        Assert.Empty(beyond.Hits);
        Assert.Equal(Some.SampleItemCount, beyond.Total);
    }

    [Fact]
    public void Equal_scores_are_ordered_newest_first_with_undated_items_last()
    {
        var dates = index.Search("*:*").Hits.Select(hit => hit.Date).ToList();

        Assert.Null(dates[^1]);
        Assert.Equal(dates.Take(dates.Count - 1).OrderByDescending(date => date, StringComparer.Ordinal), dates.Take(dates.Count - 1));
    }

    [Fact]
    public void Hits_carry_their_source_document()
    {
        var hit = Assert.Single(index.Search("OpenVINO").Hits);

        Assert.Equal(Some.LabPath, hit.Path);
        Assert.Equal("lab.md", hit.Doc);
        Assert.Equal("2021-02", hit.Date);
    }

    [Fact]
    public void Prefix_query_matches_words_starting_with_it()
    {
        var results = index.Search("quant*");

        Assert.Equal(2, results.Total);
        Assert.All(results.Hits, hit => Assert.Contains("<mark>", hit.Highlight, StringComparison.Ordinal));
    }

    [Fact]
    public void Fuzzy_query_tolerates_a_typo()
    {
        Assert.Equal(2, index.Search("qantum~").Total);
    }

    [Fact]
    public void Quoted_phrase_matches_only_the_words_in_order()
    {
        var results = index.Search("\"generative adversarial networks\"");
        var reversed = index.Search("\"networks adversarial generative\"");

        Assert.Single(results.Hits);
        Assert.Contains("<mark>generative</mark> <mark>adversarial</mark> <mark>networks</mark>", results.Hits[0].Highlight, StringComparison.Ordinal);
        Assert.Equal(0, reversed.Total);
    }

    [Fact]
    public void Boolean_operators_combine_terms()
    {
        Assert.Equal("QuantumNAS searches robust quantum circuits on noisy hardware.", Assert.Single(index.Search("quantum NOT torchquantum").Hits).Text);
        Assert.Single(index.Search("qualcomm AND fellowship").Hits);
        Assert.Equal(3, index.Search("intel OR gan").Total);
    }

    [Fact]
    public void A_missing_index_folder_gives_no_hits()
    {
        using var folder = new TempFolder();
        using var reader = SearchIndexReader.Open(folder.Sub("never-written"));

        var results = reader.Search(new SearchRequest("anything"));

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        Assert.Empty(results.EntityCounts);
    }

    [Fact]
    public async Task Many_threads_can_search_one_reader_at_once()
    {
        var searches = Enumerable.Range(0, 64).Select(client => Task.Run(() =>
        {
            for (var i = 0; i < 20; i++)
            {
                var results = client % 2 == 0 ? index.Search("quantum circuits") : index.Search("point cloud", from: "2021");
                Assert.Equal(client % 2 == 0 ? 2 : 4, results.Total);
                Assert.All(results.Hits, hit => Assert.Contains("<mark>", hit.Highlight, StringComparison.Ordinal));
            }
        }));

        await Task.WhenAll(searches);
    }

    private static readonly EqualityComparer<SearchHit> HitComparer = EqualityComparer<SearchHit>.Create(
        (a, b) => a!.Path == b!.Path && a.Text == b.Text,
        hit => hit.Text.GetHashCode(StringComparison.Ordinal));
}

using ResearchGraph.Evaluation.Tests.Support;

namespace ResearchGraph.Evaluation.Tests;

public sealed class GoldFileTests
{
    [Fact]
    public void Parse_reads_entities_facts_and_search()
    {
        var gold = GoldFile.Parse("""
            {
              "doc": "a.txt",
              "owner": "Song Han",
              "entities": [
                {"kind": "Project", "name": "Once-for-All Network", "aliases": ["OFA"]},
                {"kind": "Person", "name": "Han", "optional": true}
              ],
              "facts": [
                {"rel": "ADOPTED", "from": "Intel", "to": "HAQ", "via": "OpenVINO", "year": 2021, "alt_from": ["OpenVINO"], "alt_to": ["AMC"]},
                {"rel": "PRECEDES", "from": "ProxylessNAS", "to": "AMC", "optional": true, "role": "ignored"}
              ],
              "search": [{"q": "point cloud", "relevant": [{"date": "2022-08", "contains": "TorchSparse"}]}]
            }
            """);

        Assert.Equal("a.txt", gold.Doc);
        Assert.Equal("Song Han", gold.Owner);
        Assert.Equal(["Once-for-All Network", "OFA"], gold.Entities[0].Names);
        Assert.True(gold.Entities[1].Optional);
        var adopted = gold.Facts[0];
        Assert.Equal([2021], adopted.Years);
        Assert.Equal("OpenVINO", adopted.Via);
        Assert.Equal(["Intel", "OpenVINO"], adopted.FromNames);
        Assert.Equal(["HAQ", "AMC"], adopted.ToNames);
        Assert.Empty(gold.Facts[1].Years);
        Assert.True(gold.Facts[1].Optional);
        Assert.Equal("point cloud", gold.Search[0].Q);
        Assert.Equal("2022-08", gold.Search[0].Relevant[0].Date);
        Assert.Equal("TorchSparse", gold.Search[0].Relevant[0].Contains);
    }

    [Theory]
    [InlineData("2019", new[] { 2019 })]
    [InlineData("[2021, 2022]", new[] { 2021, 2022 })]
    [InlineData("[]", new int[0])]
    [InlineData("null", new int[0])]
    public void A_year_is_a_number_or_a_list_of_numbers(string year, int[] expected)
    {
        var gold = GoldFile.Parse($$"""{"doc": "a.txt", "facts": [{"rel": "RECEIVED", "from": "A", "to": "B", "year": {{year}}}]}""");

        Assert.Equal(expected, gold.Facts[0].Years);
    }

    [Fact]
    public void Missing_lists_are_empty()
    {
        var gold = GoldFile.Parse("""{"doc": "a.txt", "facts": null}""");

        Assert.Empty(gold.Entities);
        Assert.Empty(gold.Facts);
        Assert.Empty(gold.Search);
    }

    [Theory]
    [InlineData("""{"owner": "x"}""")]
    [InlineData("""{"doc": "a.txt", "entities": [{"kind": "Person"}]}""")]
    [InlineData("""{"doc": "a.txt", "facts": [{"rel": "RECEIVED", "from": "A", "to": "B", "year": "2019"}]}""")]
    [InlineData("not json")]
    public void Malformed_gold_is_refused(string json) =>
        Assert.Throws<InvalidDataException>(() => GoldFile.Parse(json));

    [Fact]
    public void Load_names_the_file_it_refuses()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.gold.json");
        File.WriteAllText(path, "{}");
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => GoldFile.Load(path));
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_shared_gold_file_parses_with_the_counts_it_holds()
    {
        // Counted by hand from the files: entities (required), facts (required), facts with a
        // year, facts with alt_from, facts with alt_to, search queries, relevant items.
        var expected = new Dictionary<string, (string Doc, int Entities, int RequiredEntities, int Facts, int RequiredFacts, int WithYear, int AltFrom, int AltTo, int Queries, int Relevant)>
        {
            ["peipei-zhou.gold.json"] = ("peipei-zhou.md", 25, 18, 16, 13, 9, 0, 0, 0, 0),
            ["smoothquant-readme.gold.json"] = ("smoothquant-readme.md", 45, 29, 16, 7, 6, 6, 0, 6, 10),
            ["song-han.gold.json"] = ("song-han.txt", 183, 150, 143, 105, 64, 0, 17, 9, 30),
            ["zishen-wan.gold.json"] = ("zishen-wan.html", 171, 69, 105, 36, 47, 4, 8, 6, 19),
        };

        var files = SharedEval.GoldFiles;
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), files.Select(Path.GetFileName));
        foreach (var path in files)
        {
            var gold = GoldFile.Load(path);
            var want = expected[Path.GetFileName(path)];
            Assert.Equal(want.Doc, gold.Doc);
            Assert.Equal(want.Entities, gold.Entities.Count);
            Assert.Equal(want.RequiredEntities, gold.Entities.Count(e => !e.Optional));
            Assert.Equal(want.Facts, gold.Facts.Count);
            Assert.Equal(want.RequiredFacts, gold.Facts.Count(f => !f.Optional));
            Assert.Equal(want.WithYear, gold.Facts.Count(f => f.Years.Count > 0));
            Assert.Equal(want.AltFrom, gold.Facts.Count(f => f.AltFrom is { Count: > 0 }));
            Assert.Equal(want.AltTo, gold.Facts.Count(f => f.AltTo is { Count: > 0 }));
            Assert.Equal(want.Queries, gold.Search.Count);
            Assert.Equal(want.Relevant, gold.Search.Sum(s => s.Relevant.Count));
        }
    }

    [Fact]
    public void Song_han_gold_has_the_kinds_and_rels_it_declares()
    {
        var gold = GoldFile.Load(Path.Combine(SharedEval.Folder, "song-han.gold.json"));

        Assert.Equal("Song Han", gold.Owner);
        Assert.Equal(23, gold.Entities.Count(e => e.Kind == "Sponsor"));
        Assert.Equal(24, gold.Facts.Count(f => f.Rel == "SPONSORS"));
        Assert.Equal(43, gold.Facts.Count(f => f.Rel == "PUBLISHED_AT"));
    }
}

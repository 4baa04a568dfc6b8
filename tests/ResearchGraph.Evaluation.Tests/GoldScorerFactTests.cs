using ResearchGraph.Domain;
using ResearchGraph.Evaluation.Tests.Support;

namespace ResearchGraph.Evaluation.Tests;

public sealed class GoldScorerFactTests
{
    private static Tally Row(DocumentScore score, string rel) => score.Scores.Facts.Single(r => r.Category == rel).Tally;

    private static ExportBuilder Graph() => new ExportBuilder()
        .Entity("pnas", "ProxylessNAS", EntityKind.Project)
        .Entity("amc", "AMC", EntityKind.Project)
        .Entity("iclr", "ICLR", EntityKind.Venue)
        .Entity("intel", "Intel", EntityKind.Company)
        .Entity("haq", "HAQ", EntityKind.Project)
        .Entity("sh", "Song Han", EntityKind.Person)
        .Entity("aws", "AWS", EntityKind.Company);

    [Fact]
    public void A_fact_matches_with_equal_rel_and_matching_ends()
    {
        var gold = Some.Gold(facts: [Some.Fact("PRECEDES", "ProxylessNAS", "AMC")]);
        var export = Graph().Fact(FactType.PRECEDES, "pnas", "amc").Fact(FactType.PRECEDES, "amc", "pnas").Fact(FactType.USES, "pnas", "amc").Build();

        var score = GoldScorer.Score(gold, export, null);

        Assert.Equal(new Tally(1, 1, 1, 0), Row(score, "PRECEDES"));
        Assert.Equal(new Tally(0, 1, 0, 0), Row(score, "USES"));
        Assert.Contains(new Finding("PRECEDES", "AMC -> ProxylessNAS"), score.FalsePositives);
    }

    [Fact]
    public void Alt_to_and_alt_from_are_acceptable_ends()
    {
        var gold = Some.Gold(facts:
            [
                Some.Fact("ADOPTED", "Intel", "HAQ", altTo: ["Song Han"]),
                Some.Fact("ADOPTED", "Amazon", "HAQ", altFrom: ["aws"]),
            ]);
        var export = Graph().Fact(FactType.ADOPTED, "intel", "sh").Fact(FactType.ADOPTED, "aws", "haq").Build();

        var score = GoldScorer.Score(gold, export, null);

        Assert.Equal(new Tally(2, 0, 2, 0), Row(score, "ADOPTED"));
    }

    [Fact]
    public void A_gold_end_takes_in_the_aliases_of_the_gold_entity_it_names()
    {
        var gold = Some.Gold([Some.Entity("Sponsor", "Amazon", false, "AWS")], [Some.Fact("SPONSORS", "Amazon", "Song Han")]);
        var export = Graph().Fact(FactType.SPONSORS, "aws", "sh").Build();

        Assert.Equal(new Tally(1, 0, 1, 0), Row(GoldScorer.Score(gold, export, null), "SPONSORS"));
    }

    [Theory]
    [InlineData(2019, true)]
    [InlineData(2020, false)]
    [InlineData(null, false)]
    public void A_gold_year_must_be_the_predicted_year(int? predicted, bool matches)
    {
        var gold = Some.Gold(facts: [Some.Fact("PUBLISHED_AT", "ProxylessNAS", "ICLR", [2019])]);
        var export = Graph().Fact(FactType.PUBLISHED_AT, "pnas", "iclr", predicted).Build();

        var row = Row(GoldScorer.Score(gold, export, null), "PUBLISHED_AT");

        Assert.Equal(matches ? new Tally(1, 0, 1, 0) : new Tally(0, 1, 0, 1), row);
    }

    [Theory]
    [InlineData(2021, true)]
    [InlineData(2022, true)]
    [InlineData(2023, false)]
    public void A_list_of_gold_years_matches_any_year_it_holds(int predicted, bool matches)
    {
        var gold = Some.Gold(facts: [Some.Fact("ADOPTED", "Intel", "HAQ", [2021, 2022])]);
        var export = Graph().Fact(FactType.ADOPTED, "intel", "haq", predicted).Build();

        Assert.Equal(matches, Row(GoldScorer.Score(gold, export, null), "ADOPTED").TruePositives == 1);
    }

    [Theory]
    [InlineData(2018)]
    [InlineData(null)]
    public void Without_a_gold_year_any_predicted_year_is_accepted(int? predicted)
    {
        var gold = Some.Gold(facts: [Some.Fact("PRECEDES", "ProxylessNAS", "AMC")]);
        var export = Graph().Fact(FactType.PRECEDES, "pnas", "amc", predicted).Build();

        Assert.Equal(new Tally(1, 0, 1, 0), Row(GoldScorer.Score(gold, export, null), "PRECEDES"));
    }

    [Fact]
    public void Optional_gold_facts_make_matching_predictions_neutral_and_are_no_miss()
    {
        var gold = Some.Gold(facts:
            [
                Some.Fact("PRECEDES", "ProxylessNAS", "AMC", optional: true),
                Some.Fact("PRECEDES", "AMC", "HAQ", optional: true),
            ]);
        var export = Graph().Fact(FactType.PRECEDES, "pnas", "amc").Build();

        var score = GoldScorer.Score(gold, export, null);

        Assert.Equal(Tally.Zero, Row(score, "PRECEDES"));
        Assert.Empty(score.Misses);
        Assert.DoesNotContain(score.FalsePositives, f => f.Category == "PRECEDES");
    }

    [Fact]
    public void Facts_count_only_for_the_document_their_evidence_names()
    {
        var gold = Some.Gold(facts: [Some.Fact("PRECEDES", "ProxylessNAS", "AMC")]);
        var export = Graph().Fact(FactType.PRECEDES, "pnas", "amc", doc: "elsewhere.txt").Build();

        var score = GoldScorer.Score(gold, export, null);

        Assert.Equal(new Tally(0, 0, 0, 1), Row(score, "PRECEDES"));
        Assert.Equal([new Finding("PRECEDES", "ProxylessNAS -> AMC")], score.Misses);
    }

    [Fact]
    public void Micro_and_macro_averages_cover_the_six_main_rels()
    {
        var gold = Some.Gold(facts:
            [
                Some.Fact("PUBLISHED_AT", "ProxylessNAS", "ICLR", [2019]),
                Some.Fact("PRECEDES", "ProxylessNAS", "AMC"),
                Some.Fact("PRECEDES", "AMC", "HAQ"),
                Some.Fact("USES", "HAQ", "quantization"),
            ]);
        var export = Graph()
            .Fact(FactType.PUBLISHED_AT, "pnas", "iclr", 2019)
            .Fact(FactType.PUBLISHED_AT, "amc", "iclr", 2019)
            .Fact(FactType.PRECEDES, "pnas", "amc")
            .Build();

        var score = GoldScorer.Score(gold, export, null);

        // PUBLISHED_AT: P 1/2, R 1, F1 2/3. PRECEDES: P 1, R 1/2, F1 2/3. USES is not main.
        Assert.Equal(new Tally(1, 1, 1, 0), Row(score, "PUBLISHED_AT"));
        Assert.Equal(new Tally(1, 0, 1, 1), Row(score, "PRECEDES"));
        Assert.Equal(new Tally(0, 0, 0, 1), Row(score, "USES"));
        var average = score.Scores.FactAverage;
        Assert.Equal(new Tally(2, 1, 2, 1), average.Micro);
        Assert.Equal(2.0 / 3, average.Micro.F1!.Value, 9);
        Assert.Equal(2.0 / 3, average.MacroF1!.Value, 9);
        Assert.Contains(new Finding("PUBLISHED_AT", "AMC -> ICLR (2019)"), score.FalsePositives);
        Assert.Contains(new Finding("PRECEDES", "AMC -> HAQ"), score.Misses);
    }

    [Fact]
    public void Scoring_an_export_built_from_the_gold_finds_everything()
    {
        foreach (var path in SharedEval.GoldFiles)
        {
            var gold = GoldFile.Load(path);
            var score = GoldScorer.Score(gold, FromGold(gold), null);

            Assert.All(score.Scores.Entities, r => Assert.Equal(0, r.Tally.Missed));
            Assert.All(score.Scores.Entities.Where(r => r.Category != "Sponsor"), r => Assert.Equal(0, r.Tally.FalsePositives));
            Assert.All(score.Scores.Facts, r => Assert.Equal((0, 0), (r.Tally.FalsePositives, r.Tally.Missed)));
            Assert.Equal(gold.Facts.Count(f => !f.Optional), score.Scores.Facts.Sum(r => r.Tally.Found));
        }
    }

    /// <summary>One entity per gold entity; fact ends resolved to the first gold entity of that name (or a kindless one).</summary>
    private static Queries.Views.ExportView FromGold(GoldFile gold)
    {
        var builder = new ExportBuilder(gold.Doc);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < gold.Entities.Count; i++)
        {
            var e = gold.Entities[i];
            builder.Entity($"e{i}", e.Name, [Enum.Parse<EntityKind>(e.Kind)], [.. e.Aliases ?? []]);
            foreach (var key in NameKey.Set(e.Names))
            {
                ids.TryAdd(key, $"e{i}");
            }
        }

        string End(string name)
        {
            var key = NameKey.Normalise(name);
            if (!ids.TryGetValue(key, out var id))
            {
                id = $"x{ids.Count}";
                builder.Entity(id, name, []);
                ids[key] = id;
            }

            return id;
        }

        foreach (var f in gold.Facts)
        {
            builder.Fact(Enum.Parse<FactType>(f.Rel), End(f.From), End(f.To), f.Years.Count == 0 ? null : f.Years[0], gold.Doc);
        }

        return builder.Build();
    }
}

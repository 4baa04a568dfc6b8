using ResearchGraph.Domain;
using ResearchGraph.Evaluation.Tests.Support;

namespace ResearchGraph.Evaluation.Tests;

public sealed class GoldScorerEntityTests
{
    private static Tally Row(DocumentScore score, string kind) => score.Scores.Entities.Single(r => r.Category == kind).Tally;

    [Fact]
    public void Names_match_after_normalising_through_any_alias()
    {
        var gold = Some.Gold([Some.Entity("Project", "MCUNet-v2"), Some.Entity("Project", "Once-for-All Network", false, "OFA")]);
        var export = new ExportBuilder()
            .Entity("p1", "mcunetv2", EntityKind.Project)
            .Entity("p2", "Once for all", EntityKind.Project, "O.F.A.")
            .Build();

        var score = GoldScorer.Score(gold, export, null);

        Assert.Equal(new Tally(2, 0, 2, 0), Row(score, "Project"));
        Assert.Empty(score.Misses);
        Assert.Empty(score.FalsePositives);
    }

    [Fact]
    public void A_prediction_matching_only_an_optional_entity_is_neutral_and_an_absent_optional_is_no_miss()
    {
        var gold = Some.Gold([Some.Entity("Person", "Song Han"), Some.Entity("Person", "Han", optional: true), Some.Entity("Person", "Robert J. Shillman", optional: true)]);
        var export = new ExportBuilder()
            .Entity("a", "Song Han", EntityKind.Person)
            .Entity("b", "Han", EntityKind.Person)
            .Build();

        var score = GoldScorer.Score(gold, export, null);

        Assert.Equal(new Tally(1, 0, 1, 0), Row(score, "Person"));
        Assert.Equal(1.0, Row(score, "Person").Precision);
    }

    [Fact]
    public void A_prediction_of_another_kind_does_not_count()
    {
        var gold = Some.Gold([Some.Entity("Company", "Intel")]);
        var export = new ExportBuilder().Entity("i", "Intel", EntityKind.Product).Build();

        var score = GoldScorer.Score(gold, export, null);

        Assert.Equal(new Tally(0, 0, 0, 1), Row(score, "Company"));
        Assert.Equal(new Tally(0, 1, 0, 0), Row(score, "Product"));
        Assert.Contains(new Finding("Company", "Intel"), score.Misses);
        Assert.Contains(new Finding("Product", "Intel"), score.FalsePositives);
    }

    [Fact]
    public void Matching_is_not_one_to_one()
    {
        var gold = Some.Gold([Some.Entity("Venue", "NeurIPS", false, "NIPS")]);
        var export = new ExportBuilder()
            .Entity("v1", "NeurIPS", EntityKind.Venue)
            .Entity("v2", "NIPS", EntityKind.Venue)
            .Build();

        var score = GoldScorer.Score(gold, export, null);

        Assert.Equal(new Tally(2, 0, 1, 0), Row(score, "Venue"));
    }

    [Fact]
    public void The_from_of_a_SPONSORS_fact_counts_as_a_Sponsor()
    {
        var gold = Some.Gold([Some.Entity("Company", "Amazon", false, "AWS"), Some.Entity("Sponsor", "Amazon", false, "AWS"), Some.Entity("Person", "Song Han")]);
        var export = new ExportBuilder()
            .Entity("aws", "AWS", EntityKind.Company)
            .Entity("sh", "Song Han", EntityKind.Person)
            .Fact(FactType.SPONSORS, "aws", "sh")
            .Build();

        var score = GoldScorer.Score(gold, export, null);

        Assert.Equal(new Tally(1, 0, 1, 0), Row(score, "Company"));
        Assert.Equal(new Tally(1, 0, 1, 0), Row(score, "Sponsor"));
    }

    [Fact]
    public void With_several_documents_only_entities_of_facts_with_evidence_in_the_document_count()
    {
        var gold = Some.Gold([Some.Entity("Company", "Intel"), Some.Entity("Project", "HAQ"), Some.Entity("Product", "OpenVINO")]);
        var export = new ExportBuilder(Some.Doc, "other.txt")
            .Entity("intel", "Intel", EntityKind.Company)
            .Entity("haq", "HAQ", EntityKind.Project)
            .Entity("ov", "OpenVINO", EntityKind.Product)
            .Entity("nv", "NVIDIA", EntityKind.Company)
            .Entity("lonely", "Lonely", EntityKind.Company)
            .Fact(FactType.ADOPTED, "intel", "haq", doc: "corpus/page.txt", via: "ov")
            .Fact(FactType.ADOPTED, "nv", "haq", doc: "other.txt")
            .Build();

        var score = GoldScorer.Score(gold, export, null);

        // Evidence names documents by path under the ingested folder; they are compared by file name.
        Assert.Equal(new Tally(1, 0, 1, 0), Row(score, "Company"));
        Assert.Equal(new Tally(1, 0, 1, 0), Row(score, "Project"));
        Assert.Equal(new Tally(1, 0, 1, 0), Row(score, "Product"));
        Assert.Equal(new Tally(0, 1, 0, 0), score.Scores.Facts.Single(r => r.Category == "ADOPTED").Tally);
    }

    [Fact]
    public void With_one_document_every_entity_counts()
    {
        var gold = Some.Gold([Some.Entity("Technique", "pruning")]);
        var export = new ExportBuilder().Entity("t", "Pruning", EntityKind.Technique).Entity("q", "quantization", EntityKind.Technique).Build();

        var score = GoldScorer.Score(gold, export, null);

        Assert.Equal(new Tally(1, 1, 1, 0), Row(score, "Technique"));
        Assert.Equal([new Finding("Technique", "quantization")], score.FalsePositives);
    }

    [Fact]
    public void Per_kind_and_micro_and_macro_figures_are_computed_over_the_six_main_kinds()
    {
        var gold = Some.Gold(
            [
                Some.Entity("Person", "Song Han"),
                Some.Entity("Person", "Bill Dally"),
                Some.Entity("Person", "Han", optional: true),
                Some.Entity("Project", "MCUNet-v2"),
                Some.Entity("Company", "Amazon", false, "AWS"),
                Some.Entity("Sponsor", "Amazon", false, "AWS"),
                Some.Entity("Sponsor", "NSF"),
                Some.Entity("Institution", "MIT"),
            ]);
        var export = new ExportBuilder()
            .Entity("e1", "Song Han", EntityKind.Person)
            .Entity("e2", "Han", EntityKind.Person)
            .Entity("e3", "Ji", EntityKind.Person)
            .Entity("e4", "mcunetv2", EntityKind.Project)
            .Entity("e5", "ProxylessNAS", EntityKind.Project)
            .Entity("e6", "AWS", EntityKind.Company)
            .Entity("e7", "Intel", EntityKind.Company)
            .Fact(FactType.SPONSORS, "e6", "e1")
            .Build();

        var score = GoldScorer.Score(gold, export, null);

        // Person: Song Han tp, Han neutral, Ji fp; Bill Dally missed.
        var person = Row(score, "Person");
        Assert.Equal(new Tally(1, 1, 1, 1), person);
        Assert.Equal(0.5, person.Precision);
        Assert.Equal(0.5, person.Recall);
        Assert.Equal(0.5, person.F1);

        // Project and Company: one tp, one fp, nothing missed: P 1/2, R 1, F1 2/3.
        foreach (var kind in new[] { "Project", "Company" })
        {
            Assert.Equal(new Tally(1, 1, 1, 0), Row(score, kind));
            Assert.Equal(2.0 / 3, Row(score, kind).F1!.Value, 9);
        }

        // Sponsor: AWS by its SPONSORS fact; NSF missed: P 1, R 1/2, F1 2/3.
        Assert.Equal(new Tally(1, 0, 1, 1), Row(score, "Sponsor"));
        Assert.Equal(2.0 / 3, Row(score, "Sponsor").F1!.Value, 9);

        // Venue and Technique are empty: no figures, left out of the macro mean.
        Assert.Null(Row(score, "Venue").F1);
        Assert.Null(Row(score, "Technique").Precision);

        // Institution is not a main kind: its miss stays out of the averages.
        Assert.Equal(new Tally(0, 0, 0, 1), Row(score, "Institution"));

        var average = score.Scores.EntityAverage;
        Assert.Equal(new Tally(4, 3, 4, 2), average.Micro);
        Assert.Equal(4.0 / 7, average.Micro.Precision!.Value, 9);
        Assert.Equal(2.0 / 3, average.Micro.Recall!.Value, 9);
        Assert.Equal(8.0 / 13, average.Micro.F1!.Value, 9);
        Assert.Equal((0.5 + (3 * 2.0 / 3)) / 4, average.MacroF1!.Value, 9);

        Assert.Equal(
            [new Finding("Person", "Bill Dally"), new Finding("Sponsor", "NSF"), new Finding("Institution", "MIT")],
            score.Misses.Where(m => !ScoreCategories.MainRels.Contains(m.Category)));
        Assert.Equal(
            [new Finding("Person", "Ji"), new Finding("Project", "ProxylessNAS"), new Finding("Company", "Intel")],
            score.FalsePositives.Where(f => !ScoreCategories.MainRels.Contains(f.Category)));
    }

    [Fact]
    public void A_row_of_only_false_positives_scores_zero()
    {
        var score = GoldScorer.Score(Some.Gold(), new ExportBuilder().Entity("v", "ICLR", EntityKind.Venue).Build(), null);

        var venue = Row(score, "Venue");
        Assert.Equal(0.0, venue.Precision);
        Assert.Null(venue.Recall);
        Assert.Equal(0.0, venue.F1);
        Assert.Equal(0.0, score.Scores.EntityAverage.MacroF1);
    }
}

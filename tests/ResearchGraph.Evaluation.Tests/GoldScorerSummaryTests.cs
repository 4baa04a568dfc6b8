using ResearchGraph.Domain;
using ResearchGraph.Evaluation.Tests.Support;

namespace ResearchGraph.Evaluation.Tests;

public sealed class GoldScorerSummaryTests
{
    [Fact]
    public void Overall_counts_are_the_sums_over_documents()
    {
        var first = GoldScorer.Score(
            Some.Gold([Some.Entity("Person", "Song Han")]),
            new ExportBuilder().Entity("a", "Song Han", EntityKind.Person).Entity("b", "Ji", EntityKind.Person).Build(),
            _ => [("2020", "x")]);
        var second = GoldScorer.Score(
            Some.Gold([Some.Entity("Person", "Bill Dally"), Some.Entity("Venue", "ICLR")], search: [new GoldSearch { Q = "x", Relevant = [new GoldSearchItem { Date = "2020", Contains = "x" }] }]),
            new ExportBuilder().Entity("c", "ICLR", EntityKind.Venue).Build(),
            _ => [("2020", "x")]);

        var summary = GoldScorer.Summarise([first, second]);

        Assert.Equal([first, second], summary.Documents);
        var person = summary.Overall.Entities.Single(r => r.Category == "Person").Tally;
        Assert.Equal(new Tally(1, 1, 1, 1), person);
        Assert.Equal(new Tally(1, 0, 1, 0), summary.Overall.Entities.Single(r => r.Category == "Venue").Tally);
        Assert.Equal(new Tally(2, 1, 2, 1), summary.Overall.EntityAverage.Micro);
        Assert.Equal((0.5 + 1.0) / 2, summary.Overall.EntityAverage.MacroF1!.Value, 9);
        Assert.Equal(1.0, summary.Overall.Search!.MeanPrecisionAt5);
        Assert.Single(summary.Overall.Search.Queries);
    }

    [Fact]
    public void An_empty_summary_has_no_figures()
    {
        var summary = GoldScorer.Summarise([]);

        Assert.Empty(summary.Overall.Entities);
        Assert.Null(summary.Overall.EntityAverage.MacroF1);
        Assert.Null(summary.Overall.Search);
    }
}

using ResearchGraph.Domain;
using ResearchGraph.Evaluation.Tests.Support;
using ResearchGraph.Queries;

namespace ResearchGraph.Evaluation.Tests;

public sealed class ReportTextTests
{
    private static EvaluationSummary Summary()
    {
        var gold = Some.Gold(
            [Some.Entity("Person", "Song Han"), Some.Entity("Person", "Bill Dally")],
            [Some.Fact("PRECEDES", "ProxylessNAS", "AMC")],
            [new GoldSearch { Q = "point cloud", Relevant = [new GoldSearchItem { Date = "2022", Contains = "TorchSparse" }] }]);
        var export = new ExportBuilder().Entity("a", "Song Han", EntityKind.Person).Entity("b", "Ji", EntityKind.Person).Build();
        return GoldScorer.Summarise([GoldScorer.Score(gold, export, _ => [("2022-08", "TorchSparse")])]);
    }

    [Fact]
    public void The_table_is_aligned_with_counts_and_figures()
    {
        var lines = ReportText.Render(Summary(), verbose: false).Split('\n');

        var header = lines.Single(l => l.TrimStart().StartsWith("kind", StringComparison.Ordinal));
        var person = lines.Single(l => l.TrimStart().StartsWith("Person", StringComparison.Ordinal));
        var precedes = lines.Single(l => l.TrimStart().StartsWith("PRECEDES", StringComparison.Ordinal));
        Assert.Equal(header.Length, person.Length);
        Assert.Equal(header.Length, precedes.Length);
        Assert.Equal(["Person", "1", "1", "1", "0.500", "0.500", "0.500"], person.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["PRECEDES", "0", "0", "1", "-", "0.000", "0.000"], precedes.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(lines, l => l.Contains("search (1 queries): P@5 1.000  R@10 1.000", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("misses", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("Award", StringComparison.Ordinal));
    }

    [Fact]
    public void Verbose_lists_misses_false_positives_and_queries()
    {
        var text = ReportText.Render(Summary(), verbose: true);

        Assert.Contains("misses (2):", text, StringComparison.Ordinal);
        Assert.Contains("Person: Bill Dally", text, StringComparison.Ordinal);
        Assert.Contains("PRECEDES: ProxylessNAS -> AMC", text, StringComparison.Ordinal);
        Assert.Contains("false positives (1):", text, StringComparison.Ordinal);
        Assert.Contains("Person: Ji", text, StringComparison.Ordinal);
        Assert.Contains("\"point cloud\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_serialises_with_the_query_json_convention()
    {
        var json = QueryJson.Serialize(Summary());

        Assert.Contains("\"macro_f1\": 0.5", json, StringComparison.Ordinal);
        Assert.Contains("\"true_positives\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"precision_at5\"", json, StringComparison.Ordinal);
        Assert.Contains("\"false_positives\": [", json, StringComparison.Ordinal);
    }
}

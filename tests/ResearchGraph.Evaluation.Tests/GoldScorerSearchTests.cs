using ResearchGraph.Evaluation.Tests.Support;

namespace ResearchGraph.Evaluation.Tests;

public sealed class GoldScorerSearchTests
{
    private static readonly GoldSearch PointCloud = new()
    {
        Q = "point cloud",
        Relevant =
        [
            new GoldSearchItem { Date = "2022-08", Contains = "TorchSparse" },
            new GoldSearchItem { Date = "2021-06", Contains = "Point-Voxel CNN" },
        ],
    };

    private static readonly GoldSearch Nothing = new()
    {
        Q = "nothing",
        Relevant = [new GoldSearchItem { Date = "2020", Contains = "anything" }],
    };

    private static IReadOnlyList<(string? Date, string Text)> Hits(string q) => q switch
    {
        "point cloud" =>
        [
            ("2022-08-15", "We released TORCHSPARSE, a library."),
            (null, "Point-Voxel CNN without a date."),
            ("2021-06", "PVCNN: point voxel cnn is fast."),
            ("2020-01", "Something else."),
            ("2019", "Older."),
            ("2021-06", "Point-Voxel CNN again."),
        ],
        _ => [],
    };

    [Fact]
    public void Precision_of_the_top_5_and_recall_of_the_top_10_per_query_and_averaged()
    {
        var gold = Some.Gold(search: [PointCloud, Nothing]);

        var search = GoldScorer.Score(gold, new ExportBuilder().Build(), Hits).Scores.Search;

        // Top 5: the TorchSparse item (date prefix, normalised phrase) and the dated PVCNN item answer;
        // the undated one does not. Both relevant items are answered in the top 10.
        Assert.NotNull(search);
        Assert.Equal(new QueryScore("point cloud", 6, 2, 2, 0.4, 1.0), search.Queries[0]);
        Assert.Equal(new QueryScore("nothing", 0, 1, 0, 0.0, 0.0), search.Queries[1]);
        Assert.Equal(0.2, search.MeanPrecisionAt5!.Value, 9);
        Assert.Equal(0.5, search.MeanRecallAt10!.Value, 9);
    }

    [Fact]
    public void Hits_beyond_the_tenth_are_not_considered()
    {
        var judgment = new GoldSearch { Q = "q", Relevant = [new GoldSearchItem { Date = "2024", Contains = "late" }] };
        IReadOnlyList<(string? Date, string Text)> Many(string _) =>
            [.. Enumerable.Range(0, 10).Select(i => ((string?)"2020", $"early {i}")), ("2024-01", "late")];

        var query = GoldScorer.Score(Some.Gold(search: [judgment]), new ExportBuilder().Build(), Many).Scores.Search!.Queries.Single();

        Assert.Equal(10, query.Hits);
        Assert.Equal(0.0, query.RecallAt10);
    }

    [Fact]
    public void Without_a_search_delegate_search_is_not_scored() =>
        Assert.Null(GoldScorer.Score(Some.Gold(search: [PointCloud]), new ExportBuilder().Build(), null).Scores.Search);
}

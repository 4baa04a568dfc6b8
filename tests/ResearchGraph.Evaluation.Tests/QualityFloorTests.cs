using System.Globalization;
using ResearchGraph.Evaluation.Tests.Support;

namespace ResearchGraph.Evaluation.Tests;

/// <summary>
/// Extraction quality on the repository's own sample pages must not drop below the floors in
/// <c>eval/floors.json</c>: the pages in <c>ingest/</c> are really ingested and scored against
/// the hand-made gold files in <c>eval/</c>.
/// </summary>
public sealed class QualityFloorTests
{
    // Floors are figures rounded down; an F1 that equals its floor may differ from it in the last bit.
    private const double Tolerance = 1e-9;

    public static TheoryData<string> GoldFiles => OwnGold.GoldFileNames;

    [Fact]
    public void Every_gold_file_has_its_page_and_a_floor_and_every_floor_a_gold_file()
    {
        var floors = QualityFloor.Load(OwnGold.FloorsFile);
        var docs = OwnGold.GoldFiles.Select(f => GoldFile.Load(f).Doc).ToList();

        Assert.NotEmpty(docs);
        Assert.All(docs, doc => Assert.True(File.Exists(Path.Combine(OwnGold.PagesFolder, doc)), $"ingest/{doc} is missing"));
        Assert.Equal(docs.Order(StringComparer.Ordinal), floors.Keys.Order(StringComparer.Ordinal));
        Assert.All(floors, f => Assert.True(f.Value.Entities is >= 0 and <= 1 && f.Value.Facts is >= 0 and <= 1, $"{f.Key}: floors lie in [0, 1]"));
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public async Task Sample_page_scores_at_least_its_floor(string goldFile)
    {
        var gold = GoldFile.Load(Path.Combine(OwnGold.EvalFolder, goldFile));
        var floors = QualityFloor.Load(OwnGold.FloorsFile);
        Assert.True(floors.TryGetValue(gold.Doc, out var floor), $"eval/floors.json has no floor for {gold.Doc}");

        var score = await PageScorer.ScoreAsync(gold, Path.Combine(OwnGold.PagesFolder, gold.Doc), withSearches: false);

        var entities = score.Scores.EntityAverage.Micro.F1 ?? 0;
        var facts = score.Scores.FactAverage.Micro.F1 ?? 0;
        Assert.True(
            entities + Tolerance >= floor.Entities && facts + Tolerance >= floor.Facts,
            string.Create(CultureInfo.InvariantCulture, $"{gold.Doc}: entity micro-F1 {entities:0.000} (floor {floor.Entities:0.00}), fact micro-F1 {facts:0.000} (floor {floor.Facts:0.00})\n")
            + ReportText.Render(GoldScorer.Summarise([score]), verbose: true));
    }
}

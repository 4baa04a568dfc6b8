using CsCheck;
using ResearchGraph.Reading;

namespace ResearchGraph.Ingestion.Tests.Fuzz;

/// <summary>
/// Fuzzes the readers and the extractor with generated inputs (CsCheck; a failure prints the seed
/// that replays it and a shrunk input). Any input that ever broke an invariant is kept under
/// <c>Fuzz/Regressions</c> (with a few hand-written tricky seeds) and checked by <see cref="Kept_inputs_hold_the_invariants"/>.
/// </summary>
public sealed class ReadAndExtractFuzzTests
{
    // CI runs a few hundred inputs per property; set RESEARCHGRAPH_FUZZ_ITERATIONS for a longer hunt.
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("RESEARCHGRAPH_FUZZ_ITERATIONS"), System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 400;

    [Fact]
    public void Random_bytes_are_decoded_or_refused_and_never_break_the_pipeline() =>
        Gen.Select(PageInputs.RandomBytes, PageInputs.Format).Sample((bytes, format) => PipelineInvariants.Hold(bytes, format), iter: Iterations, threads: 1);

    [Fact]
    public void Pages_assembled_from_markup_news_and_names_never_break_the_pipeline() =>
        Gen.Select(PageInputs.Assembled, PageInputs.Format).Sample((text, format) => PipelineInvariants.Hold(text, format), iter: Iterations, threads: 1);

    [Fact]
    public void Assembled_pages_with_corrupted_bytes_never_break_the_pipeline() =>
        Gen.Select(PageInputs.CorruptedUtf8, PageInputs.Format).Sample((bytes, format) => PipelineInvariants.Hold(bytes, format), iter: Iterations, threads: 1);

    [Fact]
    public void Real_pages_with_random_edits_never_break_the_pipeline()
    {
        var pages = CorpusPages.All();
        Gen.Select(Gen.Int[0, pages.Count - 1], PageInputs.Edits).Sample((which, edits) =>
        {
            var (content, format) = pages[which];
            PipelineInvariants.Hold(PageInputs.Apply(content, edits), format);
        }, iter: Iterations / 4, threads: 1);
    }

    [Fact]
    public void Real_pages_hold_the_invariants()
    {
        foreach (var (content, format) in CorpusPages.All())
        {
            PipelineInvariants.Hold(content, format);
        }
    }

    public static TheoryData<string> KeptInputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fuzz", "Regressions")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KeptInputs))]
    public void Kept_inputs_hold_the_invariants(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fuzz", "Regressions", file));
        foreach (var format in new[] { PageFormat.Text, PageFormat.Markdown, PageFormat.Html })
        {
            PipelineInvariants.Hold(bytes, format);
        }
    }
}

using System.Diagnostics;
using ResearchGraph.Extraction;
using ResearchGraph.Reading;

namespace ResearchGraph.Ingestion.Tests.Fuzz;

/// <summary>
/// What must hold for any input to the read → extract pipeline: decoding throws nothing but
/// <see cref="UnreadablePageException"/>; reading and extracting throw nothing; every offset lies in
/// the visible text; every piece of evidence is exactly the visible-text slice it points at; and it
/// all finishes in bounded time.
/// </summary>
internal static class PipelineInvariants
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    private static readonly Extractor Extractor = new();

    public static void Hold(byte[] bytes, PageFormat format)
    {
        var clock = Stopwatch.StartNew();
        DecodedText decoded;
        try
        {
            decoded = PageDecoder.Decode(bytes);
        }
        catch (UnreadablePageException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            return;
        }

        Hold(decoded.Text, format, clock);
    }

    public static void Hold(string content, PageFormat format, Stopwatch? clock = null)
    {
        clock ??= Stopwatch.StartNew();
        var page = PageReader.Read(content, format);
        var length = page.Text.Length;
        foreach (var block in page.Blocks)
        {
            Assert.True(0 <= block.Start && block.Start <= block.End && block.End <= length, $"block {block} outside 0..{length}");
        }

        foreach (var news in page.News)
        {
            Assert.True(0 <= news.Start && news.Start <= news.End && news.End <= length, $"news item {news} outside 0..{length}");
        }

        var result = Extractor.Extract(page, "fuzz-page");
        foreach (var fact in result.Facts)
        {
            Assert.False(string.IsNullOrEmpty(fact.From));
            Assert.False(string.IsNullOrEmpty(fact.To));
            foreach (var evidence in fact.Evidence)
            {
                Assert.True(0 <= evidence.Start && evidence.Start <= evidence.End && evidence.End <= length, $"evidence {evidence} outside 0..{length}");
                Assert.Equal(page.Text[evidence.Start..evidence.End], evidence.Text);
                Assert.Equal("fuzz-page", evidence.Doc);
            }
        }

        foreach (var item in result.NewsItems)
        {
            Assert.True(0 <= item.Start && item.Start <= item.End && item.End <= length, $"news item {item} outside 0..{length}");
        }

        Assert.True(clock.Elapsed < TimeLimit, $"reading and extracting took {clock.Elapsed}");
    }
}

using System.Text.RegularExpressions;
using ResearchGraph.Reading.Tests.Support;

namespace ResearchGraph.Reading.Tests.Corpus;

/// <summary>The real pages of the shared corpus; counts are taken from the files themselves.</summary>
public sealed partial class CorpusPageTests
{
    [Theory]
    [InlineData("song-han.txt")]
    [InlineData("zishen-wan.html")]
    [InlineData("peipei-zhou.md")]
    [InlineData("smoothquant-readme.md")]
    public void Corpus_pages_keep_the_offset_invariants(string name)
    {
        PageInvariants.AssertHold(CorpusFiles.Read(name));
    }

    [Fact]
    public void Song_han_dated_news_lines_are_all_found_with_their_dates()
    {
        var expected = CorpusFiles.Raw("song-han.txt").Split('\n')
            .Select(l => TextNewsLine().Match(l))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value[..3], m.Groups[2].Value))
            .ToList();
        Assert.True(expected.Count > 50, "the page's news list was not found in the raw file");

        var page = CorpusFiles.Read("song-han.txt");
        Assert.Equal(expected.Count, page.News.Count);
        var months = new[] { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        var dates = expected.Select(e => $"{e.Item2}-{Array.IndexOf(months, e.Item1) + 1:D2}");
        Assert.Equal(dates, page.News.Select(n => n.Date));
        Assert.Equal("2022-09", page.News[0].Date);
        Assert.StartsWith("On-Device Training", page.Text[page.News[0].Start..page.News[0].End]);
    }

    [Fact]
    public void Zishen_wan_has_no_script_or_comment_text_and_all_bracketed_news()
    {
        var raw = CorpusFiles.Raw("zishen-wan.html");
        var expected = HtmlNewsItem().Count(raw);
        var page = CorpusFiles.Read("zishen-wan.html");

        Assert.DoesNotContain("gtag(", page.Text);
        Assert.DoesNotContain("dataLayer", page.Text);
        Assert.DoesNotContain("Global site tag", page.Text);
        Assert.Equal("Zishen Wan", page.Title);
        Assert.True(expected > 20);
        Assert.Equal(expected, page.News.Count);
        Assert.Equal("2022-12", page.News[0].Date);
        Assert.Equal("2021-06", page.News.Single(n => page.Text[n.Start..n.End].StartsWith("[Book]", StringComparison.Ordinal)).Date);
        Assert.All(page.News, n => Assert.Equal("News", page.Blocks.Single(b => b.Start <= n.Start && n.Start < b.End).Section));
    }

    [Fact]
    public void Peipei_zhou_front_matter_is_rendered_and_shortcodes_are_gone()
    {
        var page = CorpusFiles.Read("peipei-zhou.md");
        var lines = PageInvariants.Lines(page).ToList();

        Assert.Equal("title: Peipei Zhou", lines[0]);
        Assert.Equal("Peipei Zhou", page.Title);
        Assert.StartsWith("role: ", lines[1]);
        Assert.Contains("organizations: Brown University", lines);
        Assert.Equal(3, lines.Count(l => l.StartsWith("education: ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("education: PhD in Computer Science, University of California, Los Angeles, 2019", StringComparison.Ordinal));
        Assert.DoesNotContain("{{<", page.Text);
        Assert.DoesNotContain("avatar", page.Text);
        Assert.Contains("Download my CV.", lines);
        Assert.DoesNotContain("\\", lines);
    }

    [Fact]
    public void Smoothquant_readme_news_and_code_blocks()
    {
        var raw = CorpusFiles.Raw("smoothquant-readme.md");
        var expected = MarkdownNewsItem().Count(raw);
        var page = CorpusFiles.Read("smoothquant-readme.md");

        Assert.Equal(expected, page.News.Count);
        Assert.Equal("2024-05", page.News[0].Date);
        Assert.StartsWith("SmoothQuant enables", page.Text[page.News[0].Start..page.News[0].End]);
        var code = page.Blocks.Where(b => b.Kind == BlockKind.Code).Select(page.TextOf).ToList();
        Assert.Contains(code, c => c.StartsWith("conda create", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Blocks, b => b.Kind != BlockKind.Code && page.TextOf(b).StartsWith("pip install", StringComparison.Ordinal));
        Assert.Contains(page.Blocks, b => b.Kind == BlockKind.TableRow);
        Assert.DoesNotContain("](", page.Text);
    }

    [GeneratedRegex(@"^\s*•\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4}):")]
    private static partial Regex TextNewsLine();

    [GeneratedRegex(@"<li>\s*\[(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.\s*\d{4}\]")]
    private static partial Regex HtmlNewsItem();

    [GeneratedRegex(@"(?m)^- \[\d{4}/\d{2}\]")]
    private static partial Regex MarkdownNewsItem();
}

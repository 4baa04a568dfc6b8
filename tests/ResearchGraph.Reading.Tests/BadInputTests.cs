using System.Diagnostics;
using System.Text;
using ResearchGraph.Reading.Tests.Support;

namespace ResearchGraph.Reading.Tests;

public sealed class BadInputTests
{
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(10);

    [Fact]
    public void Deeply_nested_divs_read_without_stack_overflow()
    {
        const int depth = 200_000;
        var html = new StringBuilder();
        html.Insert(0, "<div>", depth).Append("deep text").Insert(html.Length, "</div>", depth);
        var page = Timed(() => PageReader.Read(html.ToString(), PageFormat.Html));
        Assert.Equal("deep text", page.Text);
        Assert.Contains(page.Diagnostics, d => d.Contains("flattened"));
    }

    [Fact]
    public void Deeply_nested_divs_inside_markdown_read_without_stack_overflow()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 200_000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 200_000));
        var page = Timed(() => PageReader.Read(html, PageFormat.Markdown));
        Assert.Equal("deep", page.Text);
    }

    [Fact]
    public void A_long_list_of_unclosed_items_is_not_flattened()
    {
        var html = "<ul>" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"<li><span>item {i}</span>")) + "</ul>";
        var page = PageReader.Read(html, PageFormat.Html);
        Assert.Equal(2000, page.Blocks.Count(b => b.Kind == BlockKind.ListItem));
        Assert.Empty(page.Diagnostics);
    }

    [Theory]
    [InlineData(PageFormat.Text)]
    [InlineData(PageFormat.Markdown)]
    [InlineData(PageFormat.Html)]
    public void A_million_character_line_reads_whole(PageFormat format)
    {
        var line = string.Concat(Enumerable.Repeat("word ", 200_000)).TrimEnd();
        var page = Timed(() => PageReader.Read("Sep 2022: " + line, format));
        var block = Assert.Single(page.Blocks);
        Assert.Equal(line.Length + 10, block.End);
        Assert.Equal("2022-09", Assert.Single(page.News).Date);
        PageInvariants.AssertHold(page);
    }

    [Fact]
    public void A_million_unclosed_shortcode_openers_read_fast()
    {
        var line = string.Concat(Enumerable.Repeat("{{<", 300_000));
        var page = Timed(() => PageReader.Read(line, PageFormat.Markdown));
        Assert.StartsWith("{{<", page.Text);
    }

    [Theory]
    [InlineData(PageFormat.Text)]
    [InlineData(PageFormat.Markdown)]
    [InlineData(PageFormat.Html)]
    public void Empty_content_reads_as_an_empty_page(PageFormat format)
    {
        var page = PageReader.Read(string.Empty, format);
        Assert.Equal(string.Empty, page.Text);
        Assert.Empty(page.Blocks);
        Assert.Empty(page.News);
    }

    [Fact]
    public void Control_characters_and_marker_characters_in_input_are_not_visible()
    {
        var page = PageReader.Read("a\u0007b \uE0000\uE001c\uE002", PageFormat.Markdown);
        Assert.Equal("ab 0c", page.Text);
        Assert.Empty(page.News);
    }

    [Fact]
    public void Invalid_utf8_reads_with_replacement_characters()
    {
        var decoded = PageDecoder.Decode([.. "Sep 2022: caf"u8, 0xC3, .. " ok"u8]);
        var page = PageReader.Read(decoded.Text, PageFormat.Text);
        Assert.Equal("Sep 2022: caf\uFFFD ok", page.Text);
        Assert.Single(decoded.Diagnostics);
    }

    [Fact]
    public void Deeply_nested_yaml_front_matter_is_skipped()
    {
        var yaml = "title: " + new string('[', 100_000);
        var page = PageReader.Read($"---\n{yaml}\n---\nBody.", PageFormat.Markdown);
        Assert.Equal("Body.", page.Text);
        Assert.NotEmpty(page.Diagnostics);
    }

    private static VisiblePage Timed(Func<VisiblePage> read)
    {
        var watch = Stopwatch.StartNew();
        var page = read();
        Assert.True(watch.Elapsed < Fast, $"took {watch.Elapsed}");
        return page;
    }
}

using ResearchGraph.Reading.Tests.Support;

namespace ResearchGraph.Reading.Tests;

public sealed class PageReaderTests
{
    [Theory]
    [InlineData("a/b/page.txt", PageFormat.Text)]
    [InlineData("page.MD", PageFormat.Markdown)]
    [InlineData("page.markdown", PageFormat.Markdown)]
    [InlineData("page.Html", PageFormat.Html)]
    [InlineData("page.htm", PageFormat.Html)]
    [InlineData("page.pdf", null)]
    [InlineData("README", null)]
    public void Format_comes_from_the_extension(string path, PageFormat? format)
    {
        Assert.Equal(format, PageReader.FormatFromPath(path));
    }

    public static TheoryData<string, PageFormat> Samples => new()
    {
        { "Title\n\n• Sep 2022: One\n  - Oct 2022:   Two\n\nPlain  line", PageFormat.Text },
        { "# Head\n\n- [05/2023] a *b*\n  - nested\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n\n{{< newsEntry date=\"2025/03\" >}}Shortcode\n\nnews{{< /newsEntry >}}", PageFormat.Markdown },
        { "<h1>T</h1><ul><li>2024-05-01 x<ul><li>y</li></ul></li></ul><table><tr><td>a</td><td><p>b</p>c</td></tr></table>", PageFormat.Html },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Offsets_keep_their_invariants(string content, PageFormat format)
    {
        PageInvariants.AssertHold(PageReader.Read(content, format));
    }

    [Fact]
    public void A_leading_bom_character_is_not_visible()
    {
        var page = PageReader.Read("\uFEFFHello there.", PageFormat.Text);
        Assert.Equal("Hello there.", page.Text);
    }

    [Fact]
    public void News_span_starts_after_the_date_and_separator()
    {
        var page = PageReader.Read("Sep 2022: Paper accepted.", PageFormat.Text);
        var item = Assert.Single(page.News);
        Assert.Equal("2022-09", item.Date);
        Assert.Equal("Paper accepted.", page.Text[item.Start..item.End]);
    }
}

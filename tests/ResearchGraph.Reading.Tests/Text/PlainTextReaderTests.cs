using ResearchGraph.Reading.Tests.Support;

namespace ResearchGraph.Reading.Tests.Text;

public sealed class PlainTextReaderTests
{
    private static VisiblePage Read(string text) => PageReader.Read(text, PageFormat.Text);

    [Fact]
    public void Each_non_blank_line_is_a_block_with_whitespace_collapsed()
    {
        var page = Read("  first \t line  \r\n\r\n\r\nsecond\u00A0\u00A0line.\n");
        Assert.Equal("first line\nsecond line.", page.Text);
        PageInvariants.AssertHold(page);
    }

    [Theory]
    [InlineData("• item")]
    [InlineData("- item")]
    [InlineData("* item")]
    [InlineData("– item")]
    [InlineData("· item")]
    [InlineData("+ item")]
    public void Bullets_are_stripped_and_mark_list_items(string line)
    {
        var page = Read(line);
        var block = Assert.Single(page.Blocks);
        Assert.Equal(BlockKind.ListItem, block.Kind);
        Assert.Equal(1, block.Level);
        Assert.Equal("item", page.TextOf(block));
    }

    [Fact]
    public void A_bullet_needs_a_space_after_it()
    {
        var page = Read("-5 degrees today.");
        Assert.Equal(BlockKind.Paragraph, page.Blocks[0].Kind);
        Assert.Equal("-5 degrees today.", page.Text);
    }

    [Fact]
    public void A_short_isolated_line_is_a_heading_and_names_the_section()
    {
        var page = Read("Selected Awards\n\n• Best paper award, 2019\n• Young investigator, 2020");
        Assert.Equal(BlockKind.Heading, page.Blocks[0].Kind);
        Assert.All(page.Blocks.Skip(1), b => Assert.Equal("Selected Awards", b.Section));
    }

    [Theory]
    [InlineData("Group website:\n\nnext")]
    [InlineData("This is a sentence. It goes on\n\nnext")]
    [InlineData("Google, YouTube, Twitter\n\nnext")]
    [InlineData("lower case start\n\nnext")]
    [InlineData("Followed by text\nnext")]
    public void Lines_that_read_as_prose_are_not_headings(string text)
    {
        Assert.NotEqual(BlockKind.Heading, Read(text).Blocks[0].Kind);
    }

    [Fact]
    public void Dated_lines_are_news_items_and_bare_years_are_not()
    {
        var page = Read("• Sep 2022: Paper accepted.\n• 2021: Best paper award\n• Aug 2022:  Talk given.");
        Assert.Equal(["2022-09", "2022-08"], page.News.Select(n => n.Date));
        Assert.Equal("Talk given.", page.Text[page.News[1].Start..page.News[1].End]);
        PageInvariants.AssertHold(page);
    }
}

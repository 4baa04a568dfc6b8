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

    private const string Cv = """
        LENA MARSH
        Associate Professor, Some University
        lmarsh [at] example [dot] edu  |  Office 412

        EDUCATION
        2014   Ph.D., Physics, Some University.
               Thesis: "Small Things". Advisor: Prof. Omar Haddad.
        2009   B.Sc., Physics, Other University.

        APPOINTMENTS
        2021-        Associate Professor, Some University
        2015-2021	Assistant Professor, Some University

        HONORS AND AWARDS
        2016   Best Paper Award, KDD 2016
        2019: NSF CAREER Award

        SELECTED PUBLICATIONS
        [1] L. Marsh, O. Haddad. "Kite: Small Detectors."
            To appear in Proc. VLDB 2025. Kite extends Reef.
        [2] O. Haddad, L. Marsh. "Reef: Joint Search."
        In Proceedings of MLSys'23.
        3. L. Marsh. "Gull: Fast Graphs." KDD 2016.
        """;

    [Fact]
    public void All_capitals_lines_after_a_blank_line_are_cv_sections()
    {
        var page = Read(Cv);
        var headings = page.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(page.TextOf).ToList();
        Assert.Equal(["LENA MARSH", "EDUCATION", "APPOINTMENTS", "HONORS AND AWARDS", "SELECTED PUBLICATIONS"], headings);
        var award = page.Blocks.Single(b => page.TextOf(b).StartsWith("2016", StringComparison.Ordinal));
        Assert.Equal("HONORS AND AWARDS", award.Section);
        PageInvariants.AssertHold(page);
    }

    [Fact]
    public void Year_first_lines_are_list_items_keeping_their_years()
    {
        var page = Read(Cv);
        var items = page.Blocks.Where(b => b.Kind == BlockKind.ListItem && b.Section is "APPOINTMENTS" or "HONORS AND AWARDS").Select(page.TextOf).ToList();
        Assert.Equal(
            ["2021- Associate Professor, Some University", "2015-2021 Assistant Professor, Some University",
             "2016 Best Paper Award, KDD 2016", "2019: NSF CAREER Award"],
            items);
    }

    [Fact]
    public void Wrapped_entries_join_the_line_they_continue()
    {
        var lines = PageInvariants.Lines(Read(Cv));
        Assert.Contains("2014 Ph.D., Physics, Some University. Thesis: \"Small Things\". Advisor: Prof. Omar Haddad.", lines);
        Assert.Contains("L. Marsh, O. Haddad. \"Kite: Small Detectors.\" To appear in Proc. VLDB 2025. Kite extends Reef.", lines);
        Assert.Contains("O. Haddad, L. Marsh. \"Reef: Joint Search.\" In Proceedings of MLSys'23.", lines);
        Assert.Contains("L. Marsh. \"Gull: Fast Graphs.\" KDD 2016.", lines);
        Assert.Contains("lmarsh [at] example [dot] edu | Office 412", lines);
    }

    [Fact]
    public void A_lower_case_line_continues_the_line_above_but_not_across_a_blank_line()
    {
        Assert.Equal(["Our compilers make small models", "run fast.", "Next line"], PageInvariants.Lines(Read("Our compilers make small models\n\nrun fast.\nNext line")));
        Assert.Equal(["Our compilers make small models run fast.", "Next line"], PageInvariants.Lines(Read("Our compilers make small models\nrun fast.\nNext line")));
    }

    [Theory]
    [InlineData("NSF, DARPA, SRC")]
    [InlineData("The NSF CAREER Award.")]
    [InlineData("2019 NSF")]
    public void Capitals_that_read_as_names_or_prose_are_not_headings(string line)
    {
        Assert.DoesNotContain(Read($"Intro\n\n{line}\nmore text").Blocks, b => b.Kind == BlockKind.Heading && b.Start > 0);
    }
}

using ResearchGraph.Reading.Tests.Support;

namespace ResearchGraph.Reading.Tests.Html;

public sealed class HtmlPageReaderTests
{
    private static VisiblePage Read(string html)
    {
        var page = PageReader.Read(html, PageFormat.Html);
        PageInvariants.AssertHold(page);
        return page;
    }

    [Fact]
    public void Html_comments_and_scripts_are_not_visible()
    {
        var page = Read("""
            <html><head><title>T</title><style>p { color: red }</style><script>gtag('js');</script></head>
            <body><!-- <p>old news</p> --><p>Shown</p><script>var dataLayer = [];</script>
            <noscript>Enable JS</noscript><template><p>tpl</p></template><svg><text>svg</text></svg></body></html>
            """);
        Assert.Equal("Shown", page.Text);
    }

    [Theory]
    [InlineData("<p hidden>secret</p>")]
    [InlineData("<div style=\"display: none\">secret</div>")]
    [InlineData("<span style=\"color:red;VISIBILITY:hidden\">secret</span>")]
    public void Hidden_elements_are_not_visible(string hidden)
    {
        Assert.Equal("Shown", Read($"<body>{hidden}<p>Shown</p></body>").Text);
    }

    [Fact]
    public void Block_elements_end_lines_and_inline_elements_do_not()
    {
        var page = Read("<div>Intro <b>bold</b> <name>Custom</name><papertitle>Tag</papertitle><p>Para</p>tail<br>after break<hr>end</div>");
        Assert.Equal(["Intro bold CustomTag", "Para", "tail", "after break", "end"], PageInvariants.Lines(page));
    }

    [Fact]
    public void Text_before_a_nested_list_is_its_own_list_item()
    {
        var page = Read("<ul><li>Parent <ul><li>Child</li></ul> rest</li></ul>");
        Assert.Equal(["Parent", "Child", "rest"], PageInvariants.Lines(page));
        Assert.Equal([1, 2, 1], page.Blocks.Select(b => b.Level));
        Assert.All(page.Blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Fact]
    public void Headings_carry_level_and_set_the_section()
    {
        var page = Read("<h2>Awards</h2><p>Best paper</p><h3>Older</h3><p>Prize</p>");
        Assert.Equal(BlockKind.Heading, page.Blocks[0].Kind);
        Assert.Equal(2, page.Blocks[0].Level);
        Assert.Equal("Awards", page.Blocks[1].Section);
        Assert.Equal("Older", page.Blocks[3].Section);
    }

    [Fact]
    public void A_custom_heading_tag_alone_on_a_line_sets_the_section()
    {
        var page = Read("<td><heading>News</heading><div><ul><li>[Dec. 2022] Paper accepted.</li></ul></div></td>");
        Assert.Equal(BlockKind.Heading, page.Blocks[0].Kind);
        Assert.Equal("News", page.Blocks[1].Section);
        Assert.Equal("2022-12", Assert.Single(page.News).Date);
    }

    [Fact]
    public void A_strong_only_short_line_is_a_heading_but_a_strong_sentence_is_not()
    {
        var page = Read("<p><strong>Selected Talks</strong></p><p><strong>We are hiring PhD students.</strong></p>");
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph], page.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Table_rows_are_one_block_with_cells_kept_apart()
    {
        var page = Read("<table><tr><th>Year</th><th>Award</th></tr><tr><td>2020</td><td> Best  paper </td><td></td></tr></table>");
        Assert.Equal(["Year; Award", "2020: Best paper"], PageInvariants.Lines(page));
        Assert.All(page.Blocks, b => Assert.Equal(BlockKind.TableRow, b.Kind));
    }

    [Theory]
    [InlineData("<tr><th>Year</th><th>Award</th><th>Who</th></tr>")]
    [InlineData("<thead><tr><td>Year</td><td>Award</td><td>Who</td></tr></thead>")]
    [InlineData("<tr><td><b>Year</b></td><td><b>Award</b></td><td><b>Who</b></td></tr>")]
    public void A_header_row_labels_the_cells_of_the_rows_below(string header)
    {
        var page = Read($"<table>{header}<tr><td>2025</td><td>Kavli Fellow</td><td>Ilse Varga</td></tr><tr><td>2024</td><td>Best Paper</td><td>&mdash;</td></tr></table>");
        Assert.Equal(["Year; Award; Who", "2025: Award: Kavli Fellow; Who: Ilse Varga", "2024: Award: Best Paper"], PageInvariants.Lines(page));
    }

    [Fact]
    public void Rows_without_a_header_keep_cells_apart_and_a_bold_first_row_of_dates_is_no_header()
    {
        var page = Read("<table><tr><td><b>2024</b></td><td><b>Best Paper</b></td></tr><tr><td>Kite</td><td>Fast detectors</td><td>ICRA 2025</td></tr></table>");
        Assert.Equal(["2024: Best Paper", "Kite; Fast detectors; ICRA 2025"], PageInvariants.Lines(page));
    }

    [Fact]
    public void A_lone_header_cell_is_a_heading()
    {
        var page = Read("<table><tr><th colspan=\"2\">Awards</th></tr><tr><td>2024</td><td>Best Paper</td></tr></table>");
        Assert.Equal(["Awards", "2024: Best Paper"], PageInvariants.Lines(page));
        Assert.Equal(BlockKind.Heading, page.Blocks[0].Kind);
        Assert.Equal("Awards", page.Blocks[1].Section);
    }

    [Fact]
    public void A_cell_holding_blocks_flushes_them_separately()
    {
        var page = Read("<table><tr><td>Photo</td><td><p>First para</p><p>Second para</p></td></tr></table>");
        Assert.Equal(["Photo", "First para", "Second para"], PageInvariants.Lines(page));
    }

    [Fact]
    public void Nbsp_counts_as_whitespace()
    {
        Assert.Equal("a b", Read("<p>&nbsp;a&nbsp;&nbsp; b&nbsp</p>").Text);
    }

    [Fact]
    public void Pre_lines_are_code_blocks()
    {
        var page = Read("<pre>line one\n  line two\n\nline three</pre>");
        Assert.Equal(["line one", "line two", "line three"], PageInvariants.Lines(page));
        Assert.All(page.Blocks, b => Assert.Equal(BlockKind.Code, b.Kind));
    }

    [Fact]
    public void Images_beside_text_are_dropped()
    {
        Assert.Equal("Caption", Read("<p><img src=\"x.png\" alt=\"alt text\">Caption</p>").Text);
        Assert.Equal("NVIDIA Fellowship", Read("<ul><li><a href=\"#\"><img alt=\"NVIDIA\"></a> NVIDIA Fellowship</li></ul>").Text);
    }

    [Fact]
    public void A_strip_of_logos_reads_as_a_list_of_their_names()
    {
        var page = Read("""
            <h2>Sponsors</h2><p>Our research is supported by:</p>
            <div class="sponsor-logos">
              <div class="logo"><a href="https://www.nsf.gov"><img src="nsf.png" alt="NSF"></a></div>
              <div class="logo"><img src="intel.svg" alt="Intel"></div>
            </div>
            <ul><li><img src="arm.svg" alt="Arm"></li></ul>
            <figure><a href="https://example.com"><img src="a.png" alt="Example Corp"></a></figure>
            """);
        Assert.Equal(["Sponsors", "Our research is supported by:", "NSF", "Intel", "Arm", "Example Corp"], PageInvariants.Lines(page));
        Assert.All(page.Blocks.Skip(2), b => Assert.Equal(BlockKind.ListItem, b.Kind));
        Assert.All(page.Blocks.Skip(2), b => Assert.Equal("Sponsors", b.Section));
    }

    [Fact]
    public void Logos_side_by_side_in_a_cell_are_a_list_of_names()
    {
        var page = Read("<table><tr><td>Partners</td><td><a href=\"#\"><img alt=\"NVIDIA\"></a><a href=\"#\"><img alt=\"Intel\"></a></td></tr></table>");
        Assert.Equal(["Partners; NVIDIA, Intel"], PageInvariants.Lines(page));
    }

    [Theory]
    [InlineData("<a href=\"me.jpg\"><img alt=\"profile photo\" src=\"me.jpg\"></a>")]
    [InlineData("<div class=\"logo\"><img alt=\"\" src=\"spacer.gif\"></div>")]
    [InlineData("<a href=\"https://github.com/someone\"><img alt=\"Someone\" src=\"gh.svg\"></a>")]
    [InlineData("<a href=\"https://scholar.google.de/citations?user=x\"><img alt=\"Publications\" src=\"s.svg\"></a>")]
    [InlineData("<a href=\"#\"><img alt=\"lab_logo.png\" src=\"lab_logo.png\"></a>")]
    [InlineData("<figure><img alt=\"Lab retreat 2023\" src=\"r.jpg\"><figcaption>Our retreat</figcaption></figure>")]
    [InlineData("<p><img alt=\"A diagram of the accelerator datapath and its memory hierarchy\" src=\"d.png\"></p>")]
    [InlineData("<div><img alt=\"Kestrel\" src=\"k.png\"></div>")]
    public void Decorative_photo_icon_and_figure_images_stay_silent(string html)
    {
        var page = Read($"<p>Text.</p>{html}");
        Assert.DoesNotContain(page.Blocks, b => b.Start > 5 && page.TextOf(b) is not ("Our retreat"));
    }

    [Fact]
    public void Title_comes_from_title_and_url_from_canonical_link()
    {
        var page = Read("<head><title> Jane Doe </title><link rel=\"canonical\" href=\"https://example.org/jane\"></head><p>x</p>");
        Assert.Equal("Jane Doe", page.Title);
        Assert.Equal("https://example.org/jane", page.Url);
    }

    [Fact]
    public void Url_falls_back_to_og_url()
    {
        var page = Read("<head><meta property=\"og:url\" content=\"https://example.org/lab\"></head><p>x</p>");
        Assert.Equal("https://example.org/lab", page.Url);
    }

    [Fact]
    public void News_span_excludes_the_bracketed_date()
    {
        var page = Read("<ul><li> [Jun. 2022] <b>[Talk]</b> I give a talk.</li></ul>");
        var item = Assert.Single(page.News);
        Assert.Equal("2022-06", item.Date);
        Assert.Equal("[Talk] I give a talk.", page.Text[item.Start..item.End]);
    }
}

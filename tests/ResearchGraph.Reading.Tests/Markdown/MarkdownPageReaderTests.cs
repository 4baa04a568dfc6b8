using ResearchGraph.Reading.Tests.Support;

namespace ResearchGraph.Reading.Tests.Markdown;

public sealed class MarkdownPageReaderTests
{
    private static VisiblePage Read(string markdown)
    {
        var page = PageReader.Read(markdown, PageFormat.Markdown);
        PageInvariants.AssertHold(page);
        return page;
    }

    [Fact]
    public void Rendered_front_matter_fields_become_lines_at_the_top()
    {
        var page = Read("""
            ---
            title: Jane Doe
            role: Professor of Things
            avatar: me.jpg
            url: https://example.org/jane
            organizations:
              - name: Example University
                url: https://example.org
            education:
              courses:
                - course: PhD in Physics
                  institution: Some Institute
                  year: 2010
            bio: Works on **fast** things.
            social:
              - link: https://example.org/hidden
            ---
            Body text.
            """);
        Assert.Equal(
            ["title: Jane Doe", "role: Professor of Things", "organizations: Example University",
             "education: PhD in Physics, Some Institute, 2010", "bio: Works on fast things.", "url: https://example.org/jane", "Body text."],
            PageInvariants.Lines(page));
        Assert.All(page.Blocks.SkipLast(1), b => Assert.Equal(BlockKind.FrontMatter, b.Kind));
        Assert.Equal("Jane Doe", page.Title);
        Assert.Equal("https://example.org/jane", page.Url);
    }

    [Fact]
    public void Academicpages_name_and_education_items_render_as_readable_lines()
    {
        var page = Read("""
            ---
            title: "About"
            name: Lena Marsh
            education:
              - degree: "Ph.D. in Computer Science"
                school: "Westbrook University"
                year: 2020
              - degree: "B.S."
                area: Mathematics
                institution: University of Chile
            ---
            Body.
            """);
        Assert.Equal(
            ["title: About", "name: Lena Marsh", "education: Ph.D. in Computer Science, Westbrook University, 2020",
             "education: B.S. in Mathematics, University of Chile", "Body."],
            PageInvariants.Lines(page));
    }

    [Fact]
    public void Profile_theme_fields_render_one_line_per_item()
    {
        var page = Read("""
            ---
            title: Lena Marsh
            author:
              name: Lena Marsh
            position: Research Scientist
            affiliation: Example Labs
            employer: Example Corp
            interests:
              - Compilers
              - Sparse tensors
            education:
              - area: PhD Artificial Intelligence
                institution: Some University
                date_start: 2016-01-01
                date_end: 2020-12-31
            work:
              - position: Research Intern
                company_name: Example Corp
                date_start: 2019-06-01
                date_end: 2019-09-01
            awards:
              - title: Best Paper Award
                awarder: Some Conference
                date: '2023-11-25'
              - Rising Star, 2022
            ---
            Body.
            """);
        Assert.Equal(
            ["title: Lena Marsh", "author: Lena Marsh", "position: Research Scientist", "affiliation: Example Labs",
             "employer: Example Corp", "interests: Compilers", "interests: Sparse tensors",
             "education: PhD Artificial Intelligence, Some University, 2020", "work: Research Intern, Example Corp, 2019",
             "awards: Best Paper Award, Some Conference, 2023", "awards: Rising Star, 2022", "Body."],
            PageInvariants.Lines(page));
        Assert.All(page.Blocks.SkipLast(1), b => Assert.Equal(BlockKind.FrontMatter, b.Kind));
    }

    [Fact]
    public void Invalid_yaml_front_matter_is_skipped_with_a_diagnostic()
    {
        var page = Read("---\ntitle: [unclosed\n---\nBody.");
        Assert.Equal("Body.", page.Text);
        Assert.Contains(page.Diagnostics, d => d.Contains("YAML"));
    }

    [Fact]
    public void Headings_paragraphs_and_quotes_are_blocks()
    {
        var page = Read("# Title\n\nSome *emphasis* and `code` and a [link](https://x.org).\n\n> Quoted\n> text");
        Assert.Equal(["Title", "Some emphasis and code and a link.", "Quoted text"], PageInvariants.Lines(page));
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph], page.Blocks.Select(b => b.Kind));
        Assert.Equal("Title", page.Blocks[1].Section);
    }

    [Fact]
    public void Images_and_link_targets_are_dropped()
    {
        Assert.Equal("See paper", Read("![figure](fig.png)See [paper](https://arxiv.org/abs/1)").Text);
    }

    [Fact]
    public void A_row_of_linked_logos_reads_as_a_list_of_their_names()
    {
        var page = Read("## Sponsors\n\n[![NSF](logos/nsf.png)](https://nsf.gov) [![Example Corp](logos/ex.svg)](https://example.com)\n\n- ![Other Corp](logos/o.png)\n");
        Assert.Equal(["Sponsors", "NSF", "Example Corp", "Other Corp"], PageInvariants.Lines(page));
        Assert.All(page.Blocks.Skip(1), b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Theory]
    [InlineData("[![License: MIT](https://img.shields.io/badge/License-MIT-yellow.svg)](LICENSE) [![PyPI](https://img.shields.io/pypi/v/x.svg)](https://pypi.org/x)")]
    [InlineData("![Kestrel](fig/kestrel.png)")]
    [InlineData("[![Demo video](demo.gif)](https://example.org/demo.mp4)")]
    [InlineData("[![Example Corp](ex.png)](https://example.com) and more text")]
    public void Badges_figures_and_images_beside_text_are_not_names(string markdown)
    {
        Assert.DoesNotContain(Read(markdown).Blocks, b => b.Kind == BlockKind.ListItem);
    }

    [Fact]
    public void Nested_list_items_are_separate_blocks_with_depth()
    {
        var page = Read("- Parent item\n  - Child item\n- Second");
        Assert.Equal(["Parent item", "Child item", "Second"], PageInvariants.Lines(page));
        Assert.Equal([1, 2, 1], page.Blocks.Select(b => b.Level));
        Assert.All(page.Blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Fact]
    public void Pipe_table_rows_are_table_row_blocks_labelled_by_the_header()
    {
        var page = Read("| Model | PPL |\n|---|---|\n| [Big](x.md) | 5.4 |\n|  | 6.1 |");
        Assert.Equal(["Model; PPL", "Model: Big; PPL: 5.4", "PPL: 6.1"], PageInvariants.Lines(page));
        Assert.All(page.Blocks, b => Assert.Equal(BlockKind.TableRow, b.Kind));
    }

    [Fact]
    public void A_date_column_keeps_rows_news_items_and_placeholders_are_left_out()
    {
        var page = Read("""
            | Date | News |
            |------|------|
            | 2025-03 | **Kite** accepted to ICRA 2025. Kite adapts at test time. |
            | 2025-01 | Lena was named a Fellow. |

            | Year | Award | Who |
            |------|-------|-----|
            | 2025 | Some Fellowship | Lena Marsh |
            | 2024 | — | Omar |
            """);
        Assert.Equal(
            ["Date; News", "2025-03: Kite accepted to ICRA 2025. Kite adapts at test time.", "2025-01: Lena was named a Fellow.",
             "Year; Award; Who", "2025: Award: Some Fellowship; Who: Lena Marsh", "2024: Who: Omar"],
            PageInvariants.Lines(page));
        Assert.Equal(["2025-03", "2025-01"], page.News.Select(n => n.Date));
        Assert.Equal("Kite accepted to ICRA 2025. Kite adapts at test time.", page.Text[page.News[0].Start..page.News[0].End]);
    }

    [Fact]
    public void A_cell_ending_a_sentence_is_followed_by_a_space_not_a_separator()
    {
        var page = Read("| Project | Note |\n|---|---|\n| Kite | Fast. |\n| Reef | Slow |");
        Assert.Equal(["Project; Note", "Project: Kite; Note: Fast.", "Project: Reef; Note: Slow"], PageInvariants.Lines(page));
        Assert.Equal("Note: Fast. Project: Reef", Read("| Note | Project |\n|---|---|\n| Fast. | Reef |").Text.Split('\n')[1]);
    }

    [Fact]
    public void Fenced_and_indented_code_are_code_blocks()
    {
        var page = Read("Intro.\n\n```bash\npip install x\n\npython run.py\n```\n\n    indented code\n");
        Assert.Equal(["Intro.", "pip install x", "python run.py", "indented code"], PageInvariants.Lines(page));
        Assert.Equal([BlockKind.Paragraph, BlockKind.Code, BlockKind.Code, BlockKind.Code], page.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Inline_html_tags_are_dropped_and_br_splits_blocks()
    {
        var page = Read("Line <b>one</b><br>Line two<br/>Line three <!-- note -->");
        Assert.Equal(["Line one", "Line two", "Line three"], PageInvariants.Lines(page));
    }

    [Fact]
    public void Html_blocks_are_read_by_the_html_rules()
    {
        var page = Read("Before.\n\n<!-- <p>commented out</p> -->\n\n<div>\n<p>Inside <span>html</span></p>\n<script>track();</script>\n</div>\n\nAfter.");
        Assert.Equal(["Before.", "Inside html", "After."], PageInvariants.Lines(page));
    }

    [Fact]
    public void Shortcodes_and_liquid_tags_are_dropped_keeping_inner_text()
    {
        var page = Read("Get my {{< staticref \"cv.pdf\" \"newtab\" >}}CV{{< /staticref >}} {{% note %}}here{{% /note %}}.\n\n{% if x %}Liquid{% endif %} {{ site.title }}");
        Assert.Equal(["Get my CV here.", "Liquid"], PageInvariants.Lines(page));
    }

    [Fact]
    public void Shortcodes_inside_fenced_code_are_kept()
    {
        var page = Read("```\n{{ template }}\n```");
        Assert.Equal("{{ template }}", page.Text);
    }

    [Fact]
    public void A_dated_shortcode_makes_its_content_a_news_item()
    {
        var page = Read("## News\n\n{{< newsEntry date=\"2025/03\" >}}\nWe presented **X** at a venue.\n{{< /newsEntry >}}\n\n{{< newsEntry date='2024-11-02' >}}Sep 2022: inner date ignored{{< /newsEntry >}}");
        Assert.Equal(["2024-11-02", "2025-03"], page.News.Select(n => n.Date).Order());
        var first = page.News.Single(n => n.Date == "2025-03");
        Assert.Equal("We presented X at a venue.", page.Text[first.Start..first.End]);
        Assert.Equal("News", page.Blocks[1].Section);
    }

    [Fact]
    public void A_bad_shortcode_date_is_a_diagnostic_not_a_news_item()
    {
        var page = Read("{{< newsEntry date=\"someday\" >}}Text{{< /newsEntry >}}");
        Assert.Equal("Text", page.Text);
        Assert.Empty(page.News);
        Assert.Single(page.Diagnostics);
    }

    [Fact]
    public void Bold_dates_render_as_news_prefixes()
    {
        var page = Read("- **Jan 2026**: New course.\n- [2024/05] Released.");
        Assert.Equal(["2026-01", "2024-05"], page.News.Select(n => n.Date));
        Assert.Equal("New course.", page.Text[page.News[0].Start..page.News[0].End]);
    }

    [Fact]
    public void A_lone_backslash_line_is_not_a_block()
    {
        var page = Read("First line.\n\\\nSecond line.\n\\");
        Assert.Equal(["First line.", "Second line."], PageInvariants.Lines(page));
    }
}

using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ResearchGraph.Reading.Html;
using MarkdownBlock = Markdig.Syntax.Block;

namespace ResearchGraph.Reading.Markdown;

/// <summary>
/// Walks a Markdig document with an explicit stack and writes its blocks to the page: headings,
/// paragraphs, list items (each item's own paragraphs, nested items separately), quotes, table
/// rows, code lines, and raw HTML blocks through the HTML reader.
/// </summary>
internal sealed class MarkdownWalker(PageBuilder page)
{
    private readonly StringBuilder line = new();

    public void Walk(MarkdownDocument document)
    {
        var stack = new Stack<(MarkdownBlock Block, int ListDepth)>();
        PushChildren(stack, document, 0);
        while (stack.Count > 0)
        {
            var (block, depth) = stack.Pop();
            switch (block)
            {
                case HeadingBlock heading:
                    Emit(heading, BlockKind.Heading, heading.Level);
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is ListItemBlock:
                    Emit(paragraph, BlockKind.ListItem, depth);
                    break;
                case ParagraphBlock paragraph:
                    Emit(paragraph, BlockKind.Paragraph, 0);
                    break;
                case HtmlBlock html:
                    HtmlPageReader.ReadFragment(html.Lines.ToString(), page);
                    break;
                case CodeBlock code:
                    EmitLines(code, BlockKind.Code);
                    break;
                case Table table:
                    EmitTable(table);
                    break;
                case ListBlock list:
                    PushChildren(stack, list, depth + 1);
                    break;
                case ContainerBlock container:
                    PushChildren(stack, container, depth);
                    break;
                case ThematicBreakBlock or YamlFrontMatterBlock or LinkReferenceDefinition:
                    break;
                case LeafBlock { Inline: not null } leaf:
                    Emit(leaf, BlockKind.Paragraph, 0);
                    break;
                case LeafBlock leaf:
                    EmitLines(leaf, BlockKind.Paragraph);
                    break;
            }
        }
    }

    private static void PushChildren(Stack<(MarkdownBlock, int)> stack, ContainerBlock container, int depth)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            stack.Push((container[i], depth));
        }
    }

    /// <summary>One block per run of inlines between hard breaks, as a browser shows them.</summary>
    private void Emit(LeafBlock leaf, BlockKind kind, int level)
    {
        if (kind != BlockKind.Heading && LogoNames(leaf.Inline, kind == BlockKind.ListItem) is { } names)
        {
            // A row of logos, linked or not: a list of the names they stand for.
            foreach (var name in names)
            {
                page.Add(BlockKind.ListItem, name, Math.Max(1, level));
            }

            return;
        }

        line.Clear();
        MarkdownInlines.Render(leaf.Inline, line, () =>
        {
            page.Add(kind, line.ToString(), level);
            line.Clear();
        });
        page.Add(kind, line.ToString(), level);
        line.Clear();
    }

    /// <summary>
    /// The alt texts of a block made of nothing but images (each alone or inside a link) when
    /// every one reads as a name and they stand in a list, a link or a row of logos; null for any
    /// other block (a lone figure says what it shows in the text around it).
    /// </summary>
    private static List<string>? LogoNames(ContainerInline? root, bool inList)
    {
        var names = new List<string>();
        var linked = false;
        for (var inline = root?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            var image = inline as LinkInline;
            if (image is { IsImage: false } && image.FirstChild is LinkInline { IsImage: true } inner && inner.NextSibling is null)
            {
                image = inner;
                linked = true;
            }

            if (image is { IsImage: true })
            {
                var alt = new StringBuilder();
                MarkdownInlines.Render(image, alt, onHardBreak: null);
                var text = alt.ToString().Trim();
                if (!ImageText.ReadsAsName(text, image.Url))
                {
                    return null;
                }

                names.Add(text);
            }
            else if (!(inline is LineBreakInline || (inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())))
            {
                return null;
            }
        }

        return names.Count > 1 || (names.Count == 1 && (linked || inList)) ? names : null;
    }

    private void EmitLines(LeafBlock leaf, BlockKind kind)
    {
        var lines = leaf.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            page.Add(kind, lines.Lines[i].Slice.AsSpan());
        }
    }

    /// <summary>Each row a <see cref="BlockKind.TableRow"/>, labelled by the header row (<see cref="TableRowText"/>).</summary>
    private void EmitTable(Table table)
    {
        List<string>? header = null;
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.OfType<TableCell>())
            {
                line.Clear();
                foreach (var leaf in cell.Descendants<LeafBlock>())
                {
                    line.Append(' ');
                    MarkdownInlines.Render(leaf.Inline, line, onHardBreak: null);
                }

                cells.Add(line.ToString().Trim());
            }

            if (row.IsHeader && TableRowText.IsHeader(cells))
            {
                header = cells;
                page.Add(BlockKind.TableRow, TableRowText.Header(cells));
            }
            else
            {
                page.Add(BlockKind.TableRow, TableRowText.Row(cells, header));
            }
        }

        line.Clear();
    }
}

using AngleSharp.Dom;

namespace ResearchGraph.Reading.Html;

/// <summary>
/// Walks a parsed HTML tree with an explicit stack (pages nest deeper than the call stack
/// allows) and writes its visible text to a <see cref="PageBuilder"/>: block elements end the
/// line, table rows become one line of cells (labelled by a header row, see <see cref="TableRowText"/>),
/// invisible elements are skipped whole.
/// </summary>
internal sealed class HtmlWalker(PageBuilder page)
{
    private const int MaxStrongHeadingLength = 60;

    private readonly Stack<Frame> frames = new();
    private readonly Stack<Context> contexts = new();
    private readonly Stack<List<Cell>> rows = new();
    private readonly Stack<TableState> tables = new();
    private readonly HtmlLine line = new();
    private readonly Dictionary<IElement, bool> emptyBlocks = [];
    private int headingDepth;
    private int strongDepth;
    private int listDepth;
    private int preDepth;

    private enum Role
    {
        Inline,
        Block,
        Row,
        Cell,
    }

    public void Walk(INode root)
    {
        frames.Push(new Frame(root, Role.Inline, Exit: false));
        while (frames.Count > 0)
        {
            var frame = frames.Pop();
            if (frame.Exit)
            {
                Leave(frame);
            }
            else
            {
                Enter(frame.Node);
            }
        }

        Flush();
    }

    private void Enter(INode node)
    {
        switch (node)
        {
            case IText text:
                if (!line.IsEmpty || !string.IsNullOrWhiteSpace(text.Data) || preDepth > 0)
                {
                    line.Append(text.Data, headingDepth, strongDepth);
                }

                return;
            case IElement element:
                EnterElement(element);
                return;
            case IDocument or IDocumentFragment:
                PushChildren(node);
                return;
            default:
                // Comments, doctypes, processing instructions: never visible.
                return;
        }
    }

    private void EnterElement(IElement element)
    {
        if (HtmlElementRules.IsInvisible(element))
        {
            return;
        }

        switch (element.LocalName)
        {
            case "br":
                if (preDepth > 0)
                {
                    line.AppendRaw('\n');
                }
                else
                {
                    Flush();
                }

                return;
            case "hr":
                Flush();
                return;
            case "img":
                ReadImage(element);
                return;
            case "tr":
                Flush();
                rows.Push([]);
                contexts.Push(new Context(BlockKind.TableRow, 0, IsCell: false));
                Push(element, Role.Row);
                return;
            case "td" or "th" when rows.Count > 0:
                if (!line.IsEmpty)
                {
                    rows.Peek().Add(TakeCell());
                }

                contexts.Push(new Context(BlockKind.TableRow, 0, IsCell: true));
                Push(element, Role.Cell);
                return;
        }

        if (HtmlElementRules.IsBlock(element))
        {
            Flush();
            if (element.LocalName == "table")
            {
                tables.Push(new TableState());
            }

            var (kind, level) = HtmlElementRules.KindOf(element, listDepth);
            if (HtmlElementRules.IsList(element))
            {
                listDepth++;
            }

            if (kind == BlockKind.Code)
            {
                preDepth++;
            }

            contexts.Push(new Context(kind, level, IsCell: false));
            Push(element, Role.Block);
            return;
        }

        if (HtmlElementRules.IsHeadingTag(element))
        {
            headingDepth++;
        }
        else if (HtmlElementRules.IsStrong(element))
        {
            strongDepth++;
        }

        Push(element, Role.Inline);
    }

    /// <summary>
    /// A logo's alt text is an item of its own: a strip of logos is a list of names, each standing
    /// apart on the page.
    /// </summary>
    private void ReadImage(IElement image)
    {
        if (ImageText.Of(image, emptyBlocks) is not { } alt)
        {
            return;
        }

        if (contexts.Count > 0 && contexts.Peek().IsCell)
        {
            // Logos side by side in one cell: a list of names.
            line.Append(line.IsEmpty ? alt : $", {alt}", 0, 0);
            return;
        }

        Flush();
        page.Add(BlockKind.ListItem, alt, Math.Max(1, listDepth));
    }

    private void Leave(Frame frame)
    {
        var element = (IElement)frame.Node;
        switch (frame.Role)
        {
            case Role.Row:
                Flush();
                contexts.Pop();
                EmitRow(rows.Pop());
                break;
            case Role.Cell:
                rows.Peek().Add(TakeCell() with { IsHeader = element.LocalName == "th" || element.ParentElement?.ParentElement?.LocalName == "thead" });
                contexts.Pop();
                break;
            case Role.Block:
                Flush();
                var context = contexts.Pop();
                if (element.LocalName == "table" && tables.Count > 0)
                {
                    tables.Pop();
                }

                if (HtmlElementRules.IsList(element))
                {
                    listDepth--;
                }

                if (context.Kind == BlockKind.Code)
                {
                    preDepth--;
                }

                break;
            default:
                if (HtmlElementRules.IsHeadingTag(element))
                {
                    headingDepth--;
                }
                else if (HtmlElementRules.IsStrong(element))
                {
                    strongDepth--;
                }

                break;
        }
    }

    private void Push(IElement element, Role role)
    {
        frames.Push(new Frame(element, role, Exit: true));
        PushChildren(element);
    }

    private void PushChildren(INode node)
    {
        for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
        {
            frames.Push(new Frame(child, Role.Inline, Exit: false));
        }
    }

    /// <summary>Ends the current line: text before a nested block becomes its own block.</summary>
    private void Flush()
    {
        var context = contexts.Count > 0 ? contexts.Peek() : new Context(BlockKind.Paragraph, 0, IsCell: false);
        if (context.IsCell)
        {
            // A block inside a cell: what the row holds so far is written out before it.
            var cells = rows.Peek();
            if (!line.IsEmpty)
            {
                cells.Add(TakeCell());
            }

            EmitCells(cells, BlockKind.Paragraph);
            return;
        }

        if (line.IsEmpty)
        {
            line.TakeText();
            return;
        }

        var cell = TakeCell();
        if (context.Kind == BlockKind.Code)
        {
            foreach (var codeLine in cell.Text.Split('\n'))
            {
                page.Add(BlockKind.Code, codeLine);
            }

            return;
        }

        var kind = context.Kind;
        var level = context.Level;
        if (kind == BlockKind.Paragraph && HeadingLevel(cell) is { } headingLevel)
        {
            kind = BlockKind.Heading;
            level = headingLevel;
        }

        page.Add(kind, cell.Text, level);
    }

    /// <summary>
    /// A whole row: a lone title cell is a heading, a first row of header or bold labels labels
    /// the rows below it, any other row is one line of cells (<see cref="TableRowText"/>).
    /// </summary>
    private void EmitRow(List<Cell> cells)
    {
        var table = tables.Count > 0 ? tables.Peek() : null;
        var texts = cells.Select(c => c.IsEmpty ? string.Empty : c.Text.Trim()).ToList();
        var filled = cells.Where(c => !c.IsEmpty).ToList();
        if (filled.Count == 1 && (HeadingLevel(filled[0]) ?? (filled[0].IsHeader ? HeadingLevel(filled[0] with { StrongOnly = true }) : null)) is { } level)
        {
            page.Add(BlockKind.Heading, filled[0].Text, level);
        }
        else if (table is { Header: null, HasBody: false } && filled.Count >= 2 && filled.All(c => c.IsHeader || c.StrongOnly || c.HeadingTagOnly) && TableRowText.IsHeader(texts))
        {
            table.Header = texts;
            page.Add(BlockKind.TableRow, TableRowText.Header(texts));
        }
        else if (filled.Count > 0)
        {
            if (table is not null)
            {
                table.HasBody = true;
            }

            page.Add(BlockKind.TableRow, TableRowText.Row(texts, table?.Header));
        }

        cells.Clear();
    }

    private void EmitCells(List<Cell> cells, BlockKind singleCellKind)
    {
        cells.RemoveAll(c => c.IsEmpty);
        if (cells.Count == 1 && HeadingLevel(cells[0]) is { } level)
        {
            page.Add(BlockKind.Heading, cells[0].Text, level);
        }
        else if (cells.Count == 1)
        {
            page.Add(singleCellKind, cells[0].Text);
        }
        else if (cells.Count > 0)
        {
            page.Add(BlockKind.TableRow, TableRowText.Row(cells.Select(c => c.Text).ToList(), header: null));
        }

        cells.Clear();
    }

    private Cell TakeCell()
    {
        var plain = line.HasPlain;
        var heading = line.HasHeadingTag;
        var strong = line.HasStrong;
        var empty = line.IsEmpty;
        return new Cell(line.TakeText(), empty, !plain && heading, !plain && !heading && strong);
    }

    private static int? HeadingLevel(Cell cell)
    {
        if (cell.HeadingTagOnly)
        {
            return 2;
        }

        if (!cell.StrongOnly)
        {
            return null;
        }

        var text = cell.Text.AsSpan().Trim();
        return text.Length <= MaxStrongHeadingLength && text[^1] is not ('.' or ',' or ';' or ':' or '!' or '?') ? 3 : null;
    }

    private readonly record struct Frame(INode Node, Role Role, bool Exit);

    private readonly record struct Context(BlockKind Kind, int Level, bool IsCell);

    private readonly record struct Cell(string Text, bool IsEmpty, bool HeadingTagOnly, bool StrongOnly, bool IsHeader = false);

    private sealed class TableState
    {
        public List<string>? Header { get; set; }

        public bool HasBody { get; set; }
    }
}

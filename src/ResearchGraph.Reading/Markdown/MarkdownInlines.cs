using System.Text;
using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ResearchGraph.Reading.Markdown;

/// <summary>
/// The visible text of Markdown inlines: link and emphasis text kept, link targets, images and
/// inline HTML tags dropped. Walks with an explicit stack, as nesting is the page's to choose.
/// </summary>
internal static class MarkdownInlines
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseTaskLists()
        .UseListExtras()
        .UseDefinitionLists()
        .UseFootnotes()
        .Build();

    /// <summary>Markdown text, such as a front-matter <c>bio</c>, as one line of plain text.</summary>
    public static string ToText(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var text = new StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            text.Append(' ');
            Render(leaf.Inline, text, onHardBreak: null);
        }

        return text.ToString().Trim();
    }

    /// <summary>
    /// Appends the text of <paramref name="root"/>; at a hard break (<c>\</c>, two spaces,
    /// <c>&lt;br&gt;</c>) calls <paramref name="onHardBreak"/>, or writes a space when it is null.
    /// </summary>
    public static void Render(ContainerInline? root, StringBuilder into, Action? onHardBreak)
    {
        if (root?.FirstChild is null)
        {
            return;
        }

        var stack = new Stack<Inline>();
        stack.Push(root.FirstChild);
        while (stack.Count > 0)
        {
            var inline = stack.Pop();
            if (inline.NextSibling is { } next)
            {
                stack.Push(next);
            }

            switch (inline)
            {
                case LiteralInline literal when IsLoneBackslash(literal):
                    // A "\" line ending a paragraph: an author's line break, not text.
                    break;
                case LiteralInline literal:
                    into.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    into.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    into.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    into.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline lineBreak when lineBreak.IsHard:
                    Break(into, onHardBreak);
                    break;
                case LineBreakInline:
                    into.Append(' ');
                    break;
                case HtmlInline html when IsBreakTag(html.Tag):
                    Break(into, onHardBreak);
                    break;
                case LinkInline { IsImage: true }:
                case TaskList:
                    break;
                case ContainerInline container when container.FirstChild is { } child:
                    stack.Push(child);
                    break;
            }
        }
    }

    private static void Break(StringBuilder into, Action? onHardBreak)
    {
        if (onHardBreak is null)
        {
            into.Append(' ');
        }
        else
        {
            onHardBreak();
        }
    }

    private static bool IsLoneBackslash(LiteralInline literal) =>
        literal.Content.Length == 1 && literal.Content.CurrentChar == '\\'
        && literal.PreviousSibling is null or LineBreakInline
        && literal.NextSibling is null or LineBreakInline;

    private static bool IsBreakTag(string tag) =>
        tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase)
        && (tag.Length == 3 || tag[3] is '>' or '/' or ' ' or '\t' or '\n');
}

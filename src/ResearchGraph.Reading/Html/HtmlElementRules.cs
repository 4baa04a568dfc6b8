using AngleSharp.Dom;

namespace ResearchGraph.Reading.Html;

/// <summary>Which HTML elements are invisible, which end a line, and what kind of block they make.</summary>
internal static class HtmlElementRules
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object", "canvas", "math",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "thead", "tfoot", "ul", "option", "listing", "xmp", "plaintext",
    };

    public static bool IsInvisible(IElement element)
    {
        if (Invisible.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = string.Concat(style.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        return compact.Contains("display:none") || compact.Contains("visibility:hidden");
    }

    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    /// <summary>Inline elements whose text, alone on a line, reads as a heading.</summary>
    public static bool IsHeadingTag(IElement element) => element.LocalName.Equals("heading", StringComparison.OrdinalIgnoreCase);

    public static bool IsStrong(IElement element) => element.LocalName is "strong" or "b";

    public static bool IsList(IElement element) => element.LocalName is "ul" or "ol" or "menu" or "dir";

    public static (BlockKind Kind, int Level) KindOf(IElement element, int listDepth) => element.LocalName switch
    {
        "h1" => (BlockKind.Heading, 1),
        "h2" => (BlockKind.Heading, 2),
        "h3" => (BlockKind.Heading, 3),
        "h4" => (BlockKind.Heading, 4),
        "h5" => (BlockKind.Heading, 5),
        "h6" => (BlockKind.Heading, 6),
        "li" => (BlockKind.ListItem, Math.Max(1, listDepth)),
        "pre" or "listing" or "xmp" or "plaintext" => (BlockKind.Code, 0),
        _ => (BlockKind.Paragraph, 0),
    };
}

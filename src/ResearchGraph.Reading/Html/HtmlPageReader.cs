using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ResearchGraph.Reading.Html;

/// <summary>HTML pages, and the raw HTML blocks inside Markdown, through AngleSharp.</summary>
internal static class HtmlPageReader
{
    public static void Read(string content, PageBuilder page)
    {
        using var document = Parse(content, page);
        page.Title = NullIfBlank(document.Title);
        page.Url = CanonicalUrl(document);
        new HtmlWalker(page).Walk(document);
    }

    /// <summary>Renders a fragment (an HTML block of a Markdown page) into the same page.</summary>
    public static void ReadFragment(string html, PageBuilder page)
    {
        using var document = Parse(html, page);
        new HtmlWalker(page).Walk(document);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string content, PageBuilder page)
    {
        content = HtmlDepthLimiter.Limit(content, out var limited);
        if (limited)
        {
            page.Diagnose($"elements nested deeper than {HtmlDepthLimiter.MaxDepth} levels were flattened");
        }

        return new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(content);
    }

    private static string? CanonicalUrl(IDocument document)
    {
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel") ?? string.Empty;
            if (rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
            {
                return NullIfBlank(link.GetAttribute("href"));
            }
        }

        foreach (var meta in document.QuerySelectorAll("meta[property][content]"))
        {
            if (string.Equals(meta.GetAttribute("property"), "og:url", StringComparison.OrdinalIgnoreCase))
            {
                return NullIfBlank(meta.GetAttribute("content"));
            }
        }

        return null;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

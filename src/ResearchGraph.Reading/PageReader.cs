using ResearchGraph.Reading.Html;
using ResearchGraph.Reading.Markdown;
using ResearchGraph.Reading.Text;

namespace ResearchGraph.Reading;

/// <summary>
/// Turns a page's content into its visible text with structure: blocks, sections and dated news
/// items. Odd content is read as well as it can be and noted in the diagnostics; it never throws
/// for content, only for a null argument or an unknown format.
/// </summary>
public static class PageReader
{
    /// <summary>Reads <paramref name="content"/> as the given format.</summary>
    public static VisiblePage Read(string content, PageFormat format)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.StartsWith('\uFEFF'))
        {
            content = content[1..];
        }

        var page = new PageBuilder();
        switch (format)
        {
            case PageFormat.Text:
                PlainTextReader.Read(content, page);
                break;
            case PageFormat.Markdown:
                MarkdownPageReader.Read(content, page);
                break;
            case PageFormat.Html:
                HtmlPageReader.Read(content, page);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not a page format");
        }

        return page.Build();
    }

    /// <summary>
    /// The format a file's extension names (<c>.txt</c>, <c>.md</c>, <c>.markdown</c>,
    /// <c>.html</c>, <c>.htm</c>, any case), or null for any other file.
    /// </summary>
    public static PageFormat? FormatFromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" => PageFormat.Text,
            ".md" or ".markdown" => PageFormat.Markdown,
            ".html" or ".htm" => PageFormat.Html,
            _ => null,
        };
    }
}

namespace ResearchGraph.Reading;

/// <summary>
/// A page as a reader sees it: the visible text as one string (one line per block element), its
/// blocks, its dated news items, and what the page says about itself.
/// </summary>
/// <param name="Text">The visible text; blocks are separated by one <c>\n</c>.</param>
/// <param name="Blocks">The blocks in document order.</param>
/// <param name="News">The dated news items in document order.</param>
/// <param name="Title">The page title (HTML <c>title</c>, front-matter <c>title</c>), or null.</param>
/// <param name="Url">The page's own URL (canonical link, front-matter <c>url</c>), or null.</param>
/// <param name="Diagnostics">What the reader noticed and worked around (e.g. invalid UTF-8).</param>
public sealed record VisiblePage(
    string Text,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<PageNewsItem> News,
    string? Title,
    string? Url,
    IReadOnlyList<string> Diagnostics)
{
    /// <summary>The text of one block.</summary>
    public string TextOf(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Text[block.Start..block.End];
    }
}

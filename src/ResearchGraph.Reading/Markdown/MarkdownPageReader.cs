namespace ResearchGraph.Reading.Markdown;

/// <summary>Markdown pages: front matter, then shortcodes and emoji shortcodes, then Markdig.</summary>
internal static class MarkdownPageReader
{
    public static void Read(string content, PageBuilder page)
    {
        page.ReadsMarkers = true;
        var body = FrontMatterReader.Read(content, page);
        body = ShortcodeStripper.Strip(body, page);
        body = EmojiShortcodes.Strip(body);
        var document = Markdig.Markdown.Parse(body, MarkdownInlines.Pipeline);
        new MarkdownWalker(page).Walk(document);
    }
}

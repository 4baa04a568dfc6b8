using System.Text;

namespace ResearchGraph.Reading;

/// <summary>
/// Collects the blocks a reader emits into one visible text: collapses whitespace, drops empty
/// blocks, keeps offsets and sections, and finds dated news items. Every reader writes through it,
/// so the offset invariants hold in one place.
/// </summary>
internal sealed class PageBuilder
{
    private readonly StringBuilder text = new();
    private readonly StringBuilder line = new();
    private readonly List<Block> blocks = [];
    private readonly List<PageNewsItem> news = [];
    private readonly List<string> diagnostics = [];
    private readonly List<string> markerDates = [];
    private readonly Stack<(string Date, int Start)> openNews = new();
    private string? section;
    private string? pendingDate;
    private int lastEnd;

    public string? Title { get; set; }

    public string? Url { get; set; }

    /// <summary>When set, <see cref="NewsMarkers"/> in block text mark dated shortcodes.</summary>
    public bool ReadsMarkers { get; set; }

    public void Diagnose(string message) => diagnostics.Add(message);

    /// <summary>Registers a shortcode date; the returned index goes into its open marker.</summary>
    public int RegisterMarkerDate(string date)
    {
        markerDates.Add(date);
        return markerDates.Count - 1;
    }

    /// <summary>Adds one block; its whitespace runs become single spaces and it is trimmed.</summary>
    public void Add(BlockKind kind, ReadOnlySpan<char> raw, int level = 0)
    {
        var start = text.Length + (blocks.Count > 0 ? 1 : 0);
        var inShortcode = openNews.Count > 0 || pendingDate is not null;
        Normalise(raw, start, ref inShortcode);
        if (line.Length == 0 || (line.Length == 1 && line[0] == '\\'))
        {
            // An empty element, or a Markdown hard-break line: nothing a reader sees.
            line.Clear();
            return;
        }

        var content = line.ToString();
        line.Clear();
        if (blocks.Count > 0)
        {
            text.Append('\n');
        }

        text.Append(content);
        lastEnd = text.Length;
        blocks.Add(new Block(kind, start, lastEnd, level, section));
        if (kind == BlockKind.Heading)
        {
            section = content;
        }

        if (!inShortcode && kind is not (BlockKind.FrontMatter or BlockKind.Code) && NewsDate.TryMatchPrefix(content, out var date, out var contentStart))
        {
            news.Add(new PageNewsItem(date, start + contentStart, lastEnd));
        }
    }

    public VisiblePage Build()
    {
        while (openNews.Count > 0)
        {
            var (date, start) = openNews.Pop();
            AddShortcodeNews(date, start, lastEnd);
        }

        var ordered = news.OrderBy(n => n.Start).ToList();
        return new VisiblePage(text.ToString(), blocks, ordered, Title, Url, diagnostics);
    }

    private void Normalise(ReadOnlySpan<char> raw, int start, ref bool inShortcode)
    {
        var space = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (ReadsMarkers && NewsMarkers.IsMarker(c))
            {
                i = ReadMarker(raw, i, start, ref inShortcode);
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = line.Length > 0;
                continue;
            }

            if (char.IsControl(c) || c == '\uFEFF' || NewsMarkers.IsMarker(c))
            {
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            if (pendingDate is not null)
            {
                openNews.Push((pendingDate, start + line.Length));
                pendingDate = null;
            }

            line.Append(c);
        }
    }

    private int ReadMarker(ReadOnlySpan<char> raw, int i, int start, ref bool inShortcode)
    {
        if (raw[i] == NewsMarkers.Close)
        {
            if (pendingDate is not null)
            {
                // The shortcode held nothing visible.
                pendingDate = null;
            }
            else if (openNews.Count > 0)
            {
                var (date, from) = openNews.Pop();
                AddShortcodeNews(date, from, line.Length > 0 ? start + line.Length : lastEnd);
            }

            return i;
        }

        if (raw[i] != NewsMarkers.Open)
        {
            return i;
        }

        var j = i + 1;
        var index = 0;
        while (j < raw.Length && char.IsAsciiDigit(raw[j]) && index < markerDates.Count)
        {
            index = (index * 10) + (raw[j] - '0');
            j++;
        }

        if (j < raw.Length && raw[j] == NewsMarkers.OpenEnd && index < markerDates.Count)
        {
            pendingDate = markerDates[index];
            inShortcode = inShortcode || line.Length == 0;
        }

        return j;
    }

    private void AddShortcodeNews(string date, int start, int end)
    {
        if (end > start)
        {
            news.Add(new PageNewsItem(date, start, end));
        }
    }
}

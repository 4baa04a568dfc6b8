using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace ResearchGraph.Search;

/// <summary>
/// The best fragment of a hit's text with the query's matches in <c>&lt;mark&gt;</c>; the text
/// around them is HTML-encoded so a page cannot inject markup into a result list.
/// </summary>
internal sealed class HitHighlighter
{
    public const int FragmentLength = 200;

    private static readonly SimpleHTMLEncoder Encoder = new();

    private readonly Highlighter _highlighter;
    private readonly Analyzer _analyzer;

    /// <summary>Highlighters keep per-fragment state, so make one per search, never share it between threads.</summary>
    public HitHighlighter(Query query, IndexReader reader, Analyzer analyzer)
    {
        _analyzer = analyzer;
        var scorer = new QueryScorer(query, reader, IndexFields.Text);
        _highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentLength),
        };
    }

    public string Highlight(string text)
    {
        string? fragment;
        try
        {
            // The stored text analyzed again, as it was indexed: the same tokens and offsets the term
            // vectors hold, but through the analyzer's per-thread reusable stream, where rebuilding a
            // stream from the term vectors costs more and takes a process-wide lock per hit.
            using var tokens = _analyzer.GetTokenStream(IndexFields.Text, text);
            fragment = _highlighter.GetBestFragment(tokens, text);
        }
        catch (InvalidTokenOffsetsException)
        {
            // Offsets past the text cannot come from analyzing it; if they ever did, they would only cost the marks.
            fragment = null;
        }

        return string.IsNullOrEmpty(fragment) ? Encoder.EncodeText(Start(text)) : fragment;
    }

    private static string Start(string text)
    {
        if (text.Length <= FragmentLength)
        {
            return text;
        }

        // Cut at a word boundary when there is one near the limit, and never inside a surrogate pair.
        var cut = text.LastIndexOf(' ', FragmentLength);
        if (cut < FragmentLength / 2)
        {
            cut = char.IsHighSurrogate(text[FragmentLength - 1]) ? FragmentLength - 1 : FragmentLength;
        }

        return text[..cut];
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Documents;
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
    private readonly IndexReader _reader;
    private readonly Analyzer _analyzer;

    /// <summary>Highlighters keep per-fragment state, so make one per search, never share it between threads.</summary>
    public HitHighlighter(Query query, IndexReader reader, Analyzer analyzer)
    {
        _reader = reader;
        _analyzer = analyzer;
        var scorer = new QueryScorer(query, reader, IndexFields.Text);
        _highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentLength),
        };
    }

    public string Highlight(int docId, Document document, string text)
    {
        string? fragment;
        try
        {
            // Term vectors hold the indexed tokens with their offsets; the analyzer is the fallback
            // for documents indexed without them.
            using var tokens = TokenSources.GetAnyTokenStream(_reader, docId, IndexFields.Text, document, _analyzer);
            fragment = _highlighter.GetBestFragment(tokens, text);
        }
        catch (InvalidTokenOffsetsException)
        {
            // Offsets that do not fit the stored text (an index written by other code) only cost the marks.
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

using ResearchGraph.Reading;

namespace ResearchGraph.Extraction.Text;

/// <summary>
/// Splits blocks into sentences. A block boundary always ends a sentence; inside a block a sentence
/// ends at <c>. ! ?</c> followed by space and a capital, digit, quote or bracket, unless the word
/// before the period is an abbreviation, an initial, or dotted (Ph.D., e.g.).
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Past this many characters a sentence is cut at the next space.</summary>
    public const int MaxSentence = 2000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "prof", "dr", "mr", "mrs", "ms", "jr", "sr", "st", "vs", "etc", "al", "fig", "figs", "no", "nos",
        "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "dept", "univ", "approx", "eq", "ref", "vol", "pp", "ed", "eds", "assoc", "asst",
    };

    public static List<Sentence> Split(VisiblePage page)
    {
        var text = page.Text;
        var sentences = new List<Sentence>();
        var news = page.News;
        var newsIndex = 0;
        for (var b = 0; b < page.Blocks.Count; b++)
        {
            var block = page.Blocks[b];
            if (block.Kind == BlockKind.Code)
            {
                continue;
            }

            var start = SkipSpace(text, block.Start, block.End);

            // A news item's date prefix ("Sep 2022:") is not part of its first sentence.
            var item = news.FirstOrDefault(n => n.Start > block.Start && n.Start < block.End);
            if (item is not null)
            {
                start = item.Start;
            }
            for (var i = start; i < block.End; i++)
            {
                if (i - start >= MaxSentence && char.IsWhiteSpace(text[i]))
                {
                    // No prose runs this long: cut at a space, so the rules' work per sentence stays bounded.
                    Add(i);
                    start = SkipSpace(text, i, block.End);
                    i = start - 1;
                    continue;
                }

                var c = text[i];
                if (c is not ('.' or '!' or '?') || i + 1 >= block.End || !char.IsWhiteSpace(text[i + 1]))
                {
                    continue;
                }

                var next = SkipSpace(text, i + 1, block.End);
                if (next >= block.End || !StartsSentence(text[next]) || (c == '.' && IsAbbreviation(text, block.Start, i)))
                {
                    continue;
                }

                Add(i + 1);
                start = next;
                i = next - 1;
            }

            Add(block.End);

            void Add(int end)
            {
                var e = end;
                while (e > start && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }

                if (e <= start)
                {
                    return;
                }

                while (newsIndex < news.Count && news[newsIndex].End <= start)
                {
                    newsIndex++;
                }

                string? date = null;
                if (newsIndex < news.Count && news[newsIndex].Start <= e && news[newsIndex].End >= start)
                {
                    date = news[newsIndex].Date;
                }

                sentences.Add(new Sentence(start, e, text[start..e], block, b, date));
            }
        }

        return sentences;
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '\'' or '‘' or '(' or '[';

    private static bool IsAbbreviation(string text, int blockStart, int period)
    {
        var k = period - 1;
        var floor = Math.Max(blockStart, period - 64);
        while (k >= floor && !char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        var word = text[(k + 1)..period].TrimStart('(', '[', '"', '“');
        return word.Length == 0
            || (word.Length == 1 && char.IsUpper(word[0]))
            || word.Contains('.', StringComparison.Ordinal)
            || Abbreviations.Contains(word);
    }
}

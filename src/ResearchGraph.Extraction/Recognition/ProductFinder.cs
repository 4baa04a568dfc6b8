using ResearchGraph.Extraction.Lexicon;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>Resolves product names (with or without their maker in front) against the curated product list.</summary>
internal sealed class ProductFinder
{
    private readonly Dictionary<string, LexiconEntry> byKey = new(StringComparer.Ordinal);
    private readonly Gazetteer<LexiconEntry> gazetteer;

    public ProductFinder(Lexicons lexicons)
    {
        var entries = new List<(string, LexiconEntry)>();
        foreach (var p in lexicons.Products)
        {
            byKey.TryAdd(Text.Names.Key(p.Name), p);
            entries.Add((p.Name, p));
            foreach (var a in p.Aliases)
            {
                byKey.TryAdd(Text.Names.Key(a), p);
                entries.Add((a, p));
            }
        }

        gazetteer = new Gazetteer<LexiconEntry>(entries, allCaseSensitive: true);
    }

    /// <summary>Products named between <paramref name="start"/> and <paramref name="end"/>, case-sensitively.</summary>
    public List<(int Start, int End, LexiconEntry Value)> Find(string text, int start, int end) => gazetteer.Find(text, start, end);

    public LexiconEntry? Lookup(string name) => byKey.GetValueOrDefault(Text.Names.Key(name));
}

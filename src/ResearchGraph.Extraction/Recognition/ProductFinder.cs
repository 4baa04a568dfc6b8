using ResearchGraph.Extraction.Lexicon;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>Resolves product names (with or without their maker in front) against the curated product list.</summary>
internal sealed class ProductFinder
{
    private readonly Dictionary<string, LexiconEntry> byKey = new(StringComparer.Ordinal);

    public ProductFinder(Lexicons lexicons)
    {
        foreach (var p in lexicons.Products)
        {
            byKey.TryAdd(Text.Names.Key(p.Name), p);
            foreach (var a in p.Aliases)
            {
                byKey.TryAdd(Text.Names.Key(a), p);
            }
        }
    }

    public LexiconEntry? Lookup(string name) => byKey.GetValueOrDefault(Text.Names.Key(name));
}

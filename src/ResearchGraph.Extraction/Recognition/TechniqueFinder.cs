using ResearchGraph.Extraction.Lexicon;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>Finds technique families from the curated taxonomy, by name or synonym.</summary>
internal sealed class TechniqueFinder
{
    private readonly Gazetteer<LexiconEntry> gazetteer;
    private readonly Dictionary<string, LexiconEntry> byName = new(StringComparer.OrdinalIgnoreCase);

    public TechniqueFinder(Lexicons lexicons)
    {
        var entries = new List<(string, LexiconEntry)>();
        foreach (var t in lexicons.Techniques)
        {
            entries.Add((t.Name, t));
            byName.TryAdd(t.Name, t);
            foreach (var a in t.Aliases)
            {
                entries.Add((a, t));
                byName.TryAdd(a, t);
            }
        }

        gazetteer = new Gazetteer<LexiconEntry>(entries);
    }

    public LexiconEntry? Lookup(string name) => byName.GetValueOrDefault(name.Trim());

    public List<(int Start, int End, LexiconEntry Technique)> Find(string text, int start, int end) =>
        gazetteer.Find(text, start, end)
            .Where(m => !(m.End < end - 1 && text[m.End] == '-' && char.IsLetter(text[m.End + 1])))
            .ToList();
}

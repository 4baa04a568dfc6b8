using System.Text.RegularExpressions;
using ResearchGraph.Extraction.Lexicon;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>
/// Finds known organizations, including names glued together by careless copy-paste
/// (<c>FacebookAmazon</c>) and joined by <c>@</c> (<c>@AWS@Facebook</c>).
/// </summary>
internal sealed partial class OrgFinder
{
    private readonly Gazetteer<LexiconEntry> gazetteer;
    private readonly Dictionary<string, LexiconEntry> exact = new(StringComparer.Ordinal);

    public OrgFinder(Lexicons lexicons)
    {
        var entries = new List<(string, LexiconEntry)>();
        foreach (var o in lexicons.Organizations)
        {
            entries.Add((o.Name, o));
            exact.TryAdd(o.Name, o);
            foreach (var a in o.Aliases)
            {
                entries.Add((a, o));
                exact.TryAdd(a, o);
            }
        }

        gazetteer = new Gazetteer<LexiconEntry>(entries);
    }

    public LexiconEntry? Lookup(string name) =>
        exact.TryGetValue(name, out var e) ? e
        : exact.FirstOrDefault(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase) && kv.Key.Length > 6).Value;

    public List<OrgMention> Find(string text, int start, int end)
    {
        var result = new List<OrgMention>();
        foreach (var (s, e, org) in gazetteer.Find(text, start, end))
        {
            if (e < end - 1 && text[e] == '-' && char.IsLetter(text[e + 1]))
            {
                continue; // "Meta-learning", "Intel-based": not the organization
            }

            result.Add(new OrgMention(s, e, org));
        }

        // Glued names: a capitalised run that is exactly two or more known names back to back.
        for (var m = GluedRun().Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            if (result.Any(r => r.Start < m.Index + m.Length && r.End > m.Index))
            {
                continue;
            }

            var parts = Split(m.Value);
            if (parts is null)
            {
                continue;
            }

            var offset = m.Index;
            foreach (var part in parts)
            {
                result.Add(new OrgMention(offset, offset + part.Length, exact[part]));
                offset += part.Length;
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private List<string>? Split(string run)
    {
        for (var i = 2; i < run.Length - 1; i++)
        {
            var head = run[..i];
            if (!exact.ContainsKey(head) || !char.IsUpper(run[i]))
            {
                continue;
            }

            var tail = run[i..];
            if (exact.ContainsKey(tail))
            {
                return [head, tail];
            }

            var rest = Split(tail);
            if (rest is not null)
            {
                return [head, .. rest];
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b[A-Z][a-z]*[A-Z][A-Za-z]+\b")]
    private static partial Regex GluedRun();
}

using System.Text.RegularExpressions;
using ResearchGraph.Extraction.Lexicon;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>
/// Finds well-known models and libraries from the curated list, case-sensitively, and their
/// sized variants ("OPT-175B", "Llama-2-7B", "Mixtral-8x7B"), which name the family.
/// </summary>
internal sealed partial class ArtifactFinder
{
    private readonly Gazetteer<LexiconEntry> gazetteer;
    private readonly Dictionary<string, LexiconEntry> byName = new(StringComparer.Ordinal);

    public ArtifactFinder(Lexicons lexicons)
    {
        var entries = new List<(string, LexiconEntry)>();
        foreach (var a in lexicons.Artifacts)
        {
            entries.Add((a.Name, a));
            byName.TryAdd(a.Name, a);
            foreach (var alias in a.Aliases)
            {
                entries.Add((alias, a));
                byName.TryAdd(alias, a);
            }
        }

        gazetteer = new Gazetteer<LexiconEntry>(entries, allCaseSensitive: true);
    }

    /// <summary>The artifacts named between <paramref name="start"/> and <paramref name="end"/>, with the sized surface when there is one.</summary>
    public List<(int Start, int End, LexiconEntry Artifact, string? Sized)> Find(string text, int start, int end)
    {
        var found = new List<(int, int, LexiconEntry, string?)>();
        var sizedSpans = new List<(int Start, int End)>();
        foreach (Match m in Sized().Matches(text[start..end]))
        {
            if (byName.TryGetValue(m.Groups["family"].Value, out var family))
            {
                found.Add((start + m.Index, start + m.Index + m.Length, family, m.Value));
                sizedSpans.Add((start + m.Index, start + m.Index + m.Length));
            }
        }

        foreach (var (s, e, entry) in gazetteer.Find(text, start, end))
        {
            // "Llama-2" inside "Llama-2-7B" is already read, as the sized name.
            if (!sizedSpans.Any(span => span.Start <= s && span.End >= e))
            {
                found.Add((s, e, entry, null));
            }
        }

        return found;
    }

    [GeneratedRegex(@"(?<![\w\-])(?<family>[A-Z][A-Za-z]*(?:-\d)?)-(?:\d+(?:\.\d+)?[BM]|\d+x\d+B)(?![\w\-])")]
    private static partial Regex Sized();
}

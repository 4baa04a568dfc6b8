using System.Text.RegularExpressions;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>
/// Finds known surface forms in text, longest first, on word boundaries. Short acronym-like forms
/// (NIPS, DATE, MICRO) match case-sensitively so that ordinary words do not; longer spelled-out
/// forms match case-insensitively.
/// </summary>
internal sealed class Gazetteer<T>
    where T : class
{
    private readonly Regex? exact;
    private readonly Regex? folded;
    private readonly Dictionary<string, T> exactValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> foldedValues = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="entries">The surface forms and what each names.</param>
    /// <param name="allCaseSensitive">Match every form case-sensitively, not only acronym-like ones.</param>
    /// <param name="compiled">
    /// Compile the regexes: right for the lexicons, built once and run on every page; wrong for a
    /// gazetteer built per page, where compiling costs far more than the few matches it speeds up.
    /// Compiled and interpreted regexes find the same matches.
    /// </param>
    public Gazetteer(IEnumerable<(string Surface, T Value)> entries, bool allCaseSensitive = false, bool compiled = true)
    {
        foreach (var (surface, value) in entries)
        {
            if (surface.Length == 0)
            {
                continue;
            }

            if (allCaseSensitive || IsAcronymLike(surface))
            {
                exactValues.TryAdd(surface, value);
            }
            else
            {
                foldedValues.TryAdd(surface, value);
            }
        }

        var compile = compiled ? RegexOptions.Compiled : RegexOptions.None;
        exact = Build(exactValues.Keys, compile);
        folded = Build(foldedValues.Keys, RegexOptions.IgnoreCase | compile);
    }

    /// <summary>All non-overlapping matches in <paramref name="text"/>[start..end), longest wins, in order.</summary>
    public List<(int Start, int End, T Value)> Find(string text, int start, int end)
    {
        var found = new List<(int Start, int End, T Value)>();
        Collect(exact, exactValues);
        Collect(folded, foldedValues);
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var result = new List<(int Start, int End, T Value)>();
        var last = -1;
        foreach (var m in found)
        {
            if (m.Start >= last)
            {
                result.Add(m);
                last = m.End;
            }
        }

        return result;

        void Collect(Regex? regex, Dictionary<string, T> values)
        {
            if (regex is null)
            {
                return;
            }

            for (var m = regex.Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                if (values.TryGetValue(Regex.Replace(m.Value, @"\s+", " "), out var v))
                {
                    found.Add((m.Index, m.Index + m.Length, v));
                }
            }
        }
    }

    private static bool IsAcronymLike(string surface) =>
        surface.Length <= 6 || surface.Count(char.IsUpper) * 2 > surface.Count(char.IsLetter);

    private static Regex? Build(IEnumerable<string> surfaces, RegexOptions options)
    {
        var list = surfaces.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            return null;
        }

        // Word boundaries by hand: \b misbehaves next to the punctuation many names contain (ASP-DAC, Morgan & Claypool).
        var alternation = string.Join("|", list.Select(s => Regex.Escape(s).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
        return new Regex(@"(?<![\p{L}\p{N}])(?:" + alternation + @")(?![\p{L}\p{N}])", options | RegexOptions.CultureInvariant);
    }
}

using System.Text.RegularExpressions;
using ResearchGraph.Extraction.Lexicon;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>
/// Finds venues with their years. A bare acronym (FPGA, DATE, MICRO) is also an ordinary word or a
/// technology, so it counts only with a year attached or after a preposition that introduces a
/// venue (accepted to DAC); spelled-out names always count.
/// </summary>
internal sealed partial class VenueFinder
{
    private static readonly HashSet<string> VenuePrepositions = new(StringComparer.OrdinalIgnoreCase) { "at", "to", "by", "in", "of", "on" };

    private readonly Gazetteer<LexiconEntry> gazetteer;
    private readonly HashSet<string> acronyms = new(StringComparer.Ordinal);

    public VenueFinder(Lexicons lexicons)
    {
        var entries = new List<(string, LexiconEntry)>();
        foreach (var v in lexicons.Venues)
        {
            entries.Add((v.Name, v));
            acronyms.Add(v.Name);
            foreach (var a in v.Aliases)
            {
                entries.Add((a, v));
                if (a.Length <= 6 && !a.Contains(' ', StringComparison.Ordinal))
                {
                    acronyms.Add(a);
                }
            }
        }

        gazetteer = new Gazetteer<LexiconEntry>(entries);
    }

    /// <summary>True when the name is a venue's name or acronym the lexicon knows.</summary>
    public bool IsVenueName(string name) => acronyms.Contains(name.Trim());

    public List<VenueMention> Find(string text, int start, int end)
    {
        var result = new List<VenueMention>();
        foreach (var (s, e, venue) in gazetteer.Find(text, start, end))
        {
            if (e < end - 1 && text[e] == '-' && char.IsLetter(text[e + 1]))
            {
                continue; // "FPGA-Based": a technology, not the venue
            }

            var surface = text[s..e];
            var after = text.AsSpan(e, Math.Min(12, end - e)).ToString();
            var year = YearAfter(after);
            int? yearBefore = null;
            var before = text[Math.Max(start, s - 6)..s];
            var mb = YearBefore().Match(before);
            if (mb.Success)
            {
                yearBefore = Years.Parse(mb.Groups[1].Value);
            }

            var previous = result.Count > 0 ? result[^1] : null;
            if (previous is not null && previous.Venue == venue && s - previous.End <= 2 && text[previous.End..s].Trim() is "(" or "")
            {
                // "International Symposium on Microarchitecture (MICRO’21)": one mention.
                result[^1] = previous with { End = e, Year = year ?? previous.Year };
                continue;
            }

            if (acronyms.Contains(surface) && year is null && yearBefore is null && !AfterPreposition(text, start, s))
            {
                continue;
            }

            result.Add(new VenueMention(s, e, venue, year ?? yearBefore));
        }

        return result;
    }

    private static int? YearAfter(string after)
    {
        var m = YearAfterPattern().Match(after);
        return m.Success ? Years.Parse(m.Groups["y"].Value) : null;
    }

    private static bool AfterPreposition(string text, int start, int s)
    {
        var k = s - 1;
        while (k >= start && text[k] == ' ')
        {
            k--;
        }

        var e = k + 1;
        while (k >= start && char.IsLetter(text[k]))
        {
            k--;
        }

        return e > k + 1 && VenuePrepositions.Contains(text[(k + 1)..e]);
    }

    // ’22  '2022  2022  ") 2020" (after "(HPCA"): a year right after the venue.
    [GeneratedRegex(@"^(?:\)?\s*[’'‘`]\s?(?<y>\d{4}|\d{2})(?!\d)|\)?\s+(?<y>(?:19|20)\d{2})(?!\d))")]
    private static partial Regex YearAfterPattern();

    [GeneratedRegex(@"((?:19|20)\d{2})\s+$")]
    private static partial Regex YearBefore();
}

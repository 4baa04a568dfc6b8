using System.Text.RegularExpressions;
using ResearchGraph.Reading;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>
/// Finds whom a page is about from the page itself: its title, front matter, first heading or
/// the name its first line or bio opens with.
/// </summary>
internal static partial class OwnerFinder
{
    private static readonly string[] LabWords = ["Lab", "Laboratory", "Group", "Center", "Centre", "Institute"];
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "homepage", "about", "news", "publications", "research", "welcome", "index", "profile", "bio", "readme",
        "contact", "people", "team", "members", "projects", "teaching", "cv", "overview", "introduction", "abstract",
    };

    public static (string Name, bool IsLab)? Find(VisiblePage page)
    {
        var candidates = new List<string>();
        if (page.Title is { } title)
        {
            candidates.Add(title);
        }

        var first = page.Blocks.Take(6).ToList();
        candidates.AddRange(first.Where(b => b.Kind == BlockKind.Heading).Select(page.TextOf));
        candidates.AddRange(first.Where(b => b.Kind != BlockKind.FrontMatter).Take(2).Select(page.TextOf));

        foreach (var raw in candidates)
        {
            var name = CleanTitle(raw);
            if (LooksLikeLab(name))
            {
                return (name, true);
            }

            if (LooksLikePerson(name))
            {
                return (name, false);
            }
        }

        // "Jane Doe is an Associate Professor ..." — the name a bio opens with.
        foreach (var b in page.Blocks.Take(30))
        {
            var m = BioOpening().Match(page.TextOf(b));
            if (m.Success && LooksLikePerson(m.Groups[1].Value))
            {
                return (m.Groups[1].Value, false);
            }
        }

        return null;
    }

    private static string CleanTitle(string raw)
    {
        var t = raw.Trim();
        if (t.StartsWith("title:", StringComparison.OrdinalIgnoreCase))
        {
            t = t[6..].Trim();
        }

        // "Jane Doe - Homepage", "Jane Doe | MIT", "Jane Doe's Homepage"
        t = TitleSeparators().Split(t)[0].Trim();
        t = HomepageSuffix().Replace(t, "").Trim();
        return t.Trim('"', '\'');
    }

    internal static bool LooksLikePerson(string name)
    {
        if (name.Length is < 3 or > 50 || name.Any(char.IsDigit))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || words.Any(w => NotNames.Contains(w)))
        {
            return false;
        }

        return words.All(w => PersonWord().IsMatch(w)) && !words.Any(w => LabWords.Contains(w, StringComparer.Ordinal));
    }

    private static bool LooksLikeLab(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && name.Length <= 60 && !name.Any(char.IsDigit)
            && LabWords.Contains(words[^1], StringComparer.Ordinal)
            && words.All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and" or "the");
    }

    [GeneratedRegex(@"\s+[-–—|:·]\s+|\s*[|]\s*")]
    private static partial Regex TitleSeparators();

    [GeneratedRegex(@"(?:['’]s)?\s+(?:Home\s*page|Homepage|Personal Page|Website|Web Page)$", RegexOptions.IgnoreCase)]
    private static partial Regex HomepageSuffix();

    [GeneratedRegex(@"^(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.|[A-Z][a-z]*['’][A-Z][a-z]+|(?:de|van|von|der|da|di|la|le))$")]
    private static partial Regex PersonWord();

    [GeneratedRegex(@"^((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:is|was|received|joined|leads|works)\b")]
    private static partial Regex BioOpening();
}

using System.Globalization;
using System.Text.RegularExpressions;
using ResearchGraph.Reading;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>
/// Finds whom a page is about from the page itself: its front-matter name or author, its title,
/// first heading or the name its first line or bio opens with.
/// </summary>
internal static partial class OwnerFinder
{
    private static readonly string[] LabWords = ["Lab", "Laboratory", "Group", "Center", "Centre", "Institute"];

    // Page and section titles that are never a name, however they are capitalised ("INDUSTRY
    // IMPACT" on a plain-text CV, "About Me" on a theme's page).
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "homepage", "about", "news", "publications", "research", "welcome", "index", "profile", "bio", "readme",
        "contact", "people", "team", "members", "projects", "teaching", "cv", "overview", "introduction", "abstract",
        "me", "my", "our", "curriculum", "vitae", "resume", "biography", "education", "experience", "employment",
        "appointments", "positions", "honors", "honours", "awards", "award", "grants", "funding", "sponsors", "service",
        "interests", "talks", "students", "advising", "mentoring", "selected", "recent", "latest", "invited", "impact",
        "industry", "skills", "activities", "professional", "academic", "patents", "press", "media", "blog", "posts",
        "links", "courses", "software", "university", "college", "school", "department", "inc", "corporation", "page",
        "if", "the", "this", "that", "these", "its", "when", "while", "after", "before", "since", "each", "every",
        "all", "some", "please", "thanks", "note", "see", "with", "for", "from",
    };

    // Front-matter keys whose value names the page's person, in the order they are trusted.
    private static readonly string[] NameKeys = ["name:", "author:"];

    public static (string Name, bool IsLab)? Find(VisiblePage page)
    {
        var candidates = new List<string>();
        var frontMatter = page.Blocks.TakeWhile(b => b.Kind == BlockKind.FrontMatter).Select(page.TextOf).ToList();
        foreach (var key in NameKeys)
        {
            candidates.AddRange(frontMatter.Where(t => t.StartsWith(key, StringComparison.OrdinalIgnoreCase)).Select(t => t[key.Length..]));
        }

        if (page.Title is { } title)
        {
            candidates.Add(title);
        }

        var first = page.Blocks.SkipWhile(b => b.Kind == BlockKind.FrontMatter).Take(6).ToList();
        candidates.AddRange(first.Where(b => b.Kind == BlockKind.Heading).Select(page.TextOf));
        candidates.AddRange(first.Take(2).Select(page.TextOf));

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

        // "Jane Doe is an Associate Professor ..." — the name a bio opens with; "Tool is developed
        // by the Vision Group at ..." — the group a project's README names as its maker.
        foreach (var b in page.Blocks.Take(30))
        {
            var text = page.TextOf(b);
            var m = BioOpening().Match(text);
            if (m.Success && LooksLikePerson(m.Groups[1].Value))
            {
                return (m.Groups[1].Value, false);
            }

            var maker = MadeBy().Match(text);
            if (maker.Success && LooksLikeLab(maker.Groups[1].Value))
            {
                return (maker.Groups[1].Value, true);
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
        t = t.Trim('"', '\'');

        // "Dr. Jane Doe", "Jane Doe, Ph.D.": the name without its titles.
        t = Honorific().Replace(t, "");
        t = DegreeSuffix().Replace(t, "").Trim();
        return IsAllCaps(t) ? TitleCase(t) : t;
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

        return words.All(w => PersonWord().IsMatch(w)) && !words.Any(w => LabWords.Contains(w, StringComparer.Ordinal))
            && !Particle().IsMatch(words[0]) && !Particle().IsMatch(words[^1]);
    }

    private static bool LooksLikeLab(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && name.Length <= 60 && !name.Any(char.IsDigit)
            && LabWords.Contains(words[^1], StringComparer.Ordinal)
            && words.All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and" or "the");
    }

    /// <summary>A line with letters, all of them capitals: "MARISOL QUINTERO-HALE".</summary>
    private static bool IsAllCaps(string text) =>
        text.Any(char.IsLetter) && !text.Any(char.IsLower) && text.Count(char.IsLetter) >= 4;

    /// <summary>"MARISOL QUINTERO-HALE" → "Marisol Quintero-Hale", "JUAN DE LA CRUZ" → "Juan de la Cruz".</summary>
    private static string TitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLower(CultureInfo.InvariantCulture);
            words[i] = i > 0 && i < words.Length - 1 && Particle().IsMatch(lower) ? lower : CapitalPart().Replace(lower, m => m.Value.ToUpper(CultureInfo.InvariantCulture));
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"\s+[-–—|:·]\s+|\s*[|]\s*")]
    private static partial Regex TitleSeparators();

    [GeneratedRegex(@"(?:['’]s)?\s+(?:Home\s*page|Homepage|Personal Page|Website|Web Page)$", RegexOptions.IgnoreCase)]
    private static partial Regex HomepageSuffix();

    [GeneratedRegex(@"^(?:(?:Prof|Dr|Professor|Mr|Ms|Mrs)\.?\s+)+")]
    private static partial Regex Honorific();

    [GeneratedRegex(@",\s*(?:Ph\.?\s?D\.?|M\.?D\.?|M\.?Sc?\.?|FREng|FRS|FIEEE|IEEE Fellow)$")]
    private static partial Regex DegreeSuffix();

    // Letters of any script: "Tomás", "Øyvind", "Zoë"; "McAdam", "O'Brien", "Jean-Luc", initials.
    [GeneratedRegex(@"^(?:(?:Mc|Mac|De|Di|Le|La|Van|Von|O['’]?)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.|(?:de|van|von|der|den|da|das|di|du|la|le|del|dos|ten|ter|bin|al))$")]
    private static partial Regex PersonWord();

    [GeneratedRegex(@"^(?:de|van|von|der|den|da|das|di|du|la|le|del|dos|ten|ter|bin|al)$")]
    private static partial Regex Particle();

    // The first letter of a word and of each hyphenated or apostrophed part: "quintero-hale", "o'brien".
    [GeneratedRegex(@"(?:^|(?<=[-'’]))\p{Ll}")]
    private static partial Regex CapitalPart();

    [GeneratedRegex(@"^\S+(?:\s\S+){0,3}\s(?:is|are|was)\s(?:developed|maintained|built|created)\sby\s(?:the\s)?((?:\p{Lu}[\p{L}\-]*\s){1,4}(?:Lab|Laboratory|Group|Center|Centre|Institute))\b")]
    private static partial Regex MadeBy();

    [GeneratedRegex(@"^((?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s){1,3}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:is|was|received|joined|leads|works)\b")]
    private static partial Regex BioOpening();
}

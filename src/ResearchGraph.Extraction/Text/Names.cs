using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ResearchGraph.Extraction.Text;

/// <summary>How names are compared and canonicalised.</summary>
internal static partial class Names
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "with", "by", "from", "via", "under",
    };

    /// <summary>Lower-cased letters and digits only, with typographic apostrophes folded: the key two spellings share.</summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>Canonical project spelling: <c>MCUNet-v2</c> and <c>MCUNet v2</c> become <c>MCUNetV2</c>.</summary>
    public static string CanonicalProject(string name)
    {
        var trimmed = Clean(name);
        return VersionSuffix().Replace(trimmed, m => "V" + m.Groups[1].Value);
    }

    /// <summary>Trims spaces, quotes and trailing punctuation from a captured name.</summary>
    public static string Clean(string name) =>
        Spaces().Replace(name, " ").Trim().Trim('"', '“', '”', '‘', '’', '\'', '*', '_').Trim().TrimEnd(',', ';', ':', '.').Trim();

    /// <summary>Title-cases words of an award name, leaving acronyms, quoted parts and small words alone.</summary>
    public static string TitleCaseAward(string name)
    {
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length == 0 || !char.IsLower(w[0]) || (i > 0 && SmallWords.Contains(w)))
            {
                continue;
            }

            words[i] = char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..];
        }

        return string.Join(' ', words);
    }

    /// <summary>True when the word looks like a coined name: CamelCase, an acronym, or with digits or inner hyphens between capitals.</summary>
    public static bool IsCoined(string word) => Coined().IsMatch(word);

    /// <summary>True when every word of the phrase starts with a capital (small words excepted).</summary>
    public static bool IsCapitalisedPhrase(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !char.IsUpper(words[0][0]) && !char.IsDigit(words[0][0]))
        {
            return false;
        }

        return words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || SmallWords.Contains(w) || !char.IsLetter(w[0]));
    }

    public static int WordCount(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"[\s\-]?[vV](\d)\b")]
    private static partial Regex VersionSuffix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:[A-Z]*[a-z]+[A-Z][\w\-]*|[A-Z]{2,}[\w\-]*|[A-Z][\w]*\d[\w\-]*|[A-Z][a-z]+-[A-Z][\w\-]*|[A-Z][a-z]*[A-Z]{2,}\w*|[A-Z][a-z]+s?GANs?|[A-Z][a-z]+-\d[\w\-]*)$")]
    private static partial Regex Coined();
}

using System.Text.RegularExpressions;
using ResearchGraph.Extraction.Text;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// Reads the name of a paper or project from the words that introduce it: "TorchSparse: Efficient
/// Point Cloud Inference Engine" is TorchSparse (the title an alias); "Point-Voxel CNN for Efficient
/// 3D Deep Learning" is Point-Voxel CNN; "Once-For-All Network (OFA)" has the alias OFA.
/// </summary>
internal static partial class TitleParser
{
    private static readonly HashSet<string> WeakFirstWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "efficient", "towards", "toward", "on", "a", "an", "the", "learning", "improving", "analyzing", "analysing",
        "enabling", "accelerating", "fast", "scalable", "accurate", "robust", "practical", "energy-efficient",
        "understanding", "rethinking", "exploring", "optimizing", "automatic", "automated", "designing", "training",
        "searching", "reducing", "boosting", "revisiting", "when", "how", "what", "why", "is", "are", "can", "do",
    };

    public sealed record ParsedTitle(string Name, List<string> Aliases);

    public static List<ParsedTitle> ParseSubject(string subject)
    {
        var s = Names.Clean(LeadingTags().Replace(subject, ""));
        s = LeadIn().Replace(s, "");
        s = Names.Clean(Appositives(Names.Clean(s)));
        var parts = SplitConjoined(s);
        return parts.Select(Parse).Where(p => p is not null).Select(p => p!).ToList();
    }

    /// <summary>
    /// The name inside the words a sentence puts around it: "Their first chip, Lattice" and "Its
    /// successor, Lattice-2" (a description before the name), "Spindle, a compiler that ..." and
    /// "Nettle, a follow-up to Sundew" (one after it), "Lattice's gather unit" (a part of it) and
    /// "The Starling sampler" (the name used as a modifier).
    /// </summary>
    public static string Appositives(string subject)
    {
        var s = LeadingDescription().Replace(subject, "");
        var m = TrailingDescription().Match(s);
        if (m.Success)
        {
            s = m.Groups["name"].Value;
        }

        m = PossessiveWork().Match(s);
        if (m.Success)
        {
            // "Leila's paper on Thistle": the work is Thistle.
            return m.Groups["name"].Value;
        }

        m = PossessivePart().Match(s);
        if (m.Success)
        {
            return m.Groups["name"].Value;
        }

        m = NameAsModifier().Match(s);
        return m.Success ? m.Groups["name"].Value : s;
    }

    public static ParsedTitle? Parse(string title)
    {
        var s = Names.Clean(title);
        if (s.Length < 2 || s.Length > 250 || !(char.IsUpper(s[0]) || char.IsDigit(s[0]) || LowerCoined().IsMatch(s)) || Names.WordCount(s) > 30 || NotATitle().IsMatch(s))
        {
            return null;
        }

        var aliases = new List<string>();
        var colon = s.IndexOf(": ", StringComparison.Ordinal);
        string name;
        if (colon > 0 && Names.WordCount(s[..colon]) <= 6 && Names.IsCapitalisedPhrase(s[..colon]))
        {
            name = s[..colon].Trim();
            aliases.Add(s);
            var rest = Shorten(s[(colon + 2)..]);
            if (rest is not null)
            {
                aliases.Add(rest);
            }
        }
        else
        {
            name = s;
            var shortName = Shorten(s);
            if (shortName is not null)
            {
                aliases.Add(s);
                name = shortName;
            }
        }

        var acronym = Acronym().Match(name);
        if (acronym.Success)
        {
            aliases.Add(acronym.Groups[2].Value);
            name = (acronym.Groups[1].Value + acronym.Groups[3].Value).Trim();
        }

        name = Names.Clean(name);
        if (name.Length < 2 || !(Names.IsCapitalisedPhrase(name.Split(' ')[0]) || LowerCoined().IsMatch(name)) || !IsPlausibleName(name))
        {
            return null;
        }

        return new ParsedTitle(name, aliases.Where(a => !string.Equals(a, name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// False for words that name a field or a kind of thing rather than one work (AI, GPU, LLMs),
    /// and for captured clauses rather than names ("X is selected as ...", "Some key observations").
    /// </summary>
    public static bool IsPlausibleName(string name) =>
        !GenericTerms.Contains(name) && !ClauseWords().IsMatch(name) && !name.StartsWith("Some ", StringComparison.Ordinal);

    private static readonly HashSet<string> GenericTerms = new(StringComparer.OrdinalIgnoreCase)
    {
        "AI", "ML", "DL", "NLP", "CV", "RL", "GPU", "GPUs", "CPU", "CPUs", "FPGA", "FPGAs", "ASIC", "ASICs", "SoC", "SoCs",
        "IoT", "LLM", "LLMs", "CNN", "CNNs", "DNN", "DNNs", "GAN", "GANs", "HW", "SW", "API", "SDK", "MCU", "MCUs", "TPU", "NPU",
        "Paper", "Papers", "Code", "Slides", "Video", "Website", "Demo", "Poster", "Talk", "Github", "GitHub", "arXiv",
    };

    /// <summary>"Point-Voxel CNN for Efficient 3D Deep Learning" → "Point-Voxel CNN", when the head reads as a name.</summary>
    private static string? Shorten(string title)
    {
        var m = ForSplit().Match(title);
        if (!m.Success)
        {
            return null;
        }

        var head = m.Groups[1].Value.Trim();
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4 || !Names.IsCapitalisedPhrase(head) || WeakFirstWords.Contains(words[0]) || words[0].EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        var coined = words.Any(Names.IsCoined);
        return coined || words.Length <= 3 ? head : null;
    }

    private static List<string> SplitConjoined(string s)
    {
        // "GAN Compression: ... and APQ: ..." — two titled works in one subject.
        var m = TwoTitles().Match(s);
        if (m.Success)
        {
            return [m.Groups[1].Value, m.Groups[2].Value];
        }

        // "A Visual System for Robots and iELAS: An Accelerator for ...": the second title is named before its colon.
        var named = SecondNamedTitle().Match(s);
        if (named.Success)
        {
            return [s[..named.Index], s[(named.Index + named.Length - named.Groups[1].Length)..]];
        }

        var list = CoinedList().Match(s);
        if (list.Success)
        {
            return list.Value.Split([",", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }

        return [s];
    }

    [GeneratedRegex(@"\s+and\s+([A-Za-z][\w\-]*[A-Z][\w\-]*:\s)")]
    private static partial Regex SecondNamedTitle();

    // "iELAS", "eIQ": a coined name may open with a small letter.
    [GeneratedRegex(@"^[a-z]{1,2}[A-Z][\w\-]*(?=$|[\s:])")]
    private static partial Regex LowerCoined();

    [GeneratedRegex(@"\s(?:is|are|was|were|has|have|will)\s|,?\s(?:and|or)$")]
    private static partial Regex ClauseWords();

    [GeneratedRegex(@"^(?:Their|Our|Its|His|Her|My|The|A|An)\s+(?:[a-z][\w\-]*\s+){0,4}[a-z][\w\-]*\s*,\s+(?=[A-Za-z])")]
    private static partial Regex LeadingDescription();

    [GeneratedRegex(@"^(?<name>[A-Za-z][\w\-\.]*(?:\s+[A-Z][\w\-]*){0,3}),\s+(?:an?|the|its|our|their)\s+[a-z].*$")]
    private static partial Regex TrailingDescription();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]*['’]s\s+(?:(?:first|new|latest|recent|short|full|workshop|journal)\s+)?(?:paper|work|thesis|article)\s+(?:on|about|introducing)\s+(?<name>[A-Za-z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})$")]
    private static partial Regex PossessiveWork();

    [GeneratedRegex(@"^(?<name>[A-Za-z][\w\-\.]*(?:\s+[A-Z][\w\-]*){0,2})['’]s\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}$")]
    private static partial Regex PossessivePart();

    [GeneratedRegex(@"^The\s+(?<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s+(?:[a-z][\w\-]*)(?:\s+[a-z][\w\-]*){0,2}$")]
    private static partial Regex NameAsModifier();

    [GeneratedRegex(@"^(?:\[[^\]]{1,20}\]\s*)+")]
    private static partial Regex LeadingTags();

    [GeneratedRegex(@"^(?:(?:congrats|congratulations)[!.,]?\s+)?(?:(?:our|the|my|a|an|one|two|three|four|five|new|recent|latest|invited)\s+)*(?:(?:full|short|long|journal|workshop|conference|invited|oral|poster|spotlight)\s+)*(?:works?|papers?|articles?|manuscripts?|books?|surveys?|projects?|studies|study)\b\s*(?:on|titled|entitled|called|named|about)?\s*[:,]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^(?:We|I|It|This|That|These|Those|Our|My|He|She|They|There|Here|Congrats|Congratulations|Welcome)\b")]
    private static partial Regex NotATitle();

    [GeneratedRegex(@"^(.+?)\s+(?:for|with|via)\s+\S.*$")]
    private static partial Regex ForSplit();

    [GeneratedRegex(@"^(.*?)\s*\(([A-Za-z][\w\-]{1,15})\)(.*)$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"^([A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,3}:\s.+?)\s+and\s+([A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,3}:\s.+)$")]
    private static partial Regex TwoTitles();

    [GeneratedRegex(@"^[A-Z][\w\-]*[A-Z][\w\-]*(?:,\s[A-Z][\w\-]*[A-Z][\w\-]*)*,?\sand\s[A-Z][\w\-]*[A-Z][\w\-]*$")]
    private static partial Regex CoinedList();
}

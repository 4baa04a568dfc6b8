using System.Text.RegularExpressions;
using ResearchGraph.Extraction.Text;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// The award itself inside the words that announce it: "1st Place, ACM Student Research
/// Competition at ESWEEK (ESWEEK)" is the ACM Student Research Competition; "Best Paper Award,
/// IEEE/ACM Design Automation Conference" is the Best Paper Award; "Best Paper of IEEE CAL" is a
/// Best Paper Award.
/// </summary>
internal static partial class AwardNames
{
    /// <summary>The award's name, or null when the words say it was not received ("(declined)", "nominee").</summary>
    public static string? Core(string words)
    {
        if (NotReceived().IsMatch(words))
        {
            return null;
        }

        var name = Names.Clean(ListOf().Replace(Placement().Replace(words, ""), ""));

        // Descriptions in parentheses say something about the award, not its name; an acronym stays (an alias).
        name = Names.Clean(Description().Replace(name, ""));

        // "X at ICCAD", "X, IEEE/ACM Design Automation Conference", "X of DAC 2020": where, not what.
        foreach (var cut in new[] { Where().Match(name), Qualifier().Match(name) })
        {
            if (cut.Success && HasAwardHead(name[..cut.Index]))
            {
                name = Names.Clean(name[..cut.Index]);
            }
        }

        // "IEEE/ACM ICCAD Best Paper Nominee": the society before a venue's acronym is not part of the name.
        name = Society().Replace(name, "");

        // "Best Paper" is the Best Paper Award.
        if (BestWithoutAward().IsMatch(name))
        {
            name += " Award";
        }

        return name.Length < 3 ? null : name;
    }

    /// <summary>True when the phrase names an award by its head word.</summary>
    public static bool HasAwardHead(string phrase) => Names.WordCount(phrase) >= 2 && Head().IsMatch(phrase.Trim());

    [GeneratedRegex(@"^(?:IEEE|ACM|SIGDA|IFIP|USENIX)(?:/(?:IEEE|ACM|SIGDA|IFIP|USENIX))*\s+(?=[A-Z]{2,}[a-z]?\s+\S+\s+\S)")]
    private static partial Regex Society();

    [GeneratedRegex(@"\((?:declined|withdrawn)\)", RegexOptions.IgnoreCase)]
    private static partial Regex NotReceived();

    [GeneratedRegex(@"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|frist|second|third|fourth|fifth|top)\s+(?:place|prize|position)\s*(?:,|in|at|of|for|:|-|–)?\s*(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Placement();

    // "MIT Technology Review list of 35 Innovators Under 35": the honour is the list.
    [GeneratedRegex(@"^(?:[A-Z][\w\-]*\s+){0,5}list\s+of\s+(?=[A-Z0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex ListOf();

    [GeneratedRegex(@"\s*\((?![A-Z][A-Za-z]{1,8}\))[^()]*\)")]
    private static partial Regex Description();

    [GeneratedRegex(@"\s+(?:at|@)\s+\S")]
    private static partial Regex Where();

    [GeneratedRegex(@",\s+\S|\s+of\s+(?:the\s+)?(?:IEEE|ACM|[A-Z]{2,}\b)")]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\b(?:Awards?|Fellowship|Fellow|Prize|Medal|Scholarship|Honou?r|Competition|Contest|Challenge|Grant|Best\s+\w+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Head();

    [GeneratedRegex(@"^Best\s+(?:Paper|Poster|Demo|Student Paper|Short Paper|Artifact|Presentation)$", RegexOptions.IgnoreCase)]
    private static partial Regex BestWithoutAward();
}

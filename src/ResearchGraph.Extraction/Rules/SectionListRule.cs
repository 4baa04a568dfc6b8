using System.Globalization;
using System.Text.RegularExpressions;
using ResearchGraph.Domain;
using ResearchGraph.Extraction.Text;
using ResearchGraph.Reading;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// Lists whose heading says what their items are: a sponsor or logo list ("Sponsors", or a list
/// after "Our research is generously supported by:"), a grants list ("2022-2026 NSF IIS Medium,
/// ..."), and a students list ("PhD students I advise", "PHD STUDENTS ADVISED": each student is
/// advised by the owner, and by whoever the item says co-advises).
/// </summary>
internal sealed partial class SectionListRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.Owner is null)
        {
            return;
        }

        foreach (var s in context.Sentences)
        {
            // A list item, or a short line of its own under the heading (plain-text CVs).
            if (s.Block.Kind is not BlockKind.ListItem && !(s.Block.Kind is BlockKind.Paragraph && s.Text.Length <= 120 && s.Start == s.Block.Start))
            {
                continue;
            }

            var section = s.Block.Section ?? "";
            var lead = LeadIn(context, s.BlockIndex);
            if (SponsorSection().IsMatch(section) || SponsorLead().IsMatch(lead))
            {
                ReadSponsor(context, s, grants: false);
            }
            else if (GrantSection().IsMatch(section))
            {
                ReadSponsor(context, s, grants: true);
            }
            else if (context.Owner.Kind == EntityKind.Person && (StudentSection().IsMatch(section) || StudentSection().IsMatch(lead)))
            {
                ReadStudent(context, s);
            }
        }
    }

    /// <summary>The text of the nearest block before this one that is not a list item: what introduces the list.</summary>
    private static string LeadIn(ExtractionContext context, int blockIndex)
    {
        for (var i = blockIndex - 1; i >= 0 && i >= blockIndex - 40; i--)
        {
            var b = context.Page.Blocks[i];
            if (b.Kind != BlockKind.ListItem)
            {
                return b.Kind == BlockKind.Paragraph ? context.Page.TextOf(b) : "";
            }
        }

        return "";
    }

    private static void ReadSponsor(ExtractionContext context, Sentence s, bool grants)
    {
        var text = s.Text;
        var year = LeadingYear().Match(text);
        var words = Names.Clean(year.Success ? text[year.Length..] : text);
        var offset = s.Start + (text.Length - text.TrimStart().Length) + (year.Success ? year.Length : 0);
        var org = context.Recognizers.Orgs.Find(context.Text, offset, s.End).FirstOrDefault();
        string? id = null;
        if (org is not null && (grants || org.Start - offset <= 4))
        {
            id = context.AddOrg(org.Org, org.Start, org.End, EntityKind.Sponsor);
        }
        else if (!grants && Names.WordCount(words) <= 6 && Names.IsCapitalisedPhrase(words) && !NotSponsorWords().IsMatch(words))
        {
            // A logo's name the lexicons do not know: "Kingsbridge AI Fund".
            id = context.Graph.Add(EntityKind.Sponsor, words);
            context.Graph.Mention(id, offset, offset + words.Length);
        }

        if (id is null)
        {
            return;
        }

        int? when = year.Success && year.Groups["to"].Length == 0 ? int.Parse(year.Groups["from"].Value, CultureInfo.InvariantCulture) : null;
        context.Graph.AddFact(FactType.SPONSORS, id, context.Owner!.Id, when, null, s);
    }

    private static void ReadStudent(ExtractionContext context, Sentence s)
    {
        var m = StudentItem().Match(s.Text);
        if (!m.Success || !Recognition.OwnerFinder.LooksLikePerson(m.Groups["name"].Value))
        {
            return;
        }

        var student = PeopleRule.AddPerson(context, m.Groups["name"].Value);
        context.Graph.Mention(student, s.Start + m.Groups["name"].Index, s.Start + m.Groups["name"].Index + m.Groups["name"].Length);
        if (student == context.Owner!.Id)
        {
            return;
        }

        context.Graph.AddFact(FactType.ADVISED_BY, student, context.Owner.Id, null, null, s);
        var co = CoAdvisor().Match(s.Text);
        if (co.Success && Recognition.OwnerFinder.LooksLikePerson(co.Groups["name"].Value))
        {
            var other = PeopleRule.AddPerson(context, co.Groups["name"].Value);
            context.Graph.AddFact(FactType.ADVISED_BY, student, other, null, null, s);
        }
    }

    [GeneratedRegex(@"\b(?:sponsors?|funding|funders?|supporters?|support|acknowledge?ments?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SponsorSection();

    [GeneratedRegex(@"\b(?:supported|sponsored|funded)\s+(?:in part\s+)?by\s*:?\s*$|\b(?:sponsors|funders|supporters)\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SponsorLead();

    [GeneratedRegex(@"^(?:research\s+)?(?:grants?|funding history|research funding)$", RegexOptions.IgnoreCase)]
    private static partial Regex GrantSection();

    [GeneratedRegex(@"^(?:current\s+|former\s+)?(?:ph\.?d\.?\s+|graduate\s+|doctoral\s+)?(?:students|advisees)(?:\s+(?:advised|supervised|I advise|I supervise))?\s*:?$|\bstudents I (?:advise|supervise)\b|^(?:students\s+)?(?:advised|supervised)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex StudentSection();

    [GeneratedRegex(@"^(?<from>(?:19|20)\d\d)(?:\s*[-–—]\s*(?<to>(?:19|20)\d\d|present|now)?)?\s*[:,]?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"^(?:Dr\.?\s+|Prof\.?\s+)?(?<name>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’\-]+){1,2})(?=\s*(?:\(|,|$|\s[-–—]\s))")]
    private static partial Regex StudentItem();

    [GeneratedRegex(@"\bco-?advised\s+(?:with|by)\s+(?:Prof\.?\s+|Professor\s+|Dr\.?\s+)?(?<name>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2})")]
    private static partial Regex CoAdvisor();

    [GeneratedRegex(@"\b(?:Alumni|Students|Sponsors|Partners|Last updated)\b")]
    private static partial Regex NotSponsorWords();
}

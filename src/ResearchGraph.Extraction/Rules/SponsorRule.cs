using System.Text.RegularExpressions;
using ResearchGraph.Domain;
using ResearchGraph.Extraction.Text;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// SPONSORS: "We thank the generous sponsors of our research: A, B, C", "supported by X and Y",
/// "funded by X", "gifts from X". The sponsored party is the owner (the sentence must speak of
/// the owner's work); each listed name is a known organization or a capitalised name.
/// </summary>
internal sealed partial class SponsorRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.Owner is null)
        {
            return;
        }

        foreach (var s in context.Sentences)
        {
            ReadThanks(context, s);
            var m = SponsorList().Match(s.Text);
            if (!m.Success)
            {
                continue;
            }

            // The owner is the sponsored party when the sentence speaks of the owner or the owner's work.
            var lead = s.Text[..m.Index];
            if (!OwnerWords().IsMatch(lead + " " + m.Value) && !context.IsOwnerReference(s.Text) && !LabWords().IsMatch(lead) && context.Owner.Kind != EntityKind.Institution)
            {
                continue;
            }

            if (SomeoneElses().IsMatch(lead))
            {
                // "the SPARSE workshop, which is sponsored by Cerebras": the event's sponsor, not the owner's.
                continue;
            }

            var listStart = m.Index + m.Length;
            var list = s.Text[listStart..];
            var end = ListEnd().Match(list);
            if (end.Success)
            {
                list = list[..end.Index];
            }

            var offset = s.Start + listStart;
            foreach (var item in Items().Matches(list).Cast<Match>())
            {
                var name = LeadingArticle().Replace(Names.Clean(item.Value), "");
                var start = offset + item.Index + (item.Value.Length - item.Value.TrimStart().Length) + (Names.Clean(item.Value).Length - name.Length);
                AddSponsor(context, s, name, start, item.Value, offset + item.Index);
            }
        }
    }

    /// <summary>
    /// One listed sponsor: a known organization, a capitalised name ("Kingsbridge AI Fund", its
    /// acronym in parentheses an alias), or the known organization inside a description ("a new
    /// NSF CNS Core award", "the NVIDIA Graduate Fellowship").
    /// </summary>
    private static void AddSponsor(ExtractionContext context, Sentence s, string name, int start, string item, int itemStart)
    {
        if (name.Length < 2 || Names.WordCount(name) > 9)
        {
            return;
        }

        var acronym = ParenAcronym().Match(name);
        var bare = acronym.Success ? name[..acronym.Index].Trim() : name;
        var known = context.Recognizers.Orgs.Lookup(bare) ?? (acronym.Success ? context.Recognizers.Orgs.Lookup(acronym.Groups[1].Value) : null);
        string id;
        int length;
        if (known is not null)
        {
            id = context.AddOrg(known, start, start + bare.Length, EntityKind.Sponsor);
            length = bare.Length;
        }
        else if (context.Recognizers.Orgs.Find(item, 0, item.Length).FirstOrDefault() is { } inside
            && (!Names.IsCapitalisedPhrase(bare) || Names.WordCount(bare) > 5 || char.IsLower(bare[0]) || AwardOrProgram().IsMatch(bare) || KnownThenMore(context, bare)))
        {
            // "a new NSF CNS Core award", "NSF Secure and Trustworthy Cyberspace program": the organization inside.
            id = context.AddOrg(inside.Org, itemStart + inside.Start, itemStart + inside.End, EntityKind.Sponsor);
            length = 0;
        }
        else if (char.IsUpper(bare[0]) && Names.IsCapitalisedPhrase(bare) && !AwardOrProgram().IsMatch(bare) && !KnownThenMore(context, bare))
        {
            id = context.Graph.Add(EntityKind.Sponsor, bare, acronym.Success ? [acronym.Groups[1].Value] : []);
            if (InstitutionWord().IsMatch(bare))
            {
                context.Graph.AddKind(id, EntityKind.Institution);
            }

            context.Graph.Mention(id, start, start + bare.Length);
            length = bare.Length;
        }
        else
        {
            return;
        }

        if (length > 0)
        {
            context.Claimed.Add((start, start + length));
        }

        context.Graph.AddFact(FactType.SPONSORS, id, context.Owner!.Id, s.Date is not null ? s.Year : null, null, s);
    }

    /// <summary>
    /// "NSF Secure" (from "NSF Secure and Trustworthy Cyberspace program"): a known organization
    /// followed by words that do not make a new organization's name ("Toyota Research Institute" does).
    /// </summary>
    private static bool KnownThenMore(ExtractionContext context, string name)
    {
        var first = context.Recognizers.Orgs.Find(name, 0, name.Length).FirstOrDefault();
        if (first is null || first.Start != 0 || first.End >= name.Length)
        {
            return false;
        }

        return !OrgHead().IsMatch(name[first.End..]);
    }

    /// <summary>"Many thanks to Bosch for a generous gift", "We thank Micron for the gift of ...", "Snap Inc. gifted $120,000 to support our work".</summary>
    private static void ReadThanks(ExtractionContext context, Sentence s)
    {
        foreach (var m in new[] { Thanks().Match(s.Text), Gifted().Match(s.Text) })
        {
            if (!m.Success)
            {
                continue;
            }

            var org = m.Groups["org"];
            var name = LeadingArticle().Replace(Names.Clean(org.Value), "");
            if (name.Length == 0)
            {
                continue;
            }

            AddSponsor(context, s, name, s.Start + org.Index + (org.Value.Length - name.Length), org.Value, s.Start + org.Index);
        }
    }

    [GeneratedRegex(@"\b(?:(?:Many\s+)?[Tt]hanks|[Tt]hank|[Gg]rateful)\s+(?:to\s+)?(?<org>(?:the\s+)?[A-Z][\w&\.\-]*(?:\s+[A-Z][\w&\.\-]*){0,4})\s+for\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?(?:(?:generous|continued|kind|new)\s+)?(?:[\w\-]+\s+){0,2}?(?:gifts?|funding|funds|support|grants?|donations?|sponsorship|credits|fellowships?)\b")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^(?:[^A-Za-z]*\s)?(?<org>[A-Z][\w&\.\-]*(?:\s+[A-Z][\w&\.\-]*){0,3})\s+(?:gifted|donated|granted|awarded a (?:gift|grant))\b[^.]{0,80}\b(?:our|my|the lab|the group)\b")]
    private static partial Regex Gifted();

    [GeneratedRegex(@"\s*\(([A-Z][A-Za-z]{1,8})\)$")]
    private static partial Regex ParenAcronym();

    [GeneratedRegex(@"\b(?:Research|Labs?|Laboratory|Institute|Foundation|Fund|Council|Program|Programme|Corporation|Corp\.?|Inc\.?|Trust|Center|Centre|Initiative|Ventures|Cloud|AI|Research Institute)\s*$")]
    private static partial Regex OrgHead();

    [GeneratedRegex(@"\b(?:workshop|conference|symposium|track|challenge|competition|summit|event|hackathon|meetup|tutorial)s?\b[^.;]{0,50}$", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneElses();

    [GeneratedRegex(@"\b(?:Lab|Laboratory|Group|Team|lab|group|team)\b")]
    private static partial Regex LabWords();

    [GeneratedRegex(@"\b(?:[Aa]wards?|[Ff]ellowships?|[Gg]rants?|[Gg]ifts?|Scholarships?|program|programme)$")]
    private static partial Regex AwardOrProgram();

    [GeneratedRegex(@"(?:\bsponsors?\b[^:]{0,60}:|\b(?:sponsored|funded|supported|co-?sponsored|generously supported|donated|gifted|provided)\s+(?:in part\s+)?by\b|\b(?:funding|support|gifts?|grants?|donations?)\s+from\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SponsorList();

    [GeneratedRegex(@"\b(?:we|our|us|I|my|me|thank|thanks|grateful)\b|^(?:[^A-Za-z]*\s)?This (?:work|research|project|material)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerWords();

    [GeneratedRegex(@"\s+(?:for|to|through|under|via|in order)\s+(?![A-Z])|[.;]\s")]
    private static partial Regex ListEnd();

    [GeneratedRegex(@"[^,;]+?(?=\s*(?:,|;|\band\b|$))")]
    private static partial Regex Items();

    [GeneratedRegex(@"^(?:(?:and|&)\s+)?(?:by\s+)?(?:(?:a|an|the)\s+(?:(?:generous|new|research)\s+)?(?:gift|grant|donation)s?\s+from\s+|(?:support|funding|gifts?|grants?)\s+from\s+)?(?:(?:the|a|an|our)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"\b(?:Lab|Laboratory|University|Institute|Center|Centre)\b")]
    private static partial Regex InstitutionWord();
}

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
            var m = SponsorList().Match(s.Text);
            if (!m.Success)
            {
                continue;
            }

            // The owner is the sponsored party when the sentence speaks of the owner or the owner's work.
            var lead = s.Text[..m.Index];
            if (!OwnerWords().IsMatch(lead + " " + m.Value) && !context.IsOwnerReference(s.Text))
            {
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
                if (name.Length < 2 || !char.IsUpper(name[0]) || Names.WordCount(name) > 7)
                {
                    continue;
                }

                var start = offset + item.Index + (item.Value.Length - item.Value.TrimStart().Length);
                var known = context.Recognizers.Orgs.Lookup(name);
                string id;
                if (known is not null)
                {
                    id = context.AddOrg(known, start, start + name.Length, EntityKind.Sponsor);
                }
                else if (Names.IsCapitalisedPhrase(name))
                {
                    id = context.Graph.Add(EntityKind.Sponsor, name);
                    if (InstitutionWord().IsMatch(name))
                    {
                        context.Graph.AddKind(id, EntityKind.Institution);
                    }

                    context.Graph.Mention(id, start, start + name.Length);
                }
                else
                {
                    continue;
                }

                context.Claimed.Add((start, start + name.Length));
                context.Graph.AddFact(FactType.SPONSORS, id, context.Owner.Id, s.Date is not null ? s.Year : null, null, s);
            }
        }
    }

    [GeneratedRegex(@"(?:\bsponsors?\b[^:]{0,60}:|\b(?:sponsored|funded|supported|co-?sponsored|generously supported)\s+(?:in part\s+)?by\b|\b(?:funding|support|gifts?|grants?)\s+from\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SponsorList();

    [GeneratedRegex(@"\b(?:we|our|us|I|my|me|thank|thanks|grateful)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerWords();

    [GeneratedRegex(@"\s+(?:for|to|through|under|via|in order)\s+(?![A-Z])|[.;]\s")]
    private static partial Regex ListEnd();

    [GeneratedRegex(@"[^,;]+?(?=\s*(?:,|;|\band\b|$))")]
    private static partial Regex Items();

    [GeneratedRegex(@"^(?:(?:and|&)\s+)?(?:(?:the|a|an|our)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"\b(?:Lab|Laboratory|University|Institute|Center|Centre|Program|Foundation|Council|Agency)\b")]
    private static partial Regex InstitutionWord();
}

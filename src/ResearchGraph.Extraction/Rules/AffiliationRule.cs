using System.Text.RegularExpressions;
using ResearchGraph.Domain;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// AFFILIATED_WITH: "X is an Associate Professor at MIT’s EECS", "I am currently a Tenure-Track
/// Assistant Professor at Brown University", a title line "Associate Professor, MIT EECS", and
/// front-matter role with organizations.
/// </summary>
internal sealed partial class AffiliationRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var s in context.Sentences)
        {
            ReadLeader(context, s);
        }

        if (context.Owner?.Kind != EntityKind.Person)
        {
            return;
        }

        string? role = null;
        foreach (var s in context.Sentences)
        {
            var fm = FrontMatterRole().Match(s.Text);
            if (fm.Success)
            {
                role = fm.Groups[1].Value.Trim();
                continue;
            }

            var org = FrontMatterOrganization().Match(s.Text);
            if (org.Success && role is not null)
            {
                Add(context, s, role, s.Text[org.Length..], s.Start + org.Length);
                continue;
            }

            var m = Position().Match(s.Text);
            if (!m.Success)
            {
                continue;
            }

            var lead = s.Text[..m.Index];
            if (lead.Trim().Length > 0 && !context.IsOwnerReference(lead))
            {
                continue;
            }

            var end = m.Index + m.Length;
            Add(context, s, Clean(m.Groups["role"].Value), s.Text[end..], s.Start + end);
        }
    }

    private static void Add(ExtractionContext context, Text.Sentence s, string role, string words, int start)
    {
        var institution = InstitutionNames.Read(context, words, start);
        if (institution is not null)
        {
            context.Graph.AddFact(FactType.AFFILIATED_WITH, context.Owner!.Id, institution.Value.Id, null, null, s, new Dictionary<string, string> { ["role"] = role });
        }
    }

    private static string Clean(string role) => role.Trim();

    /// <summary>
    /// "Prof. Jason Cong, who leads UCLA VAST (VLSI ...) Group and CDSC (The Center for ...)": the
    /// person named before "who leads" is affiliated with each group; "I direct the Harbor Systems Lab":
    /// the owner with the lab.
    /// </summary>
    private static void ReadLeader(ExtractionContext context, Text.Sentence s)
    {
        var m = WhoLeads().Match(s.Text);
        var byOwner = false;
        string? person = null;
        if (m.Success)
        {
            person = PeopleRule.AddPerson(context, m.Groups["name"].Value);
        }
        else
        {
            m = OwnerLeads().Match(s.Text);
            if (!m.Success || context.Owner is null || !context.IsOwnerReference(s.Text[..m.Index] + m.Groups["who"].Value))
            {
                return;
            }

            person = context.Owner.Id;
            byOwner = true;
        }

        var groups = m.Groups["groups"];
        // The owner leads one group, whose name may itself hold "and"; "who leads A and B" names several.
        var parts = TopLevelParts(groups.Value, splitOnAnd: !byOwner);
        foreach (var (offset, length) in byOwner ? parts.Take(1) : parts)
        {
            var raw = groups.Value.Substring(offset, length);
            var name = Text.Names.Clean(Expansion().Replace(raw, " ")).Replace("  ", " ", StringComparison.Ordinal);
            if (name.Length < 2 || !char.IsUpper(name[0]) || Text.Names.WordCount(name) > 7 || !Text.Names.IsCapitalisedPhrase(name))
            {
                continue;
            }

            if (byOwner && !GroupHead().IsMatch(name))
            {
                continue;
            }

            var start = s.Start + groups.Index + offset;
            var known = context.Recognizers.Orgs.Lookup(name);
            var id = known is not null ? context.AddOrg(known, start, start + length) : context.Graph.Add(EntityKind.Institution, name, raw.Trim() == name ? [] : [Text.Names.Clean(raw)]);
            context.Graph.Mention(id, start, start + length);
            context.Graph.AddFact(FactType.AFFILIATED_WITH, person, id, null, null, s, new Dictionary<string, string> { ["role"] = "leads" });
        }
    }

    /// <summary>The parts of "A (x, y) Group and B (z)" split at commas (and at "and") outside parentheses, up to the clause's end, as (offset, length).</summary>
    private static List<(int Offset, int Length)> TopLevelParts(string words, bool splitOnAnd)
    {
        var parts = new List<(int, int)>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var c = words[i];
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth != 0)
            {
                continue;
            }

            var cut = c == ',' ? 1 : splitOnAnd && string.CompareOrdinal(words, i, " and ", 0, 5) == 0 ? 5 : 0;
            if (cut > 0 || c is '.' or ';')
            {
                parts.Add((start, i - start));
                if (c is '.' or ';')
                {
                    return parts;
                }

                start = i + cut;
                i = start - 1;
            }
        }

        parts.Add((start, words.Length - start));
        return parts;
    }

    [GeneratedRegex(@"(?:(?:Prof\.|Professor|Dr\.)\s+)?(?<name>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?),\s+who\s+(?:leads|heads|directs|co-directs|runs)\s+(?:the\s+)?(?<groups>[A-Z].+)$")]
    private static partial Regex WhoLeads();

    [GeneratedRegex(@"(?<who>\b(?:I|We|He|She)\s+(?:currently\s+|also\s+)?)(?:lead|leads|direct|directs|head|heads|co-direct|co-directs|run|runs)\s+(?:the\s+)?(?<groups>[A-Z].+)$")]
    private static partial Regex OwnerLeads();

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Expansion();

    [GeneratedRegex(@"\b(?:Lab|Laboratory|Group|Center|Centre|Institute|Initiative|Consortium)$")]
    private static partial Regex GroupHead();

    [GeneratedRegex(@"^role:\s*(.+)$")]
    private static partial Regex FrontMatterRole();

    [GeneratedRegex(@"^organizations?:\s*")]
    private static partial Regex FrontMatterOrganization();

    [GeneratedRegex(@"(?:\b(?:is|am|was|are)\s+(?:currently\s+|now\s+)?(?:an?|the)\s+|^)(?<role>(?:[A-Z][\w\-]*\s+){0,3}(?:Professor|Lecturer|Scientist|Researcher|Engineer|Fellow|Director|Postdoc|Postdoctoral (?:Researcher|Fellow|Associate|Scholar)|Faculty))(?:\s+of\s+[A-Z][\w\s]+?)?(?:\s+(?:at|of|in|with)\s+|,\s+)")]
    private static partial Regex Position();
}

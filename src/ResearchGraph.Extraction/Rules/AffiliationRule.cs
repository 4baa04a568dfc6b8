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

    [GeneratedRegex(@"^role:\s*(.+)$")]
    private static partial Regex FrontMatterRole();

    [GeneratedRegex(@"^organizations?:\s*")]
    private static partial Regex FrontMatterOrganization();

    [GeneratedRegex(@"(?:\b(?:is|am|was|are)\s+(?:currently\s+|now\s+)?(?:an?|the)\s+|^)(?<role>(?:[A-Z][\w\-]*\s+){0,3}(?:Professor|Lecturer|Scientist|Researcher|Engineer|Fellow|Director|Postdoc|Postdoctoral (?:Researcher|Fellow|Associate|Scholar)|Faculty))(?:\s+of\s+[A-Z][\w\s]+?)?(?:\s+(?:at|of|in|with)\s+|,\s+)")]
    private static partial Regex Position();
}

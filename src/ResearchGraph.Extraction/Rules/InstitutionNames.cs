using System.Text.RegularExpressions;
using ResearchGraph.Domain;

namespace ResearchGraph.Extraction.Rules;

/// <summary>Recognises institutions: the curated list first, then the shapes university names take.</summary>
internal static partial class InstitutionNames
{
    /// <summary>The institution named at the start of <paramref name="words"/>, as an entity id, or null.</summary>
    public static (string Id, int Length)? Read(ExtractionContext context, string words, int absoluteStart)
    {
        var orgs = context.Recognizers.Orgs.Find(words, 0, words.Length);
        var first = orgs.FirstOrDefault(o => o.Start <= 1 && o.Org.Kinds.Contains(EntityKind.Institution));
        if (first is not null)
        {
            return (context.AddOrg(first.Org, absoluteStart + first.Start, absoluteStart + first.End), first.End);
        }

        var m = Shaped().Match(words);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Value.Trim().TrimEnd(',');
        var id = context.Graph.Add(EntityKind.Institution, name);
        context.Graph.Mention(id, absoluteStart + m.Index, absoluteStart + m.Index + name.Length);
        return (id, m.Index + name.Length);
    }

    [GeneratedRegex(@"^\s*(?:the\s+)?(?:University of [A-Z][\w\-]+(?:(?:,\s|\s)(?:at\s)?[A-Z][\w\-]+){0,3}|(?:[A-Z][\w\-\.]*\s){1,4}(?:University|Institute of Technology|Institute|College|Polytechnic)(?:\s(?:of|at)\s[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2})?)")]
    private static partial Regex Shaped();
}

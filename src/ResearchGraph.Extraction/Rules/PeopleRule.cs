using System.Text.RegularExpressions;
using ResearchGraph.Domain;
using ResearchGraph.Extraction.Recognition;
using ResearchGraph.Extraction.Text;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// People and ADVISED_BY: titled names ("Prof. Bill Dally"), advisors ("Advisor: Prof. X",
/// "advised by Prof. X", "supervised by X"), collaborators, and students congratulated by first
/// name in news items ("Congrats Ji and Ligeng ..."), who are scoped to the document.
/// </summary>
internal sealed partial class PeopleRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var s in context.Sentences)
        {
            for (var m = Titled().Match(s.Text); m.Success; m = m.NextMatch())
            {
                var name = m.Groups["name"].Value;
                if (context.Owner is not null && name == context.Owner.Name)
                {
                    continue;
                }

                var id = context.Graph.Add(EntityKind.Person, name, [m.Value.Trim()]);
                context.Graph.Mention(id, s.Start + m.Index, s.Start + m.Index + m.Length);
            }

            if (context.Owner?.Kind == EntityKind.Person)
            {
                for (var m = Advisor().Match(s.Text); m.Success; m = m.NextMatch())
                {
                    foreach (Capture c in m.Groups["name"].Captures)
                    {
                        if (OwnerFinder.LooksLikePerson(c.Value))
                        {
                            var advisor = context.Graph.Add(EntityKind.Person, c.Value);
                            context.Graph.Mention(advisor, s.Start + c.Index, s.Start + c.Index + c.Length);
                            context.Graph.AddFact(FactType.ADVISED_BY, context.Owner.Id, advisor, null, null, s);
                        }
                    }
                }
            }

            var congrats = Congrats().Match(s.Text);
            if (congrats.Success)
            {
                foreach (var n in FirstNames(congrats.Groups["names"].Value))
                {
                    AddPerson(context, n);
                }
            }
        }
    }

    /// <summary>The names in "Ji and Ligeng receiving ...", "Zhijian, Yujun and Hanrui on ...".</summary>
    public static List<string> FirstNames(string words)
    {
        var m = NameList().Match(words);
        if (!m.Success)
        {
            return [];
        }

        return m.Value.Split([",", " and ", "&"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => n.Length > 1 && char.IsUpper(n[0]) && !NotPeople().IsMatch(n))
            .ToList();
    }

    /// <summary>A person by full name, or a first-name-only person scoped to the document.</summary>
    public static string AddPerson(ExtractionContext context, string name)
    {
        if (context.Owner is { Kind: EntityKind.Person } owner && (name == owner.Name || name == owner.FirstName))
        {
            return owner.Id;
        }

        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return context.Graph.Add(EntityKind.Person, name);
        }

        var full = context.Graph.Entities.FirstOrDefault(e => e.Kinds.Contains(EntityKind.Person) && e.Name.StartsWith(name + " ", StringComparison.Ordinal));
        return full?.Id ?? context.Graph.AddScopedPerson(name);
    }

    private const string PersonName = @"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]\.|\([A-Z][a-z]+\))){1,3}";

    [GeneratedRegex(@"\b(?:Prof\.|Professor|Dr\.)\s+(?<name>" + PersonName + ")")]
    private static partial Regex Titled();

    [GeneratedRegex(@"(?:\b(?:advised|supervised|co-advised|mentored)\s+by|\bunder the (?:supervision|guidance) of|\b[Aa]dvisors?\s*:|\bmy (?:Ph\.?D\.?\s+)?advisors?,?)\s+(?:(?:Prof\.|Professor|Dr\.)\s+)?(?<name>" + PersonName + @")(?:\s*(?:,|and|&)\s*(?:(?:Prof\.|Professor|Dr\.)\s+)?(?<name>" + PersonName + "))*")]
    private static partial Regex Advisor();

    [GeneratedRegex(@"\b(?:Congrats|Congratulations)(?:\s+to)?\s+(?<names>[A-Z].+)$")]
    private static partial Regex Congrats();

    [GeneratedRegex(@"^[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?(?:\s*,\s*[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)*(?:\s*,?\s*(?:and|&)\s+[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)?")]
    private static partial Regex NameList();

    [GeneratedRegex(@"^(?:The|Our|All|Everyone|Team|Lab|Group|Students|Dr|Prof)\b")]
    private static partial Regex NotPeople();
}

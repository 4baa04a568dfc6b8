using System.Text.RegularExpressions;
using ResearchGraph.Domain;
using ResearchGraph.Extraction.Recognition;
using ResearchGraph.Extraction.Text;
using ResearchGraph.Reading;

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

            for (var m = Advisor().Match(s.Text); m.Success; m = m.NextMatch())
            {
                // "Tariq, co-advised by Prof. X": the student named just before; else the page's owner.
                var student = AdviseeBefore(context, s.Text[..m.Index]) ?? (context.Owner?.Kind == EntityKind.Person ? context.Owner.Id : null);
                if (student is null)
                {
                    continue;
                }

                foreach (Capture c in m.Groups["name"].Captures)
                {
                    if (OwnerFinder.LooksLikePerson(c.Value))
                    {
                        var advisor = AddPerson(context, c.Value);
                        context.Graph.Mention(advisor, s.Start + c.Index, s.Start + c.Index + c.Length);
                        if (advisor != student)
                        {
                            context.Graph.AddFact(FactType.ADVISED_BY, student, advisor, null, null, s);
                        }
                    }
                }
            }

            // "Omar Haddad joins the lab as my first PhD student": the owner advises them.
            var joins = JoinsAsMyStudent().Match(s.Text);
            if (joins.Success && context.Owner?.Kind == EntityKind.Person && OwnerFinder.LooksLikePerson(joins.Groups["name"].Value))
            {
                var student = AddPerson(context, joins.Groups["name"].Value);
                context.Graph.Mention(student, s.Start + joins.Groups["name"].Index, s.Start + joins.Groups["name"].Index + joins.Groups["name"].Length);
                context.Graph.AddFact(FactType.ADVISED_BY, student, context.Owner.Id, null, null, s);
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

    /// <summary>
    /// Students a news item names by first name: "Great work, Wei and Aiko!", "Welcome Noor and
    /// Felipe, who join ...", "Tariq is selected as ...", "Leila's paper on ...", "Congratulations, Omar!".
    /// A word counts only in one of these shapes and when it is nothing else the page or the lexicons know.
    /// </summary>
    public static void ReadStudents(ExtractionContext context, Text.Sentence s)
    {
        if (s.Block.Kind is not (BlockKind.ListItem or BlockKind.TableRow) && s.Date is null)
        {
            return;
        }

        foreach (var pattern in new[] { Cheer(), Welcome(), StudentSubject(), StudentPossessive() })
        {
            for (var m = pattern.Match(s.Text); m.Success; m = m.NextMatch())
            {
                foreach (var n in FirstNames(m.Groups["names"].Value))
                {
                    if (IsFirstName(context, n))
                    {
                        var id = AddPerson(context, n);
                        var at = s.Text.IndexOf(n, m.Groups["names"].Index, StringComparison.Ordinal);
                        if (at >= 0)
                        {
                            context.Graph.Mention(id, s.Start + at, s.Start + at + n.Length);
                        }
                    }
                }
            }
        }
    }

    /// <summary>A single capitalised word (or a full name) that is no project, organization, venue, technique or product.</summary>
    public static bool IsFirstName(ExtractionContext context, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 3 || !words.All(w => NameWord().IsMatch(w)) || NotPeople().IsMatch(name) || CommonWords.Contains(words[0]))
        {
            return false;
        }

        return context.Graph.FindProject(name) is null && !context.Recognizers.IsKnownName(name) && context.Recognizers.Artifacts.Find(name, 0, name.Length).Count == 0;
    }

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "I", "We", "He", "She", "They", "It", "This", "That", "These", "Our", "My", "His", "Her", "Their", "Its", "A", "An",
        "Congrats", "Congratulations", "Welcome", "Great", "Thanks", "Thank", "Paper", "Papers", "News", "Award", "Best",
        "New", "Everyone", "All", "Both", "Two", "Three", "PhD", "Ph.D.", "Students", "Student", "Alumni", "Prof", "Dr",
        "Today", "Yesterday", "Tomorrow", "Here", "There", "Please", "Check", "See", "Join", "Come", "Happy",
    };

    /// <summary>The person named right before ", advised by": a full name, or a first name that is nothing else.</summary>
    private static string? AdviseeBefore(ExtractionContext context, string before)
    {
        var m = NameBeforeComma().Match(before);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["name"].Value;
        if (context.IsOwnerReference(name) || !(OwnerFinder.LooksLikePerson(name) || IsFirstName(context, name)))
        {
            return null;
        }

        return AddPerson(context, name);
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

    // A word of a name: "Fiona", "MacLeod", "O'Neil", "Quintero-Hale", "Tomás"; an initial "J.".
    private const string NamePart = @"(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)?|\p{Lu}['’]\p{Lu}\p{Ll}+|\p{Lu}\.)";

    private const string PersonName = NamePart + @"(?:\s+(?:" + NamePart + @"|\((?=\p{Lu}\p{Ll}+\)\s+\p{Lu})\p{Lu}\p{Ll}+\))){1,3}";

    [GeneratedRegex(@"\b(?:Prof\.|Professor|Dr\.)\s+(?<name>" + PersonName + ")")]
    private static partial Regex Titled();

    [GeneratedRegex(@"(?:\b(?:advised|supervised|co-advised|mentored)\s+by|\bunder the (?:supervision|guidance) of|\b[Aa]dvisors?\s*:|\bmy (?:Ph\.?D\.?\s+)?advisors?,?)\s+(?:(?:Prof\.|Professor|Dr\.)\s+)?(?<name>" + PersonName + @")(?:\s*(?:,|and|&)\s*(?:(?:Prof\.|Professor|Dr\.)\s+)?(?<name>" + PersonName + "))*")]
    private static partial Regex Advisor();

    [GeneratedRegex(@"(?:^|[:\]–—]\s*|\.\s+)(?<name>\p{Lu}[\p{Ll}\-]+(?:\s+\p{Lu}[\p{Ll}\-]+){0,2})\s*(?:\([^)]*\))?\s*,\s*$")]
    private static partial Regex NameBeforeComma();

    [GeneratedRegex(@"(?:^|[:\]–—]\s*)(?<name>\p{Lu}[\p{Ll}\-]+(?:\s+\p{Lu}[\p{Ll}\-]+){1,2})\s+(?:joins|joined|has joined|will join)\s+(?:the\s+lab|the\s+group|my\s+group|us|the\s+team)\s+as\s+my\s+(?:first\s+|new\s+)?(?:Ph\.?D\.?|doctoral|graduate|master['’]?s|MS)\s+student")]
    private static partial Regex JoinsAsMyStudent();

    [GeneratedRegex(@"\b(?:Congrats|Congratulations|Great work|Well done|Kudos|Bravo|Nice work|Good job)(?:\s+to)?\s*,?\s+(?<names>[A-Z][\p{L}\-]+(?:\s*,\s*[A-Z][\p{L}\-]+)*(?:\s*,?\s*(?:and|&)\s+[A-Z][\p{L}\-]+)?)\s*(?:[!.,]|$|\s+(?:for|on|who|receiving|and\s+(?:the|all)))")]
    private static partial Regex Cheer();

    [GeneratedRegex(@"\bWelcome\s+(?:to\s+)?(?:(?:our|the)\s+)?(?:(?:new|incoming|first)\s+)*(?:(?:PhD|Ph\.D\.|MS|master['’]?s|undergraduate|visiting)\s+)?(?:students?|postdocs?|members?|interns?|researchers?)?\s*,?\s*(?<names>[A-Z][\p{L}\-]+(?:\s+[A-Z][\p{L}\-]+)?(?:\s*,\s*[A-Z][\p{L}\-]+(?:\s+[A-Z][\p{L}\-]+)?)*(?:\s*,?\s*(?:and|&)\s+[A-Z][\p{L}\-]+(?:\s+[A-Z][\p{L}\-]+)?)?)\s*(?:[!.,]|$|\s+(?:who|to|as))")]
    private static partial Regex Welcome();

    [GeneratedRegex(@"(?:^|[:\]–—]\s*)(?<names>[A-Z][\p{Ll}\-]+(?:\s*,\s*[A-Z][\p{Ll}\-]+)*(?:\s*,?\s*(?:and|&)\s+[A-Z][\p{Ll}\-]+)?)\s*,?\s+(?:(?:is|was|were|are|has been|have been)\s+(?:selected|named|awarded|accepted)|won|wins|received|receives|passed|defended|presented|presents|joins|joined|visited|gave|graduated|interned|starts|started)\b")]
    private static partial Regex StudentSubject();

    [GeneratedRegex(@"(?:^|[:\]–—]\s*)(?<names>[A-Z][\p{Ll}\-]+)['’]s\s+(?:(?:first|new|latest|recent|internship|workshop|thesis|\w+)\s+)?(?:paper|thesis|talk|poster|work|demo|defense|defence|proposal)\b")]
    private static partial Regex StudentPossessive();

    [GeneratedRegex(@"^[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}]?[\p{Ll}]+)?$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\b(?:Congrats|Congratulations)(?:\s+to)?\s+(?<names>[A-Z].+)$")]
    private static partial Regex Congrats();

    [GeneratedRegex(@"^[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?(?:\s*,\s*[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)*(?:\s*,?\s*(?:and|&)\s+[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)?")]
    private static partial Regex NameList();

    [GeneratedRegex(@"^(?:The|Our|All|Everyone|Team|Lab|Group|Students|Dr|Prof)\b")]
    private static partial Regex NotPeople();
}

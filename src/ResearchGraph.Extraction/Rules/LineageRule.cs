using System.Text.RegularExpressions;
using ResearchGraph.Domain;
using ResearchGraph.Extraction.Text;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// PRECEDES: a lineage the text states — arrows ("A [ICLR’19] => B [ECCV’18] => C"), "B builds on
/// A", "B extends A", "B is a follow-up to A", "B is the second version of A" — and V2 naming
/// (MCUNet → MCUNetV2) when both are projects of the page.
/// </summary>
internal sealed partial class LineageRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var s in context.Sentences)
        {
            ReadArrows(context, s);
            ReadPhrases(context, s);
        }

        ReadVersionNames(context);
    }

    private static void ReadArrows(ExtractionContext context, Sentence s)
    {
        if (!Arrow().IsMatch(s.Text))
        {
            return;
        }

        var parts = Arrow().Split(s.Text);
        string? previous = null;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = Brackets().Replace(parts[i], " ").Trim();
            var m = i == 0 ? LastName().Match(part) : FirstName().Match(part);
            string? current = null;
            if (m.Success && Names.IsCapitalisedPhrase(m.Groups[1].Value))
            {
                var name = m.Groups[1].Value.Trim();
                current = context.Graph.FindProject(name) ?? context.Graph.AddProject(name);
            }

            if (previous is not null && current is not null)
            {
                context.Graph.AddFact(FactType.PRECEDES, previous, current, null, null, s);
            }

            previous = current;
        }
    }

    /// <summary>"Project: Driftless; ...; Lineage: builds on Beacon": the row's project follows the one its lineage cell names.</summary>
    private static bool ReadRow(ExtractionContext context, Sentence s)
    {
        if (LabelledRow.Of(s) is not { } row || row.Get(LineageLabel()) is not { } lineage)
        {
            return false;
        }

        if (row.Get(ProjectLabel()) is { } project)
        {
            var m = LineageCell().Match(lineage.Value);
            if (m.Success)
            {
                // The cell under "Project" names a project, whatever its shape.
                var later = Project(context, project.Value, last: false) ?? PlainProject(context, project.Value, last: false);
                var earlier = Project(context, m.Groups["earlier"].Value, last: false) ?? PlainProject(context, m.Groups["earlier"].Value, last: false);
                Link(context, s, earlier, later);
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:lineage|predecessors?|builds on|based on|follows|history)$", RegexOptions.IgnoreCase)]
    private static partial Regex LineageLabel();

    [GeneratedRegex(@"^(?:project|system|name|tool|model)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProjectLabel();

    [GeneratedRegex(@"^(?:(?:builds? (?:up)?on|extends|follow-up (?:of|to|on)|successor (?:of|to)|second version of|improves (?:up)?on|based on|after)\s+)?(?<earlier>[A-Za-z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex LineageCell();

    private static void ReadPhrases(ExtractionContext context, Sentence s)
    {
        if (ReadRow(context, s))
        {
            return;
        }

        var m = FollowUp().Match(s.Text);
        if (m.Success)
        {
            LinkNames(context, s, m.Groups["earlier"].Value, false, m.Groups["later"].Value, true);
        }

        // "Nettle, a follow-up to Sundew, ...", "Spindle, a compiler that builds on Lattice-2, ...".
        for (var a = Appositive().Match(s.Text); a.Success; a = a.NextMatch())
        {
            LinkNames(context, s, a.Groups["earlier"].Value, false, a.Groups["later"].Value, false);
        }

        // "Lattice ... . Its successor, Lattice-2, ...": the successor of the project the text spoke of last.
        var its = ItsSuccessor().Match(s.Text);
        if (its.Success && PreviousProject(context, s.Start + its.Index) is { } previous)
        {
            Link(context, s, previous, Project(context, its.Groups["later"].Value, last: false) ?? PlainProject(context, its.Groups["later"].Value, last: false));
        }
    }

    /// <summary>
    /// Links two names the sentence sets in a lineage. Each is a known or coined project; when one
    /// is, the lineage words themselves make a plain capitalised name ("Sundew") a project too.
    /// </summary>
    private static void LinkNames(ExtractionContext context, Sentence s, string earlierWords, bool earlierLast, string laterWords, bool laterLast)
    {
        var earlier = Project(context, earlierWords, earlierLast);
        var later = Project(context, laterWords, laterLast);
        if (earlier is null && later is not null)
        {
            earlier = PlainProject(context, earlierWords, earlierLast);
        }
        else if (later is null && earlier is not null)
        {
            later = PlainProject(context, laterWords, laterLast);
        }

        Link(context, s, earlier, later);
    }

    /// <summary>A single capitalised word ("Sundew") as a project, when it is nothing else the reader knows.</summary>
    private static string? PlainProject(ExtractionContext context, string words, bool last)
    {
        var m = last ? LastName().Match(words.Trim()) : FirstName().Match(words.Trim());
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups[1].Value.Trim();
        if (name.Contains(' ', StringComparison.Ordinal) || name.Length < 3 || !TitleParser.IsPlausibleName(name) || IsPersonName(context, name)
            || context.Recognizers.IsKnownName(name))
        {
            return null;
        }

        return context.Graph.AddProject(name);
    }

    private static bool IsPersonName(ExtractionContext context, string name) =>
        context.IsOwnerReference(name) || context.Graph.Entities.Any(e => e.Kinds.Contains(EntityKind.Person) && e.Name.Split(' ').Contains(name));

    private static void Link(ExtractionContext context, Sentence s, string? earlier, string? later)
    {
        if (earlier is not null && later is not null && earlier != later)
        {
            context.Graph.AddFact(FactType.PRECEDES, earlier, later, null, null, s);
        }
    }

    /// <summary>The project these words name: one the page already knows, or a coined name that is nothing else the reader knows.</summary>
    private static string? Project(ExtractionContext context, string words, bool last)
    {
        var m = last ? LastName().Match(words.Trim()) : FirstName().Match(words.Trim());
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups[1].Value.Trim();
        if (context.Graph.FindProject(name) is { } known)
        {
            return known;
        }

        if (!name.Split(' ').All(Names.IsCoined) || !TitleParser.IsPlausibleName(name) || context.Recognizers.IsKnownName(name))
        {
            return null;
        }

        return context.Graph.AddProject(name);
    }

    private static string? PreviousProject(ExtractionContext context, int before) =>
        context.Graph.Mentions
            .Where(mn => mn.End <= before && before - mn.End < 600 && context.Graph.Entities.Any(e => e.Id == mn.Id && e.Kinds.Contains(EntityKind.Project)))
            .OrderByDescending(mn => mn.End)
            .Select(mn => mn.Id)
            .FirstOrDefault();

    private static void ReadVersionNames(ExtractionContext context)
    {
        var projects = context.Graph.Entities.Where(e => e.Kinds.Contains(EntityKind.Project)).ToList();
        foreach (var later in projects)
        {
            var vm = VersionName().Match(later.Name);
            if (!vm.Success || !int.TryParse(vm.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                continue;
            }

            var baseName = vm.Groups[1].Value;
            var earlierName = version == 2 ? baseName : baseName + "V" + (version - 1);
            var earlier = context.Graph.FindProject(earlierName);
            if (earlier is null)
            {
                continue;
            }

            // Evidence: the first sentence that names the later version.
            var evidence = context.Sentences.FirstOrDefault(s => context.Graph.Mentions.Any(mn => mn.Id == later.Id && mn.Start >= s.Start && mn.End <= s.End));
            if (evidence is not null)
            {
                context.Graph.AddFact(FactType.PRECEDES, earlier, later.Id, null, null, evidence);
            }
        }
    }

    [GeneratedRegex(@"\s*(?:=>|⇒|→|->|⟶)\s*")]
    private static partial Regex Arrow();

    [GeneratedRegex(@"\[[^\]]*\]|\([^)]*\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"((?:[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*){0,3})\s*[,.;:]?\s*$")]
    private static partial Regex LastName();

    [GeneratedRegex(@"^\s*((?:[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*){0,3})")]
    private static partial Regex FirstName();

    [GeneratedRegex(@"(?<later>(?<![\w\-])[A-Za-z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}),\s+(?:an?|the|its|our|their)\s+(?:[\w\-]+\s+){0,4}?(?:(?:follow-up|successor|second version|next version|extension|sequel|descendant)\s+(?:to|of|on)|(?:that|which)\s+(?:builds (?:up)?on|extends|improves (?:up)?on))\s+(?:the\s+)?(?<earlier>[A-Za-z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})")]
    private static partial Regex Appositive();

    [GeneratedRegex(@"\b(?:Its|Their|His|Her|Our)\s+(?:direct\s+)?(?:successor|follow-up|sequel|second version|next version)\s*,\s+(?<later>[A-Za-z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})")]
    private static partial Regex ItsSuccessor();

    [GeneratedRegex(@"^(?<later>.+?)\s+(?:builds? (?:up)?on|built (?:up)?on|extends|is an extension of|is a follow-up (?:to|of|on)|follows up (?:on)?|is the successor (?:to|of)|is the second version of|is the next version of|is the successor (?:to|of)|succeeds|improves (?:up)?on)\s+(?:the\s+)?(?<earlier>.+)$")]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"^(.+?)V(\d)$")]
    private static partial Regex VersionName();
}

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

    private static void ReadPhrases(ExtractionContext context, Sentence s)
    {
        var m = FollowUp().Match(s.Text);
        if (!m.Success)
        {
            return;
        }

        var later = Project(context, m.Groups["later"].Value, last: true);
        var earlier = Project(context, m.Groups["earlier"].Value, last: false);
        if (later is not null && earlier is not null)
        {
            context.Graph.AddFact(FactType.PRECEDES, earlier, later, null, null, s);
        }
    }

    private static string? Project(ExtractionContext context, string words, bool last)
    {
        var m = last ? LastName().Match(words.Trim()) : FirstName().Match(words.Trim());
        return m.Success ? context.Graph.FindProject(m.Groups[1].Value) : null;
    }

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

    [GeneratedRegex(@"^(?<later>.+?)\s+(?:builds? (?:up)?on|built (?:up)?on|extends|is an extension of|is a follow-up (?:to|of|on)|follows up (?:on)?|is the successor (?:to|of)|is the second version of|is the next version of|improves (?:up)?on)\s+(?<earlier>.+)$")]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"^(.+?)V(\d)$")]
    private static partial Regex VersionName();
}

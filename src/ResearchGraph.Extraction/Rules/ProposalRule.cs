using System.Text.RegularExpressions;
using ResearchGraph.Extraction.Text;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// Projects introduced in prose: "We propose Delayed Gradient Averaging (DGA)", "We introduce
/// TorchSparse", "We open-source TorchQuantum", "He proposed “deep compression” technique".
/// </summary>
internal sealed partial class ProposalRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var s in context.Sentences)
        {
            for (var m = Proposal().Match(s.Text); m.Success; m = m.NextMatch())
            {
                var lead = s.Text[..m.Index];
                if (lead.Trim().Length > 0 && !context.IsOwnerReference(lead.Trim().Split(' ')[^1]) && !context.IsOwnerReference(lead))
                {
                    continue;
                }

                var name = m.Groups["name"].Value.Trim();
                var quoted = m.Groups["quoted"].Success;
                if (!quoted && !(Names.IsCoined(name.Split(' ')[0]) || m.Groups["acr"].Success || name.Split(' ').Any(Names.IsCoined)))
                {
                    continue;
                }

                if (!TitleParser.IsPlausibleName(name) || context.Recognizers.Techniques.Lookup(name) is not null || context.Recognizers.Orgs.Lookup(name) is not null)
                {
                    continue;
                }

                var aliases = m.Groups["acr"].Success ? new[] { m.Groups["acr"].Value } : [];
                var id = context.Graph.AddProject(quoted ? Names.TitleCaseAward(name) : name, aliases);
                context.Graph.Mention(id, s.Start + m.Groups["name"].Index, s.Start + m.Groups["name"].Index + m.Groups["name"].Length);
            }
        }
    }

    [GeneratedRegex(@"\b(?:propose[sd]?|present(?:s|ed)?|introduce[sd]?|develop(?:s|ed)?|design(?:s|ed)?|build|built|open[- ]sourced?|release[sd]?|implementation)\s+(?:the\s+(?:hardware\s+implementation\s+)?)?(?:(?:[“""](?<quoted>)(?<name>[^”""]{3,60})[”""])|(?<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})(?:\s+\((?<acr>[A-Z][\w\-]{1,12})\))?)")]
    private static partial Regex Proposal();
}

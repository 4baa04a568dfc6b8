using System.Text.RegularExpressions;
using ResearchGraph.Domain;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// USES: a sentence whose subject is one of the page's projects says it applies a technique
/// ("AMC uses reinforcement learning to ...", "HAQ leverages reinforcement learning").
/// </summary>
internal sealed partial class UsesRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        for (var i = 0; i < context.Sentences.Count; i++)
        {
            var s = context.Sentences[i];
            var m = Uses().Match(s.Text);
            if (!m.Success)
            {
                continue;
            }

            var project = context.Graph.FindProject(m.Groups["subject"].Value);
            if (project is null)
            {
                continue;
            }

            var verbEnd = s.Start + m.Index + m.Length;
            foreach (var t in context.Mentions[i].Techniques.Where(t => t.Start >= verbEnd && t.Start - verbEnd <= 40).Take(2))
            {
                context.Graph.AddFact(FactType.USES, project, context.Graph.AddLexicon(t.Technique), null, null, s);
            }
        }
    }

    [GeneratedRegex(@"^(?<subject>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})\s+(?:uses|leverages|applies|employs|adopts|exploits|relies on|is based on|combines)\s")]
    private static partial Regex Uses();
}

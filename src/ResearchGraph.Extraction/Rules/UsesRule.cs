using System.Text.RegularExpressions;
using ResearchGraph.Domain;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// USES: a sentence whose subject is one of the page's projects says it applies a technique
/// ("AMC uses reinforcement learning to ...", "We show X can enable W8A8 quantization"), or
/// an appositive describes it by one ("We propose X, a post-training quantization solution").
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
                ReadAppositive(context, s, context.Mentions[i]);
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

    /// <summary>"We propose X, a training-free post-training quantization (PTQ) solution": the method family in the description.</summary>
    private static void ReadAppositive(ExtractionContext context, Text.Sentence s, SentenceMentions mentions)
    {
        var m = Appositive().Match(s.Text);
        if (!m.Success || context.Graph.FindProject(m.Groups["subject"].Value) is not { } project)
        {
            return;
        }

        var from = s.Start + m.Groups["description"].Index;
        var to = from + m.Groups["description"].Length;
        foreach (var t in mentions.Techniques.Where(t => t.Start >= from && t.End <= to).Take(2))
        {
            context.Graph.AddFact(FactType.USES, project, context.Graph.AddLexicon(t.Technique), null, null, s);
        }
    }

    [GeneratedRegex(@"^(?:.{0,20}?\b(?:We|I)\s+(?:show|demonstrate|find|found|showed|demonstrated)\s+(?:that\s+)?)?(?<subject>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})\s+(?:uses|leverages|applies|employs|adopts|exploits|relies on|is based on|combines|(?:can\s+)?(?:enable|enables|perform|performs|apply))\s")]
    private static partial Regex Uses();

    [GeneratedRegex(@"\b(?:propose|proposed|present|presented|introduce|introduced|develop|developed|build|built)\s+(?<subject>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2}),\s+(?<description>an?\s+[^.;]{0,160}?\b(?:solution|method|technique|approach|framework|algorithm|scheme|system))\b")]
    private static partial Regex Appositive();
}

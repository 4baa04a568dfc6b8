using System.Text.RegularExpressions;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// Projects a page names without introducing them: well-known models and libraries from the
/// curated list ("OPT-175B, BLOOM-176B", "Llama-2-7B"), each a mention of its family.
/// </summary>
internal sealed partial class ArtifactRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var s in context.Sentences)
        {
            foreach (var (start, end, artifact, sized) in context.Recognizers.Artifacts.Find(context.Text, s.Start, s.End))
            {
                if (context.IsClaimed(start, end) || Comparison().IsMatch(context.Text[Math.Max(s.Start, start - 40)..start]))
                {
                    continue;
                }

                var aliases = sized is null ? artifact.Aliases : [.. artifact.Aliases, sized];
                var id = context.Graph.AddProject(artifact.Name, aliases);
                context.Graph.Mention(id, start, end);
            }

            // Products the page names in passing ("wrapped as PyTorch modules", "CUTLASS kernels").
            foreach (var (start, end, product) in context.Recognizers.Products.Find(context.Text, s.Start, s.End))
            {
                if (!context.IsClaimed(start, end))
                {
                    context.Graph.Mention(context.Graph.AddLexicon(product), start, end);
                }
            }
        }
    }

    // "faster than X", "over X", "compared with X", "outperforms X": a baseline, not the page's subject.
    [GeneratedRegex(@"\b(?:than|over|against|versus|vs\.?|compared (?:to|with)|outperform(?:s|ing|ed)?|beats?|surpass(?:es)?|baselines?(?:\s+such\s+as)?)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();
}

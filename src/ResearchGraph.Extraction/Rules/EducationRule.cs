using System.Text.RegularExpressions;
using ResearchGraph.Domain;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// EDUCATED_AT: "received his PhD degree from Stanford University", "Ph.D. Stanford University",
/// "B.Eng. in EE from Harbin Institute of Technology in 2018", "a Ph.D. student at Georgia Tech",
/// and front-matter education lines ("education: PhD in CS, UCLA, 2019").
/// </summary>
internal sealed partial class EducationRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.Owner?.Kind != EntityKind.Person)
        {
            return;
        }

        foreach (var s in context.Sentences)
        {
            for (var m = Degree().Match(s.Text); m.Success; m = m.NextMatch())
            {
                var after = s.Text[(m.Index + m.Length)..];
                var institution = InstitutionNames.Read(context, after, s.Start + m.Index + m.Length);
                if (institution is null)
                {
                    continue;
                }

                var lead = s.Text[..m.Index];
                if (!(lead.Trim().Length == 0 || lead.TrimStart().StartsWith("education:", StringComparison.OrdinalIgnoreCase) || context.IsOwnerReference(lead) || OwnerVerb().IsMatch(lead)))
                {
                    continue;
                }

                var rest = after[institution.Value.Length..];
                var year = YearAfter().Match(rest);
                if (!year.Success && lead.TrimStart().StartsWith("education:", StringComparison.OrdinalIgnoreCase))
                {
                    // "education: BSc in EE, Southeast University, Honors College, 2012": the line's year.
                    year = LineYear().Match(rest);
                }

                var degree = Normalise(m.Groups["degree"].Value);
                context.Graph.AddFact(
                    FactType.EDUCATED_AT,
                    context.Owner.Id,
                    institution.Value.Id,
                    year.Success ? int.Parse(year.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
                    null,
                    s,
                    new Dictionary<string, string> { ["degree"] = degree });
            }
        }
    }

    private static string Normalise(string degree)
    {
        var d = degree.Replace(" ", "", StringComparison.Ordinal);
        return d.ToUpperInvariant().Replace(".", "", StringComparison.Ordinal) switch
        {
            "PHD" => "PhD",
            "MS" or "MSC" => "M.S.",
            "BS" or "BSC" => "B.S.",
            "BENG" or "BE" => "B.Eng.",
            "MENG" => "M.Eng.",
            "BA" => "B.A.",
            "MA" => "M.A.",
            _ => degree,
        };
    }

    [GeneratedRegex(@"(?<![\w.])(?<degree>Ph\.\s?D\.?|PhD|Doctorate|M\.\s?S\.?|MSc|M\.Sc\.|MS|B\.\s?S\.?|BSc|B\.Sc\.|BS|B\.\s?Eng\.?|BEng|M\.\s?Eng\.?|MEng|B\.\s?E\.|B\.\s?A\.|M\.\s?A\.|Bachelor['’]?s?|Master['’]?s?)(?:\s+degrees?)?(?:\s+(?:in|of)\s+(?:[A-Z][\w&]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&]*){0,4}))?(?:\s+(?:student|candidate)\s+(?:at|in)|\s*,?\s*(?:from|at)|\s*[,.]?)\s+")]
    private static partial Regex Degree();

    [GeneratedRegex(@"\b(?:received|obtained|earned|got|completed|holds?|did|obtain|receive|finished|am|is|was|a|an)\s*(?:his|her|my|their|a|an|the)?\s*(?:[\w\-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerVerb();

    [GeneratedRegex(@",\s*((?:19|20)\d\d)\s*$")]
    private static partial Regex LineYear();

    [GeneratedRegex(@"^[\s,]*(?:in\s+)?((?:19|20)\d\d)\b")]
    private static partial Regex YearAfter();
}

using System.Text.RegularExpressions;
using ResearchGraph.Domain;
using ResearchGraph.Extraction.Recognition;
using ResearchGraph.Extraction.Text;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// ADOPTED: "X is integrated by Intel OpenVINO Toolkit", "X is integrated into Microsoft's ONNX
/// Runtime", "industry integration: @AWS@Facebook", "our research has landed in many industry
/// products: Intel OpenVino, Apple Neural Engine, ...", "our work on T (...) was integrated in A, B".
/// The product after a company is the via; the year is the news item's when the sentence itself
/// reports the adoption.
/// </summary>
internal sealed partial class AdoptionRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        for (var i = 0; i < context.Sentences.Count; i++)
        {
            var s = context.Sentences[i];
            var mentions = context.Mentions[i];
            if (mentions.Orgs.Count == 0)
            {
                continue;
            }

            if (IndustryIntegration().Match(s.Text) is { Success: true } ii)
            {
                var target = context.PrimaryProject(s);
                var from = s.Start + ii.Index;
                if (target is not null)
                {
                    foreach (var org in mentions.Orgs.Where(o => o.Start >= from && o.Org.Kinds.Contains(EntityKind.Company)))
                    {
                        context.Graph.AddFact(FactType.ADOPTED, context.AddOrg(org.Org, org.Start, org.End), target, null, null, s);
                    }
                }
            }

            ReadAdopterSubject(context, s, mentions);
            var m = Adoption().Match(s.Text);
            if (!m.Success)
            {
                m = Powers().Match(s.Text);
                if (!m.Success)
                {
                    continue;
                }
            }

            var objectStart = s.Start + m.Index + m.Length;
            var subject = s.Text[..m.Index];
            var adopted = Subject(context, s, mentions, subject);
            if (adopted is null)
            {
                continue;
            }

            var year = YearOf(s);
            foreach (var (org, via) in Adopters(context, s, mentions, objectStart))
            {
                context.Graph.AddFact(FactType.ADOPTED, org, adopted, year, via, s);
            }
        }
    }

    /// <summary>The news item's year when the sentence reports the adoption, else a year the sentence states ("in 2023").</summary>
    private static int? YearOf(Sentence s)
    {
        if (s.Date is not null)
        {
            return s.Year;
        }

        var y = InYear().Match(s.Text);
        return y.Success ? int.Parse(y.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// "Arm has adopted the tagging scheme of Bastion in its CCA", "Sony Semiconductor Solutions
    /// adopted Petrel in ... its IMX500": the company is the subject, the project in the object.
    /// </summary>
    private static void ReadAdopterSubject(ExtractionContext context, Sentence s, SentenceMentions mentions)
    {
        var m = AdopterFirst().Match(s.Text);
        if (!m.Success)
        {
            return;
        }

        var subjectEnd = s.Start + m.Groups["subject"].Index + m.Groups["subject"].Length;
        var org = mentions.Orgs.FirstOrDefault(o => o.End <= subjectEnd && o.Start >= s.Start + m.Groups["subject"].Index && o.Org.Kinds.Contains(EntityKind.Company));
        if (org is null)
        {
            return;
        }

        string? project = null;
        foreach (Match word in CapitalisedWord().Matches(m.Groups["object"].Value))
        {
            project = context.Graph.FindProject(word.Value);
            if (project is not null)
            {
                break;
            }
        }

        project ??= ExtractionContext.IsPronounSubject(m.Groups["object"].Value.Trim()) ? context.PrimaryProject(s) : null;
        if (project is null)
        {
            return;
        }

        var objectEnd = s.Start + m.Groups["object"].Index + m.Groups["object"].Length;
        var product = context.Recognizers.Products.Find(context.Text, objectEnd, s.End).FirstOrDefault();
        var via = product.Value is null ? null : context.Graph.AddLexicon(product.Value);
        context.Graph.AddFact(FactType.ADOPTED, context.AddOrg(org.Org, org.Start, org.End), project, YearOf(s), via, s);
    }

    private static string? Subject(ExtractionContext context, Sentence s, SentenceMentions mentions, string subject)
    {
        var words = subject.Trim();
        var technique = mentions.Techniques.FirstOrDefault(t => t.End <= s.Start + subject.Length);
        if (WorkOn().IsMatch(words) && technique.Technique is not null)
        {
            return context.Graph.AddLexicon(technique.Technique);
        }

        if (context.IsOwnerReference(words) || OurResearch().IsMatch(words))
        {
            return context.Owner?.Id;
        }

        if (words.Length == 0 || ExtractionContext.IsPronounSubject(words))
        {
            return context.PrimaryProject(s);
        }

        var titles = TitleParser.ParseSubject(words);
        if (titles.Count == 0)
        {
            return null;
        }

        var name = titles[0].Name;
        return context.Graph.FindProject(name) ?? (Names.WordCount(name) <= 12 ? context.Graph.AddProject(name, titles[0].Aliases) : null);
    }

    private static IEnumerable<(string Org, string? Via)> Adopters(ExtractionContext context, Sentence s, SentenceMentions mentions, int objectStart)
    {
        var orgs = mentions.Orgs.Where(o => o.Start >= objectStart - 1 && o.Org.Kinds.Contains(EntityKind.Company)).ToList();
        for (var k = 0; k < orgs.Count; k++)
        {
            var org = orgs[k];
            var orgId = context.AddOrg(org.Org, org.Start, org.End);
            var limit = k + 1 < orgs.Count ? orgs[k + 1].Start : s.End;
            var via = Product(context, org, context.Text[org.End..limit]);
            yield return (orgId, via);
        }
    }

    /// <summary>The product named right after a company: "Intel OpenVINO Toolkit", "Microsoft's ONNX Runtime".</summary>
    private static string? Product(ExtractionContext context, OrgMention org, string after)
    {
        var m = ProductAfter().Match(after);
        if (!m.Success)
        {
            return null;
        }

        var surface = TrailingSmallWords().Replace(m.Groups[1].Value, "").Trim();
        if (surface.Length == 0)
        {
            return null;
        }

        var full = context.Text[org.Start..(org.End + m.Groups[1].Index + surface.Length)];
        var known = context.Recognizers.Products.Lookup(surface) ?? context.Recognizers.Products.Lookup(full);
        var productId = known is not null
            ? context.Graph.AddLexicon(known)
            : context.Graph.Add(EntityKind.Product, surface, [full]);
        context.Graph.AddAlias(productId, full);
        var start = org.End + m.Groups[1].Index;
        context.Graph.Mention(productId, start, start + surface.Length);
        context.Claimed.Add((org.Start, start + surface.Length));
        return productId;
    }

    [GeneratedRegex(@"(?:\s+(?:of|for|and))+$")]
    private static partial Regex TrailingSmallWords();

    [GeneratedRegex(@"\s*(?:(?:is|are|was|were|has been|have been|got|gets|been|being|now|also|officially)\s+)*(?:integrated|adopted|deployed|used|shipped|landed|included|incorporated|influenced and landed|influenced)\s+(?:in(?:to)?|by|on|at|within)\s+(?:many\s+)?(?:industry\s+products\s*:\s*|products\s*:\s*)?")]
    private static partial Regex Adoption();

    [GeneratedRegex(@"\s+(?:now\s+)?(?:powers|is powering|is shipping in|ships in|runs in production (?:at|in))\s+")]
    private static partial Regex Powers();

    [GeneratedRegex(@"^(?:.{0,24}?[:\]–—]\s*)?(?<subject>[A-Z][\w&\.\-]*(?:\s+[A-Z][\w&\.\-]*){0,3})\s+(?:has\s+|have\s+|had\s+)?(?:recently\s+|now\s+|also\s+)?(?:adopted|integrated|deployed|licensed|productized|productised)\s+(?<object>(?!in\b|into\b|by\b)[^.;]{1,80}?)(?=\s+(?:in|into|as|for|across)\s|[.;]|$)")]
    private static partial Regex AdopterFirst();

    [GeneratedRegex(@"[A-Za-z][\w\-]*[A-Z0-9][\w\-]*|[A-Z][\w\-]+")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\bin\s+((?:19|20)\d\d)\b")]
    private static partial Regex InYear();

    [GeneratedRegex(@"industry\s+(?:integration|adoption|impact)s?\s*[:@]", RegexOptions.IgnoreCase)]
    private static partial Regex IndustryIntegration();

    [GeneratedRegex(@"\bwork\s+on\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkOn();

    [GeneratedRegex(@"(?:^|\b)(?:our|my|his|her|their)\s+(?:research|work|team['’]s work|lab['’]s work)\b|\bour research\b", RegexOptions.IgnoreCase)]
    private static partial Regex OurResearch();


    // After the company: optional 's, then capitalised words (with digits, hyphens, slashes) up to punctuation or "and".
    [GeneratedRegex(@"^(?:['’]s)?\s+((?:[A-Z0-9][\w\-/]*|\((?:[A-Z][\w\-]*)\))(?:\s+(?:[A-Z0-9][\w\-/]*|\([A-Z][\w\-]*\)|and\s+[A-Z][\w\-]*|of|for))*)")]
    private static partial Regex ProductAfter();
}

using System.Text.RegularExpressions;
using ResearchGraph.Domain;
using ResearchGraph.Extraction.Recognition;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// PUBLISHED_AT: "X is accepted by NeurIPS’22", "X is presented at HPCA 2022", "X to appear at
/// ACL’2020", and headers such as "MCUNet [NeurIPS’20 spotlight][NeurIPS’21]".
/// </summary>
internal sealed partial class PublicationRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        for (var i = 0; i < context.Sentences.Count; i++)
        {
            var s = context.Sentences[i];
            var mentions = context.Mentions[i];
            if (mentions.Venues.Count == 0)
            {
                continue;
            }

            ReadBracketed(context, s, mentions);
            ReadAcceptance(context, s, mentions);
            ReadCitation(context, s, mentions);
        }
    }

    private static void ReadAcceptance(ExtractionContext context, Text.Sentence s, SentenceMentions mentions)
    {
        var m = Acceptance().Match(s.Text);
        if (!m.Success)
        {
            return;
        }

        var verbEnd = s.Start + m.Index + m.Length;
        var venue = mentions.Venues.FirstOrDefault(v => v.Start >= verbEnd - 1 && v.Start - verbEnd < 90);
        if (venue is null)
        {
            return;
        }

        var subject = s.Text[..m.Index];
        var clause = SubjectClause().Match(subject);
        if (clause.Success)
        {
            // "KestrelV2 extends Kestrel with ... and is presented at": the subject is the name before the verb.
            subject = clause.Groups[1].Value;
        }

        var projects = new List<string>();
        if (subject.Trim().Length == 0 || ExtractionContext.IsPronounSubject(subject))
        {
            if (context.PrimaryProject(s) is { } primary)
            {
                projects.Add(primary);
            }
        }
        else
        {
            foreach (var title in TitleParser.ParseSubject(subject))
            {
                if (context.Recognizers.Techniques.Lookup(title.Name) is not null || context.IsOwnerReference(title.Name))
                {
                    continue;
                }

                var id = context.Graph.AddProject(title.Name, title.Aliases);
                context.Graph.Mention(id, s.Start, s.Start + m.Index);
                context.Claimed.Add((s.Start, s.Start + m.Index));
                projects.Add(id);
            }
        }

        var venueId = context.Graph.AddLexicon(venue.Venue);
        foreach (var project in projects)
        {
            context.SetPrimaryProject(s, project);
            context.Graph.AddFact(FactType.PUBLISHED_AT, project, venueId, venue.Year ?? s.Year, null, s);
        }
    }

    /// <summary>
    /// A reference entry: authors, a quoted title, then the venue with its year ("Starling: Fast
    /// Training on One GPU." In Proceedings of MLSys'23.). The title names the project.
    /// </summary>
    private static void ReadCitation(ExtractionContext context, Text.Sentence s, SentenceMentions mentions)
    {
        var m = QuotedTitle().Match(s.Text);
        if (!m.Success || Spoken().IsMatch(s.Text[..m.Index]) || Spoken().IsMatch(s.Text[(m.Index + m.Length)..Math.Min(s.Text.Length, m.Index + m.Length + 24)]))
        {
            // "Song presented “X” at ISSCC’19", "“X”, keynote, GRADES workshop": a talk, not a paper.
            return;
        }

        var titleEnd = s.Start + m.Index + m.Length;
        var venue = mentions.Venues.FirstOrDefault(v => v.Start >= titleEnd && v.Start - titleEnd < 80 && v.Year is not null);
        var title = TitleParser.Parse(m.Groups["title"].Value);
        if (venue is null || title is null || context.Recognizers.Techniques.Lookup(title.Name) is not null)
        {
            return;
        }

        var start = s.Start + m.Groups["title"].Index;
        var id = context.Graph.AddProject(title.Name, title.Aliases);
        context.Graph.Mention(id, start, start + m.Groups["title"].Length);
        context.Claimed.Add((start, start + m.Groups["title"].Length));
        context.SetPrimaryProject(s, id);
        context.Graph.AddFact(FactType.PUBLISHED_AT, id, context.Graph.AddLexicon(venue.Venue), venue.Year, null, s);
    }

    private static void ReadBracketed(ExtractionContext context, Text.Sentence s, SentenceMentions mentions)
    {
        for (var m = Bracketed().Match(s.Text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"].Value;
            var bracketsStart = s.Start + m.Groups["brackets"].Index;
            var bracketsEnd = bracketsStart + m.Groups["brackets"].Length;
            var venues = mentions.Venues.Where(v => v.Start >= bracketsStart && v.End <= bracketsEnd && v.Year is not null).ToList();
            if (venues.Count == 0 || context.Recognizers.Techniques.Lookup(name) is not null || context.Recognizers.Orgs.Lookup(name) is not null)
            {
                continue;
            }

            var id = context.Graph.AddProject(name);
            context.Graph.Mention(id, s.Start + m.Index, bracketsStart);
            context.SetPrimaryProject(s, id);
            foreach (var v in venues)
            {
                context.Graph.AddFact(FactType.PUBLISHED_AT, id, context.Graph.AddLexicon(v.Venue), v.Year, null, s);
            }
        }
    }

    [GeneratedRegex(@"\s+(?:(?:is|are|was|were|has been|have been|had been|got|gets|will be|been|being|just)\s+)*(?:(?:conditionally|officially|also|now|finally|formally)\s+)?(?:accepted|accpted|acepted|presented|published|appeared|appears|appearing|to appear|will appear)(?:\s+as\s+(?:an?\s+)?[\w\-]+(?:\s[\w\-]+)?(?:\s+paper|\s+presentation|\s+talk)?)?\s+(?:by|to|at|in|on|for)\b")]
    private static partial Regex Acceptance();

    [GeneratedRegex(@"[“""](?<title>[A-Z][^“”""]{4,220}?)[.,]?[”""]")]
    private static partial Regex QuotedTitle();

    [GeneratedRegex(@"\b(?:presented|presents|gave|gives|give|delivered|talks?|keynotes?|tutorials?|forums?|panels?|seminars?|spoke|invited|lecture)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Spoken();

    [GeneratedRegex(@"^([A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,3})\s+(?:extends|builds (?:up)?on|improves (?:up)?on|uses|applies|leverages|combines|achieves|outperforms)\b")]
    private static partial Regex SubjectClause();


    [GeneratedRegex(@"(?<name>(?<![\w\-])[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s*(?<brackets>(?:\[[^\]\[]{2,40}\])+)")]
    private static partial Regex Bracketed();
}

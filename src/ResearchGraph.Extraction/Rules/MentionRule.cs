using ResearchGraph.Domain;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// Registers every venue, organization and technique named anywhere in the text (outside award
/// names and product names, which speak of something else), and marks later mentions of the
/// page's projects, so each news item knows the entities it mentions.
/// </summary>
internal sealed class MentionRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        for (var i = 0; i < context.Sentences.Count; i++)
        {
            var mentions = context.Mentions[i];
            foreach (var v in mentions.Venues)
            {
                context.Graph.Mention(context.Graph.AddLexicon(v.Venue), v.Start, v.End);
            }

            foreach (var o in mentions.Orgs)
            {
                if (!context.IsClaimed(o.Start, o.End))
                {
                    context.AddOrg(o.Org, o.Start, o.End);
                }
            }

            foreach (var t in mentions.Techniques)
            {
                context.Graph.Mention(context.Graph.AddLexicon(t.Technique), t.Start, t.End);
            }
        }

        MarkProjectMentions(context);
    }

    private static void MarkProjectMentions(ExtractionContext context)
    {
        var surfaces = context.Graph.Entities
            .Where(e => e.Kinds.Contains(EntityKind.Project))
            .SelectMany(e => e.Aliases.Append(e.Name).Where(n => n.Length >= 3).Select(n => (n, e)))
            .ToList();
        if (surfaces.Count == 0)
        {
            return;
        }

        var gazetteer = new Recognition.Gazetteer<Drafts.EntityDraft>(surfaces, allCaseSensitive: true, compiled: false);
        foreach (var s in context.Sentences)
        {
            foreach (var (start, end, e) in gazetteer.Find(context.Text, s.Start, s.End))
            {
                context.Graph.Mention(e.Id, start, end);
            }
        }
    }
}

using ResearchGraph.Domain;
using ResearchGraph.Graph;
using ResearchGraph.Queries.Views;

namespace ResearchGraph.Queries;

public sealed partial class GraphQueries
{
    // Keyed like the entity catalog: by the document list, which every write changes.
    private volatile DocumentOwners? owners;

    /// <summary>
    /// The dated news items and facts of a person, lab or project, oldest first: every dated news
    /// item that mentions the entity or holds evidence of one of its facts (every dated item of a
    /// page the entity is the subject of), then each dated fact of the entity read outside those
    /// items, as the sentence it was read from.
    /// </summary>
    public async Task<TimelineView> TimelineAsync(string name, CancellationToken ct = default)
    {
        var entity = await ResolveAsync(name, null, ct).ConfigureAwait(false);
        var facts = await store.FindFactsAsync(new FactQuery(Touching: entity.Id), ct).ConfigureAwait(false);
        var views = (await ViewsAsync(facts, ct).ConfigureAwait(false)).ToList();
        var documents = await store.ListDocumentsAsync(ct).ConfigureAwait(false);
        var owners = await OwnersAsync(documents, ct).ConfigureAwait(false);
        var subjectOf = owners.Where(kv => kv.Value == entity.Id).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);

        var items = new List<(TimelineItem Item, int Start)>();
        var placed = new HashSet<FactView>(ReferenceEqualityComparer.Instance);
        foreach (var document in documents)
        {
            var doc = document.Document.Doc;
            foreach (var news in await store.GetNewsItemsAsync(document.Document.Path, ct).ConfigureAwait(false))
            {
                if (news.Date is null)
                {
                    continue;
                }

                var inside = views.Where(f => f.Evidence.Any(e => e.Doc == doc && e.Start >= news.Start && e.End <= news.End)).ToList();
                if (inside.Count == 0 && !news.Mentions.Contains(entity.Id) && !subjectOf.Contains(doc))
                {
                    continue;
                }

                placed.UnionWith(inside);
                items.Add((new TimelineItem(news.Date, doc, news.Text, inside), news.Start));
            }
        }

        // Dated facts read outside the news (an awards list, a bio): one item per sentence and date.
        var loose = views
            .Where(f => !placed.Contains(f))
            .SelectMany(f => f.Evidence.Take(1).Select(e => (Fact: f, Evidence: e, Date: e.Date ?? f.Year?.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))))
            .Where(x => x.Date is not null)
            .GroupBy(x => (x.Date, x.Evidence.Doc, x.Evidence.Start, x.Evidence.End, x.Evidence.Text));
        foreach (var group in loose)
        {
            items.Add((new TimelineItem(group.Key.Date!, group.Key.Doc, group.Key.Text, group.Select(x => x.Fact).ToList()), group.Key.Start));
        }

        var ordered = items
            .OrderBy(x => x.Item.Date, StringComparer.Ordinal)
            .ThenBy(x => x.Item.Doc, StringComparer.Ordinal)
            .ThenBy(x => x.Start)
            .Select(x => x.Item)
            .ToList();
        return new TimelineView(EntityRef.Of(entity), ordered);
    }

    /// <summary>
    /// The subject (owner) of each document that has one: a page is about the person or lab (a
    /// Person or Institution) that most of its facts touch, which is how "we" and "I" were resolved
    /// when it was read; a tie names no owner. Read again only after a document changed.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string>> OwnersAsync(IReadOnlyList<DocumentSummary> documents, CancellationToken ct)
    {
        var key = CatalogKey(documents);
        if (owners is { } cached && cached.Key == key)
        {
            return cached.Owners;
        }

        var all = await store.FindFactsAsync(new FactQuery(), ct).ConfigureAwait(false);
        var ends = all.SelectMany(f => new[] { f.From, f.To }).ToHashSet(StringComparer.Ordinal);
        var subjects = (await store.GetEntitiesAsync(ends, ct).ConfigureAwait(false))
            .Where(e => e.Kinds.Contains(EntityKind.Person) || e.Kinds.Contains(EntityKind.Institution))
            .Select(e => e.Id)
            .ToHashSet(StringComparer.Ordinal);

        var touches = new Dictionary<(string Doc, string Entity), int>();
        foreach (var fact in all)
        {
            foreach (var doc in fact.Evidence.Select(e => e.Doc).Distinct(StringComparer.Ordinal))
            {
                foreach (var end in new[] { fact.From, fact.To }.Distinct(StringComparer.Ordinal).Where(subjects.Contains))
                {
                    touches[(doc, end)] = touches.GetValueOrDefault((doc, end)) + 1;
                }
            }
        }

        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in touches.GroupBy(kv => kv.Key.Doc, StringComparer.Ordinal))
        {
            var ranked = group.OrderByDescending(kv => kv.Value).Take(2).ToList();
            if (ranked.Count == 1 || ranked[0].Value > ranked[1].Value)
            {
                found[group.Key] = ranked[0].Key.Entity;
            }
        }

        owners = new DocumentOwners(key, found);
        return found;
    }

    private sealed record DocumentOwners(string Key, IReadOnlyDictionary<string, string> Owners);
}

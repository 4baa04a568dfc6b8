using ResearchGraph.Domain;
using ResearchGraph.Graph;
using ResearchGraph.Queries.Views;
using ResearchGraph.Search;

namespace ResearchGraph.Queries;

/// <summary>
/// The query use cases shared by the CLI and the HTTP API: each takes names as users type them
/// (resolved through aliases, case-insensitively) and returns the documented output shape.
/// </summary>
public sealed partial class GraphQueries(IGraphStore store, SearchIndexReader index)
{
    private const int MaxPathHops = 8;

    public async Task<ExportView> ExportAsync(CancellationToken ct = default)
    {
        var snapshot = await store.ExportAsync(ct).ConfigureAwait(false);
        return new ExportView(
            snapshot.Documents.Select(d => new ExportDocument(d.Doc, d.Hash, d.Url, d.Ingested)).ToList(),
            snapshot.Entities.Select(e => new ExportEntity(e.Id, e.Kinds, e.Name, e.Aliases)).ToList(),
            snapshot.Facts.Select(f => new ExportFact(f.Id, f.Rel, f.From, f.To, f.Year, f.Via, f.Properties, f.Evidence)).ToList());
    }

    public async Task<DocumentsView> DocumentsAsync(CancellationToken ct = default)
    {
        var docs = await store.ListDocumentsAsync(ct).ConfigureAwait(false);
        return new DocumentsView(docs.Select(d => new DocumentRow(d.Document.Doc, d.Document.Hash, d.Facts, d.Document.Ingested)).ToList());
    }

    public async Task<AdoptersView> AdoptersAsync(string? technique, string? company, CancellationToken ct = default)
    {
        var to = technique is null ? null : (await ResolveAsync(technique, EntityKind.Technique, ct).ConfigureAwait(false)).Id;
        var from = company is null ? null : (await ResolveAsync(company, EntityKind.Company, ct).ConfigureAwait(false)).Id;
        var facts = await store.FindFactsAsync(new FactQuery(FactType.ADOPTED, from, to), ct).ConfigureAwait(false);
        var refs = await RefsAsync(facts, ct).ConfigureAwait(false);
        var adopters = facts
            .Select(f => new Adoption(refs[f.From], refs[f.To], f.Via is null ? null : refs[f.Via], f.Year, f.Evidence))
            .OrderBy(a => a.Company.Name, StringComparer.Ordinal)
            .ThenBy(a => a.Adopted.Name, StringComparer.Ordinal)
            .ThenBy(a => a.Year ?? int.MinValue)
            .ThenBy(a => a.Via?.Name ?? "", StringComparer.Ordinal)
            .ToList();
        return new AdoptersView(adopters);
    }

    public async Task<LineageView> LineageAsync(string name, LineageDirection direction, int depth, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        var root = await ResolveAsync(name, EntityKind.Project, ct).ConfigureAwait(false);
        var facts = await store.LineageAsync(root.Id, direction, depth, ct).ConfigureAwait(false);
        var refs = await RefsAsync(facts, ct).ConfigureAwait(false);
        var edges = facts
            .Select(f => new LineageEdge(refs[f.From], refs[f.To], f.Evidence))
            .OrderBy(e => e.From.Name, StringComparer.Ordinal)
            .ThenBy(e => e.To.Name, StringComparer.Ordinal)
            .ToList();
        return new LineageView(EntityRef.Of(root), edges);
    }

    public async Task<PathView> PathAsync(string fromName, string toName, CancellationToken ct = default)
    {
        var from = await ResolveAsync(fromName, null, ct).ConfigureAwait(false);
        var to = await ResolveAsync(toName, null, ct).ConfigureAwait(false);
        var facts = await store.ShortestPathAsync(from.Id, to.Id, MaxPathHops, ct).ConfigureAwait(false)
            ?? throw new EntityNotFoundException($"no chain of facts links {from.Name} and {to.Name}");
        var refs = await RefsAsync(facts, ct).ConfigureAwait(false);
        return new PathView(EntityRef.Of(from), EntityRef.Of(to), facts.Select(f => new PathStep(refs[f.From], f.Rel, refs[f.To], f.Evidence)).ToList());
    }

    public async Task<EntityView> EntityAsync(string name, CancellationToken ct = default)
    {
        var entity = await ResolveAsync(name, null, ct).ConfigureAwait(false);
        var facts = await store.FindFactsAsync(new FactQuery(Touching: entity.Id), ct).ConfigureAwait(false);
        return new EntityView(entity, await ViewsAsync(facts, ct).ConfigureAwait(false));
    }

    public async Task<FactsView> FactsAsync(FactType? rel, string? fromName, string? toName, int? year, CancellationToken ct = default)
    {
        var from = fromName is null ? null : (await ResolveAsync(fromName, null, ct).ConfigureAwait(false)).Id;
        var to = toName is null ? null : (await ResolveAsync(toName, null, ct).ConfigureAwait(false)).Id;
        var facts = await store.FindFactsAsync(new FactQuery(rel, from, to, year), ct).ConfigureAwait(false);
        return new FactsView(await ViewsAsync(facts, ct).ConfigureAwait(false));
    }

    public Task<SearchView> SearchAsync(string query, string? from, string? to, string? entity, int limit, int offset = 0, CancellationToken ct = default) =>
        SearchAsync(query, from, to, entity, null, limit, offset, ct);

    /// <summary>
    /// News items best first. <paramref name="entity"/> keeps items that mention that entity;
    /// <paramref name="kind"/> keeps items that mention at least one entity of that kind.
    /// </summary>
    public async Task<SearchView> SearchAsync(string query, string? from, string? to, string? entity, EntityKind? kind, int limit, int offset = 0, CancellationToken ct = default)
    {
        IReadOnlyList<string>? ids = null;
        if (entity is not null)
        {
            ids = [(await ResolveAsync(entity, null, ct).ConfigureAwait(false)).Id];
        }

        IReadOnlyList<string>? anyOf = null;
        if (kind is { } wantedKind)
        {
            var all = await AllEntitiesAsync(ct).ConfigureAwait(false);
            anyOf = all.Where(e => e.Kinds.Contains(wantedKind)).Select(e => e.Id).ToList();
        }

        var request = new SearchRequest(query, from, to, ids, limit, offset, anyOf);
        var results = index.Search(request);
        var wanted = results.Hits.SelectMany(h => h.EntityIds).Concat(results.EntityCounts.Keys).ToHashSet(StringComparer.Ordinal);
        var entities = (await store.GetEntitiesAsync(wanted, ct).ConfigureAwait(false)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var hits = results.Hits.Select(h => new SearchHitView(
            h.Doc, h.Date, h.Text, h.Highlight, h.Score,
            h.EntityIds.Where(entities.ContainsKey).Select(id => EntityRef.Of(entities[id])).ToList())).ToList();
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, count) in results.EntityCounts)
        {
            if (entities.TryGetValue(id, out var e))
            {
                foreach (var k in e.Kinds)
                {
                    kinds[k.ToString()] = kinds.GetValueOrDefault(k.ToString()) + count;
                }
            }
        }

        var top = results.EntityCounts
            .Where(kv => entities.ContainsKey(kv.Key))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(10)
            .Select(kv => new EntityCount(kv.Key, entities[kv.Key].Name, kv.Value))
            .ToList();
        return new SearchView(results.Total, hits, new SearchFacets(kinds, top));
    }

    /// <summary>The entity a user means by <paramref name="name"/>: by id, name or alias, preferring the kind the question is about.</summary>
    public async Task<Entity> ResolveAsync(string name, EntityKind? preferred, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var matches = await store.ResolveAsync(name.Trim(), ct).ConfigureAwait(false);
        if (matches.Count == 0)
        {
            throw new EntityNotFoundException($"no entity named '{name}'");
        }

        return matches
            .OrderByDescending(e => preferred is { } k && e.Kinds.Contains(k))
            .ThenByDescending(e => string.Equals(e.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .First();
    }

    private async Task<List<FactView>> ViewsAsync(IReadOnlyList<Fact> facts, CancellationToken ct)
    {
        var refs = await RefsAsync(facts, ct).ConfigureAwait(false);
        return facts
            .Select(f => new FactView(f.Rel, refs[f.From], refs[f.To], f.Year, f.Via is null ? null : refs[f.Via], f.Evidence))
            .OrderBy(f => f.Rel)
            .ThenBy(f => f.From.Name, StringComparer.Ordinal)
            .ThenBy(f => f.To.Name, StringComparer.Ordinal)
            .ThenBy(f => f.Year ?? int.MinValue)
            .ThenBy(f => f.Via?.Name ?? "", StringComparer.Ordinal)
            .ToList();
    }

    private async Task<Dictionary<string, EntityRef>> RefsAsync(IEnumerable<Fact> facts, CancellationToken ct)
    {
        var ids = facts.SelectMany(f => new[] { f.From, f.To, f.Via }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var entities = await store.GetEntitiesAsync(ids, ct).ConfigureAwait(false);
        var refs = entities.ToDictionary(e => e.Id, EntityRef.Of, StringComparer.Ordinal);
        foreach (var id in ids.Where(id => !refs.ContainsKey(id)))
        {
            // A fact end no document names any more cannot happen in a consistent store; show the id rather than fail.
            refs[id] = new EntityRef(id, id, []);
        }

        return refs;
    }
}

using ResearchGraph.Domain;
using ResearchGraph.Neo4j.Cypher;
using ResearchGraph.Neo4j.Http;
using ResearchGraph.Neo4j.Rows;

namespace ResearchGraph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task ReplaceDocumentAsync(DocumentFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(facts.Document);
        var rows = DocumentRows.From(facts);
        await EnsureSchemaAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            // One document per transaction; retried as a whole, which is safe because it first
            // retracts whatever the document had contributed.
            await _client.InTransactionAsync(async (tx, token) =>
            {
                var old = await RetractAsync(tx, rows.Path, token);
                var writes = new List<CypherStatement> { CypherQueries.Statement("write/merge-document", ("path", rows.Path), ("document", rows.Document)) };
                writes.AddRange(Batched("write/merge-entities", null, rows.Entities));
                writes.AddRange(Batched("write/merge-statements", rows.Path, rows.Statements));
                writes.AddRange(Batched("write/merge-news", rows.Path, rows.News));
                writes.AddRange(Batched("write/merge-mentions", null, rows.Mentions));
                writes.AddRange(Batched("write/merge-facts", null, rows.Facts));
                writes.AddRange(Batched("write/create-evidence", rows.Path, rows.Evidence));
                writes.AddRange(Batched("write/create-fact-properties", rows.Path, rows.FactProperties));
                writes.AddRange(Batched("write/delete-orphan-facts", null, old.Facts));
                await tx.RunAsync(writes, token);
                await RefreshEntitiesAsync(tx, old.EntityIds.Union(rows.NamedIds, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal), old.OrphanCandidates, token);
                return true;
            }, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<bool> ForgetDocumentAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        await EnsureSchemaAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            return await _client.InTransactionAsync(async (tx, token) =>
            {
                var old = await RetractAsync(tx, path, token);
                if (!old.Existed)
                {
                    return false;
                }

                await tx.RunAsync([.. Batched("write/delete-orphan-facts", null, old.Facts)], token);
                await RefreshEntitiesAsync(tx, old.EntityIds, old.OrphanCandidates, token);
                return true;
            }, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static async Task<Retracted> RetractAsync(ICypherTransaction tx, string path, CancellationToken cancellationToken)
    {
        var result = (await tx.RunAsync([CypherQueries.Statement("write/retract-document", ("path", path))], cancellationToken))[0];
        if (result.Rows.Count == 0)
        {
            return new Retracted(false, [], new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        }

        var row = result.Rows[0];
        var facts = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in result.Get(row, "facts").EnumerateArray())
        {
            var id = Json.RequiredString(Json.Property(fact, "id"));
            var from = Json.RequiredString(Json.Property(fact, "fromId"));
            var to = Json.RequiredString(Json.Property(fact, "toId"));
            facts.TryAdd(id, FactRows.Reference(id, from, to));
            candidates.Add(from);
            candidates.Add(to);
        }

        var entities = Json.Strings(result.Get(row, "entityIds")).ToHashSet(StringComparer.Ordinal);
        candidates.UnionWith(entities);
        return new Retracted(true, [.. facts.Values], entities, candidates);
    }

    /// <summary>
    /// Recomputes the merged name, kinds and aliases of <paramref name="ids"/> from every document's
    /// statements, then deletes those of <paramref name="orphanCandidates"/> that nothing names or refers to.
    /// </summary>
    private static async Task RefreshEntitiesAsync(ICypherTransaction tx, HashSet<string> ids, HashSet<string> orphanCandidates, CancellationToken cancellationToken)
    {
        var statements = new Dictionary<string, List<EntityMerge.Statement>>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            statements[id] = [];
        }

        if (ids.Count > 0)
        {
            foreach (var result in await tx.RunAsync([.. BatchedIds("write/entity-statements", "ids", ids)], cancellationToken))
            {
                foreach (var row in result.Rows)
                {
                    if (statements.TryGetValue(Json.RequiredString(result.Get(row, "id")), out var list))
                    {
                        list.Add(new EntityMerge.Statement(
                        Json.Strings(result.Get(row, "names")), Json.Strings(result.Get(row, "kinds")), Json.Strings(result.Get(row, "aliases"))));
                    }
                }
            }
        }

        var refresh = statements.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
        {
            var merged = EntityMerge.Merge(s.Key, s.Value);
            return new Dictionary<string, object?>
            {
                ["id"] = s.Key,
                ["name"] = merged?.Name,
                ["kinds"] = merged?.Kinds.Select(k => k.ToString()).ToArray(),
                ["aliases"] = merged?.Aliases.ToArray(),
                ["lookup"] = merged is null ? null : EntityMerge.Lookup(merged),
            };
        }).ToList();

        var writes = new List<CypherStatement>();
        writes.AddRange(Batched("write/refresh-entities", null, refresh));
        writes.AddRange(BatchedIds("write/delete-orphan-entities", "ids", orphanCandidates));
        await tx.RunAsync(writes, cancellationToken);
    }

    private sealed record Retracted(bool Existed, IReadOnlyList<Dictionary<string, object?>> Facts, HashSet<string> EntityIds, HashSet<string> OrphanCandidates);
}

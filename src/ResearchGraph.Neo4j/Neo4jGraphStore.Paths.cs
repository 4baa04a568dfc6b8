using ResearchGraph.Domain;
using ResearchGraph.Graph;
using ResearchGraph.Neo4j.Cypher;
using ResearchGraph.Neo4j.Rows;

namespace ResearchGraph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    /// <remarks>
    /// A breadth-first walk, one query per step over the whole frontier (the depth cannot be a
    /// variable-length bound): every PRECEDES fact leaving a node fewer than <paramref name="depth"/>
    /// steps from the project, as the embedded store walks it. Down and up are separate walks, so
    /// a lineage never zig-zags.
    /// </remarks>
    public async Task<IReadOnlyList<Fact>> LineageAsync(string projectId, LineageDirection direction, int depth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projectId);
        var facts = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        if (direction is LineageDirection.Down or LineageDirection.Both)
        {
            await WalkAsync("lineage-down", projectId, depth, facts, cancellationToken);
        }

        if (direction is LineageDirection.Up or LineageDirection.Both)
        {
            await WalkAsync("lineage-up", projectId, depth, facts, cancellationToken);
        }

        return await FactsByIdAsync(facts.Values, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Neo4j finds every shortest chain (<c>allShortestPaths</c> over the fact types); among them the
    /// one whose sequence of entity ids sorts first is taken, and between two consecutive entities
    /// the fact with the smallest id, which is the embedded store's choice.
    /// </remarks>
    public async Task<IReadOnlyList<Fact>?> ShortestPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        if (string.Equals(fromId, toId, StringComparison.Ordinal))
        {
            return [];
        }

        var result = await ReadAsync(CypherQueries.Statement("path", ("fromId", fromId), ("toId", toId)), cancellationToken);
        var paths = result.Rows
            .Select(row => (
                Nodes: Json.Strings(result.Get(row, "nodeIds")),
                Facts: result.Get(row, "facts").EnumerateArray().Select(f => (
                    Id: Json.RequiredString(Json.Property(f, "id")),
                    From: Json.RequiredString(Json.Property(f, "fromId")),
                    To: Json.RequiredString(Json.Property(f, "toId")))).ToList()))
            .Where(p => p.Facts.Count >= 1 && p.Facts.Count <= maxHops)
            .ToList();
        if (paths.Count == 0)
        {
            return null;
        }

        var best = paths.Select(p => p.Nodes).Aggregate((a, b) => CompareSequences(a, b) <= 0 ? a : b);
        var chosen = new List<Dictionary<string, object?>>();
        for (var step = 0; step < best.Count - 1; step++)
        {
            var fact = paths
                .Where(p => CompareSequences(p.Nodes, best) == 0)
                .Select(p => p.Facts[step])
                .MinBy(f => f.Id, StringComparer.Ordinal);
            chosen.Add(FactRows.Reference(fact.Id, fact.From, fact.To));
        }

        var byId = (await FactsByIdAsync(chosen, cancellationToken)).ToDictionary(f => f.Id, StringComparer.Ordinal);
        if (chosen.Any(c => !byId.ContainsKey((string)c["id"]!)))
        {
            // A writer removed a fact between the two queries.
            throw new GraphStoreException("the graph changed while the path was being read; try again");
        }

        return [.. chosen.Select(c => byId[(string)c["id"]!])];
    }

    private async Task WalkAsync(string query, string start, int depth, Dictionary<string, Dictionary<string, object?>> facts, CancellationToken cancellationToken)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { start };
        var frontier = new List<string> { start };
        for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var result in await ReadAsync([.. BatchedIds(query, "frontier", frontier)], cancellationToken))
            {
                foreach (var row in result.Rows)
                {
                    var id = Json.RequiredString(result.Get(row, "factId"));
                    facts.TryAdd(id, FactRows.Reference(id, Json.RequiredString(result.Get(row, "fromId")), Json.RequiredString(result.Get(row, "toId"))));
                    var node = Json.RequiredString(result.Get(row, "next"));
                    if (visited.Add(node))
                    {
                        next.Add(node);
                    }
                }
            }

            frontier = next;
        }
    }

    private static int CompareSequences(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var order = string.CompareOrdinal(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Count.CompareTo(b.Count);
    }
}

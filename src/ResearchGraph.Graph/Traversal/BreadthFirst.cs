namespace ResearchGraph.Graph.Traversal;

/// <summary>
/// The graph walks behind lineage and shortest paths, independent of how a store finds a node's
/// steps, so that every store that uses them answers identically.
/// </summary>
internal static class BreadthFirst
{
    /// <summary>The facts followed when walking at most <paramref name="depth"/> hops from <paramref name="start"/>.</summary>
    public static async Task<HashSet<string>> ReachableFactsAsync(
        string start, int depth, Func<string, Task<IReadOnlyList<Step>>> steps, CancellationToken cancellationToken)
    {
        var facts = new HashSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal) { start };
        var frontier = new List<string> { start };
        for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var step in await steps(node))
                {
                    // A fact back into visited ground (a cycle) is still part of the lineage.
                    facts.Add(step.FactId);
                    if (visited.Add(step.Next))
                    {
                        next.Add(step.Next);
                    }
                }
            }

            frontier = next;
        }

        return facts;
    }

    /// <summary>
    /// The facts along a shortest chain from <paramref name="from"/> to <paramref name="to"/> of at most
    /// <paramref name="maxHops"/> hops; among equally short chains the one whose sequence of node ids
    /// sorts first (ordinally), and between two consecutive nodes the fact with the smallest id.
    /// Empty when the two are the same node; null when no chain exists.
    /// </summary>
    /// <remarks>
    /// Each layer is kept in the order of the node sequences that reach it: expanding the nodes in
    /// that order, each one's neighbours in id order, and letting the first to reach a node claim it,
    /// keeps the next layer in that order too, since sequences of one length compare by their
    /// prefix first. The first claim on a node is therefore its smallest sequence.
    /// </remarks>
    public static async Task<IReadOnlyList<string>?> ShortestPathAsync(
        string from, string to, int maxHops, Func<string, Task<IReadOnlyList<Step>>> neighbours, CancellationToken cancellationToken)
    {
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return [];
        }

        var reachedBy = new Dictionary<string, Step>(StringComparer.Ordinal) { [from] = default };
        var layer = new List<string> { from };
        for (var hop = 0; hop < maxHops && layer.Count > 0; hop++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = new List<string>();
            foreach (var node in layer)
            {
                var best = (await neighbours(node))
                    .Where(s => !string.Equals(s.Next, node, StringComparison.Ordinal))
                    .GroupBy(s => s.Next, StringComparer.Ordinal)
                    .Select(g => g.MinBy(s => s.FactId, StringComparer.Ordinal))
                    .OrderBy(s => s.Next, StringComparer.Ordinal);
                foreach (var step in best)
                {
                    // Stored as (fact, previous node): the step that claimed this node.
                    if (reachedBy.TryAdd(step.Next, new Step(step.FactId, node)))
                    {
                        next.Add(step.Next);
                    }
                }
            }

            if (reachedBy.ContainsKey(to))
            {
                var facts = new List<string>();
                for (var node = to; !string.Equals(node, from, StringComparison.Ordinal); node = reachedBy[node].Next)
                {
                    facts.Add(reachedBy[node].FactId);
                }

                facts.Reverse();
                return facts;
            }

            layer = next;
        }

        return null;
    }
}

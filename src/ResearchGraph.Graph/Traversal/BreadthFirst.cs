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
}

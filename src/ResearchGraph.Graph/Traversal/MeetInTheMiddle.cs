namespace ResearchGraph.Graph.Traversal;

/// <summary>
/// The shortest chain between two nodes by a breadth-first search from both ends at once, each
/// layer's neighbours read in one batch: among the shortest chains, the one whose sequence of node
/// ids sorts first (ordinally), and between two consecutive nodes the fact with the smallest id —
/// what a one-sided search claiming nodes in that order finds, while expanding far fewer nodes
/// through hubs.
/// </summary>
/// <remarks>
/// The side with the smaller frontier grows by one whole layer at a time. The first layer that
/// reaches the other side fixes the length: with forward radius f and backward radius b, no node was
/// on both sides before, so every chain is at least f + b long, and the meeting nodes are those at
/// distance f from the start and b from the end. The chain is then chosen greedily from the start,
/// each step to the smallest node id still on some shortest chain (the forward half's layers pruned
/// to the nodes that lead to a meeting node; in the backward half any node one layer nearer the end
/// will do), which gives the chain whose node sequence sorts first; between two nodes the fact with
/// the smallest id.
/// </remarks>
internal static class MeetInTheMiddle
{
    /// <summary>
    /// The facts along that chain, at most <paramref name="maxHops"/> long; empty when the two are the
    /// same node, null when no chain exists. <paramref name="neighbours"/> gives the steps out of each
    /// of a batch of nodes (facts followed either way, self-loops included or not).
    /// </summary>
    public static async Task<IReadOnlyList<string>?> ShortestPathAsync(
        string from,
        string to,
        int maxHops,
        Func<IReadOnlyCollection<string>, Task<ILookup<string, Step>>> neighbours,
        CancellationToken cancellationToken)
    {
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return [];
        }

        var forward = new Side(from);
        var backward = new Side(to);
        while (forward.Radius + backward.Radius < maxHops)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var grow = forward.Frontier.Count <= backward.Frontier.Count ? forward : backward;
            var other = ReferenceEquals(grow, forward) ? backward : forward;
            if (grow.Frontier.Count == 0)
            {
                return null;
            }

            var steps = await neighbours(grow.Frontier).ConfigureAwait(false);
            var meeting = grow.Expand(steps, other);
            if (meeting.Count > 0)
            {
                return Chain(forward, backward, meeting);
            }
        }

        return null;
    }

    private static List<string> Chain(Side forward, Side backward, HashSet<string> meeting)
    {
        // The forward layers pruned, from the meeting layer back, to the nodes that lead to a meeting node.
        var onChain = new List<HashSet<string>>(new HashSet<string>[forward.Radius + 1]);
        onChain[forward.Radius] = meeting;
        for (var depth = forward.Radius - 1; depth >= 0; depth--)
        {
            var next = onChain[depth + 1];
            onChain[depth] = forward.Layers[depth]
                .Where(node => forward.Out[node].Any(s => next.Contains(s.Next)))
                .ToHashSet(StringComparer.Ordinal);
        }

        var facts = new List<string>();
        var current = forward.Layers[0][0];
        for (var depth = 0; depth < forward.Radius; depth++)
        {
            var step = Best(forward.Out[current].Where(s => onChain[depth + 1].Contains(s.Next)));
            facts.Add(step.FactId);
            current = step.Next;
        }

        // Backward half: from a node at distance d of the end, any neighbour at distance d - 1 is on a shortest chain.
        for (var depth = backward.Radius; depth > 0; depth--)
        {
            var nearer = backward.Depth;
            var target = depth - 1;
            var step = Best(backward.In[current].Where(s => nearer.TryGetValue(s.Next, out var d) && d == target));
            facts.Add(step.FactId);
            current = step.Next;
        }

        return facts;
    }

    // The smallest next node, then the smallest fact to it.
    private static Step Best(IEnumerable<Step> steps) =>
        steps.MinBy(s => (s.Next, s.FactId), StepOrder.Instance);

    private sealed class StepOrder : IComparer<(string Next, string FactId)>
    {
        public static readonly StepOrder Instance = new();

        public int Compare((string Next, string FactId) x, (string Next, string FactId) y)
        {
            var order = string.CompareOrdinal(x.Next, y.Next);
            return order != 0 ? order : string.CompareOrdinal(x.FactId, y.FactId);
        }
    }

    /// <summary>One end's search: its layers, each node's distance, and the steps read so far.</summary>
    private sealed class Side
    {
        public Side(string start)
        {
            Layers.Add([start]);
            Depth[start] = 0;
        }

        public List<List<string>> Layers { get; } = [];

        public Dictionary<string, int> Depth { get; } = new(StringComparer.Ordinal);

        /// <summary>Steps out of every expanded node (self-loops left out).</summary>
        public Dictionary<string, List<Step>> Out { get; } = new(StringComparer.Ordinal);

        /// <summary>For each node reached, the steps back to the nodes of the layer before that reach it.</summary>
        public Dictionary<string, List<Step>> In { get; } = new(StringComparer.Ordinal);

        public int Radius => Layers.Count - 1;

        public List<string> Frontier => Layers[^1];

        /// <summary>Adds the next layer; the nodes of it the other side has reached in its last layer.</summary>
        public HashSet<string> Expand(ILookup<string, Step> steps, Side other)
        {
            var next = new List<string>();
            var depth = Layers.Count;
            foreach (var node in Frontier)
            {
                var mine = steps[node].Where(s => !string.Equals(s.Next, node, StringComparison.Ordinal)).ToList();
                Out[node] = mine;
                foreach (var step in mine)
                {
                    if (Depth.TryAdd(step.Next, depth))
                    {
                        next.Add(step.Next);
                    }

                    if (Depth[step.Next] == depth)
                    {
                        if (!In.TryGetValue(step.Next, out var back))
                        {
                            In[step.Next] = back = [];
                        }

                        back.Add(new Step(step.FactId, node));
                    }
                }
            }

            Layers.Add(next);
            return next.Where(n => other.Depth.TryGetValue(n, out var d) && d == other.Radius).ToHashSet(StringComparer.Ordinal);
        }
    }
}

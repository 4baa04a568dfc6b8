using ResearchGraph.Graph.Traversal;

namespace ResearchGraph.Graph.Tests.Traversal;

/// <summary>
/// The search from both ends against the plain definition — one breadth-first search from the
/// start, nodes claimed in the order of the sequences that reach them — on many random graphs with
/// hubs, parallel facts, self-loops and islands.
/// </summary>
public sealed class MeetInTheMiddleTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Answers_as_a_one_sided_search_does(int seed)
    {
        var random = new Random(seed);
        var differences = new List<string>();
        var found = 0;
        for (var graph = 0; graph < 60; graph++)
        {
            var facts = RandomGraph(random, nodes: random.Next(2, 40), edges: random.Next(0, 70));
            for (var query = 0; query < 10; query++)
            {
                var from = Node(random.Next(42));
                var to = Node(random.Next(42));
                var maxHops = random.Next(1, 9);
                var expected = Reference(facts, from, to, maxHops);
                var actual = await MeetInTheMiddle.ShortestPathAsync(from, to, maxHops, nodes => Task.FromResult(Lookup(facts, nodes)), CancellationToken.None);
                found += expected is { Count: > 0 } ? 1 : 0;
                if (!Same(expected, actual))
                {
                    differences.Add($"graph {graph} {from}->{to} within {maxHops}: expected {Show(expected)}, got {Show(actual)}");
                }
            }
        }

        Assert.Empty(differences);
        Assert.True(found > 50, $"only {found} queries had a chain; the graphs are too sparse to test much");
    }

    private static List<(string Id, string From, string To)> RandomGraph(Random random, int nodes, int edges)
    {
        // Node 0 is a hub: a third of the facts touch it.
        var facts = new List<(string, string, string)>();
        for (var i = 0; i < edges; i++)
        {
            var from = random.Next(3) == 0 ? 0 : random.Next(nodes);
            var to = random.Next(nodes);
            facts.Add(($"f{random.Next(1000):D3}-{i}", Node(from), Node(to)));
        }

        return facts;
    }

    private static string Node(int n) => $"n{n:D2}";

    private static ILookup<string, Step> Lookup(List<(string Id, string From, string To)> facts, IReadOnlyCollection<string> nodes)
    {
        var steps = new List<(string Node, Step Step)>();
        foreach (var (id, from, to) in facts)
        {
            if (nodes.Contains(from))
            {
                steps.Add((from, new Step(id, to)));
            }

            if (nodes.Contains(to))
            {
                steps.Add((to, new Step(id, from)));
            }
        }

        return steps.ToLookup(s => s.Node, s => s.Step, StringComparer.Ordinal);
    }

    // The definition: layer by layer from the start, each layer in the order of the sequences that
    // reach it, each node's neighbours in id order (smallest fact first), the first claim wins.
    private static List<string>? Reference(List<(string Id, string From, string To)> facts, string from, string to, int maxHops)
    {
        if (from == to)
        {
            return [];
        }

        var reachedBy = new Dictionary<string, (string Fact, string Previous)>(StringComparer.Ordinal) { [from] = ("", "") };
        var layer = new List<string> { from };
        for (var hop = 0; hop < maxHops && layer.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var node in layer)
            {
                var best = Lookup(facts, [node])[node]
                    .Where(s => s.Next != node)
                    .GroupBy(s => s.Next, StringComparer.Ordinal)
                    .Select(g => g.MinBy(s => s.FactId, StringComparer.Ordinal))
                    .OrderBy(s => s.Next, StringComparer.Ordinal);
                foreach (var step in best)
                {
                    if (reachedBy.TryAdd(step.Next, (step.FactId, node)))
                    {
                        next.Add(step.Next);
                    }
                }
            }

            if (reachedBy.ContainsKey(to))
            {
                var chain = new List<string>();
                for (var node = to; node != from; node = reachedBy[node].Previous)
                {
                    chain.Add(reachedBy[node].Fact);
                }

                chain.Reverse();
                return chain;
            }

            layer = next;
        }

        return null;
    }

    private static bool Same(List<string>? expected, IReadOnlyList<string>? actual) =>
        expected is null ? actual is null : actual is not null && expected.SequenceEqual(actual);

    private static string Show(IEnumerable<string>? chain) => chain is null ? "none" : "[" + string.Join(", ", chain) + "]";
}

using ResearchGraph.Domain;
using ResearchGraph.Graph.Tests.Support;

namespace ResearchGraph.Graph.Tests;

public abstract partial class GraphStoreContract
{
    private static string Precedes(string from, string to) => Some.FactId(FactType.PRECEDES, "project:" + from, "project:" + to);

    private static DocumentBuilder WithPrecedes(DocumentBuilder document, params (string From, string To)[] edges)
    {
        foreach (var (from, to) in edges)
        {
            document.WithFact(FactType.PRECEDES, "project:" + from, "project:" + to);
        }

        return document;
    }

    // a -> b -> c -> d, x -> b, z -> c, c -> y, and b USES a technique (not lineage).
    private Task ReplaceLineageAsync() => ReplaceAsync(
        WithPrecedes(Some.Document("lineage.txt"), ("a", "b"), ("b", "c"), ("c", "d"), ("x", "b"), ("z", "c"), ("c", "y"))
            .WithFact(FactType.USES, "project:b", "technique:nas"));

    private async Task<string[]> LineageIdsAsync(string project, LineageDirection direction, int depth) =>
        [.. (await Store.LineageAsync("project:" + project, direction, depth)).Select(f => f.Id)];

    private static string[] Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];

    [ContractFact]
    public async Task Lineage_down_follows_successors()
    {
        await ReplaceLineageAsync();

        Assert.Equal(Sorted(Precedes("b", "c"), Precedes("c", "d"), Precedes("c", "y")), await LineageIdsAsync("b", LineageDirection.Down, 10));
    }

    [ContractFact]
    public async Task Lineage_up_follows_predecessors()
    {
        await ReplaceLineageAsync();

        Assert.Equal(Sorted(Precedes("a", "b"), Precedes("x", "b"), Precedes("b", "c"), Precedes("z", "c")), await LineageIdsAsync("c", LineageDirection.Up, 10));
    }

    [ContractFact]
    public async Task Lineage_stops_at_the_depth()
    {
        await ReplaceLineageAsync();

        Assert.Equal([Precedes("a", "b")], await LineageIdsAsync("a", LineageDirection.Down, 1));
        Assert.Equal(Sorted(Precedes("a", "b"), Precedes("b", "c")), await LineageIdsAsync("a", LineageDirection.Down, 2));
        Assert.Equal(Sorted(Precedes("c", "d"), Precedes("b", "c"), Precedes("z", "c")), await LineageIdsAsync("d", LineageDirection.Up, 2));
        Assert.Empty(await LineageIdsAsync("a", LineageDirection.Both, 0));
    }

    [ContractFact]
    public async Task Lineage_both_unions_a_walk_down_and_a_walk_up_without_zig_zagging()
    {
        await ReplaceLineageAsync();

        var both = await LineageIdsAsync("b", LineageDirection.Both, 10);

        // z -> c is reachable only by going down to c and then up, which a lineage does not do.
        Assert.Equal(Sorted(Precedes("a", "b"), Precedes("x", "b"), Precedes("b", "c"), Precedes("c", "d"), Precedes("c", "y")), both);
    }

    [ContractFact]
    public async Task Lineage_terminates_on_cycles()
    {
        await ReplaceAsync(WithPrecedes(Some.Document("cycle.txt"), ("p", "q"), ("q", "r"), ("r", "p")));

        Assert.Equal(Sorted(Precedes("p", "q"), Precedes("q", "r"), Precedes("r", "p")), await LineageIdsAsync("p", LineageDirection.Both, 10));
        Assert.Equal(Sorted(Precedes("p", "q"), Precedes("q", "r")), await LineageIdsAsync("p", LineageDirection.Down, 2));
        Assert.Equal([Precedes("r", "p")], await LineageIdsAsync("p", LineageDirection.Up, 1));
    }

    [ContractFact]
    public async Task Lineage_of_an_unknown_or_isolated_project_is_empty()
    {
        await ReplaceLineageAsync();

        Assert.Empty(await LineageIdsAsync("unknown", LineageDirection.Both, 10));
        Assert.Empty(await LineageIdsAsync("nas", LineageDirection.Both, 10));
    }

    [ContractFact]
    public async Task Lineage_facts_carry_their_evidence()
    {
        await ReplaceAsync(Some.Document("han.txt").WithFact(FactType.PRECEDES, "project:proxylessnas", "project:amc", text: "ProxylessNAS => AMC", start: 12));

        var fact = Assert.Single(await Store.LineageAsync("project:amc", LineageDirection.Up, 10));

        Assert.Equal([new Evidence("han.txt", null, "ProxylessNAS => AMC", 12, 31)], fact.Evidence);
    }

    [ContractFact]
    public async Task Shortest_path_follows_facts_in_either_direction_as_stored()
    {
        await ReplaceAsync(Some.Document("a.txt")
            .WithFact(FactType.AFFILIATED_WITH, Han, Mit)
            .WithFact(FactType.SPONSORS, Amazon, Mit)
            .WithFact(FactType.SPONSORS, Amazon, "org:mit-ibm"));

        var path = await Store.ShortestPathAsync(Han, "org:mit-ibm", 10);

        Assert.NotNull(path);
        Assert.Equal(
            [(FactType.AFFILIATED_WITH, Han, Mit), (FactType.SPONSORS, Amazon, Mit), (FactType.SPONSORS, Amazon, "org:mit-ibm")],
            path.Select(f => (f.Rel, f.From, f.To)));
        Assert.Equal(["a.txt"], path[0].Evidence.Select(e => e.Doc));
    }

    [ContractFact]
    public async Task Shortest_path_prefers_fewer_hops()
    {
        await ReplaceAsync(Some.Document("a.txt")
            .WithFact(FactType.USES, "project:s", "project:a")
            .WithFact(FactType.USES, "project:a", "project:b")
            .WithFact(FactType.USES, "project:b", "project:t")
            .WithFact(FactType.USES, "project:z", "project:s")
            .WithFact(FactType.USES, "project:z", "project:t"));

        var path = await Store.ShortestPathAsync("project:s", "project:t", 10);

        Assert.Equal([("project:z", "project:s"), ("project:z", "project:t")], path!.Select(f => (f.From, f.To)));
    }

    [ContractFact]
    public async Task Shortest_path_among_equals_takes_the_smallest_id_sequence()
    {
        // s-a-d-t and s-b-c-t: the first sorts first, although its last step (d) is the larger.
        await ReplaceAsync(Some.Document("a.txt")
            .WithFact(FactType.USES, "project:s", "project:b")
            .WithFact(FactType.USES, "project:b", "project:c")
            .WithFact(FactType.USES, "project:c", "project:t")
            .WithFact(FactType.USES, "project:s", "project:a")
            .WithFact(FactType.USES, "project:a", "project:d")
            .WithFact(FactType.USES, "project:d", "project:t"));

        var path = await Store.ShortestPathAsync("project:s", "project:t", 10);

        Assert.Equal([("project:s", "project:a"), ("project:a", "project:d"), ("project:d", "project:t")], path!.Select(f => (f.From, f.To)));
    }

    [ContractFact]
    public async Task Shortest_path_between_the_same_two_nodes_takes_the_smallest_fact_id()
    {
        var candidates = new[]
        {
            Some.FactId(FactType.USES, "project:s", "project:t"),
            Some.FactId(FactType.PRECEDES, "project:t", "project:s"),
            Some.FactId(FactType.PRECEDES, "project:s", "project:t"),
        };
        await ReplaceAsync(Some.Document("a.txt")
            .WithFact(FactType.USES, "project:s", "project:t")
            .WithFact(FactType.PRECEDES, "project:t", "project:s")
            .WithFact(FactType.PRECEDES, "project:s", "project:t"));

        var path = await Store.ShortestPathAsync("project:s", "project:t", 10);

        Assert.Equal([candidates.Min(StringComparer.Ordinal)], path!.Select(f => f.Id));
    }

    [ContractFact]
    public async Task Shortest_path_is_null_when_unreachable_or_longer_than_max_hops()
    {
        await ReplaceAsync(Some.Document("a.txt")
            .WithFact(FactType.USES, "project:s", "project:a")
            .WithFact(FactType.USES, "project:a", "project:t")
            .WithFact(FactType.USES, "project:island", "project:other"));

        Assert.Null(await Store.ShortestPathAsync("project:s", "project:island", 10));
        Assert.Null(await Store.ShortestPathAsync("project:s", "project:unknown", 10));
        Assert.Null(await Store.ShortestPathAsync("project:s", "project:t", 1));
        Assert.Equal(2, (await Store.ShortestPathAsync("project:s", "project:t", 2))!.Count);
    }

    [ContractFact]
    public async Task Shortest_path_from_a_node_to_itself_is_empty()
    {
        await ReplaceAsync(Some.Document("a.txt").WithFact(FactType.USES, "project:s", "project:s"));

        var path = await Store.ShortestPathAsync("project:s", "project:s", 10);

        Assert.NotNull(path);
        Assert.Empty(path);
    }
}

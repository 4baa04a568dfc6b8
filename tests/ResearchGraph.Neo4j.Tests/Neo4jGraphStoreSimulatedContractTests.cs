using ResearchGraph.Graph;
using ResearchGraph.Graph.Tests;
using ResearchGraph.Neo4j.Tests.Support;

namespace ResearchGraph.Neo4j.Tests;

/// <summary>
/// The graph store contract against <see cref="SimulatedNeo4j"/> over a loopback HTTP server: it
/// proves the store's own logic gives the embedded store's answers when each named query computes
/// what this simulation reads it to compute. It cannot prove the Cypher does; the run against a
/// real server (<see cref="Neo4jGraphStoreContractTests"/>) can.
/// </summary>
public sealed class Neo4jGraphStoreSimulatedContractTests : GraphStoreContract
{
    private FakeNeo4jServer? _server;

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        _server = await FakeNeo4jServer.StartAsync(queryApi: true);
        _server.Respond = new SimulatedNeo4j().Respond;
        return Neo4jGraphStore.Create(_server.Settings());
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

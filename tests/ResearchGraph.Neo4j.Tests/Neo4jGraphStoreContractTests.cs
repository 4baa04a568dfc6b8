using ResearchGraph.Graph;
using ResearchGraph.Graph.Tests;
using ResearchGraph.Graph.Tests.Support;
using ResearchGraph.Neo4j.Http;

namespace ResearchGraph.Neo4j.Tests;

/// <summary>
/// The graph store contract against a real Neo4j server, when RESEARCHGRAPH_NEO4J_URL (and _USER,
/// _PASSWORD, _DATABASE) name one; skipped with that reason otherwise. Each test starts from an
/// empty database: it deletes every node of the database it is given.
/// </summary>
[RequiresEnvironment(Neo4jSettings.UrlVariable, "the contract suite runs against a Neo4j server only when it names one (a disposable database: every test empties it)")]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var settings = Neo4jSettings.FromEnvironment();
        using (var client = new CypherHttpClient(settings))
        {
            await client.RunAsync([new CypherStatement("test/empty-database", "MATCH (n) DETACH DELETE n", new Dictionary<string, object?>())], default);
        }

        return Neo4jGraphStore.Create(settings);
    }
}

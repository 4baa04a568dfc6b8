namespace ResearchGraph.Neo4j.Http;

/// <summary>Which of Neo4j's HTTP interfaces a server offers, as its discovery document says.</summary>
internal enum Neo4jEndpoint
{
    /// <summary>The Query API, <c>/db/{database}/query/v2</c> (Neo4j 5.19 and later, Aura).</summary>
    QueryApi,

    /// <summary>The transactional Cypher endpoint, <c>/db/{database}/tx</c> (Neo4j 4 and 5).</summary>
    Transactional,
}

namespace ResearchGraph.Neo4j.Http;

/// <summary>
/// One Cypher statement with its parameters. <paramref name="Name"/> names it in error messages
/// (the query file it came from).
/// </summary>
internal sealed record CypherStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters);

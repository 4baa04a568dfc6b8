namespace ResearchGraph.Domain;

/// <summary>
/// The relationship types of the knowledge model. The names are the wire names (and the Neo4j
/// relationship types), so they are spelled as they appear in JSON.
/// </summary>
public enum FactType
{
    PUBLISHED_AT,
    ADOPTED,
    SPONSORS,
    RECEIVED,
    ADVISED_BY,
    EDUCATED_AT,
    AFFILIATED_WITH,
    PRECEDES,
    USES,
}

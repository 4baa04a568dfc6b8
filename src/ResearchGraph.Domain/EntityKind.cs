namespace ResearchGraph.Domain;

/// <summary>The kinds an entity can carry; an entity may carry several (Amazon is a Company and a Sponsor).</summary>
public enum EntityKind
{
    Person,
    Project,
    Venue,
    Company,
    Sponsor,
    Technique,
    Institution,
    Award,
    Product,
}

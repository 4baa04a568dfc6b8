using ResearchGraph.Domain;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>The person or lab a page is about: "we", "our", "I" and "my" resolve to it.</summary>
internal sealed record Owner(string Id, string Name, EntityKind Kind)
{
    public string FirstName => Name.Split(' ')[0];

    public string LastName => Name.Split(' ')[^1];
}

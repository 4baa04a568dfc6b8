using ResearchGraph.Extraction.Lexicon;

namespace ResearchGraph.Extraction.Recognition;

/// <summary>The lexicon-backed recognisers, built once per lexicon set and shared by every extraction.</summary>
internal sealed class Recognizers(Lexicons lexicons)
{
    public VenueFinder Venues { get; } = new(lexicons);

    public OrgFinder Orgs { get; } = new(lexicons);

    public TechniqueFinder Techniques { get; } = new(lexicons);

    public ProductFinder Products { get; } = new(lexicons);

    public ArtifactFinder Artifacts { get; } = new(lexicons);

    /// <summary>True when a lexicon names this a technique, an organization, a product or a venue: then it is not a new project or person.</summary>
    public bool IsKnownName(string name) =>
        Techniques.Lookup(name) is not null || Orgs.Lookup(name) is not null || Products.Lookup(name) is not null || Venues.IsVenueName(name);
}

namespace ResearchGraph.Evaluation;

/// <summary>A query a user would type and the news items that answer it.</summary>
public sealed record GoldSearch
{
    public required string Q { get; init; }

    public IReadOnlyList<GoldSearchItem> Relevant { get; init; } = [];
}

namespace ResearchGraph.Evaluation;

/// <summary>A news item that answers a query, named by its date prefix (<c>YYYY-MM</c>) and a phrase it contains.</summary>
public sealed record GoldSearchItem
{
    public required string Date { get; init; }

    public required string Contains { get; init; }
}

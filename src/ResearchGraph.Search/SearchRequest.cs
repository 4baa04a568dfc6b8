namespace ResearchGraph.Search;

/// <summary>A full-text query over news items.</summary>
/// <param name="Query">The user's query in Lucene's classic syntax (phrases, prefix*, fuzzy~).</param>
/// <param name="From">Earliest date, <c>YYYY</c> or <c>YYYY-MM</c>, inclusive; items without a date are then left out.</param>
/// <param name="To">Latest date, <c>YYYY</c> or <c>YYYY-MM</c>, inclusive.</param>
/// <param name="EntityIds">Only items mentioning all of these entity ids.</param>
/// <param name="Limit">Page size.</param>
/// <param name="Offset">Hits to skip.</param>
/// <param name="AnyEntityIds">
/// Only items mentioning at least one of these entity ids (for example every entity of one kind);
/// an empty list matches nothing, null filters nothing.
/// </param>
public sealed record SearchRequest(
    string Query,
    string? From = null,
    string? To = null,
    IReadOnlyList<string>? EntityIds = null,
    int Limit = 10,
    int Offset = 0,
    IReadOnlyList<string>? AnyEntityIds = null);

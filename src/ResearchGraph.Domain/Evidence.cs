namespace ResearchGraph.Domain;

/// <summary>
/// Where a fact was read: the document, the news item's date (null when the item has none), the
/// sentence, and its offsets in the document's visible text (<c>End</c> exclusive).
/// </summary>
public sealed record Evidence(string Doc, string? Date, string Text, int Start, int End);

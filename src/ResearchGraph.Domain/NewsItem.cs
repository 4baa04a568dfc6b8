namespace ResearchGraph.Domain;

/// <summary>
/// One dated item of a page (or the whole page, for pages without news), with the ids of the
/// entities it mentions. Offsets are into the document's visible text.
/// </summary>
public sealed record NewsItem(string? Date, string Text, int Start, int End, IReadOnlyList<string> Mentions);

namespace ResearchGraph.Search;

/// <summary>One news item that matched, with its best fragment highlighted in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit(string Path, string Doc, string? Date, string Text, string Highlight, float Score, IReadOnlyList<string> EntityIds);

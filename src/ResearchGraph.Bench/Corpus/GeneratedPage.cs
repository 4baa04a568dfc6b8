namespace ResearchGraph.Bench.Corpus;

/// <summary>One generated page: its path relative to the corpus folder and its content.</summary>
public sealed record GeneratedPage(int Index, string RelativePath, string Content);

namespace ResearchGraph.Search;

/// <summary>The bounds a <see cref="SearchRequest"/> must keep; requests outside them are refused.</summary>
public static class SearchLimits
{
    /// <summary>The longest query, in characters.</summary>
    public const int MaxQueryLength = 1_000;

    /// <summary>The largest page.</summary>
    public const int MaxLimit = 100;

    /// <summary>The most hits a page may skip.</summary>
    public const int MaxOffset = 10_000;
}

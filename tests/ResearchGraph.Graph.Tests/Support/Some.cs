using ResearchGraph.Domain;

namespace ResearchGraph.Graph.Tests.Support;

/// <summary>Entry points of the test-data builders.</summary>
public static class Some
{
    /// <summary>A document named <paramref name="doc"/>, keyed by a made-up absolute path under <c>/pages/</c>.</summary>
    public static DocumentBuilder Document(string doc) => new(doc);

    /// <summary>The id of the fact <c>(rel, from, to, year, via)</c>, as every store computes it.</summary>
    public static string FactId(FactType rel, string from, string to, int? year = null, string? via = null) =>
        FactIds.For(rel, from, to, year, via);
}

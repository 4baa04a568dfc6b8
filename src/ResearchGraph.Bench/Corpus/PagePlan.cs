using ResearchGraph.Reading;

namespace ResearchGraph.Bench.Corpus;

/// <summary>What one generated page says, before it is written in a format.</summary>
internal sealed record PagePlan(
    int Index,
    PageFormat Format,
    string Owner,
    bool IsLab,
    string Role,
    string Institution,
    IReadOnlyList<string> Bio,
    IReadOnlyList<NewsEntry> News,
    IReadOnlyList<string> Publications,
    IReadOnlyList<AwardEntry> Awards,
    IReadOnlyList<string> Closing);

/// <summary>One dated news item: month 1-12, and its sentences.</summary>
internal sealed record NewsEntry(int Year, int Month, string Text);

/// <summary>One award row: the year and the award's name.</summary>
internal sealed record AwardEntry(int Year, string Name);

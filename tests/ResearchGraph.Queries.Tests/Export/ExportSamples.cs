using ResearchGraph.Domain;
using ResearchGraph.Queries.Views;

namespace ResearchGraph.Queries.Tests.Export;

/// <summary>A small graph whose values hold everything an export must escape.</summary>
public static class ExportSamples
{
    public const string Awkward = "O'Brien \"Lab\", \\ back\nnew line; tab\t — Zürich 😀";

    public static ExportView Graph() => new(
        [new ExportDocument("pages/o'brien, \"lab\".md", "abc", "https://example.org/a?b=1&c='2'", new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.FromHours(2)))],
        [
            new ExportEntity("org:amazon", [EntityKind.Company, EntityKind.Sponsor], "Amazon", ["AWS", "Amazon; Web Services"]),
            new ExportEntity("person:o-brien", [EntityKind.Person], Awkward, []),
        ],
        [
            new ExportFact("fact:0001", FactType.SPONSORS, "org:amazon", "person:o-brien", 2021, null, new Dictionary<string, string> { ["note"] = "a, \"b\"" },
                [new Evidence("pages/o'brien, \"lab\".md", "2021-06", Awkward, 3, 3 + Awkward.Length)]),
            new ExportFact("fact:0002", FactType.USES, "project:unnamed", "technique:x", null, "product:p", new Dictionary<string, string>(),
                [new Evidence("pages/o'brien, \"lab\".md", null, "uses x", 0, 6)]),
        ]);
}

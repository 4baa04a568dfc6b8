using ResearchGraph.Evaluation;

namespace ResearchGraph.Evaluation.Tests.Support;

/// <summary>Builders for gold test data.</summary>
internal static class Some
{
    public const string Doc = "page.txt";

    public static GoldFile Gold(IReadOnlyList<GoldEntity>? entities = null, IReadOnlyList<GoldFact>? facts = null, IReadOnlyList<GoldSearch>? search = null) =>
        new() { Doc = Doc, Owner = "Song Han", Entities = entities ?? [], Facts = facts ?? [], Search = search ?? [] };

    public static GoldEntity Entity(string kind, string name, bool optional = false, params string[] aliases) =>
        new() { Kind = kind, Name = name, Optional = optional, Aliases = aliases.Length == 0 ? null : aliases };

    public static GoldFact Fact(string rel, string from, string to, int[]? years = null, bool optional = false, string[]? altFrom = null, string[]? altTo = null) =>
        new() { Rel = rel, From = from, To = to, Years = years ?? [], Optional = optional, AltFrom = altFrom, AltTo = altTo };
}

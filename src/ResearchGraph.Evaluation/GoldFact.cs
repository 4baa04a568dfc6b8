using System.Text.Json.Serialization;

namespace ResearchGraph.Evaluation;

/// <summary>
/// A gold fact: its rel (a <c>FactType</c> name), its ends by name with other acceptable
/// names, and the years it may carry (empty when the text gives none, so any year matches).
/// </summary>
public sealed record GoldFact
{
    public required string Rel { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    /// <summary>The acceptable years; the JSON <c>year</c> may be a number or a list of numbers.</summary>
    [JsonPropertyName("year")]
    [JsonConverter(typeof(GoldYearsConverter))]
    public IReadOnlyList<int> Years { get; init; } = [];

    public IReadOnlyList<string>? AltFrom { get; init; }

    public IReadOnlyList<string>? AltTo { get; init; }

    /// <summary>The product it went through (for ADOPTED); not scored.</summary>
    public string? Via { get; init; }

    public bool Optional { get; init; }

    /// <summary>The gold <c>from</c> followed by <c>alt_from</c>.</summary>
    public IEnumerable<string> FromNames => AltFrom is null ? [From] : [From, .. AltFrom];

    /// <summary>The gold <c>to</c> followed by <c>alt_to</c>.</summary>
    public IEnumerable<string> ToNames => AltTo is null ? [To] : [To, .. AltTo];
}

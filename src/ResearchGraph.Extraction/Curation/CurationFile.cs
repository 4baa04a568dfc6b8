using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResearchGraph.Extraction.Curation;

/// <summary>
/// The shape of a curation file (JSON): entities to merge, aliases to add and facts to reject.
/// Names may be entity ids ("project:ofa") or any name or alias, compared as names are.
/// </summary>
/// <example>
/// {
///   "merge":   [{ "into": "Once-for-All Network", "names": ["OFA"] }],
///   "aliases": [{ "entity": "HAQ", "aliases": ["Hardware-Aware Automated Quantization"] }],
///   "reject":  [{ "rel": "ADOPTED", "from": "Intel", "to": "HAQ" }]
/// }
/// </example>
public sealed record CurationFile(
    [property: JsonPropertyName("merge")] IReadOnlyList<CurationMerge>? Merge,
    [property: JsonPropertyName("aliases")] IReadOnlyList<CurationAliases>? Aliases,
    [property: JsonPropertyName("reject")] IReadOnlyList<CurationReject>? Reject)
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}

/// <summary>Every entity known by one of <see cref="Names"/> becomes the entity <see cref="Into"/>.</summary>
public sealed record CurationMerge(
    [property: JsonPropertyName("into")] string Into,
    [property: JsonPropertyName("names")] IReadOnlyList<string> Names);

/// <summary>More names for one entity.</summary>
public sealed record CurationAliases(
    [property: JsonPropertyName("entity")] string Entity,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases);

/// <summary>Facts to leave out: every given field must match (rel by wire name; year when given).</summary>
public sealed record CurationReject(
    [property: JsonPropertyName("rel")] string? Rel,
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("year")] int? Year);

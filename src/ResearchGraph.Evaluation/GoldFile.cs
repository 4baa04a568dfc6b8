using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResearchGraph.Evaluation;

/// <summary>
/// What a careful reader extracts from one source document: its entities, its facts and the
/// searches it should answer. Read from a <c>*.gold.json</c> file.
/// </summary>
public sealed record GoldFile
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The document's file name, as evidence names it (<c>song-han.txt</c>).</summary>
    public required string Doc { get; init; }

    /// <summary>The person or lab whose page it is; facts about "we" name the owner.</summary>
    public string? Owner { get; init; }

    public IReadOnlyList<GoldEntity> Entities { get; init; } = [];

    public IReadOnlyList<GoldFact> Facts { get; init; } = [];

    [JsonPropertyName("search")]
    public IReadOnlyList<GoldSearch> Search { get; init; } = [];

    /// <summary>Reads a gold file; throws <see cref="InvalidDataException"/> naming the file when it is malformed.</summary>
    public static GoldFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Parses the text of a gold file; throws <see cref="InvalidDataException"/> when it is malformed.</summary>
    public static GoldFile Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        GoldFile? gold;
        try
        {
            gold = JsonSerializer.Deserialize<GoldFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a gold file: {e.Message}", e);
        }

        if (gold is null || string.IsNullOrWhiteSpace(gold.Doc))
        {
            throw new InvalidDataException("not a gold file: \"doc\" is missing.");
        }

        // Explicit JSON nulls bypass the initialisers; treat them as empty lists.
        return gold with
        {
            Entities = gold.Entities ?? [],
            Facts = gold.Facts ?? [],
            Search = gold.Search ?? [],
        };
    }
}

using System.Text.Json;

namespace ResearchGraph.Evaluation.Tests.Support;

/// <summary>
/// The lowest micro-F1 a sample page may score, over the six main entity kinds and the six main
/// fact rels. Read from <c>eval/floors.json</c>: <c>{"floors": {"page.md": {"entities": 0.8, "facts": 0.6}}}</c>.
/// </summary>
internal sealed record QualityFloor(double Entities, double Facts)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyDictionary<string, QualityFloor> Load(string path)
    {
        var file = JsonSerializer.Deserialize<FloorsFile>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidDataException($"{path}: empty floors file.");
        return file.Floors ?? throw new InvalidDataException($"{path}: \"floors\" is missing.");
    }

    private sealed record FloorsFile(Dictionary<string, QualityFloor>? Floors);
}

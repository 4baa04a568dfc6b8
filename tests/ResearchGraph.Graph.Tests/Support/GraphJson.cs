using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResearchGraph.Graph.Tests.Support;

/// <summary>
/// Serialises store results to JSON so tests compare them structurally (records holding lists
/// compare those lists by reference) and failures show the whole difference.
/// </summary>
public static class GraphJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Of<T>(T value) => JsonSerializer.Serialize(value, Options);
}

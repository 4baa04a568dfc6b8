using System.Text.Json;

namespace ResearchGraph.Neo4j.Rows;

/// <summary>Reads the plain JSON values of a result row (null and missing read as null).</summary>
internal static class Json
{
    public static string? String(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : value.GetString();

    public static string RequiredString(JsonElement value) =>
        String(value) ?? throw new InvalidDataException("Neo4j returned null where a string was expected.");

    public static int? Int(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : checked((int)value.GetInt64());

    public static IReadOnlyList<string> Strings(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(RequiredString)] : [];

    public static JsonElement Property(JsonElement map, string name) =>
        map.ValueKind == JsonValueKind.Object && map.TryGetProperty(name, out var value) ? value : default;
}

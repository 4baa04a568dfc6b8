using System.Text.Json;

namespace ResearchGraph.Bench.Measuring;

/// <summary>The JSON form of a <see cref="BenchReport"/> (snake_case names as the report's properties give them).</summary>
public static class BenchJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Serialize(BenchReport report) => JsonSerializer.Serialize(report, Options);
}

using System.Diagnostics;
using System.Text.Json;

namespace ResearchGraph.Neo4j.Tests.Support;

/// <summary>
/// Checks Cypher with Neo4j's own parser (npm @neo4j-cypher/language-support, installed by .ci/run
/// into tools/cypher-lint): syntax and the semantic checks the parser makes (undefined variables,
/// a query ending in MATCH, UNION branches with different columns). It cannot check what needs a
/// database: labels, indexes, runtime errors.
/// </summary>
public static class CypherLinter
{
    /// <summary>The errors of each statement that has any, as "name: line:column message".</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IEnumerable<(string Name, string Statement)> statements)
    {
        var folder = Repository.PathOf("tools", "cypher-lint");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@neo4j-cypher", "language-support")))
        {
            throw new InvalidOperationException(
                "The Cypher linter is not installed: run 'npm ci' in tools/cypher-lint (.ci/run does) with node 20 or later on the PATH.");
        }

        var start = new ProcessStartInfo("node", Path.Combine(folder, "lint.cjs"))
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, statement = s.Statement })));
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"the Cypher linter failed ({process.ExitCode}): {error}");
        }

        using var failures = JsonDocument.Parse(output);
        return [.. failures.RootElement.EnumerateArray().SelectMany(f =>
            f.GetProperty("errors").EnumerateArray().Select(e => f.GetProperty("name").GetString() + ": " + e.GetString()))];
    }
}

using System.Collections.Concurrent;
using System.Reflection;
using ResearchGraph.Neo4j.Http;

namespace ResearchGraph.Neo4j.Cypher;

/// <summary>
/// The named queries of the repository's <c>queries/</c> folder (embedded at build time), by their
/// path without the extension: <c>facts</c>, <c>write/merge-facts</c>. The store sends their text
/// unchanged, so what it runs is exactly what a user can paste into Neo4j Browser.
/// </summary>
internal static class CypherQueries
{
    private const string Prefix = "queries/";
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The names of every embedded query file.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. typeof(CypherQueries).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".cypher".Length])
        .Order(StringComparer.Ordinal)];

    /// <summary>The text of the query file <paramref name="name"/>.</summary>
    public static string Text(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(CypherQueries).Assembly.GetManifestResourceStream(Prefix + n + ".cypher")
            ?? throw new InvalidOperationException($"No query file queries/{n}.cypher is embedded in {typeof(CypherQueries).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().TrimEnd().TrimEnd(';');
    });

    /// <summary>The statement of query file <paramref name="name"/> with these parameters.</summary>
    public static CypherStatement Statement(string name, params (string Name, object? Value)[] parameters) =>
        new(name, Text(name), parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    /// <summary>
    /// The statements of a file holding several, separated by a <c>;</c> at the end of a line
    /// (<c>schema</c>), without their comment lines.
    /// </summary>
    public static IReadOnlyList<CypherStatement> Statements(string name)
    {
        var statements = new List<CypherStatement>();
        var current = new List<string>();
        foreach (var line in (Text(name) + ";").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            current.Add(trimmed.TrimEnd(';'));
            if (trimmed.EndsWith(';'))
            {
                statements.Add(new CypherStatement($"{name}#{statements.Count + 1}", string.Join('\n', current), new Dictionary<string, object?>()));
                current.Clear();
            }
        }

        return statements;
    }
}

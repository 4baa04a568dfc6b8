using System.CommandLine;

namespace ResearchGraph.Cli;

/// <summary>The options every command takes.</summary>
internal static class GlobalOptions
{
    public static Option<string?> Data { get; } = new("--data")
    {
        Description = "The data folder (default: $RESEARCHGRAPH_DATA or ./data)",
        Recursive = true,
    };

    public static Option<string?> Store { get; } = new("--store")
    {
        Description = "The graph store: embedded (default) or neo4j; also $RESEARCHGRAPH_STORE",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON instead of a table",
    };
}

using System.CommandLine;
using ResearchGraph.Graph;
using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Ingestion;
using ResearchGraph.Queries;
using ResearchGraph.Search;

namespace ResearchGraph.Cli;

/// <summary>Resolves the data folder and store a command works on, and opens them for reading.</summary>
internal static class CliEnvironment
{
    public static DataFolder DataFolder(ParseResult result)
    {
        var path = result.GetValue(GlobalOptions.Data)
            ?? Environment.GetEnvironmentVariable("RESEARCHGRAPH_DATA")
            ?? "data";
        return new DataFolder(path);
    }

    public static void RequireEmbeddedStore(ParseResult result)
    {
        var store = result.GetValue(GlobalOptions.Store) ?? Environment.GetEnvironmentVariable("RESEARCHGRAPH_STORE") ?? "embedded";
        switch (store.ToLowerInvariant())
        {
            case "embedded":
                return;
            case "neo4j":
                throw new CliException("the neo4j store is not available in this build yet; use --store embedded");
            default:
                throw new CliException($"unknown store '{store}': expected embedded or neo4j");
        }
    }

    /// <summary>Opens the graph read-only and the index for searching; readers never block the writer.</summary>
    public static async Task<(IGraphStore Store, SearchIndexReader Index, GraphQueries Queries)> OpenReadAsync(ParseResult result, CancellationToken ct)
    {
        RequireEmbeddedStore(result);
        var folder = DataFolder(result);
        var store = await SqliteGraphStore.OpenAsync(folder.GraphFile, readOnly: true, ct).ConfigureAwait(false);
        var index = SearchIndexReader.Open(folder.IndexDirectory);
        return (store, index, new GraphQueries(store, index));
    }
}

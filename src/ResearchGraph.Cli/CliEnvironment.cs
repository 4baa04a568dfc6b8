using System.CommandLine;
using ResearchGraph.Graph;
using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Ingestion;
using ResearchGraph.Neo4j;
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

    /// <summary>Which graph store the command uses: --store, else $RESEARCHGRAPH_STORE, else embedded.</summary>
    public static bool UsesNeo4j(ParseResult result)
    {
        var store = result.GetValue(GlobalOptions.Store) ?? Environment.GetEnvironmentVariable("RESEARCHGRAPH_STORE") ?? "embedded";
        return store.ToLowerInvariant() switch
        {
            "embedded" => false,
            "neo4j" => true,
            _ => throw new CliException($"unknown store '{store}': expected embedded or neo4j"),
        };
    }

    /// <summary>For the commands that run on the embedded store only (worker, status, serve): a clear refusal on Neo4j.</summary>
    public static void RequireEmbeddedStore(ParseResult result, string command)
    {
        if (UsesNeo4j(result))
        {
            throw new CliException($"'{command}' runs on the embedded store only for now; use --store embedded");
        }
    }

    /// <summary>
    /// Opens the chosen graph store: the data folder's SQLite file, or the Neo4j server that
    /// $RESEARCHGRAPH_NEO4J_URL (and _USER, _PASSWORD, _DATABASE) names.
    /// </summary>
    public static async Task<IGraphStore> OpenStoreAsync(ParseResult result, DataFolder folder, bool readOnly, CancellationToken ct)
    {
        if (!UsesNeo4j(result))
        {
            return await SqliteGraphStore.OpenAsync(folder.GraphFile, readOnly, ct).ConfigureAwait(false);
        }

        Neo4jSettings settings;
        try
        {
            settings = Neo4jSettings.FromEnvironment();
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message);
        }

        return Neo4jGraphStore.Create(settings);
    }

    /// <summary>Opens the writer of the data folder with the chosen graph store.</summary>
    public static Task<Ingestor> OpenIngestorAsync(ParseResult result, string holder, CancellationToken ct)
    {
        var folder = DataFolder(result);
        return Ingestor.OpenAsync(folder, holder, token => OpenStoreAsync(result, folder, readOnly: false, token), cancellationToken: ct);
    }

    /// <summary>Opens the graph read-only and the index for searching; readers never block the writer.</summary>
    public static async Task<(IGraphStore Store, SearchIndexReader Index, GraphQueries Queries)> OpenReadAsync(ParseResult result, CancellationToken ct)
    {
        var folder = DataFolder(result);
        var store = await OpenStoreAsync(result, folder, readOnly: true, ct).ConfigureAwait(false);
        var index = SearchIndexReader.Open(folder.IndexDirectory);
        return (store, index, new GraphQueries(store, index));
    }
}

using Microsoft.Data.Sqlite;

namespace ResearchGraph.Bench.Measuring;

/// <summary>Counts of entities and facts in an embedded graph file, read directly (no store query gives bare counts).</summary>
internal static class SqliteCounts
{
    public static async Task<(long Entities, long Facts)> ReadAsync(string graphFile, CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = graphFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(ct).ConfigureAwait(false);
        return (await CountAsync(connection, "entities", ct).ConfigureAwait(false), await CountAsync(connection, "facts", ct).ConfigureAwait(false));
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();

        // The table name is one of two constants above, never user input.
        command.CommandText = "SELECT count(*) FROM " + table;
        return (long)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }
}

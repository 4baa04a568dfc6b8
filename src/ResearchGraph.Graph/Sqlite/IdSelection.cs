using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ResearchGraph.Graph.Sqlite;

/// <summary>
/// A parameterised <c>SELECT</c> that yields ids (of entities or facts), used as
/// <c>... IN (selection)</c> by the readers so that one query shape serves export, look-up by id
/// and filtered searches. The SQL text is always composed from fixed fragments; values travel
/// only as parameters.
/// </summary>
internal sealed class IdSelection
{
    private readonly IReadOnlyList<KeyValuePair<string, object>> _parameters;

    private IdSelection(string sql, IReadOnlyList<KeyValuePair<string, object>> parameters)
    {
        Sql = sql;
        _parameters = parameters;
    }

    public string Sql { get; }

    public static IdSelection Of(string sql, params KeyValuePair<string, object>[] parameters) => new(sql, parameters);

    /// <summary>The rows of <paramref name="table"/> whose id is one of <paramref name="ids"/>.</summary>
    public static IdSelection Among(string table, IEnumerable<string> ids) =>
        // One JSON array parameter instead of a parameter per id: no limit on the count, one statement.
        new($"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each($ids))",
            [new("$ids", JsonSerializer.Serialize(ids.ToArray()))]);

    /// <summary>
    /// Runs <paramref name="selectWhereColumn"/> (a query ending in <c>WHERE column</c>) restricted to
    /// <c>column IN (this selection)</c>, calling <paramref name="row"/> for each row.
    /// </summary>
    public async Task ForEachRowAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string selectWhereColumn,
        Action<SqliteDataReader> row,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = selectWhereColumn + " IN (" + Sql + ");";
        foreach (var (name, value) in _parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }
}

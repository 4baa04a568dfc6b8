using Microsoft.Data.Sqlite;
using ResearchGraph.Domain;
using ResearchGraph.Graph.Traversal;

namespace ResearchGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Fact>> LineageAsync(string projectId, LineageDirection direction, int depth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projectId);
        return ReadAsync<IReadOnlyList<Fact>>(async (connection, transaction) =>
        {
            var facts = new HashSet<string>(StringComparer.Ordinal);

            // Two separate walks, so that a node reached going down keeps going down (no zig-zag
            // from a successor up to its other predecessors).
            if (direction is LineageDirection.Down or LineageDirection.Both)
            {
                await using var down = StepCommand(connection, transaction,
                    "SELECT id, to_id FROM facts WHERE rel = $rel AND from_id = $node;");
                facts.UnionWith(await BreadthFirst.ReachableFactsAsync(projectId, depth, node => ReadStepsAsync(down, node, cancellationToken), cancellationToken));
            }

            if (direction is LineageDirection.Up or LineageDirection.Both)
            {
                await using var up = StepCommand(connection, transaction,
                    "SELECT id, from_id FROM facts WHERE rel = $rel AND to_id = $node;");
                facts.UnionWith(await BreadthFirst.ReachableFactsAsync(projectId, depth, node => ReadStepsAsync(up, node, cancellationToken), cancellationToken));
            }

            return facts.Count == 0
                ? []
                : await FactRows.ReadAsync(connection, transaction, IdSelection.Among("facts", facts), cancellationToken);
        }, [], cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Fact>?> ShortestPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        if (string.Equals(fromId, toId, StringComparison.Ordinal))
        {
            return Task.FromResult<IReadOnlyList<Fact>?>([]);
        }

        return ReadAsync<IReadOnlyList<Fact>?>(async (connection, transaction) =>
        {
            await using var neighbours = StepCommand(connection, transaction,
                "SELECT id, to_id FROM facts WHERE from_id = $node UNION ALL SELECT id, from_id FROM facts WHERE to_id = $node;");
            var path = await BreadthFirst.ShortestPathAsync(fromId, toId, maxHops, node => ReadStepsAsync(neighbours, node, cancellationToken), cancellationToken);
            if (path is null)
            {
                return null;
            }

            var byId = (await FactRows.ReadAsync(connection, transaction, IdSelection.Among("facts", path), cancellationToken))
                .ToDictionary(f => f.Id, StringComparer.Ordinal);
            return [.. path.Select(id => byId[id])];
        }, null, cancellationToken);
    }

    // One command per walk, rebound for every node, so SQLite prepares the statement once.
    private static SqliteCommand StepCommand(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.Add("$node", SqliteType.Text);
        if (sql.Contains("$rel", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$rel", nameof(FactType.PRECEDES));
        }

        return command;
    }

    private static async Task<IReadOnlyList<Step>> ReadStepsAsync(SqliteCommand command, string node, CancellationToken cancellationToken)
    {
        command.Parameters["$node"].Value = node;
        var steps = new List<Step>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            steps.Add(new Step(reader.GetString(0), reader.GetString(1)));
        }

        return steps;
    }
}

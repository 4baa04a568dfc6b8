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
            var path = await MeetInTheMiddle.ShortestPathAsync(fromId, toId, maxHops, nodes => ReadLayerAsync(connection, transaction, nodes, cancellationToken), cancellationToken);
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

    // The facts touching any of a layer's nodes, in one statement, as steps out of each node they touch.
    private static async Task<ILookup<string, Step>> ReadLayerAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> nodes, CancellationToken cancellationToken)
    {
        var layer = nodes.ToHashSet(StringComparer.Ordinal);
        var steps = new List<(string Node, Step Step)>();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "SELECT id, from_id, to_id FROM facts WHERE from_id IN (SELECT value FROM json_each($ids)) " +
            "UNION SELECT id, from_id, to_id FROM facts WHERE to_id IN (SELECT value FROM json_each($ids));";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(layer.ToArray()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            var from = reader.GetString(1);
            var to = reader.GetString(2);
            if (layer.Contains(from))
            {
                steps.Add((from, new Step(id, to)));
            }

            if (layer.Contains(to))
            {
                steps.Add((to, new Step(id, from)));
            }
        }

        return steps.ToLookup(s => s.Node, s => s.Step, StringComparer.Ordinal);
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

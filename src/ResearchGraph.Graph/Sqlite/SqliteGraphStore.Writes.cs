using ResearchGraph.Domain;

namespace ResearchGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public Task ReplaceDocumentAsync(DocumentFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(facts.Document);
        return WriteAsync(async (connection, transaction) =>
        {
            await using var writer = new DocumentWriter(connection, transaction);
            var (_, orphanFacts, orphanEntities) = await writer.RemoveAsync(facts.Document.Path, cancellationToken);
            await writer.InsertAsync(facts, cancellationToken);

            // A new fact given without evidence is not kept either: no fact without evidence.
            orphanFacts.UnionWith(facts.Facts.Select(f => f.Id));
            await writer.DeleteOrphansAsync(orphanFacts, orphanEntities, cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> ForgetDocumentAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return WriteAsync(async (connection, transaction) =>
        {
            await using var writer = new DocumentWriter(connection, transaction);
            var (existed, orphanFacts, orphanEntities) = await writer.RemoveAsync(path, cancellationToken);
            await writer.DeleteOrphansAsync(orphanFacts, orphanEntities, cancellationToken);
            return existed;
        }, cancellationToken);
    }
}

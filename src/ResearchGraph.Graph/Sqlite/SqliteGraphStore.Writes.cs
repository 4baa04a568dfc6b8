using Microsoft.Data.Sqlite;
using ResearchGraph.Domain;

namespace ResearchGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public Task ReplaceDocumentAsync(DocumentFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(facts.Document);
        return WriteAsync(async (writer, transaction) =>
        {
            await ReplaceAsync(writer, transaction, facts, cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Replaces several documents, each as <see cref="ReplaceDocumentAsync"/> would, in one
    /// transaction: readers see all of them or none, and a failure leaves every one as it was. One
    /// commit for many documents costs much less than one each, because documents share the index
    /// pages their rows go to.
    /// </summary>
    /// <param name="documents">The documents, written in order; a path given twice ends as its last.</param>
    /// <param name="cancellationToken">Cancels the write before it commits.</param>
    public Task ReplaceDocumentsAsync(IReadOnlyList<DocumentFacts> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var facts in documents)
        {
            ArgumentNullException.ThrowIfNull(facts);
            ArgumentNullException.ThrowIfNull(facts.Document);
        }

        if (documents.Count == 0)
        {
            return Task.CompletedTask;
        }

        return WriteAsync(async (writer, transaction) =>
        {
            foreach (var facts in documents)
            {
                await ReplaceAsync(writer, transaction, facts, cancellationToken);
            }

            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> ForgetDocumentAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return WriteAsync(async (writer, transaction) =>
        {
            var (existed, orphanFacts, orphanEntities) = await writer.RemoveAsync(transaction, path, cancellationToken);
            await writer.DeleteOrphansAsync(transaction, orphanFacts, orphanEntities, cancellationToken);
            return existed;
        }, cancellationToken);
    }

    private static async Task ReplaceAsync(DocumentWriter writer, SqliteTransaction transaction, DocumentFacts facts, CancellationToken cancellationToken)
    {
        var (_, orphanFacts, orphanEntities) = await writer.RemoveAsync(transaction, facts.Document.Path, cancellationToken);
        await writer.InsertAsync(transaction, facts, cancellationToken);

        // A new fact given without evidence is not kept either: no fact without evidence.
        orphanFacts.UnionWith(facts.Facts.Where(f => f.Evidence.Count == 0).Select(f => f.Id));
        await writer.DeleteOrphansAsync(transaction, orphanFacts, orphanEntities, cancellationToken);
    }
}

using ResearchGraph.Domain;
using ResearchGraph.Graph;
using ResearchGraph.Queries.Views;

namespace ResearchGraph.Queries;

public sealed partial class GraphQueries
{
    // Entities change only when a document is written or forgotten, and every such write changes
    // the document list (its hashes and ingest times), so the list is the key of the cached copy.
    private volatile EntityCatalog? catalog;

    /// <summary>How many documents, entities and facts the graph holds; the document list is read every time, so this proves the store answers.</summary>
    public async Task<GraphCounts> CountsAsync(CancellationToken ct = default)
    {
        var current = await CatalogAsync(ct).ConfigureAwait(false);
        return new GraphCounts(current.Documents, current.Entities.Count, current.Facts);
    }

    /// <summary>Every entity of the graph, sorted by id, read again only after a document changed.</summary>
    private async Task<IReadOnlyList<Entity>> AllEntitiesAsync(CancellationToken ct) => (await CatalogAsync(ct).ConfigureAwait(false)).Entities;

    private async Task<EntityCatalog> CatalogAsync(CancellationToken ct)
    {
        var documents = await store.ListDocumentsAsync(ct).ConfigureAwait(false);
        var key = CatalogKey(documents);
        if (catalog is { } cached && cached.Key == key)
        {
            return cached;
        }

        var snapshot = await store.ExportAsync(ct).ConfigureAwait(false);
        var fresh = new EntityCatalog(key, documents.Count, snapshot.Entities, snapshot.Facts.Count);
        catalog = fresh;
        return fresh;
    }

    private static string CatalogKey(IReadOnlyList<DocumentSummary> documents) =>
        string.Join('\n', documents.Select(d => $"{d.Document.Path}\t{d.Document.Hash}\t{d.Document.Ingested.UtcTicks}\t{d.Facts}"));

    private sealed record EntityCatalog(string Key, int Documents, IReadOnlyList<Entity> Entities, int Facts);
}

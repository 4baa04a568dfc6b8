using ResearchGraph.Domain;

namespace ResearchGraph.Graph;

/// <summary>
/// The graph store, in the language of the domain. Every implementation answers every query
/// identically (one contract test suite runs against each); lists come back in the order the
/// method documents, so outputs are byte-identical across stores.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>The recorded document with this absolute source path, or null.</summary>
    Task<SourceDocument?> FindDocumentAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces everything the document contributed (its record, visible text, news items, entity
    /// names, kinds and aliases, and the evidence of its facts) with <paramref name="facts"/>, in one
    /// transaction. Facts left without evidence disappear; facts other documents support stay with
    /// their remaining evidence. Readers see the old state or the new one, never a mix.
    /// </summary>
    Task ReplaceDocumentAsync(DocumentFacts facts, CancellationToken cancellationToken = default);

    /// <summary>Removes a document and what only it supported; false when it was not there.</summary>
    Task<bool> ForgetDocumentAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>All documents with their fact counts, sorted by doc then path.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>The visible text of a document, or null when it is not there.</summary>
    Task<string?> GetVisibleTextAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The news items of a document in offset order (empty when it is not there).</summary>
    Task<IReadOnlyList<NewsItem>> GetNewsItemsAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The whole graph: documents by doc, entities by id, facts by id, evidence by doc then start.</summary>
    Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Entities whose id, name or one of whose aliases equals <paramref name="name"/>
    /// case-insensitively, sorted by id.
    /// </summary>
    Task<IReadOnlyList<Entity>> ResolveAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The merged entities with these ids (unknown ids are left out), sorted by id.</summary>
    Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Facts matching every given criterion, sorted by id, each with all its evidence.</summary>
    Task<IReadOnlyList<Fact>> FindFactsAsync(FactQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The PRECEDES facts reachable from <paramref name="projectId"/> within <paramref name="depth"/>
    /// hops in the given direction, sorted by id.
    /// </summary>
    Task<IReadOnlyList<Fact>> LineageAsync(string projectId, LineageDirection direction, int depth, CancellationToken cancellationToken = default);

    /// <summary>
    /// The shortest chain of facts (followed in either direction) linking two entities, at most
    /// <paramref name="maxHops"/> long; among equally short chains the one whose sequence of entity
    /// ids sorts first. Empty when from equals to; null when no chain exists.
    /// </summary>
    Task<IReadOnlyList<Fact>?> ShortestPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default);
}

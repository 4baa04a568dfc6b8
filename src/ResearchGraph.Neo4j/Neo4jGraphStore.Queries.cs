using System.Globalization;
using System.Text.Json;
using ResearchGraph.Domain;
using ResearchGraph.Graph;
using ResearchGraph.Neo4j.Cypher;
using ResearchGraph.Neo4j.Http;
using ResearchGraph.Neo4j.Rows;

namespace ResearchGraph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<SourceDocument?> FindDocumentAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var result = await ReadAsync(CypherQueries.Statement("document", ("path", path)), cancellationToken);
        return result.Rows.Count == 0 ? null : ReadDocument(result, result.Rows[0]);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(CypherQueries.Statement("documents"), cancellationToken);
        var documents = result.Rows.Select(row => new DocumentSummary(ReadDocument(result, row), Json.Int(result.Get(row, "facts")) ?? 0)).ToList();
        documents.Sort((a, b) => CompareDocuments(a.Document, b.Document));
        return documents;
    }

    /// <inheritdoc />
    public async Task<string?> GetVisibleTextAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var result = await ReadAsync(CypherQueries.Statement("visible-text", ("path", path)), cancellationToken);
        return result.Rows.Count == 0 ? null : Json.String(result.Get(result.Rows[0], "visibleText"));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<NewsItem>> GetNewsItemsAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var result = await ReadAsync(CypherQueries.Statement("news-items", ("path", path)), cancellationToken);
        return [.. result.Rows
            .Select(row => (Position: Json.Int(result.Get(row, "position")) ?? 0, Item: new NewsItem(
                Json.String(result.Get(row, "date")),
                Json.RequiredString(result.Get(row, "text")),
                Json.Int(result.Get(row, "start")) ?? 0,
                Json.Int(result.Get(row, "end")) ?? 0,
                Json.Strings(result.Get(row, "mentions")))))
            .OrderBy(x => x.Item.Start)
            .ThenBy(x => x.Item.End)
            .ThenBy(x => x.Position)
            .Select(x => x.Item)];
    }

    /// <inheritdoc />
    public async Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default)
    {
        // One implicit transaction, so the three parts agree.
        var results = await ReadAsync(
            [CypherQueries.Statement("documents"), CypherQueries.Statement("entities"), FactsStatement(new FactQuery())], cancellationToken);
        var documents = results[0].Rows.Select(row => ReadDocument(results[0], row)).ToList();
        documents.Sort(CompareDocuments);
        return new GraphSnapshot(documents, ReadEntities(results[1]), FactRows.Read(results[2]));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Entity>> ResolveAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);

        // Lower-cased here as the stored look-up forms were, so both sides agree beyond ASCII.
        return ReadEntities(await ReadAsync(CypherQueries.Statement("entity", ("name", name.ToLowerInvariant())), cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var results = await ReadAsync([.. BatchedIds("entities-by-id", "ids", ids.Distinct(StringComparer.Ordinal).ToArray())], cancellationToken);
        var entities = results.SelectMany(ReadEntities).ToList();
        entities.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return entities;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Fact>> FindFactsAsync(FactQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return FactRows.Read(await ReadAsync(FactsStatement(query), cancellationToken));
    }

    private static CypherStatement FactsStatement(FactQuery query) => CypherQueries.Statement(
        "facts",
        ("rel", query.Rel?.ToString()),
        ("fromId", query.From),
        ("toId", query.To),
        ("year", query.Year),
        ("touching", query.Touching));

    /// <summary>The facts with these ids and ends, with their evidence, sorted by id.</summary>
    private async Task<IReadOnlyList<Fact>> FactsByIdAsync(IEnumerable<Dictionary<string, object?>> references, CancellationToken cancellationToken)
    {
        var rows = references.ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var results = await ReadAsync([.. Batched("facts-by-id", null, rows)], cancellationToken);
        var facts = results.SelectMany(FactRows.Read).ToList();
        facts.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return facts;
    }

    private static List<Entity> ReadEntities(CypherResult result)
    {
        var entities = result.Rows.Select(row => EntityMerge.Read(result, row)).ToList();
        entities.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return entities;
    }

    private static SourceDocument ReadDocument(CypherResult result, JsonElement[] row) => new(
        Json.RequiredString(result.Get(row, "path")),
        Json.RequiredString(result.Get(row, "doc")),
        Json.RequiredString(result.Get(row, "hash")),
        Json.String(result.Get(row, "url")),
        DateTimeOffset.Parse(Json.RequiredString(result.Get(row, "ingested")), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        Json.RequiredString(result.Get(row, "extractorVersion")));

    private static int CompareDocuments(SourceDocument a, SourceDocument b)
    {
        var order = string.CompareOrdinal(a.Doc, b.Doc);
        return order != 0 ? order : string.CompareOrdinal(a.Path, b.Path);
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;
using ResearchGraph.Domain;

namespace ResearchGraph.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string DocumentColumns = "path, doc, hash, url, ingested, extractor_version";

    /// <inheritdoc />
    public Task<SourceDocument?> FindDocumentAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadAsync<SourceDocument?>(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction, $"SELECT {DocumentColumns} FROM documents WHERE path = $path;", ("$path", path));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? ReadDocument(reader) : null;
        }, null, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<DocumentSummary>>(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction,
                $"SELECT {DocumentColumns}, (SELECT count(DISTINCT fact_id) FROM evidence e WHERE e.doc_id = d.id) FROM documents d;");
            var documents = new List<DocumentSummary>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                documents.Add(new DocumentSummary(ReadDocument(reader), reader.GetInt32(6)));
            }

            documents.Sort((a, b) => CompareDocuments(a.Document, b.Document));
            return documents;
        }, [], cancellationToken);

    /// <inheritdoc />
    public Task<string?> GetVisibleTextAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadAsync(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction, "SELECT visible_text FROM documents WHERE path = $path;", ("$path", path));
            return (string?)await command.ExecuteScalarAsync(cancellationToken);
        }, null, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<NewsItem>> GetNewsItemsAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadAsync<IReadOnlyList<NewsItem>>(async (connection, transaction) =>
        {
            var mentions = new Dictionary<long, List<string>>();
            await using (var command = Command(connection, transaction,
                "SELECT position, entity_id FROM news_mentions WHERE doc_id = (SELECT id FROM documents WHERE path = $path) ORDER BY position, mention;", ("$path", path)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var position = reader.GetInt64(0);
                    if (!mentions.TryGetValue(position, out var list))
                    {
                        mentions[position] = list = [];
                    }

                    list.Add(reader.GetString(1));
                }
            }

            // Offset order; items with equal offsets keep the order the document gave them.
            await using var items = Command(connection, transaction,
                """SELECT position, date, text, start, "end" FROM news_items WHERE doc_id = (SELECT id FROM documents WHERE path = $path) ORDER BY start, "end", position;""", ("$path", path));
            await using var rows = await items.ExecuteReaderAsync(cancellationToken);
            var news = new List<NewsItem>();
            while (await rows.ReadAsync(cancellationToken))
            {
                news.Add(new NewsItem(
                    rows.IsDBNull(1) ? null : rows.GetString(1),
                    rows.GetString(2),
                    rows.GetInt32(3),
                    rows.GetInt32(4),
                    mentions.TryGetValue(rows.GetInt64(0), out var m) ? m : []));
            }

            return news;
        }, [], cancellationToken);
    }

    /// <inheritdoc />
    public Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(async (connection, transaction) =>
        {
            var documents = new List<SourceDocument>();
            await using (var command = Command(connection, transaction, $"SELECT {DocumentColumns} FROM documents;"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    documents.Add(ReadDocument(reader));
                }
            }

            documents.Sort(CompareDocuments);
            var entities = await EntityRows.ReadAsync(connection, transaction, IdSelection.Of("SELECT id FROM entities"), cancellationToken);
            var facts = await FactRows.ReadAsync(connection, transaction, IdSelection.Of("SELECT id FROM facts"), cancellationToken);
            return new GraphSnapshot(documents, entities, facts);
        }, new GraphSnapshot([], [], []), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> ResolveAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lower = name.ToLowerInvariant();
        var matching = IdSelection.Of(
            "SELECT id FROM entities WHERE id_lower = $q UNION SELECT entity_id FROM entity_names WHERE name_lower = $q UNION SELECT entity_id FROM entity_aliases WHERE alias_lower = $q",
            new KeyValuePair<string, object>("$q", lower));
        return ReadAsync((connection, transaction) => EntityRows.ReadAsync(connection, transaction, matching, cancellationToken), [], cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Merged entities are kept between commits (see <see cref="EntityCache"/>); only ids not seen since the last commit are read.</remarks>
    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0 || !await IsReadableAsync(cancellationToken))
        {
            return [];
        }

        var cached = await _entities.CurrentAsync(OpenConnectionAsync, cancellationToken);
        var found = new List<Entity>(ids.Count);
        var missing = new List<string>();
        foreach (var id in ids.ToHashSet(StringComparer.Ordinal))
        {
            if (!cached.TryGetValue(id, out var entity))
            {
                missing.Add(id);
            }
            else if (entity is not null)
            {
                found.Add(entity);
            }
        }

        if (missing.Count > 0)
        {
            var selection = IdSelection.Among("entities", missing);
            var read = await ReadAsync((connection, transaction) => EntityRows.ReadAsync(connection, transaction, selection, cancellationToken), [], cancellationToken);
            found.AddRange(read);
            if (cached.Count + missing.Count <= EntityCache.MaxEntries)
            {
                foreach (var entity in read)
                {
                    cached.TryAdd(entity.Id, entity);
                }

                // What is left names no entity: remember that too.
                foreach (var id in missing)
                {
                    cached.TryAdd(id, null);
                }
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return found;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Fact>> FindFactsAsync(FactQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<string>();
        var parameters = new List<KeyValuePair<string, object>>();
        if (query.Rel is { } rel)
        {
            conditions.Add("rel = $rel");
            parameters.Add(new("$rel", rel.ToString()));
        }

        if (query.From is { } from)
        {
            conditions.Add("from_id = $from");
            parameters.Add(new("$from", from));
        }

        if (query.To is { } to)
        {
            conditions.Add("to_id = $to");
            parameters.Add(new("$to", to));
        }

        if (query.Year is { } year)
        {
            conditions.Add("year = $year");
            parameters.Add(new("$year", year));
        }

        if (query.Touching is { } touching)
        {
            conditions.Add("(from_id = $touching OR to_id = $touching OR via = $touching)");
            parameters.Add(new("$touching", touching));
        }

        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        var selection = IdSelection.Of("SELECT id FROM facts" + where, [.. parameters]);
        return ReadAsync((connection, transaction) => FactRows.ReadAsync(connection, transaction, selection, cancellationToken), [], cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static SourceDocument ReadDocument(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        reader.GetString(5));

    private static int CompareDocuments(SourceDocument a, SourceDocument b)
    {
        var order = string.CompareOrdinal(a.Doc, b.Doc);
        return order != 0 ? order : string.CompareOrdinal(a.Path, b.Path);
    }
}

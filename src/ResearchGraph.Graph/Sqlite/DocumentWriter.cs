using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ResearchGraph.Domain;

namespace ResearchGraph.Graph.Sqlite;

/// <summary>
/// Writes and removes one document's contributions inside a caller's transaction, on the store's
/// writer connection. Each table's rows of a document go in with one statement: the rows travel as
/// one JSON array parameter that the statement expands with <c>json_each</c>, so a document costs a
/// dozen statements however many rows it has. The commands are created once per connection and
/// reused for every document, so SQLite prepares each statement once.
/// </summary>
internal sealed class DocumentWriter : IAsyncDisposable
{
    // The JSON only ever reaches SQLite's JSON parser, never a web page: escaping just what JSON
    // requires keeps non-ASCII text as UTF-8 rather than \u escapes.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SqliteConnection _connection;
    private readonly List<SqliteCommand> _commands = [];
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;

    private readonly SqliteCommand _findDocument;
    private readonly SqliteCommand _factsOfDocument;
    private readonly SqliteCommand _entitiesOfDocument;
    private readonly SqliteCommand _deleteDocument;
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _insertNews;
    private readonly SqliteCommand _insertMentions;
    private readonly SqliteCommand _insertEntities;
    private readonly SqliteCommand _insertNames;
    private readonly SqliteCommand _insertKinds;
    private readonly SqliteCommand _insertAliases;
    private readonly SqliteCommand _insertFacts;
    private readonly SqliteCommand _insertProperties;
    private readonly SqliteCommand _insertEvidence;
    private readonly SqliteCommand _deleteOrphanFacts;
    private readonly SqliteCommand _deleteOrphanEntities;

    public DocumentWriter(SqliteConnection connection)
    {
        _connection = connection;
        _json = new Utf8JsonWriter(_buffer, JsonOptions);
        _findDocument = Command("SELECT id FROM documents WHERE path = $path;", "$path");
        _factsOfDocument = Command(
            "SELECT fact_id FROM evidence WHERE doc_id = $doc UNION SELECT fact_id FROM fact_properties WHERE doc_id = $doc;", "$doc");
        _entitiesOfDocument = Command("SELECT DISTINCT entity_id FROM entity_names WHERE doc_id = $doc;", "$doc");

        // The cascades from the document row remove every row the document contributed.
        _deleteDocument = Command("DELETE FROM documents WHERE id = $doc;", "$doc");
        _insertDocument = Command(
            "INSERT INTO documents (path, doc, hash, url, ingested, extractor_version, visible_text) VALUES ($path, $name, $hash, $url, $ingested, $version, $text) RETURNING id;",
            "$path", "$name", "$hash", "$url", "$ingested", "$version", "$text");
        _insertNews = Command(
            """INSERT INTO news_items (doc_id, position, date, text, start, "end") SELECT $doc, key, value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($rows);""",
            "$doc", "$rows");
        _insertMentions = Command(
            "INSERT OR IGNORE INTO news_mentions (doc_id, position, mention, entity_id) SELECT $doc, value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows);",
            "$doc", "$rows");
        _insertEntities = Command(
            "INSERT OR IGNORE INTO entities (id, id_lower) SELECT value ->> 0, value ->> 1 FROM json_each($rows);", "$rows");
        _insertNames = Command(
            "INSERT OR IGNORE INTO entity_names (doc_id, entity_id, name, name_lower) SELECT $doc, value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows);",
            "$doc", "$rows");
        _insertKinds = Command(
            "INSERT OR IGNORE INTO entity_kinds (doc_id, entity_id, kind) SELECT $doc, value ->> 0, value ->> 1 FROM json_each($rows);", "$doc", "$rows");
        _insertAliases = Command(
            "INSERT OR IGNORE INTO entity_aliases (doc_id, entity_id, alias, alias_lower) SELECT $doc, value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows);",
            "$doc", "$rows");

        // The id is derived from (rel, from, to, year, via), so an existing row already says the same.
        _insertFacts = Command(
            "INSERT OR IGNORE INTO facts (id, rel, from_id, to_id, year, via) SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each($rows);",
            "$rows");
        _insertProperties = Command(
            "INSERT OR IGNORE INTO fact_properties (fact_id, doc_id, key, value) SELECT value ->> 0, $doc, value ->> 1, value ->> 2 FROM json_each($rows);",
            "$doc", "$rows");
        _insertEvidence = Command(
            """INSERT INTO evidence (fact_id, doc_id, doc, date, text, start, "end") SELECT value ->> 0, $doc, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each($rows);""",
            "$doc", "$rows");
        _deleteOrphanFacts = Command(
            "DELETE FROM facts WHERE id IN (SELECT value FROM json_each($ids)) AND NOT EXISTS (SELECT 1 FROM evidence WHERE fact_id = facts.id);", "$ids");
        _deleteOrphanEntities = Command(
            "DELETE FROM entities WHERE id IN (SELECT value FROM json_each($ids)) AND NOT EXISTS (SELECT 1 FROM entity_names WHERE entity_id = entities.id);", "$ids");
    }

    /// <summary>
    /// Deletes everything the document at <paramref name="path"/> contributed and returns the facts
    /// and entities that may now be orphans (empty when the document was not there).
    /// </summary>
    public async Task<(bool Existed, HashSet<string> Facts, HashSet<string> Entities)> RemoveAsync(
        SqliteTransaction transaction, string path, CancellationToken cancellationToken)
    {
        var facts = new HashSet<string>(StringComparer.Ordinal);
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var id = await ScalarAsync(_findDocument, transaction, cancellationToken, path);
        if (id is null)
        {
            return (false, facts, entities);
        }

        await ReadIdsAsync(_factsOfDocument, transaction, id, facts, cancellationToken);
        await ReadIdsAsync(_entitiesOfDocument, transaction, id, entities, cancellationToken);
        await ExecuteAsync(_deleteDocument, transaction, cancellationToken, id);
        return (true, facts, entities);
    }

    /// <summary>Inserts the document's record, text, news items, entity statements, facts and evidence.</summary>
    public async Task InsertAsync(SqliteTransaction transaction, DocumentFacts facts, CancellationToken cancellationToken)
    {
        var document = facts.Document;
        var id = await ScalarAsync(
            _insertDocument, transaction, cancellationToken,
            document.Path, document.Doc, document.Hash, document.Url, document.Ingested.ToString("o", CultureInfo.InvariantCulture), document.ExtractorVersion, facts.VisibleText)
            ?? throw new InvalidOperationException("The document row was not inserted.");

        if (facts.NewsItems.Count > 0)
        {
            await ExecuteAsync(_insertNews, transaction, cancellationToken, id, NewsRows(facts.NewsItems));
            if (facts.NewsItems.Any(n => n.Mentions.Count > 0))
            {
                await ExecuteAsync(_insertMentions, transaction, cancellationToken, id, MentionRows(facts.NewsItems));
            }
        }

        if (facts.Entities.Count > 0)
        {
            await ExecuteAsync(_insertEntities, transaction, cancellationToken, EntityRows(facts.Entities));
            await ExecuteAsync(_insertNames, transaction, cancellationToken, id, NameRows(facts.Entities));
            if (facts.Entities.Any(e => e.Kinds.Count > 0))
            {
                await ExecuteAsync(_insertKinds, transaction, cancellationToken, id, KindRows(facts.Entities));
            }

            if (facts.Entities.Any(e => e.Aliases.Count > 0))
            {
                await ExecuteAsync(_insertAliases, transaction, cancellationToken, id, AliasRows(facts.Entities));
            }
        }

        if (facts.Facts.Count > 0)
        {
            await ExecuteAsync(_insertFacts, transaction, cancellationToken, FactRows(facts.Facts));
            if (facts.Facts.Any(f => f.Properties.Count > 0))
            {
                await ExecuteAsync(_insertProperties, transaction, cancellationToken, id, PropertyRows(facts.Facts));
            }

            if (facts.Facts.Any(f => f.Evidence.Count > 0))
            {
                await ExecuteAsync(_insertEvidence, transaction, cancellationToken, id, EvidenceRows(facts.Facts));
            }
        }
    }

    /// <summary>Deletes those of <paramref name="factIds"/> left without evidence and of <paramref name="entityIds"/> left without a name.</summary>
    public async Task DeleteOrphansAsync(SqliteTransaction transaction, IReadOnlyCollection<string> factIds, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        if (factIds.Count > 0)
        {
            await ExecuteAsync(_deleteOrphanFacts, transaction, cancellationToken, IdArray(factIds));
        }

        if (entityIds.Count > 0)
        {
            await ExecuteAsync(_deleteOrphanEntities, transaction, cancellationToken, IdArray(entityIds));
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands)
        {
            await command.DisposeAsync();
        }

        await _json.DisposeAsync();
    }

    private string NewsRows(IReadOnlyList<NewsItem> newsItems) => Rows(newsItems, (json, news) =>
    {
        // The position is the row's index in the array (json_each's key).
        json.WriteStringValue(news.Date);
        json.WriteStringValue(news.Text);
        json.WriteNumberValue(news.Start);
        json.WriteNumberValue(news.End);
    });

    private string MentionRows(IReadOnlyList<NewsItem> newsItems)
    {
        Begin();
        for (var position = 0; position < newsItems.Count; position++)
        {
            var mentions = newsItems[position].Mentions;
            for (var m = 0; m < mentions.Count; m++)
            {
                _json.WriteStartArray();
                _json.WriteNumberValue(position);
                _json.WriteNumberValue(m);
                _json.WriteStringValue(mentions[m]);
                _json.WriteEndArray();
            }
        }

        return End();
    }

    private string EntityRows(IReadOnlyList<Entity> entities) => Rows(entities, (json, e) =>
    {
        json.WriteStringValue(e.Id);
        json.WriteStringValue(e.Id.ToLowerInvariant());
    });

    private string NameRows(IReadOnlyList<Entity> entities) => Rows(entities, (json, e) =>
    {
        json.WriteStringValue(e.Id);
        json.WriteStringValue(e.Name);
        json.WriteStringValue(e.Name.ToLowerInvariant());
    });

    private string KindRows(IReadOnlyList<Entity> entities)
    {
        Begin();
        foreach (var e in entities)
        {
            foreach (var kind in e.Kinds)
            {
                _json.WriteStartArray();
                _json.WriteStringValue(e.Id);
                _json.WriteNumberValue((int)kind);
                _json.WriteEndArray();
            }
        }

        return End();
    }

    private string AliasRows(IReadOnlyList<Entity> entities)
    {
        Begin();
        foreach (var e in entities)
        {
            foreach (var alias in e.Aliases)
            {
                _json.WriteStartArray();
                _json.WriteStringValue(e.Id);
                _json.WriteStringValue(alias);
                _json.WriteStringValue(alias.ToLowerInvariant());
                _json.WriteEndArray();
            }
        }

        return End();
    }

    private string FactRows(IReadOnlyList<Fact> facts) => Rows(facts, (json, f) =>
    {
        json.WriteStringValue(f.Id);
        json.WriteStringValue(f.Rel.ToString());
        json.WriteStringValue(f.From);
        json.WriteStringValue(f.To);
        if (f.Year is { } year)
        {
            json.WriteNumberValue(year);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStringValue(f.Via);
    });

    private string PropertyRows(IReadOnlyList<Fact> facts)
    {
        Begin();
        foreach (var f in facts)
        {
            foreach (var (key, value) in f.Properties)
            {
                _json.WriteStartArray();
                _json.WriteStringValue(f.Id);
                _json.WriteStringValue(key);
                _json.WriteStringValue(value);
                _json.WriteEndArray();
            }
        }

        return End();
    }

    private string EvidenceRows(IReadOnlyList<Fact> facts)
    {
        Begin();
        foreach (var f in facts)
        {
            foreach (var e in f.Evidence)
            {
                _json.WriteStartArray();
                _json.WriteStringValue(f.Id);
                _json.WriteStringValue(e.Doc);
                _json.WriteStringValue(e.Date);
                _json.WriteStringValue(e.Text);
                _json.WriteNumberValue(e.Start);
                _json.WriteNumberValue(e.End);
                _json.WriteEndArray();
            }
        }

        return End();
    }

    private string IdArray(IEnumerable<string> ids)
    {
        _buffer.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartArray();
        foreach (var id in ids)
        {
            _json.WriteStringValue(id);
        }

        return End();
    }

    // A JSON array with one inner array per item, written by row.
    private string Rows<T>(IReadOnlyList<T> items, Action<Utf8JsonWriter, T> row)
    {
        Begin();
        foreach (var item in items)
        {
            _json.WriteStartArray();
            row(_json, item);
            _json.WriteEndArray();
        }

        return End();
    }

    private void Begin()
    {
        _buffer.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartArray();
    }

    private string End()
    {
        _json.WriteEndArray();
        _json.Flush();

        // A string, not bytes: SQLite reads a blob as its binary JSON format, not as JSON text.
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    private static async Task ReadIdsAsync(SqliteCommand command, SqliteTransaction transaction, object documentId, HashSet<string> ids, CancellationToken cancellationToken)
    {
        Bind(command, transaction, documentId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _commands.Add(command);
        return command;
    }

    private static Task<object?> ScalarAsync(SqliteCommand command, SqliteTransaction transaction, CancellationToken cancellationToken, params object?[] values)
    {
        Bind(command, transaction, values);
        return command.ExecuteScalarAsync(cancellationToken);
    }

    private static Task<int> ExecuteAsync(SqliteCommand command, SqliteTransaction transaction, CancellationToken cancellationToken, params object?[] values)
    {
        Bind(command, transaction, values);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Bind(SqliteCommand command, SqliteTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}

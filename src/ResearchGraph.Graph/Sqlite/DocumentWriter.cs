using System.Globalization;
using Microsoft.Data.Sqlite;
using ResearchGraph.Domain;

namespace ResearchGraph.Graph.Sqlite;

/// <summary>
/// Writes and removes one document's contributions inside a caller's transaction. Each statement is
/// one command created once with its parameters, so SQLite prepares it once and the thousands of rows
/// of a large document only rebind values.
/// </summary>
internal sealed class DocumentWriter : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<SqliteCommand> _commands = [];

    public DocumentWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>
    /// Deletes everything the document at <paramref name="path"/> contributed (the cascades from its
    /// document row do the work) and returns the facts and entities that may now be orphans.
    /// </summary>
    public async Task<(bool Existed, HashSet<string> Facts, HashSet<string> Entities)> RemoveAsync(string path, CancellationToken cancellationToken)
    {
        var facts = await ReadIdsAsync(
            "SELECT fact_id FROM evidence WHERE path = $path UNION SELECT fact_id FROM fact_properties WHERE path = $path;", path, cancellationToken);
        var entities = await ReadIdsAsync("SELECT entity_id FROM entity_names WHERE path = $path;", path, cancellationToken);
        var delete = Command("DELETE FROM documents WHERE path = $path;", ("$path", SqliteType.Text));
        var existed = await ExecuteAsync(delete, cancellationToken, path) > 0;
        return (existed, facts, entities);
    }

    /// <summary>Inserts the document's record, text, news items, entity statements, facts and evidence.</summary>
    public async Task InsertAsync(DocumentFacts facts, CancellationToken cancellationToken)
    {
        var document = facts.Document;
        var path = document.Path;
        await ExecuteAsync(
            Command(
                "INSERT INTO documents (path, doc, hash, url, ingested, extractor_version, visible_text) VALUES ($path, $doc, $hash, $url, $ingested, $version, $text);",
                ("$path", SqliteType.Text), ("$doc", SqliteType.Text), ("$hash", SqliteType.Text), ("$url", SqliteType.Text),
                ("$ingested", SqliteType.Text), ("$version", SqliteType.Text), ("$text", SqliteType.Text)),
            cancellationToken,
            path, document.Doc, document.Hash, document.Url, document.Ingested.ToString("o", CultureInfo.InvariantCulture), document.ExtractorVersion, facts.VisibleText);

        await InsertNewsAsync(path, facts.NewsItems, cancellationToken);
        await InsertEntitiesAsync(path, facts.Entities, cancellationToken);
        await InsertFactsAsync(path, facts.Facts, cancellationToken);
    }

    /// <summary>Deletes those of <paramref name="factIds"/> left without evidence and of <paramref name="entityIds"/> left without a name.</summary>
    public async Task DeleteOrphansAsync(IEnumerable<string> factIds, IEnumerable<string> entityIds, CancellationToken cancellationToken)
    {
        var fact = Command(
            "DELETE FROM facts WHERE id = $id AND NOT EXISTS (SELECT 1 FROM evidence WHERE fact_id = $id);", ("$id", SqliteType.Text));
        foreach (var id in factIds)
        {
            await ExecuteAsync(fact, cancellationToken, id);
        }

        var entity = Command(
            "DELETE FROM entities WHERE id = $id AND NOT EXISTS (SELECT 1 FROM entity_names WHERE entity_id = $id);", ("$id", SqliteType.Text));
        foreach (var id in entityIds)
        {
            await ExecuteAsync(entity, cancellationToken, id);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands)
        {
            await command.DisposeAsync();
        }
    }

    private async Task InsertNewsAsync(string path, IReadOnlyList<NewsItem> newsItems, CancellationToken cancellationToken)
    {
        var item = Command(
            """INSERT INTO news_items (path, position, date, text, start, "end") VALUES ($path, $position, $date, $text, $start, $end);""",
            ("$path", SqliteType.Text), ("$position", SqliteType.Integer), ("$date", SqliteType.Text), ("$text", SqliteType.Text),
            ("$start", SqliteType.Integer), ("$end", SqliteType.Integer));
        var mention = Command(
            "INSERT OR IGNORE INTO news_mentions (path, position, mention, entity_id) VALUES ($path, $position, $mention, $entity);",
            ("$path", SqliteType.Text), ("$position", SqliteType.Integer), ("$mention", SqliteType.Integer), ("$entity", SqliteType.Text));
        for (var position = 0; position < newsItems.Count; position++)
        {
            var news = newsItems[position];
            await ExecuteAsync(item, cancellationToken, path, position, news.Date, news.Text, news.Start, news.End);
            for (var m = 0; m < news.Mentions.Count; m++)
            {
                await ExecuteAsync(mention, cancellationToken, path, position, m, news.Mentions[m]);
            }
        }
    }

    private async Task InsertEntitiesAsync(string path, IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        var entity = Command(
            "INSERT OR IGNORE INTO entities (id, id_lower) VALUES ($id, $lower);", ("$id", SqliteType.Text), ("$lower", SqliteType.Text));
        var name = Command(
            "INSERT OR IGNORE INTO entity_names (path, entity_id, name, name_lower) VALUES ($path, $id, $name, $lower);",
            ("$path", SqliteType.Text), ("$id", SqliteType.Text), ("$name", SqliteType.Text), ("$lower", SqliteType.Text));
        var kind = Command(
            "INSERT OR IGNORE INTO entity_kinds (path, entity_id, kind) VALUES ($path, $id, $kind);",
            ("$path", SqliteType.Text), ("$id", SqliteType.Text), ("$kind", SqliteType.Integer));
        var alias = Command(
            "INSERT OR IGNORE INTO entity_aliases (path, entity_id, alias, alias_lower) VALUES ($path, $id, $alias, $lower);",
            ("$path", SqliteType.Text), ("$id", SqliteType.Text), ("$alias", SqliteType.Text), ("$lower", SqliteType.Text));
        foreach (var e in entities)
        {
            await ExecuteAsync(entity, cancellationToken, e.Id, e.Id.ToLowerInvariant());
            await ExecuteAsync(name, cancellationToken, path, e.Id, e.Name, e.Name.ToLowerInvariant());
            foreach (var k in e.Kinds)
            {
                await ExecuteAsync(kind, cancellationToken, path, e.Id, (int)k);
            }

            foreach (var a in e.Aliases)
            {
                await ExecuteAsync(alias, cancellationToken, path, e.Id, a, a.ToLowerInvariant());
            }
        }
    }

    private async Task InsertFactsAsync(string path, IReadOnlyList<Fact> facts, CancellationToken cancellationToken)
    {
        // The id is derived from (rel, from, to, year, via), so an existing row already says the same.
        var fact = Command(
            "INSERT OR IGNORE INTO facts (id, rel, from_id, to_id, year, via) VALUES ($id, $rel, $from, $to, $year, $via);",
            ("$id", SqliteType.Text), ("$rel", SqliteType.Text), ("$from", SqliteType.Text), ("$to", SqliteType.Text),
            ("$year", SqliteType.Integer), ("$via", SqliteType.Text));
        var property = Command(
            "INSERT OR IGNORE INTO fact_properties (fact_id, path, key, value) VALUES ($id, $path, $key, $value);",
            ("$id", SqliteType.Text), ("$path", SqliteType.Text), ("$key", SqliteType.Text), ("$value", SqliteType.Text));
        var evidence = Command(
            """INSERT INTO evidence (fact_id, path, doc, date, text, start, "end") VALUES ($id, $path, $doc, $date, $text, $start, $end);""",
            ("$id", SqliteType.Text), ("$path", SqliteType.Text), ("$doc", SqliteType.Text), ("$date", SqliteType.Text),
            ("$text", SqliteType.Text), ("$start", SqliteType.Integer), ("$end", SqliteType.Integer));
        foreach (var f in facts)
        {
            await ExecuteAsync(fact, cancellationToken, f.Id, f.Rel.ToString(), f.From, f.To, f.Year, f.Via);
            foreach (var (key, value) in f.Properties)
            {
                await ExecuteAsync(property, cancellationToken, f.Id, path, key, value);
            }

            foreach (var e in f.Evidence)
            {
                await ExecuteAsync(evidence, cancellationToken, f.Id, path, e.Doc, e.Date, e.Text, e.Start, e.End);
            }
        }
    }

    private async Task<HashSet<string>> ReadIdsAsync(string sql, string path, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$path", path);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private SqliteCommand Command(string sql, params (string Name, SqliteType Type)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            command.Parameters.Add(name, type);
        }

        _commands.Add(command);
        return command;
    }

    private static Task<int> ExecuteAsync(SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }
}

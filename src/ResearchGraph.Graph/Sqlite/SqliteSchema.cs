using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ResearchGraph.Graph.Sqlite;

/// <summary>
/// The versioned schema of the embedded graph file. The version lives in <c>PRAGMA user_version</c>;
/// each migration takes the file from version n - 1 to n, so an older file is upgraded step by step
/// and a file from a newer build is refused rather than misread.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>The schema this build writes and reads.</summary>
    public const int CurrentVersion = 4;

    // Version 1: the tables. Every per-document row carries the document's path and cascades from
    // documents, so deleting the document row removes exactly what it contributed.
    private const string Version1 = """
        CREATE TABLE documents (
            path TEXT NOT NULL PRIMARY KEY,
            doc TEXT NOT NULL,
            hash TEXT NOT NULL,
            url TEXT,
            ingested TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            visible_text TEXT NOT NULL
        );
        CREATE TABLE news_items (
            path TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            date TEXT,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (path, position)
        );
        CREATE TABLE news_mentions (
            path TEXT NOT NULL,
            position INTEGER NOT NULL,
            mention INTEGER NOT NULL,
            entity_id TEXT NOT NULL,
            PRIMARY KEY (path, position, mention),
            FOREIGN KEY (path, position) REFERENCES news_items(path, position) ON DELETE CASCADE
        );
        CREATE INDEX news_mentions_entity ON news_mentions(entity_id);
        CREATE TABLE entities (
            id TEXT NOT NULL PRIMARY KEY
        );
        CREATE TABLE entity_names (
            path TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            PRIMARY KEY (path, entity_id, name)
        );
        CREATE INDEX entity_names_entity ON entity_names(entity_id);
        CREATE TABLE entity_kinds (
            path TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            kind INTEGER NOT NULL,
            PRIMARY KEY (path, entity_id, kind)
        );
        CREATE INDEX entity_kinds_entity ON entity_kinds(entity_id);
        CREATE TABLE entity_aliases (
            path TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            PRIMARY KEY (path, entity_id, alias)
        );
        CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);
        CREATE TABLE facts (
            id TEXT NOT NULL PRIMARY KEY,
            rel TEXT NOT NULL,
            from_id TEXT NOT NULL,
            to_id TEXT NOT NULL,
            year INTEGER,
            via TEXT
        );
        CREATE INDEX facts_rel ON facts(rel);
        CREATE INDEX facts_from ON facts(from_id);
        CREATE INDEX facts_to ON facts(to_id);
        CREATE INDEX facts_via ON facts(via);
        CREATE TABLE fact_properties (
            fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            path TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (fact_id, path, key)
        );
        CREATE INDEX fact_properties_path ON fact_properties(path);
        CREATE TABLE evidence (
            fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            path TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
            doc TEXT NOT NULL,
            date TEXT,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX evidence_fact ON evidence(fact_id);
        CREATE INDEX evidence_path ON evidence(path, fact_id);
        """;

    // Version 2: lower-cased copies of ids, names and aliases for case-insensitive resolution.
    // SQLite's lower() folds ASCII only, so the values are lower-cased in .NET and stored.
    private const string Version2 = """
        ALTER TABLE entities ADD COLUMN id_lower TEXT NOT NULL DEFAULT '';
        ALTER TABLE entity_names ADD COLUMN name_lower TEXT NOT NULL DEFAULT '';
        ALTER TABLE entity_aliases ADD COLUMN alias_lower TEXT NOT NULL DEFAULT '';
        CREATE INDEX entities_id_lower ON entities(id_lower);
        CREATE INDEX entity_names_lower ON entity_names(name_lower);
        CREATE INDEX entity_aliases_lower ON entity_aliases(alias_lower);
        """;

    // Version 3: covering indexes for reading merged entities. A popular entity has a row per
    // document that names it; with (entity_id, value) indexes the distinct values are read from the
    // index alone instead of from every row. They replace the single-column indexes they extend.
    private const string Version3 = """
        CREATE INDEX entity_names_entity_name ON entity_names(entity_id, name);
        CREATE INDEX entity_kinds_entity_kind ON entity_kinds(entity_id, kind);
        CREATE INDEX entity_aliases_entity_alias ON entity_aliases(entity_id, alias);
        DROP INDEX entity_names_entity;
        DROP INDEX entity_kinds_entity;
        DROP INDEX entity_aliases_entity;
        """;

    // Version 4: per-document rows keyed by an integer document id instead of the path text, which
    // every row and index entry used to repeat (most of the file's size and of a write's cost). The
    // tables keyed by document become WITHOUT ROWID, clustered on their primary key, and the unread
    // index on news mentions by entity goes. The old tables are renamed, copied and dropped; the
    // indexes are created once the old ones (of the same names) are gone.
    private const string Version4 = """
        ALTER TABLE news_mentions RENAME TO news_mentions_v3;
        ALTER TABLE news_items RENAME TO news_items_v3;
        ALTER TABLE entity_names RENAME TO entity_names_v3;
        ALTER TABLE entity_kinds RENAME TO entity_kinds_v3;
        ALTER TABLE entity_aliases RENAME TO entity_aliases_v3;
        ALTER TABLE fact_properties RENAME TO fact_properties_v3;
        ALTER TABLE evidence RENAME TO evidence_v3;
        ALTER TABLE documents RENAME TO documents_v3;

        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            doc TEXT NOT NULL,
            hash TEXT NOT NULL,
            url TEXT,
            ingested TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            visible_text TEXT NOT NULL
        );
        CREATE TABLE news_items (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            date TEXT,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (doc_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE news_mentions (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            mention INTEGER NOT NULL,
            entity_id TEXT NOT NULL,
            PRIMARY KEY (doc_id, position, mention)
        ) WITHOUT ROWID;
        CREATE TABLE entity_names (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            name_lower TEXT NOT NULL,
            PRIMARY KEY (doc_id, entity_id, name)
        ) WITHOUT ROWID;
        CREATE TABLE entity_kinds (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            kind INTEGER NOT NULL,
            PRIMARY KEY (doc_id, entity_id, kind)
        ) WITHOUT ROWID;
        CREATE TABLE entity_aliases (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            alias_lower TEXT NOT NULL,
            PRIMARY KEY (doc_id, entity_id, alias)
        ) WITHOUT ROWID;
        CREATE TABLE fact_properties (
            fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (fact_id, doc_id, key)
        ) WITHOUT ROWID;
        CREATE TABLE evidence (
            fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            doc TEXT NOT NULL,
            date TEXT,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );

        INSERT INTO documents (path, doc, hash, url, ingested, extractor_version, visible_text)
            SELECT path, doc, hash, url, ingested, extractor_version, visible_text FROM documents_v3 ORDER BY path;
        INSERT INTO news_items (doc_id, position, date, text, start, "end")
            SELECT d.id, o.position, o.date, o.text, o.start, o."end" FROM news_items_v3 o JOIN documents d ON d.path = o.path;
        INSERT INTO news_mentions (doc_id, position, mention, entity_id)
            SELECT d.id, o.position, o.mention, o.entity_id FROM news_mentions_v3 o JOIN documents d ON d.path = o.path;
        INSERT INTO entity_names (doc_id, entity_id, name, name_lower)
            SELECT d.id, o.entity_id, o.name, o.name_lower FROM entity_names_v3 o JOIN documents d ON d.path = o.path;
        INSERT INTO entity_kinds (doc_id, entity_id, kind)
            SELECT d.id, o.entity_id, o.kind FROM entity_kinds_v3 o JOIN documents d ON d.path = o.path;
        INSERT INTO entity_aliases (doc_id, entity_id, alias, alias_lower)
            SELECT d.id, o.entity_id, o.alias, o.alias_lower FROM entity_aliases_v3 o JOIN documents d ON d.path = o.path;
        INSERT INTO fact_properties (fact_id, doc_id, key, value)
            SELECT o.fact_id, d.id, o.key, o.value FROM fact_properties_v3 o JOIN documents d ON d.path = o.path;
        INSERT INTO evidence (fact_id, doc_id, doc, date, text, start, "end")
            SELECT o.fact_id, d.id, o.doc, o.date, o.text, o.start, o."end" FROM evidence_v3 o JOIN documents d ON d.path = o.path ORDER BY o.rowid;

        DROP TABLE news_mentions_v3;
        DROP TABLE news_items_v3;
        DROP TABLE entity_names_v3;
        DROP TABLE entity_kinds_v3;
        DROP TABLE entity_aliases_v3;
        DROP TABLE fact_properties_v3;
        DROP TABLE evidence_v3;
        DROP TABLE documents_v3;

        CREATE INDEX entity_names_entity_name ON entity_names(entity_id, name);
        CREATE INDEX entity_names_lower ON entity_names(name_lower);
        CREATE INDEX entity_kinds_entity_kind ON entity_kinds(entity_id, kind);
        CREATE INDEX entity_aliases_entity_alias ON entity_aliases(entity_id, alias);
        CREATE INDEX entity_aliases_lower ON entity_aliases(alias_lower);
        CREATE INDEX fact_properties_doc ON fact_properties(doc_id);
        CREATE INDEX evidence_fact ON evidence(fact_id);
        CREATE INDEX evidence_doc ON evidence(doc_id, fact_id);
        """;

    /// <summary>The schema version recorded in the file (0 for a new, empty file).</summary>
    public static async Task<int> ReadVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    /// <summary>Throws when the file was written by a newer build than this one.</summary>
    public static void EnsureNotNewer(string databaseFile, int version)
    {
        if (version > CurrentVersion)
        {
            throw new GraphStoreException(
                $"The graph database {databaseFile} was written by a newer ResearchGraph (schema {version}); this build reads schema {CurrentVersion}.");
        }
    }

    /// <summary>
    /// Brings the file up to <paramref name="targetVersion"/> in one transaction, so a failed
    /// upgrade leaves the file as it was.
    /// </summary>
    public static async Task MigrateAsync(SqliteConnection connection, string databaseFile, int targetVersion, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var version = await ReadVersionAsync(connection, cancellationToken);
        EnsureNotNewer(databaseFile, version);
        if (version >= targetVersion)
        {
            return;
        }

        for (var next = version + 1; next <= targetVersion; next++)
        {
            switch (next)
            {
                case 1:
                    await ExecuteAsync(connection, transaction, Version1, cancellationToken);
                    break;
                case 2:
                    await ExecuteAsync(connection, transaction, Version2, cancellationToken);
                    await BackfillLowerAsync(connection, transaction, "entities", "id", "id_lower", cancellationToken);
                    await BackfillLowerAsync(connection, transaction, "entity_names", "name", "name_lower", cancellationToken);
                    await BackfillLowerAsync(connection, transaction, "entity_aliases", "alias", "alias_lower", cancellationToken);
                    break;
                case 3:
                    await ExecuteAsync(connection, transaction, Version3, cancellationToken);
                    break;
                case 4:
                    await ExecuteAsync(connection, transaction, Version4, cancellationToken);
                    break;
                default:
                    throw new InvalidOperationException($"No migration to schema {next}.");
            }
        }

        // PRAGMA takes no parameters; the value is an int constant of this build, not input.
        await ExecuteAsync(connection, transaction, "PRAGMA user_version = " + targetVersion.ToString(CultureInfo.InvariantCulture) + ";", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Table and column names come from the constants above, never from input.
    private static async Task BackfillLowerAsync(
        SqliteConnection connection, SqliteTransaction transaction, string table, string column, string lowerColumn, CancellationToken cancellationToken)
    {
        var rows = new List<(long RowId, string Value)>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = $"SELECT rowid, {column} FROM {table};";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = $"UPDATE {table} SET {lowerColumn} = $lower WHERE rowid = $rowid;";
        var lower = update.Parameters.Add("$lower", SqliteType.Text);
        var rowId = update.Parameters.Add("$rowid", SqliteType.Integer);
        foreach (var (id, value) in rows)
        {
            lower.Value = value.ToLowerInvariant();
            rowId.Value = id;
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

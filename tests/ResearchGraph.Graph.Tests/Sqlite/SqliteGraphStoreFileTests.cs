using System.Globalization;
using Microsoft.Data.Sqlite;
using ResearchGraph.Domain;
using ResearchGraph.Graph.Sqlite;
using ResearchGraph.Graph.Tests.Support;

namespace ResearchGraph.Graph.Tests.Sqlite;

/// <summary>What only the embedded store has: a file, its schema version, and several instances on it.</summary>
public sealed class SqliteGraphStoreFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private string DatabaseFile => Path.Combine(_folder.Path, "data", "graph.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Open_creates_the_folder_and_a_wal_file_of_the_current_schema()
    {
        await (await SqliteGraphStore.OpenAsync(DatabaseFile)).DisposeAsync();

        Assert.True(File.Exists(DatabaseFile));
        Assert.Equal(SqliteSchema.CurrentVersion, Convert.ToInt32(await ScalarAsync("PRAGMA user_version;"), CultureInfo.InvariantCulture));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Newer_schema_is_refused_with_a_clear_message()
    {
        await (await SqliteGraphStore.OpenAsync(DatabaseFile)).DisposeAsync();
        await ScalarAsync("PRAGMA user_version = 99;");

        var writable = await Assert.ThrowsAsync<GraphStoreException>(() => SqliteGraphStore.OpenAsync(DatabaseFile));
        var readOnly = await Assert.ThrowsAsync<GraphStoreException>(() => SqliteGraphStore.OpenAsync(DatabaseFile, readOnly: true));

        var expected = $"was written by a newer ResearchGraph (schema 99); this build reads schema {SqliteSchema.CurrentVersion}";
        Assert.Contains(expected, writable.Message, StringComparison.Ordinal);
        Assert.Contains(DatabaseFile, writable.Message, StringComparison.Ordinal);
        Assert.Contains(expected, readOnly.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Older_schema_is_upgraded_keeping_its_data()
    {
        await WriteVersion1FileAsync();

        await using (var store = await SqliteGraphStore.OpenAsync(DatabaseFile))
        {
            // Version 2 added the lower-cased columns resolution needs: the upgrade fills them in.
            var entity = Assert.Single(await store.ResolveAsync("ÉCOLE"));
            Assert.Equal(new[] { "EPFL" }, entity.Aliases);
            Assert.Single(await store.ResolveAsync("epfl"));
        }

        Assert.Equal(SqliteSchema.CurrentVersion, Convert.ToInt32(await ScalarAsync("PRAGMA user_version;"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Read_only_open_of_an_older_schema_says_how_to_upgrade()
    {
        await WriteVersion1FileAsync();

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => SqliteGraphStore.OpenAsync(DatabaseFile, readOnly: true));

        Assert.Contains("older ResearchGraph", error.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_persists_across_reopen()
    {
        var document = Some.Document("han.txt").WithEntity("person:song-han", "Song Han", EntityKind.Person, "Han")
            .WithFact(FactType.AFFILIATED_WITH, "person:song-han", "org:mit", start: 3).WithNews("2022-09", "news", 3, "org:mit");
        string before;
        await using (var store = await SqliteGraphStore.OpenAsync(DatabaseFile))
        {
            await store.ReplaceDocumentAsync(document.Build());
            before = GraphJson.Of(await store.ExportAsync());
        }

        await using var reopened = await SqliteGraphStore.OpenAsync(DatabaseFile);

        Assert.Equal(before, GraphJson.Of(await reopened.ExportAsync()));
        Assert.Single(await reopened.GetNewsItemsAsync(document.Path));
    }

    [Fact]
    public async Task Read_only_open_of_a_missing_file_reads_as_empty_until_a_writer_creates_it()
    {
        await using var reader = await SqliteGraphStore.OpenAsync(DatabaseFile, readOnly: true);

        Assert.Empty((await reader.ExportAsync()).Documents);
        Assert.Empty(await reader.ListDocumentsAsync());
        Assert.Null(await reader.ShortestPathAsync("a", "b", 3));
        Assert.False(File.Exists(DatabaseFile));

        await using (var writer = await SqliteGraphStore.OpenAsync(DatabaseFile))
        {
            await writer.ReplaceDocumentAsync(Some.Document("a.txt").WithFact(FactType.USES, "project:a", "technique:b").Build());
        }

        Assert.Single((await reader.ExportAsync()).Facts);
    }

    [Fact]
    public async Task Read_only_store_refuses_writes()
    {
        await (await SqliteGraphStore.OpenAsync(DatabaseFile)).DisposeAsync();
        await using var reader = await SqliteGraphStore.OpenAsync(DatabaseFile, readOnly: true);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => reader.ReplaceDocumentAsync(Some.Document("a.txt").Build()));
        await Assert.ThrowsAsync<GraphStoreException>(() => reader.ForgetDocumentAsync("/pages/a.txt"));

        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_only_instance_sees_whole_documents_while_another_writes()
    {
        await using var writer = await SqliteGraphStore.OpenAsync(DatabaseFile);
        await writer.ReplaceDocumentAsync(Numbered("a.txt", 200).Build());
        await using var reader = await SqliteGraphStore.OpenAsync(DatabaseFile, readOnly: true);

        using var done = new CancellationTokenSource();
        var writes = Task.Run(async () =>
        {
            for (var round = 0; round < 20; round++)
            {
                await writer.ReplaceDocumentAsync(Numbered("a.txt", round % 2 == 0 ? 300 : 200).Build());
            }
        });

        var reads = 0;
        while (!writes.IsCompleted || reads == 0)
        {
            var snapshot = await reader.ExportAsync();
            var summary = Assert.Single(await reader.ListDocumentsAsync());
            Assert.Contains(snapshot.Facts.Count, new[] { 200, 300 });
            Assert.Contains(summary.Facts, new[] { 200, 300 });
            Assert.All(snapshot.Facts, f => Assert.Single(f.Evidence));
            reads++;
        }

        await writes;
        Assert.Equal(200, (await reader.ExportAsync()).Facts.Count);
    }

    [Fact]
    public async Task Read_only_instance_sees_entities_another_instance_changed_after_it_read_them()
    {
        await using var writer = await SqliteGraphStore.OpenAsync(DatabaseFile);
        await writer.ReplaceDocumentAsync(Some.Document("a.txt").WithEntity("project:a", "Alpha", EntityKind.Project).Build());
        await using var reader = await SqliteGraphStore.OpenAsync(DatabaseFile, readOnly: true);
        string[] ids = ["project:a", "project:b"];

        // Read twice (the second answer may come from what the first read kept), then change both ids.
        Assert.Equal("Alpha", Assert.Single(await reader.GetEntitiesAsync(ids)).Name);
        Assert.Equal("Alpha", Assert.Single(await reader.GetEntitiesAsync(ids)).Name);
        await writer.ReplaceDocumentAsync(Some.Document("a.txt")
            .WithEntity("project:a", "Aleph", EntityKind.Project)
            .WithEntity("project:b", "Beta", EntityKind.Technique)
            .Build());

        var after = await reader.GetEntitiesAsync(ids);
        Assert.Equal(["Aleph", "Beta"], after.Select(e => e.Name));
        Assert.Equal([EntityKind.Technique], after[1].Kinds);

        await writer.ForgetDocumentAsync(Some.Document("a.txt").Path);
        Assert.Empty(await reader.GetEntitiesAsync(ids));
    }

    [Fact]
    public async Task Document_of_thousands_of_facts_is_written_and_replaced()
    {
        await using var store = await SqliteGraphStore.OpenAsync(DatabaseFile);

        await store.ReplaceDocumentAsync(Numbered("big.txt", 5_000).Build());
        await store.ReplaceDocumentAsync(Numbered("big.txt", 4_000).Build());

        var summary = Assert.Single(await store.ListDocumentsAsync());
        Assert.Equal(4_000, summary.Facts);
        Assert.Equal(4_000, (await store.ExportAsync()).Entities.Count);
    }

    // A document whose facts and entities are numbered 0 .. count - 1.
    private static DocumentBuilder Numbered(string doc, int count)
    {
        var document = Some.Document(doc).WithHash("hash-" + count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < count; i++)
        {
            var id = "project:p" + i.ToString(CultureInfo.InvariantCulture);
            document.WithEntity(id, "P" + i.ToString(CultureInfo.InvariantCulture), EntityKind.Project, "Project " + i.ToString(CultureInfo.InvariantCulture))
                .WithFact(FactType.PUBLISHED_AT, id, "venue:neurips", 2000 + (i % 25), start: i);
        }

        return document;
    }

    // A file as a schema-1 build left it: the tables without the lower-cased columns, with data.
    private async Task WriteVersion1FileAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        await using var connection = new SqliteConnection(RawConnectionString());
        await connection.OpenAsync();
        await SqliteSchema.MigrateAsync(connection, DatabaseFile, targetVersion: 1, CancellationToken.None);
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO documents (path, doc, hash, url, ingested, extractor_version, visible_text)
                VALUES ('/pages/epfl.txt', 'epfl.txt', 'h', NULL, '2024-01-02T03:04:05.0000000+00:00', '1', 'text');
            INSERT INTO entities (id) VALUES ('org:epfl');
            INSERT INTO entity_names (path, entity_id, name) VALUES ('/pages/epfl.txt', 'org:epfl', 'École');
            INSERT INTO entity_aliases (path, entity_id, alias) VALUES ('/pages/epfl.txt', 'org:epfl', 'EPFL');
            """;
        await insert.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(RawConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private string RawConnectionString() => new SqliteConnectionStringBuilder { DataSource = DatabaseFile, Pooling = false }.ToString();
}

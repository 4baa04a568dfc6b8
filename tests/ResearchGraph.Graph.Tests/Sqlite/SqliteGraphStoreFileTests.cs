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
    public async Task Schema_3_file_is_upgraded_to_document_ids_keeping_every_row()
    {
        await WriteVersion3FileAsync();

        await using (var store = await SqliteGraphStore.OpenAsync(DatabaseFile))
        {
            var documents = await store.ListDocumentsAsync();
            Assert.Equal(new[] { "/pages/a.txt", "/pages/b.txt" }, documents.Select(d => d.Document.Path));
            Assert.Equal(new[] { 1, 1 }, documents.Select(d => d.Facts));
            Assert.Equal("text a", await store.GetVisibleTextAsync("/pages/a.txt"));

            var news = Assert.Single(await store.GetNewsItemsAsync("/pages/b.txt"));
            Assert.Equal(("2024-05", "news b"), (news.Date, news.Text));
            Assert.Equal(new[] { "org:mit", "person:x" }, news.Mentions);

            var fact = Assert.Single((await store.ExportAsync()).Facts);
            Assert.Equal(new[] { ("a.txt", 3), ("b.txt", 7) }, fact.Evidence.Select(e => (e.Doc, e.Start)));
            Assert.Equal("from-a", fact.Properties["role"]);

            var entity = Assert.Single(await store.ResolveAsync("massachusetts"));
            Assert.Equal(("org:mit", "MIT"), (entity.Id, entity.Name));
            Assert.Equal(new[] { EntityKind.Venue }, entity.Kinds);
            Assert.Equal(new[] { "Massachusetts" }, entity.Aliases);

            // The upgraded file is written like a new one: replacing a document leaves the other's rows.
            Assert.True(await store.ForgetDocumentAsync("/pages/a.txt"));
            Assert.Equal(new[] { ("b.txt", 7) }, Assert.Single((await store.ExportAsync()).Facts).Evidence.Select(e => (e.Doc, e.Start)));
        }

        Assert.Equal(SqliteSchema.CurrentVersion, Convert.ToInt32(await ScalarAsync("PRAGMA user_version;"), CultureInfo.InvariantCulture));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_v3';"));
    }

    [Fact]
    public async Task Documents_replaced_in_one_transaction_end_as_if_replaced_one_by_one()
    {
        var first = Some.Document("a.txt").WithEntity("org:mit", "MIT", EntityKind.Institution)
            .WithFact(FactType.AFFILIATED_WITH, "person:x", "org:mit", start: 1).WithFact(FactType.USES, "project:p", "technique:t", start: 9);
        var second = Some.Document("b.txt").WithEntity("org:mit", "Massachusetts", EntityKind.Institution, "MIT")
            .WithFact(FactType.AFFILIATED_WITH, "person:x", "org:mit", start: 4).WithNews("2024-01", "news", 0, "org:mit");
        var firstAgain = Some.Document("a.txt").WithHash("changed").WithEntity("person:x", "X", EntityKind.Person)
            .WithFact(FactType.AFFILIATED_WITH, "person:x", "org:mit", start: 2);
        var batch = new[] { first.Build(), second.Build(), firstAgain.Build() };

        string oneByOne;
        await using (var store = await SqliteGraphStore.OpenAsync(Path.Combine(_folder.Path, "one-by-one", "graph.db")))
        {
            foreach (var document in batch)
            {
                await store.ReplaceDocumentAsync(document);
            }

            oneByOne = GraphJson.Of(await store.ExportAsync());
        }

        await using var batched = await SqliteGraphStore.OpenAsync(DatabaseFile);
        await batched.ReplaceDocumentsAsync(batch);

        Assert.Equal(oneByOne, GraphJson.Of(await batched.ExportAsync()));
        Assert.DoesNotContain("technique:t", oneByOne, StringComparison.Ordinal);
        Assert.Equal(new[] { 1, 1 }, (await batched.ListDocumentsAsync()).Select(d => d.Facts));
    }

    [Fact]
    public async Task Text_of_any_characters_is_stored_as_given()
    {
        var awkward = "quote \" back\\slash \t tab \n line \u00e9cole \U0001F600 <b>&amp;</b> \u2028 nul \0 end";
        var document = Some.Document("odd.txt").WithText(awkward)
            .WithEntity("org:odd", awkward, EntityKind.Institution, awkward + " alias")
            .WithFact(FactType.AFFILIATED_WITH, "person:p", "org:odd", text: awkward, date: awkward, properties: new Dictionary<string, string> { ["k"] = awkward })
            .WithNews(awkward, awkward, 1, "org:odd");
        await using var store = await SqliteGraphStore.OpenAsync(DatabaseFile);

        await store.ReplaceDocumentAsync(document.Build());

        var snapshot = await store.ExportAsync();
        var entity = Assert.Single(snapshot.Entities);
        Assert.Equal((awkward, awkward + " alias"), (entity.Name, Assert.Single(entity.Aliases)));
        var evidence = Assert.Single(Assert.Single(snapshot.Facts).Evidence);
        Assert.Equal((awkward, awkward), (evidence.Text, evidence.Date));
        Assert.Equal(awkward, Assert.Single(snapshot.Facts).Properties["k"]);
        var news = Assert.Single(await store.GetNewsItemsAsync(document.Path));
        Assert.Equal((awkward, awkward), (news.Text, news.Date));
        Assert.Equal(awkward, await store.GetVisibleTextAsync(document.Path));
        Assert.Single(await store.ResolveAsync(awkward.ToUpperInvariant()));
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

    // A file as a schema-3 build left it: every per-document row keyed by the path text.
    private async Task WriteVersion3FileAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        await using var connection = new SqliteConnection(RawConnectionString());
        await connection.OpenAsync();
        await SqliteSchema.MigrateAsync(connection, DatabaseFile, targetVersion: 3, CancellationToken.None);
        var fact = Some.FactId(FactType.AFFILIATED_WITH, "person:x", "org:mit");
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO documents (path, doc, hash, url, ingested, extractor_version, visible_text) VALUES
                ('/pages/b.txt', 'b.txt', 'hb', NULL, '2024-01-02T03:04:05.0000000+00:00', '1', 'text b'),
                ('/pages/a.txt', 'a.txt', 'ha', 'https://a.example', '2024-01-02T03:04:05.0000000+00:00', '1', 'text a');
            INSERT INTO news_items (path, position, date, text, start, "end") VALUES ('/pages/b.txt', 0, '2024-05', 'news b', 0, 6);
            INSERT INTO news_mentions (path, position, mention, entity_id) VALUES ('/pages/b.txt', 0, 0, 'org:mit'), ('/pages/b.txt', 0, 1, 'person:x');
            INSERT INTO entities (id, id_lower) VALUES ('org:mit', 'org:mit'), ('person:x', 'person:x');
            INSERT INTO entity_names (path, entity_id, name, name_lower) VALUES
                ('/pages/a.txt', 'org:mit', 'MIT', 'mit'), ('/pages/b.txt', 'org:mit', 'Massachusetts', 'massachusetts'),
                ('/pages/a.txt', 'person:x', 'X', 'x');
            INSERT INTO entity_kinds (path, entity_id, kind) VALUES ('/pages/a.txt', 'org:mit', 2), ('/pages/b.txt', 'org:mit', 2);
            INSERT INTO facts (id, rel, from_id, to_id, year, via) VALUES ($fact, 'AFFILIATED_WITH', 'person:x', 'org:mit', NULL, NULL);
            INSERT INTO fact_properties (fact_id, path, key, value) VALUES ($fact, '/pages/b.txt', 'role', 'from-b'), ($fact, '/pages/a.txt', 'role', 'from-a');
            INSERT INTO evidence (fact_id, path, doc, date, text, start, "end") VALUES
                ($fact, '/pages/b.txt', 'b.txt', NULL, 'x at mit', 7, 15), ($fact, '/pages/a.txt', 'a.txt', NULL, 'x at mit', 3, 11);
            """;
        insert.Parameters.AddWithValue("$fact", fact);
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

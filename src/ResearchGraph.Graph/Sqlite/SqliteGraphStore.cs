using Microsoft.Data.Sqlite;

namespace ResearchGraph.Graph.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode, so readers never block and see a
/// document's contributions only once its transaction commits. Every row a document contributes is
/// keyed by the document's integer id (its path is looked up once), which is what lets <see cref="ReplaceDocumentAsync"/> replace
/// exactly that document's contributions. Safe for concurrent use: each operation takes a pooled
/// connection of its own, and writes through one instance are serialised.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    // How long a statement waits for another connection's lock before failing, in seconds for
    // Microsoft.Data.Sqlite's own retry loop and in milliseconds for SQLite's busy handler.
    private const int BusyTimeoutSeconds = 10;
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 10000;";
    // The writer keeps a larger page cache (32 MB) for the index pages every document's rows touch.
    private const string WriterPragmas = ConnectionPragmas + " PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;";

    private readonly string _databaseFile;
    private readonly string _connectionString;
    private readonly bool _readOnly;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly EntityCache _entities = new();

    // The one connection writes go through, opened on the first write; guarded by _writeGate.
    private (SqliteConnection Connection, DocumentWriter Writer)? _writer;
    private bool _disposed;

    // A read-only store may be opened before any writer has created the file; it reads as empty
    // until the file holds the current schema, and then for good.
    private volatile bool _schemaReady;

    private SqliteGraphStore(string databaseFile, bool readOnly)
    {
        _databaseFile = databaseFile;
        _readOnly = readOnly;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    /// <summary>
    /// Opens the graph file. A writable open creates the file and its folder when missing and
    /// upgrades a file of an older schema; a read-only open of a missing file gives a store that
    /// reads as empty until a writer creates it.
    /// </summary>
    /// <param name="databaseFile">The SQLite file, absolute or relative to the current directory.</param>
    /// <param name="readOnly">Open for queries only; writes then throw <see cref="GraphStoreException"/>.</param>
    /// <param name="ct">Cancels the open.</param>
    /// <exception cref="GraphStoreException">
    /// The file was written by a newer ResearchGraph, or (read-only) holds an older schema that
    /// only a writable open can upgrade.
    /// </exception>
    public static async Task<SqliteGraphStore> OpenAsync(string databaseFile, bool readOnly = false, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseFile);
        var fullPath = Path.GetFullPath(databaseFile);
        var store = new SqliteGraphStore(fullPath, readOnly);
        try
        {
            if (readOnly)
            {
                await store.IsReadableAsync(ct);
            }
            else
            {
                await store.CreateOrUpgradeAsync(ct);
            }

            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabaseFile => _databaseFile;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _writeGate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            await _entities.DisposeAsync();
            if (_writer is { } writer)
            {
                await writer.Writer.DisposeAsync();
                await writer.Connection.DisposeAsync();
                _writer = null;
            }

            // Pooled connections would otherwise keep the file (and its WAL) open after the store is gone.
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task CreateOrUpgradeAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(_databaseFile);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using (var connection = await OpenConnectionAsync(cancellationToken))
        {
            // Migrate first: a file of a newer build is refused before anything in it changes.
            await SqliteSchema.MigrateAsync(connection, _databaseFile, SqliteSchema.CurrentVersion, cancellationToken);

            // WAL is a property of the file: set here, every later connection uses it.
            await using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        _schemaReady = true;
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();

            // synchronous = NORMAL is safe in WAL mode (a crash loses at most the last commits,
            // never consistency) and makes each commit much cheaper.
            pragma.CommandText = _readOnly ? ConnectionPragmas : WriterPragmas;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<bool> IsReadableAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return true;
        }

        if (!File.Exists(_databaseFile))
        {
            return false;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        var version = await SqliteSchema.ReadVersionAsync(connection, cancellationToken);
        SqliteSchema.EnsureNotNewer(_databaseFile, version);
        if (version == 0)
        {
            return false;
        }

        if (version < SqliteSchema.CurrentVersion)
        {
            throw new GraphStoreException(
                $"The graph database {_databaseFile} holds schema {version} of an older ResearchGraph; open it for writing once (for example with ingest) to upgrade it to schema {SqliteSchema.CurrentVersion}.");
        }

        _schemaReady = true;
        return true;
    }

    /// <summary>
    /// Runs <paramref name="read"/> in one read transaction, so the queries it makes see one
    /// committed state; <paramref name="empty"/> when there is no graph yet.
    /// </summary>
    private async Task<T> ReadAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> read, T empty, CancellationToken cancellationToken)
    {
        if (!await IsReadableAsync(cancellationToken))
        {
            return empty;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var result = await read(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Runs <paramref name="write"/> in one immediate transaction on the writer connection, committed
    /// when it returns. The writer connection and its prepared statements live as long as the store.
    /// </summary>
    private async Task<T> WriteAsync<T>(Func<DocumentWriter, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        if (_readOnly)
        {
            throw new GraphStoreException($"The graph database {_databaseFile} was opened read-only.");
        }

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_writer is null)
            {
                var connection = await OpenConnectionAsync(cancellationToken);
                _writer = (connection, new DocumentWriter(connection));
            }

            // Immediate: take the write lock up front rather than fail to upgrade a read lock later.
            await using var transaction = _writer.Value.Connection.BeginTransaction(deferred: false);
            var result = await write(_writer.Value.Writer, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using ResearchGraph.Domain;

namespace ResearchGraph.Graph.Sqlite;

/// <summary>
/// Merged entities by id (null for an id no document names), kept for as long as nothing is
/// committed to the file. A popular entity is named by a row per document, so merging it costs
/// time that grows with the corpus; between commits the merge cannot change. Commits by any
/// connection, of this process or another, are seen through SQLite's <c>PRAGMA data_version</c>
/// on one connection kept for that purpose, which changes whenever another connection commits.
/// </summary>
/// <remarks>
/// Each generation is a dictionary of its own: a reader fills the generation it checked before it
/// read, so a reader that read before a commit can only fill a generation already replaced.
/// </remarks>
internal sealed class EntityCache : IAsyncDisposable
{
    /// <summary>Past this many ids a generation takes no more entries (memory stays bounded).</summary>
    public const int MaxEntries = 200_000;

    private readonly System.Threading.Lock _gate = new();
    private SqliteConnection? _probe;
    private long _version = long.MinValue;
    private ConcurrentDictionary<string, Entity?> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// The entries valid for the file as it is now, emptied when something was committed since the
    /// last check; <paramref name="open"/> opens the probing connection the first time.
    /// </summary>
    public async Task<ConcurrentDictionary<string, Entity?>> CurrentAsync(Func<CancellationToken, Task<SqliteConnection>> open, CancellationToken cancellationToken)
    {
        var probe = _probe;
        if (probe is null)
        {
            var opened = await open(cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                if (_probe is null)
                {
                    _probe = probe = opened;
                    opened = null;
                }
                else
                {
                    probe = _probe;
                }
            }

            if (opened is not null)
            {
                await opened.DisposeAsync().ConfigureAwait(false);
            }
        }

        lock (_gate)
        {
            using var command = probe.CreateCommand();
            command.CommandText = "PRAGMA data_version;";
            var version = (long)command.ExecuteScalar()!;
            if (version != _version)
            {
                _version = version;
                _entries = new ConcurrentDictionary<string, Entity?>(StringComparer.Ordinal);
            }

            return _entries;
        }
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection? probe;
        lock (_gate)
        {
            probe = _probe;
            _probe = null;
        }

        if (probe is not null)
        {
            await probe.DisposeAsync().ConfigureAwait(false);
        }
    }
}

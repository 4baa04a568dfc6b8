using System.Globalization;

namespace ResearchGraph.Ingestion;

/// <summary>
/// One writer per data folder: an exclusive OS lock on <c>writer.lock</c>, held for the writer's
/// lifetime and released by the OS if the process dies. Who holds it is written beside it, so a
/// second writer can say whom it is waiting for.
/// </summary>
public sealed class WriterLock : IDisposable
{
    private readonly FileStream stream;
    private readonly string holderFile;

    private WriterLock(FileStream stream, string holderFile)
    {
        this.stream = stream;
        this.holderFile = holderFile;
    }

    /// <summary>Takes the lock at once or throws <see cref="DataFolderLockedException"/> naming the holder.</summary>
    public static WriterLock Acquire(DataFolder folder, string holder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder.Root);
        FileStream stream;
        try
        {
            stream = new FileStream(folder.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            var who = File.Exists(folder.LockHolderFile) ? File.ReadAllText(folder.LockHolderFile).Trim() : "another process";
            throw new DataFolderLockedException($"the data folder {folder.Root} is being written by {who}; only one writer may use it at a time");
        }

        File.WriteAllText(folder.LockHolderFile, string.Create(CultureInfo.InvariantCulture, $"{holder} (pid {Environment.ProcessId}, since {DateTimeOffset.UtcNow:O})"));
        return new WriterLock(stream, folder.LockHolderFile);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(holderFile);
        }
        catch (IOException)
        {
            // The lock itself is what matters; a stale holder note is only informative.
        }

        stream.Dispose();
    }
}

namespace ResearchGraph.Worker;

/// <summary>A file's size and last-write time: what must stay still before the file is read, and what tells a change.</summary>
internal readonly record struct FileStamp(long Size, long Modified)
{
    public DateTimeOffset ModifiedAt => new(Modified, TimeSpan.Zero);

    /// <summary>The stamp of the file at <paramref name="path"/> now, or null when there is no such file.</summary>
    public static FileStamp? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

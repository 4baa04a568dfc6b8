using ResearchGraph.Reading;

namespace ResearchGraph.Worker;

/// <summary>Which files of the inbox are pages, and the document names they get (as <c>ingest</c> of the inbox folder names them).</summary>
internal sealed class InboxFiles(string inbox)
{
    private readonly string prefix = inbox.EndsWith(Path.DirectorySeparatorChar) ? inbox : inbox + Path.DirectorySeparatorChar;

    public string Root { get; } = inbox;

    /// <summary>True when <paramref name="path"/> lies under the inbox (whether or not it exists).</summary>
    public bool Contains(string path) => path.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>True for a file under the inbox with a page extension and no hidden folder or name on the way (editors' swap files, say).</summary>
    public bool IsPage(string path)
    {
        if (!Contains(path) || PageReader.FormatFromPath(path) is null)
        {
            return false;
        }

        return !Path.GetRelativePath(Root, path).Split(Path.DirectorySeparatorChar).Any(segment => segment.StartsWith('.'));
    }

    public string DocName(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}

using System.Text;

namespace ResearchGraph.Bench.Corpus;

/// <summary>
/// Generates a synthetic corpus of researcher pages: deterministic from a seed (the same seed and
/// index give the same bytes), any count, one page at a time so the corpus is never held in memory.
/// </summary>
public sealed class CorpusGenerator
{
    // Folders of at most this many pages, as a crawler would shard them.
    private const int PagesPerFolder = 1000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly PagePlanner planner;

    public CorpusGenerator(int seed, Vocabulary? vocabulary = null)
    {
        Seed = seed;
        planner = new PagePlanner(vocabulary ?? Vocabulary.Default, seed);
    }

    public int Seed { get; }

    /// <summary>Page <paramref name="index"/> of the corpus; it does not depend on how many pages are generated.</summary>
    public GeneratedPage Page(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var plan = planner.Plan(index);
        var slug = plan.Owner.ToLowerInvariant().Replace(". ", "-", StringComparison.Ordinal).Replace(' ', '-');
        var path = $"{index / PagesPerFolder:D4}/{index:D7}-{slug}{PageWriter.Extension(plan.Format)}";
        return new GeneratedPage(index, path, PageWriter.Write(plan));
    }

    /// <summary>Pages 0 to <paramref name="count"/>-1, lazily.</summary>
    public IEnumerable<GeneratedPage> Pages(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++)
        {
            yield return Page(i);
        }
    }

    /// <summary>Writes <paramref name="count"/> pages under <paramref name="directory"/> (UTF-8, no BOM); returns the bytes written.</summary>
    public long WriteTo(string directory, int count, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        long bytes = 0;
        foreach (var page in Pages(count))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(directory, page.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var content = Utf8.GetBytes(page.Content);
            File.WriteAllBytes(path, content);
            bytes += content.Length;
        }

        return bytes;
    }
}

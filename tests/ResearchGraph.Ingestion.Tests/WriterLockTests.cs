using ResearchGraph.Ingestion.Tests.Support;

namespace ResearchGraph.Ingestion.Tests;

/// <summary>One writer per data folder.</summary>
public sealed class WriterLockTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    private DataFolder Data => new(folder.Sub("data"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Second_ingestor_on_an_open_data_folder_is_refused_naming_the_holder()
    {
        await using var first = await Ingestor.OpenAsync(Data, "nightly-ingest");

        var e = await Assert.ThrowsAsync<DataFolderLockedException>(() => Ingestor.OpenAsync(Data, "second-writer"));

        Assert.Contains("nightly-ingest", e.Message, StringComparison.Ordinal);
        Assert.Contains(Data.Root, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("second-writer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingestor_opens_once_the_first_is_disposed()
    {
        var first = await Ingestor.OpenAsync(Data, "first");
        await first.DisposeAsync();

        await using var second = await Ingestor.OpenAsync(Data, "second");

        Assert.Contains("second", File.ReadAllText(Data.LockHolderFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_open_leaves_the_holder_in_place()
    {
        await using var first = await Ingestor.OpenAsync(Data, "first");

        await Assert.ThrowsAsync<DataFolderLockedException>(() => Ingestor.OpenAsync(Data, "second"));

        Assert.StartsWith("first (pid ", File.ReadAllText(Data.LockHolderFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Lock_creates_the_data_folder_and_writes_the_holder()
    {
        using (WriterLock.Acquire(Data, "worker"))
        {
            Assert.True(Directory.Exists(Data.Root));
            Assert.Matches(@"^worker \(pid \d+, since ", File.ReadAllText(Data.LockHolderFile));
        }

        Assert.False(File.Exists(Data.LockHolderFile));
    }

    [Fact]
    public void Lock_can_be_taken_again_after_release()
    {
        WriterLock.Acquire(Data, "one").Dispose();

        using var again = WriterLock.Acquire(Data, "two");

        Assert.StartsWith("two ", File.ReadAllText(Data.LockHolderFile), StringComparison.Ordinal);
    }
}

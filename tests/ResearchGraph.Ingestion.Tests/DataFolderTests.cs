namespace ResearchGraph.Ingestion.Tests;

public sealed class DataFolderTests
{
    [Fact]
    public void Layout_is_under_the_full_root()
    {
        var data = new DataFolder("some/relative/data");
        var root = Path.GetFullPath("some/relative/data");

        Assert.Equal(root, data.Root);
        Assert.Equal(Path.Combine(root, "graph.db"), data.GraphFile);
        Assert.Equal(Path.Combine(root, "index"), data.IndexDirectory);
        Assert.Equal(Path.Combine(root, "writer.lock"), data.LockFile);
        Assert.Equal(Path.Combine(root, "writer.holder"), data.LockHolderFile);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_path_is_rejected(string path) => Assert.Throws<ArgumentException>(() => new DataFolder(path));
}

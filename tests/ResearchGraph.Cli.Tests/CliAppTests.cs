namespace ResearchGraph.Cli.Tests;

/// <summary>The exit-code contract: 0 success, 1 failed operation, 2 usage error.</summary>
public sealed class CliAppTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "rg-cli-" + Guid.NewGuid().ToString("N")[..10]);

    [Theory]
    [InlineData("lineage")]
    [InlineData("search")]
    [InlineData("lineage", "X", "--depth", "0")]
    [InlineData("lineage", "X", "--direction", "sideways")]
    [InlineData("no-such-command")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        Assert.Equal(2, await CliApp.RunAsync(["--data", data, .. args]));
    }

    [Fact]
    public async Task Unknown_entity_exits_1()
    {
        Assert.Equal(1, await CliApp.RunAsync(["--data", data, "entity", "Nobody"]));
    }

    [Fact]
    public async Task Unknown_store_exits_1()
    {
        Assert.Equal(1, await CliApp.RunAsync(["--data", data, "--store", "oracle", "documents"]));
    }

    [Fact]
    public async Task Queries_on_an_empty_data_folder_succeed()
    {
        Assert.Equal(0, await CliApp.RunAsync(["--data", data, "adopters", "--json"]));
    }

    public void Dispose()
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }
}

namespace ResearchGraph.EndToEnd.Tests.Support;

/// <summary>
/// Builds the CLI once before any end-to-end test runs it, so tests time the program, not a first
/// build (the launcher's own lock would also serialise concurrent first builds).
/// </summary>
public sealed class BuiltCli
{
    public BuiltCli()
    {
        CliRun.Of("--help").Succeeded();
    }
}

[CollectionDefinition(Name)]
public sealed class CliCollection : ICollectionFixture<BuiltCli>
{
    public const string Name = "cli";
}

namespace ResearchGraph.Search.Tests.Support;

/// <summary>Tests that change process-wide Lucene settings run in this collection, after every other test.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;

using ResearchGraph.Api;

await using var app = ApiHost.Create(args);
await app.RunAsync().ConfigureAwait(false);

/// <summary>The API host's entry point, public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;

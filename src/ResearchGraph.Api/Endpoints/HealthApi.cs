using Microsoft.AspNetCore.Http.HttpResults;
using ResearchGraph.Search;
using ResearchGraph.Worker;

namespace ResearchGraph.Api.Endpoints;

/// <summary><c>/health</c>: whether the graph store and the search index answer, with their counts.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.MapGet("/health", Health)
            .AddEndpointFilter<ProblemFilter>()
            .Takes()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithTags("health")
            .WithSummary("Store and index reachable, with counts");
        return routes;
    }

    private static async Task<Ok<HealthView>> Health(ReadOnlyGraph graph, IServiceProvider services, CancellationToken ct)
    {
        var counts = await graph.Queries.CountsAsync(ct).ConfigureAwait(false);

        // A match-all search proves the index opens and tells how many news items it holds.
        var items = graph.Index.Search(new SearchRequest("*:*", Limit: 1)).Total;
        var worker = services.GetService<WorkerStatus>()?.Snapshot();
        return TypedResults.Ok(new HealthView("ok", counts.Documents, counts.Entities, counts.Facts, items, worker));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using ResearchGraph.Queries.Views;
using ResearchGraph.Search;

namespace ResearchGraph.Api.Endpoints;

/// <summary>
/// The read-only query endpoints under <c>/api</c>: the CLI's query use cases with the CLI's
/// <c>--json</c> shapes. Parameters arrive as text and are checked here, so a bad value is a 400
/// that names it.
/// </summary>
public static class QueryApi
{
    /// <summary>The most entities <c>/api/entities</c> gives at once.</summary>
    public const int MaxEntityLimit = 200;

    public static IEndpointRouteBuilder MapQueryApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var api = routes.MapGroup("/api").AddEndpointFilter<ProblemFilter>().WithTags("queries");

        api.MapGet("/search", Search).Takes("q", "from", "to", "entity", "kind", "limit", "offset")
            .WithSummary("Full-text search of news items, best first, with highlights and facets");
        api.MapGet("/entities", Entities).Takes("q", "kind", "limit", "offset")
            .WithSummary("Entities by name or alias and kind, best match first");
        api.MapGet("/entities/{id}", Entity).Takes()
            .WithSummary("One entity (by id, name or alias): kinds, aliases, every fact with evidence");
        api.MapGet("/lineage", Lineage).Takes("name", "direction", "depth")
            .WithSummary("The PRECEDES chains through a project");
        api.MapGet("/adopters", Adopters).Takes("technique", "company")
            .WithSummary("Who adopted what: company, what, via which product, when");
        api.MapGet("/path", Path).Takes("from", "to")
            .WithSummary("The shortest chain of facts linking two entities");
        api.MapGet("/timeline", Timeline).Takes("entity")
            .WithSummary("The dated news items and facts of a person, lab or project, in date order");
        api.MapGet("/facts", Facts).Takes("rel", "from", "to", "year")
            .WithSummary("Any facts: publications by venue and year, sponsors, awards, advisors");
        return routes;
    }

    private static async Task<Ok<SearchView>> Search(ReadOnlyGraph graph, string? q, string? from, string? to, string? entity, string? kind, string? limit, string? offset, CancellationToken ct)
    {
        var query = Input.Required(q, "q", SearchLimits.MaxQueryLength);
        var view = await graph.Queries.SearchAsync(
            query,
            Input.Optional(from, "from", 10),
            Input.Optional(to, "to", 10),
            Input.Optional(entity, "entity"),
            Input.Kind(kind),
            Input.Integer(limit, "limit", 10, 1, SearchLimits.MaxLimit),
            Input.Integer(offset, "offset", 0, 0, SearchLimits.MaxOffset),
            ct).ConfigureAwait(false);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<EntitiesView>> Entities(ReadOnlyGraph graph, string? q, string? kind, string? limit, string? offset, CancellationToken ct)
    {
        var view = await graph.Queries.EntitiesAsync(
            Input.Optional(q, "q"),
            Input.Kind(kind),
            Input.Integer(limit, "limit", 50, 1, MaxEntityLimit),
            Input.Integer(offset, "offset", 0, 0, 100_000),
            ct).ConfigureAwait(false);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<EntityView>> Entity(ReadOnlyGraph graph, string id, CancellationToken ct) =>
        TypedResults.Ok(await graph.Queries.EntityAsync(Input.Required(id, "id"), ct).ConfigureAwait(false));

    private static async Task<Ok<LineageView>> Lineage(ReadOnlyGraph graph, string? name, string? direction, string? depth, CancellationToken ct) =>
        TypedResults.Ok(await graph.Queries.LineageAsync(
            Input.Required(name, "name"),
            Input.Direction(direction),
            Input.Integer(depth, "depth", 10, 1, 50),
            ct).ConfigureAwait(false));

    private static async Task<Ok<AdoptersView>> Adopters(ReadOnlyGraph graph, string? technique, string? company, CancellationToken ct) =>
        TypedResults.Ok(await graph.Queries.AdoptersAsync(Input.Optional(technique, "technique"), Input.Optional(company, "company"), ct).ConfigureAwait(false));

    private static async Task<Ok<PathView>> Path(ReadOnlyGraph graph, string? from, string? to, CancellationToken ct) =>
        TypedResults.Ok(await graph.Queries.PathAsync(Input.Required(from, "from"), Input.Required(to, "to"), ct).ConfigureAwait(false));

    private static async Task<Ok<TimelineView>> Timeline(ReadOnlyGraph graph, string? entity, CancellationToken ct) =>
        TypedResults.Ok(await graph.Queries.TimelineAsync(Input.Required(entity, "entity"), ct).ConfigureAwait(false));

    private static async Task<Ok<FactsView>> Facts(ReadOnlyGraph graph, string? rel, string? from, string? to, string? year, CancellationToken ct) =>
        TypedResults.Ok(await graph.Queries.FactsAsync(
            Input.Rel(rel),
            Input.Optional(from, "from"),
            Input.Optional(to, "to"),
            year is null ? null : Input.Integer(year, "year", 0, 1000, 9999),
            ct).ConfigureAwait(false));
}

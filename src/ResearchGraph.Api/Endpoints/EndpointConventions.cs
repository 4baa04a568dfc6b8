namespace ResearchGraph.Api.Endpoints;

/// <summary>What every API endpoint shares: its query parameters and its problem responses.</summary>
internal static class EndpointConventions
{
    /// <summary>Accepts only <paramref name="parameters"/> in the query string and documents the problems it answers.</summary>
    public static RouteHandlerBuilder Takes(this RouteHandlerBuilder builder, params string[] parameters) =>
        builder
            .AddEndpointFilter(new QueryParameterFilter(parameters))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

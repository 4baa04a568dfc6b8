using ResearchGraph.Graph;
using ResearchGraph.Queries;
using ResearchGraph.Search;

namespace ResearchGraph.Api.Endpoints;

/// <summary>
/// Turns the errors a request can cause into problem details: bad input 400, an unknown entity
/// 404, a store that cannot be read 503. Anything else is a bug and stays a 500.
/// </summary>
internal sealed class ProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (Map(e) is { } problem)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: problem.Status, title: problem.Title);
        }
    }

    private static (int Status, string Title)? Map(Exception e) => e switch
    {
        ApiInputException or SearchQueryException or ArgumentException => (StatusCodes.Status400BadRequest, "Bad request"),
        EntityNotFoundException => (StatusCodes.Status404NotFound, "Not found"),
        GraphStoreException or IOException => (StatusCodes.Status503ServiceUnavailable, "The data folder cannot be read"),
        _ => null,
    };
}

namespace ResearchGraph.Api.Endpoints;

/// <summary>
/// Refuses query parameters an endpoint does not take, and parameters given twice, so a typo
/// (<c>?quey=</c>) is an error rather than a silently ignored filter.
/// </summary>
internal sealed class QueryParameterFilter(IReadOnlyCollection<string> allowed) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var (key, values) in context.HttpContext.Request.Query)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                var takes = allowed.Count == 0 ? "no query parameters" : "only " + string.Join(", ", allowed);
                throw new ApiInputException($"Unknown query parameter '{key}': this endpoint takes {takes}.");
            }

            if (values.Count > 1)
            {
                throw new ApiInputException($"The query parameter '{key}' is given {values.Count} times; give it once.");
            }
        }

        return next(context);
    }
}

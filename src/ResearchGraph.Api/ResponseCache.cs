using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ResearchGraph.Api;

/// <summary>
/// Keeps the bodies of successful <c>GET /api/...</c> answers, keyed by path and query, for as long
/// as the data folder's <see cref="DataVersion"/> stays the same: the API is read-only, so an answer
/// can only change when a writer commits, and a commit changes the stamp. The stamp is taken before
/// the query runs, so an answer is never served under a later stamp than the one it was read at.
/// Bounded: past <see cref="MaxEntries"/> the cache starts over, and large bodies are not kept.
/// </summary>
public sealed class ResponseCache(RequestDelegate next, ReadOnlyGraph graph, IOptions<ApiOptions> options)
{
    public const int MaxEntries = 4096;
    public const int MaxBodyBytes = 512 * 1024;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly bool enabled = options.Value.ResponseCache;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!enabled || !HttpMethods.IsGet(request.Method) || !request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var version = DataVersion.Of(graph.Folder);
        var key = request.Path.Value + request.QueryString.Value;
        if (entries.TryGetValue(key, out var hit) && hit.Version == version)
        {
            context.Response.ContentType = hit.ContentType;
            context.Response.ContentLength = hit.Body.Length;
            await context.Response.Body.WriteAsync(hit.Body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        if (context.Response.StatusCode == StatusCodes.Status200OK && body.Length <= MaxBodyBytes && context.Response.ContentType is { } type)
        {
            if (entries.Count >= MaxEntries)
            {
                entries.Clear();
            }

            entries[key] = new Entry(version, type, body);
        }

        // An empty body is left unwritten, so the status-code pages can still give it problem details.
        if (body.Length > 0)
        {
            context.Response.ContentLength = body.Length;
            await original.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private sealed record Entry(string Version, string ContentType, byte[] Body);
}

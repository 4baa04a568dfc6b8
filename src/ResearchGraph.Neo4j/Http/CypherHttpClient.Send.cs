using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace ResearchGraph.Neo4j.Http;

internal sealed partial class CypherHttpClient
{
    /// <summary>
    /// Sends one request and returns its JSON body; every failure becomes a
    /// <see cref="Neo4jRequestException"/> that says what went wrong and whether a retry may help.
    /// </summary>
    internal async Task<Neo4jResponse> SendAsync(
        HttpMethod method, string path, object? body, CancellationToken cancellationToken, IReadOnlyList<CypherStatement>? statements = null, string? affinity = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: BodyOptions);
        }

        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jRequestException(
                $"Neo4j at {_settings.Url} did not answer within {_settings.RequestTimeout.TotalSeconds:0.###} s", transient: true, e);
        }
        catch (HttpRequestException e)
        {
            var refused = e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused };
            throw new Neo4jRequestException(
                refused
                    ? $"cannot connect to Neo4j at {_settings.Url}: connection refused (is the server running, and is {Neo4jSettings.UrlVariable} its HTTP address?)"
                    : $"cannot connect to Neo4j at {_settings.Url}: {e.Message}",
                transient: true,
                e);
        }

        using (response)
        {
            JsonElement json;
            try
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                json = string.IsNullOrWhiteSpace(text) ? default : JsonSerializer.Deserialize<JsonElement>(text);
            }
            catch (JsonException e)
            {
                throw new Neo4jRequestException(
                    $"Neo4j at {_settings.Url} answered {(int)response.StatusCode} {response.ReasonPhrase} with a body that is not JSON", transient: IsTransientStatus(response.StatusCode), e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new Neo4jRequestException(
                    $"Neo4j at {_settings.Url} did not finish its answer within {_settings.RequestTimeout.TotalSeconds:0.###} s", transient: true, e);
            }

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new Neo4jRequestException(
                    $"Neo4j at {_settings.Url} refused the credentials of user '{_settings.User}' ({(int)response.StatusCode} {response.ReasonPhrase}): check {Neo4jSettings.UserVariable} and {Neo4jSettings.PasswordVariable}",
                    transient: false,
                    code: FirstErrorCode(json));
            }

            if (!response.IsSuccessStatusCode)
            {
                // The Query API answers a failed statement with 4xx and the errors in the body.
                ThrowIfErrors(json, statements ?? []);
                throw new Neo4jRequestException(
                    $"Neo4j at {_settings.Url} answered {(int)response.StatusCode} {response.ReasonPhrase} to {method} /{path}",
                    transient: IsTransientStatus(response.StatusCode));
            }

            // A 200 (or 201, 202) may still carry errors: the statement failed and the transaction is gone.
            ThrowIfErrors(json, statements ?? []);
            var location = response.Headers.Location?.ToString();
            var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new Neo4jResponse(json, location, newAffinity ?? affinity);
        }
    }

    /// <summary>
    /// Throws when the body lists errors. With several statements in one request (transactional
    /// endpoint) the failing one is the first without a result.
    /// </summary>
    internal void ThrowIfErrors(JsonElement body, IReadOnlyList<CypherStatement> statements)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return;
        }

        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
        var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        var index = body.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array ? results.GetArrayLength() : 0;
        var name = statements.Count == 0 ? null : statements[Math.Min(index, statements.Count - 1)].Name;
        var transient = code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
        {
            throw new Neo4jRequestException(
                $"Neo4j at {_settings.Url} refused user '{_settings.User}': {code}: {message}", transient: false, code: code);
        }

        throw new Neo4jRequestException(
            name is null ? $"Neo4j reported {code}: {message}" : $"Neo4j refused the statement {name}: {code}: {message}", transient, code: code);
    }

    private static string? FirstErrorCode(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
            && errors[0].TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    private static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;

    internal static Dictionary<string, object?> QueryApiBody(CypherStatement statement) => new()
    {
        ["statement"] = statement.Text,
        ["parameters"] = statement.Parameters,
    };

    internal static Dictionary<string, object?> TransactionalBody(IReadOnlyList<CypherStatement> statements) => new()
    {
        ["statements"] = statements.Select(s => new Dictionary<string, object?>
        {
            ["statement"] = s.Text,
            ["parameters"] = s.Parameters,
            ["resultDataContents"] = new[] { "row" },
        }).ToArray(),
    };

    internal CypherResult QueryApiResult(JsonElement body, CypherStatement statement)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("data", out var data))
        {
            // Statements that return nothing may come back without data.
            return new CypherResult([], []);
        }

        var fields = data.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [];
        var rows = data.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(row => Row(row, fields.Length, statement)).ToArray()
            : [];
        return new CypherResult(fields, rows);
    }

    internal IReadOnlyList<CypherResult> TransactionalResults(JsonElement body, IReadOnlyList<CypherStatement> statements)
    {
        ThrowIfErrors(body, statements);
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            throw new Neo4jRequestException($"Neo4j at {_settings.Url} answered without results", transient: false);
        }

        if (results.GetArrayLength() != statements.Count)
        {
            throw new Neo4jRequestException(
                $"Neo4j at {_settings.Url} answered {results.GetArrayLength()} results to {statements.Count} statements", transient: false);
        }

        var list = new List<CypherResult>(statements.Count);
        var i = 0;
        foreach (var result in results.EnumerateArray())
        {
            var fields = result.TryGetProperty("columns", out var c) && c.ValueKind == JsonValueKind.Array ? c.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [];
            var rows = result.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Array
                ? d.EnumerateArray().Select(x => Row(x.GetProperty("row"), fields.Length, statements[i])).ToArray()
                : [];
            list.Add(new CypherResult(fields, rows));
            i++;
        }

        return list;
    }

    private JsonElement[] Row(JsonElement row, int width, CypherStatement statement)
    {
        if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != width)
        {
            throw new Neo4jRequestException($"Neo4j at {_settings.Url} answered {statement.Name} with a row that does not match its columns", transient: false);
        }

        return [.. row.EnumerateArray()];
    }
}

/// <summary>A response's JSON body with the headers a transaction needs.</summary>
internal sealed record Neo4jResponse(JsonElement Json, string? Location, string? Affinity);

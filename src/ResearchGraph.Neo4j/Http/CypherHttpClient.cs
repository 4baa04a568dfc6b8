using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Retry;
using ResearchGraph.Graph;

namespace ResearchGraph.Neo4j.Http;

/// <summary>
/// Speaks Neo4j's HTTP Cypher interfaces: reads the discovery document once and then uses the Query
/// API when the server offers it, else the transactional endpoint. Every unit of work (one implicit
/// transaction, or one explicit transaction from begin to commit) is retried as a whole on transient
/// failures; what still fails surfaces as a <see cref="GraphStoreException"/> with a clear message.
/// </summary>
internal sealed partial class CypherHttpClient : IDisposable
{
    /// <summary>The response header by which a clustered server (Aura) keeps a transaction's requests together.</summary>
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly JsonSerializerOptions BodyOptions = new() { PropertyNamingPolicy = null };

    private readonly HttpClient _http;
    private readonly Neo4jSettings _settings;
    private readonly ResiliencePipeline _retry;
    private readonly SemaphoreSlim _discoveryGate = new(1, 1);
    private Discovered? _discovered;

    public CypherHttpClient(Neo4jSettings settings, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        var baseUrl = settings.Url.AbsoluteUri.EndsWith('/') ? settings.Url : new Uri(settings.Url.AbsoluteUri + "/");
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: true);
        _http.BaseAddress = baseUrl;
        _http.Timeout = settings.RequestTimeout;
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (settings.Password is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.User + ":" + settings.Password)));
        }

        var builder = new ResiliencePipelineBuilder();
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jRequestException>(e => e.IsTransient),
                MaxRetryAttempts = Math.Min(settings.MaxRetries, 10),
                Delay = settings.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        _retry = builder.Build();
    }

    /// <summary>The interface this client uses, found from the server's discovery document.</summary>
    public async Task<Neo4jEndpoint> EndpointAsync(CancellationToken cancellationToken) =>
        (await DiscoverAsync(cancellationToken)).Endpoint;

    /// <summary>Runs statements in one implicit transaction (retried as a whole when a failure is transient).</summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        ExecuteAsync(async token =>
        {
            var discovered = await DiscoverAsync(token);
            if (discovered.Endpoint == Neo4jEndpoint.Transactional)
            {
                var body = await SendAsync(HttpMethod.Post, discovered.Path + "/commit", TransactionalBody(statements), token, statements);
                return TransactionalResults(body.Json, statements);
            }

            if (statements.Count == 1)
            {
                var body = await SendAsync(HttpMethod.Post, discovered.Path, QueryApiBody(statements[0]), token, [statements[0]]);
                return [QueryApiResult(body.Json, statements[0])];
            }

            // The Query API runs one statement per request: several go into one explicit transaction.
            await using var transaction = await BeginAsync(discovered, token);
            var results = await transaction.RunAsync(statements, token);
            await transaction.CommitAsync(token);
            return results;
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction, committed when it returns and rolled
    /// back when it throws; the whole of it is tried again when a failure is transient, so it must
    /// be idempotent.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        ExecuteAsync(async token =>
        {
            var discovered = await DiscoverAsync(token);
            await using var transaction = await BeginAsync(discovered, token);
            var result = await work(transaction, token);
            await transaction.CommitAsync(token);
            return result;
        }, cancellationToken);

    public void Dispose()
    {
        _http.Dispose();
        _discoveryGate.Dispose();
    }

    private async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.ExecuteAsync(async token => await work(token), cancellationToken);
        }
        catch (Neo4jRequestException e)
        {
            throw new GraphStoreException(e.Message, e);
        }
    }

    private async Task<ICypherTransaction> BeginAsync(Discovered discovered, CancellationToken cancellationToken)
    {
        if (discovered.Endpoint == Neo4jEndpoint.QueryApi)
        {
            var begin = await SendAsync(HttpMethod.Post, discovered.Path + "/tx", null, cancellationToken);
            var id = begin.Json.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var txId) ? txId.GetString() : null;
            if (string.IsNullOrEmpty(id))
            {
                throw new Neo4jRequestException($"Neo4j at {_settings.Url} opened a Query API transaction without an id", transient: false);
            }

            return new QueryApiTransaction(this, discovered.Path + "/tx/" + Uri.EscapeDataString(id), begin.Affinity);
        }

        var opened = await SendAsync(HttpMethod.Post, discovered.Path, TransactionalBody([]), cancellationToken);
        ThrowIfErrors(opened.Json, []);
        var commit = opened.Json.TryGetProperty("commit", out var c) ? c.GetString() : null;
        var location = commit is not null && commit.EndsWith("/commit", StringComparison.Ordinal) ? commit[..^"/commit".Length] : opened.Location;
        var transactionId = location?.TrimEnd('/').Split('/')[^1];
        if (string.IsNullOrEmpty(transactionId) || !transactionId.All(char.IsAsciiDigit))
        {
            throw new Neo4jRequestException($"Neo4j at {_settings.Url} opened a transaction without saying where (no commit address)", transient: false);
        }

        return new TransactionalTransaction(this, discovered.Path + "/" + transactionId, opened.Affinity);
    }

    private async Task<Discovered> DiscoverAsync(CancellationToken cancellationToken)
    {
        if (_discovered is { } known)
        {
            return known;
        }

        await _discoveryGate.WaitAsync(cancellationToken);
        try
        {
            if (_discovered is null)
            {
                var response = await SendAsync(HttpMethod.Get, "", null, cancellationToken);
                _discovered = Discover(response.Json);
            }

            return _discovered;
        }
        finally
        {
            _discoveryGate.Release();
        }
    }

    private Discovered Discover(JsonElement document)
    {
        var database = Uri.EscapeDataString(_settings.Database);
        if (document.ValueKind == JsonValueKind.Object)
        {
            if (Template(document, "query") is { } query)
            {
                return new Discovered(Neo4jEndpoint.QueryApi, query.Replace("{databaseName}", database, StringComparison.Ordinal));
            }

            if (Template(document, "transaction") is { } transaction)
            {
                return new Discovered(Neo4jEndpoint.Transactional, transaction.Replace("{databaseName}", database, StringComparison.Ordinal));
            }
        }

        throw new Neo4jRequestException(
            $"{_settings.Url} does not look like Neo4j's HTTP port: its discovery document names neither the Query API nor the transactional endpoint", transient: false);
    }

    // The path of an endpoint template, relative to the configured address: the server may name
    // itself by an address this client does not use (inside a container, behind a proxy).
    private static string? Template(JsonElement document, string name)
    {
        if (!document.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } template)
        {
            return null;
        }

        var path = Uri.TryCreate(template, UriKind.Absolute, out var absolute) ? Uri.UnescapeDataString(absolute.AbsolutePath) : template;
        return path.TrimStart('/').TrimEnd('/');
    }

    private sealed record Discovered(Neo4jEndpoint Endpoint, string Path);
}

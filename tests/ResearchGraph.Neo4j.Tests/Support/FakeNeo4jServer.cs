using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ResearchGraph.Neo4j.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 (a free port) that answers with the JSON shapes Neo4j's
/// documentation gives for its discovery document, Query API and transactional endpoint. Each
/// request is recorded; <see cref="Respond"/> decides the answer. It is a stand-in for a server
/// that cannot run here: it proves what the client sends and how it reads answers, not what Neo4j
/// would do with the Cypher.
/// </summary>
public sealed class FakeNeo4jServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeNeo4jServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers a request; the default answers as a Neo4j 5.26 server with empty results.</summary>
    public Func<RecordedRequest, FakeResponse> Respond { get; set; } = _ => FakeResponse.Json("{}");

    public Uri Url { get; private set; } = null!;

    public static async Task<FakeNeo4jServer> StartAsync(bool queryApi = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeNeo4jServer(app);
        server.Respond = r => Neo4jAnswers.Default(r, queryApi);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var request = new RecordedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? "",
                context.Request.Headers.Authorization.ToString(),
                context.Request.Headers["neo4j-cluster-affinity"].ToString(),
                context.Request.ContentType,
                body.Length == 0 ? null : JsonDocument.Parse(body).RootElement.Clone());
            server.Requests.Enqueue(request);
            var response = server.Respond(request);
            if (response.Delay > TimeSpan.Zero)
            {
                await Task.Delay(response.Delay, context.RequestAborted).ConfigureAwait(false);
            }

            context.Response.StatusCode = response.Status;
            foreach (var (name, value) in response.Headers)
            {
                context.Response.Headers[name] = value;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(address);
        return server;
    }

    /// <summary>Settings for a client of this server, with fast retries.</summary>
    public Neo4jSettings Settings(int maxRetries = 2, TimeSpan? timeout = null) => new()
    {
        Url = Url,
        User = "neo4j",
        Password = "secret-password",
        Database = "graph",
        MaxRetries = maxRetries,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        RequestTimeout = timeout ?? TimeSpan.FromSeconds(10),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A request as the fake server received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Authorization, string Affinity, string? ContentType, JsonElement? Body);

/// <summary>What the fake server answers.</summary>
public sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string> Headers, TimeSpan Delay)
{
    public static FakeResponse Json(string body, int status = 200, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, body, headers ?? new Dictionary<string, string>(), TimeSpan.Zero);
}

using Microsoft.Extensions.Configuration;

namespace ResearchGraph.Neo4j;

/// <summary>
/// How to reach the Neo4j server: its HTTP address, credentials and database, read from
/// configuration or the environment (<c>RESEARCHGRAPH_NEO4J_URL</c>, <c>_USER</c>, <c>_PASSWORD</c>,
/// <c>_DATABASE</c>).
/// </summary>
public sealed class Neo4jSettings
{
    public const string UrlVariable = "RESEARCHGRAPH_NEO4J_URL";
    public const string UserVariable = "RESEARCHGRAPH_NEO4J_USER";
    public const string PasswordVariable = "RESEARCHGRAPH_NEO4J_PASSWORD";
    public const string DatabaseVariable = "RESEARCHGRAPH_NEO4J_DATABASE";

    /// <summary>The server's HTTP address, e.g. <c>http://127.0.0.1:7474</c>.</summary>
    public required Uri Url { get; init; }

    /// <summary>The user; default <c>neo4j</c>.</summary>
    public string User { get; init; } = "neo4j";

    /// <summary>The password; null sends no credentials.</summary>
    public string? Password { get; init; }

    /// <summary>The database; default <c>neo4j</c>.</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>How long one HTTP request may take; default 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a transient failure is retried (0 to 10); default 3.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry's delay, doubled for each further retry (with jitter); default 200 ms.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Reads the settings from the process environment.</summary>
    /// <exception cref="ArgumentException">The URL is missing or not an absolute http(s) address.</exception>
    public static Neo4jSettings FromEnvironment() => From(Environment.GetEnvironmentVariable);

    /// <summary>Reads the settings from configuration keys named like the environment variables.</summary>
    public static Neo4jSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return From(key => configuration[key]);
    }

    /// <summary>Reads the settings through <paramref name="lookup"/>, which maps a variable name to its value.</summary>
    public static Neo4jSettings From(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var url = lookup(UrlVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            throw new ArgumentException($"the neo4j store needs {UrlVariable} (for example http://127.0.0.1:7474)");
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"{UrlVariable} must be an http:// or https:// address of Neo4j's HTTP port, not '{url}'");
        }

        return new Neo4jSettings
        {
            Url = uri,
            User = NonEmpty(lookup(UserVariable)) ?? "neo4j",
            Password = lookup(PasswordVariable) is { Length: > 0 } password ? password : null,
            Database = NonEmpty(lookup(DatabaseVariable)) ?? "neo4j",
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

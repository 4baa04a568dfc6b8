using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.FileProviders;
using ResearchGraph.Api.Endpoints;

namespace ResearchGraph.Api;

/// <summary>
/// Builds the query service: the read-only HTTP API, its OpenAPI document and the web UI, over one
/// data folder. Used by this project's own entry point and by the CLI's <c>serve</c>.
/// </summary>
public static class ApiHost
{
    /// <summary>The address <c>serve</c> listens on unless told otherwise: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    private static readonly string[] UiRoutes = ["/entity/{**id}", "/lineage/{**name}", "/timeline/{**name}", "/adopters"];

    /// <summary>Builds the application; <paramref name="configure"/> may set the data folder (<c>ResearchGraph:Data</c>) or the URLs.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        configure?.Invoke(builder);
        builder.Services.AddResearchGraphApi();

        var app = builder.Build();
        app.UseResearchGraphApi();
        return app;
    }

    /// <summary>The services of the API: options, the read-only data folder, JSON as the CLI writes it, problem details, OpenAPI.</summary>
    public static IServiceCollection AddResearchGraphApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReadOnlyGraph>();
        services.AddHostedService(sp => sp.GetRequiredService<ReadOnlyGraph>());
        services.ConfigureHttpJsonOptions(o => UseQueryJson(o.SerializerOptions));
        services.AddProblemDetails();
        services.AddOpenApi();
        return services;
    }

    /// <summary>The pipeline: problem details for errors and unknown routes, the UI's static files, the API, OpenAPI.</summary>
    public static WebApplication UseResearchGraphApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        var ui = new EmbeddedFileProvider(typeof(ApiHost).Assembly, "ResearchGraph.Api.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = ui });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = ui });
        app.UseMiddleware<ResponseCache>();
        app.MapOpenApi();
        app.MapHealthApi();
        app.MapQueryApi();

        // Deep links into the UI are the UI's own routes: each serves its one page, which reads the URL.
        var page = new StaticFileOptions { FileProvider = ui };
        foreach (var view in UiRoutes)
        {
            app.MapFallbackToFile(view, "index.html", page);
        }

        return app;
    }

    /// <summary>The JSON convention of the CLI's <c>--json</c> (snake_case, enums by name, nulls written), compact.</summary>
    private static void UseQueryJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter());
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        // The UI loads nothing from elsewhere; say so, so an injected tag could not either.
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}

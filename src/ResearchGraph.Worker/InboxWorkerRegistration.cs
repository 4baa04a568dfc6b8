using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ResearchGraph.Worker;

/// <summary>Adds the inbox worker to any host: the CLI's <c>worker</c> command, or the API host beside its endpoints.</summary>
public static class InboxWorkerRegistration
{
    /// <summary>
    /// Registers <see cref="InboxWorker"/> as a hosted service and <see cref="WorkerStatus"/> as a
    /// singleton (for a health view). Options bind from the <c>Worker</c> configuration section, then
    /// <paramref name="configure"/> runs; they are validated when the host starts.
    /// </summary>
    public static IServiceCollection AddInboxWorker(this IServiceCollection services, Action<InboxWorkerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<InboxWorkerOptions>().BindConfiguration(InboxWorkerOptions.Section);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WorkerStatus>();
        services.AddHostedService<InboxWorker>();
        return services;
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ResearchGraph.Worker.Tests.Support;

/// <summary>Keeps every log entry written through it, with its event id, for assertions.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<(EventId Id, LogLevel Level, string Message)> entries = new();

    public IReadOnlyList<(EventId Id, LogLevel Level, string Message)> Entries => [.. entries];

    public int Count(int eventId, string? containing = null) =>
        entries.Count(e => e.Id.Id == eventId && (containing is null || e.Message.Contains(containing, StringComparison.Ordinal)));

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.entries.Enqueue((eventId, logLevel, formatter(state, exception)));
    }
}

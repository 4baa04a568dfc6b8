namespace ResearchGraph.Cli;

/// <summary>A failure to report as one line on stderr with exit code 1.</summary>
internal sealed class CliException(string message) : Exception(message);

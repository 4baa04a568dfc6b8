using System.Diagnostics;
using System.Text.Json;

namespace ResearchGraph.EndToEnd.Tests.Support;

/// <summary>The result of one run of the real CLI.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;

    /// <summary>Runs <c>./researchgraph</c> with the given arguments and waits for it (at most two minutes).</summary>
    public static CliRun Of(params string[] args)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "researchgraph"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout(args)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("researchgraph " + string.Join(' ', args) + " did not finish");
        }

        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    // The first run builds the CLI (in Release, every project it hosts): on a loaded machine that takes minutes.
    private static TimeSpan Timeout(string[] args) => args is ["--help"] ? TimeSpan.FromMinutes(15) : TimeSpan.FromMinutes(3);

    public CliRun Succeeded()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}\nstdout: {Stdout}\nstderr: {Stderr}");
        return this;
    }
}

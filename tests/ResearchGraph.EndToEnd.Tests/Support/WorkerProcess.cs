using System.Collections.Concurrent;
using System.Diagnostics;

namespace ResearchGraph.EndToEnd.Tests.Support;

/// <summary>
/// The real CLI's <c>worker</c> command as a child process (the built program, started directly so
/// that killing it kills the worker and not a launcher), with its log lines collected.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private WorkerProcess(Process process)
    {
        this.process = process;
    }

    public IEnumerable<string> Lines => lines;

    public bool HasExited => process.HasExited;

    public int Id => process.Id;

    public static WorkerProcess Start(string data, string inbox, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var a in (string[])[Path.Combine(Repository.Root, ".build", "cli", "researchgraph.dll"), "--data", data, "worker", "--inbox", inbox, .. extra])
        {
            start.ArgumentList.Add(a);
        }

        var process = new Process { StartInfo = start };
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                worker.lines.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                worker.lines.Enqueue("stderr: " + e.Data);
            }
        };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Waits until a log line contains <paramref name="text"/>, at most <paramref name="timeout"/>.</summary>
    public bool WaitFor(string text, TimeSpan timeout, int occurrences = 1)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (lines.Count(l => l.Contains(text, StringComparison.Ordinal)) >= occurrences)
            {
                return true;
            }

            if (process.HasExited)
            {
                return lines.Count(l => l.Contains(text, StringComparison.Ordinal)) >= occurrences;
            }

            Thread.Sleep(50);
        }

        return false;
    }

    /// <summary>SIGKILL: no chance to finish anything.</summary>
    public void KillHard()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
        }

        process.WaitForExit();
    }

    /// <summary>SIGTERM, as a service manager stops it; waits for a graceful exit and returns the exit code.</summary>
    public int Terminate(TimeSpan timeout)
    {
        // bash's own kill: no procps needed.
        using (var kill = Process.Start("bash", ["-c", "kill -TERM " + process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        if (!process.WaitForExit(timeout))
        {
            KillHard();
            throw new TimeoutException("the worker did not stop on SIGTERM");
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    public string Log => string.Join('\n', lines);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }
}

using System.Diagnostics;
using ResearchGraph.Queries;

namespace ResearchGraph.Bench.Measuring;

/// <summary>Times a query use case over many inputs and reports its percentiles.</summary>
internal static class LatencySampler
{
    private const int WarmUp = 20;

    /// <summary>Runs <paramref name="query"/> on each input; an unknown name is an answer too (the use case's miss path).</summary>
    public static async Task<Latency> MeasureAsync<T>(IReadOnlyList<T> inputs, Func<T, Task> query, CancellationToken ct)
    {
        foreach (var input in inputs.Take(WarmUp))
        {
            await RunAsync(query, input).ConfigureAwait(false);
        }

        var samples = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            await RunAsync(query, inputs[i]).ConfigureAwait(false);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return new Latency(Math.Round(Percentile(samples, 0.50), 3), Math.Round(Percentile(samples, 0.99), 3), samples.Length);
    }

    /// <summary>The nearest-rank percentile of sorted samples.</summary>
    internal static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static async Task RunAsync<T>(Func<T, Task> query, T input)
    {
        try
        {
            await query(input).ConfigureAwait(false);
        }
        catch (EntityNotFoundException)
        {
            // No such entity or no chain: answered, and timed like any answer.
        }
    }
}

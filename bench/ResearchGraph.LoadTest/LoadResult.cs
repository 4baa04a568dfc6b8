using System.Globalization;

namespace ResearchGraph.LoadTest;

/// <summary>
/// What one measured run saw: every request's endpoint, latency and outcome, and the CPU time the
/// process (the service and its clients together) spent meanwhile — on a shared machine a steadier
/// measure of the cost of a request than wall-clock latency.
/// </summary>
internal sealed record LoadResult(IReadOnlyList<(string Endpoint, double Ms, bool Ok)> Samples, TimeSpan Elapsed, TimeSpan Cpu, IReadOnlyList<string> FirstErrors)
{
    public int Errors => Samples.Count(s => !s.Ok);

    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"requests {Samples.Count} in {Elapsed.TotalSeconds:F1} s: {Samples.Count / Elapsed.TotalSeconds:F0} req/s, errors {Errors}"));
        output.WriteLine(string.Create(c, $"  cpu {Cpu.TotalSeconds:F1} s of {Environment.ProcessorCount} cores: {Cpu.TotalMilliseconds / Math.Max(1, Samples.Count):F2} ms a request, service and clients together"));
        output.WriteLine(Line("all", Samples.Select(s => s.Ms).ToList()));
        foreach (var group in Samples.GroupBy(s => s.Endpoint).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(Line(group.Key, group.Select(s => s.Ms).ToList()));
        }

        foreach (var error in FirstErrors)
        {
            output.WriteLine("error: " + error);
        }
    }

    private static string Line(string name, List<double> ms)
    {
        ms.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"  {name,-9} n={ms.Count,7}  p50={Percentile(ms, 0.50),7:F2} ms  p90={Percentile(ms, 0.90),7:F2} ms  p99={Percentile(ms, 0.99),7:F2} ms  max={ms[^1],7:F2} ms");
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

using System.Diagnostics;

namespace ResearchGraph.LoadTest;

/// <summary>N clients, each sending the request mix in turn until the time is up (or the request cap is reached).</summary>
internal static class Driver
{
    public static async Task<LoadResult> RunAsync(HttpClient http, int clients, TimeSpan duration)
    {
        var samples = new List<(string Endpoint, double Ms, bool Ok)>[clients];
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var sent = 0;
        var errors = new System.Collections.Concurrent.ConcurrentBag<string>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(async c =>
        {
            var mine = samples[c] = [];
            var mix = RequestMix.Requests;
            for (var i = c; Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref sent) <= LoadOptions.MaxRequests; i++)
            {
                var (endpoint, url) = mix[i % mix.Count];
                var t0 = Stopwatch.GetTimestamp();
                var ok = false;
                try
                {
                    using var response = await http.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
                    ok = response.IsSuccessStatusCode;
                    if (!ok)
                    {
                        errors.Add($"{url}: {(int)response.StatusCode}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    errors.Add($"{url}: {e.GetType().Name} {e.Message}");
                }

                mine.Add((endpoint, Stopwatch.GetElapsedTime(t0).TotalMilliseconds, ok));
            }
        }).ToList();
        await Task.WhenAll(tasks).ConfigureAwait(false);
        started.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return new LoadResult(samples.SelectMany(s => s).ToList(), started.Elapsed, cpu, errors.Take(5).ToList());
    }
}

using ResearchGraph.Bench.Measuring;
using ResearchGraph.Queries;

namespace ResearchGraph.Bench.Tests.Measuring;

public sealed class LatencySamplerTests
{
    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var sorted = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();

        Assert.Equal(50, LatencySampler.Percentile(sorted, 0.50));
        Assert.Equal(99, LatencySampler.Percentile(sorted, 0.99));
        Assert.Equal(7, LatencySampler.Percentile([7], 0.99));
    }

    [Fact]
    public async Task Every_input_is_timed_and_an_unknown_name_counts_as_an_answer()
    {
        var calls = 0;
        var latency = await LatencySampler.MeasureAsync(["a", "missing", "b"], name =>
        {
            calls++;
            return name == "missing" ? Task.FromException(new EntityNotFoundException("no entity named 'missing'")) : Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(3, latency.Count);
        Assert.Equal(6, calls); // three warm-up runs, three timed
    }

    [Fact]
    public async Task Other_failures_are_not_swallowed()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            LatencySampler.MeasureAsync(["a"], _ => Task.FromException(new InvalidOperationException("broken")), CancellationToken.None));
    }
}

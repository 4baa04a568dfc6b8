namespace ResearchGraph.Bench.Corpus;

/// <summary>
/// A small deterministic generator (SplitMix64): the same seed gives the same sequence on every
/// machine and runtime, which <see cref="Random"/> does not promise.
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>A generator for one item of a stream, independent of every other item's.</summary>
    public static SeededRandom For(int seed, string stream, long index)
    {
        ulong h = 14695981039346656037UL;
        foreach (var c in stream)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return new SeededRandom(Mix((ulong)(uint)seed) ^ Mix(h) ^ Mix((ulong)index + 0x632BE59BD9B4E019UL));
    }

    public ulong NextULong()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>A value in [0, max).</summary>
    public int Next(int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return (int)(NextULong() % (ulong)max);
    }

    /// <summary>A value in [min, max).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    /// <summary>A value in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>
    /// An index in [0, count) skewed towards the front, so a few items are popular and most are
    /// rare (the long tail of real fan-out).
    /// </summary>
    public int Skewed(int count, double exponent = 2.0) => Math.Min(count - 1, (int)(count * Math.Pow(NextDouble(), exponent)));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

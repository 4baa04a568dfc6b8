using System.Globalization;

namespace ResearchGraph.LoadTest;

/// <summary>
/// How hard and how long to drive the API; parsed from <c>--clients N --seconds S --warmup S --page FILE --cache</c>.
/// The response cache is off unless <c>--cache</c> is given, so the figure reported by default is
/// what answering every request costs; <c>--no-cache</c> is still accepted and means the default.
/// </summary>
internal sealed record LoadOptions(int Clients, int Seconds, int Warmup, string? Page, bool Cache)
{
    public const int MaxRequests = 5_000_000;

    public static LoadOptions Parse(string[] args)
    {
        int clients = 64, seconds = 20, warmup = 3;
        string? page = null;
        var cache = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--cache" or "--no-cache")
            {
                cache = args[i] == "--cache";
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--clients": clients = Bounded(value, "--clients", 1, 1024); i++; break;
                case "--seconds": seconds = Bounded(value, "--seconds", 1, 600); i++; break;
                case "--warmup": warmup = Bounded(value, "--warmup", 0, 60); i++; break;
                case "--page": page = value; i++; break;
                default: throw new ArgumentException($"unknown option {args[i]}: expected --clients N, --seconds S, --warmup S, --page FILE, --cache");
            }
        }

        return new LoadOptions(clients, seconds, warmup, page, cache);
    }

    private static int Bounded(string value, string name, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}, not '{value}'");
}

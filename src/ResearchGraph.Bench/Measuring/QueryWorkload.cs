using ResearchGraph.Bench.Corpus;
using ResearchGraph.Domain;
using ResearchGraph.Graph;

namespace ResearchGraph.Bench.Measuring;

/// <summary>
/// Randomized inputs for the query use cases: names of projects, people and companies the corpus
/// contains, and search words its pages use. Deterministic from the seed.
/// </summary>
internal sealed record QueryWorkload(
    IReadOnlyList<string> Searches,
    IReadOnlyList<string> Projects,
    IReadOnlyList<(string? Adopted, string? Company)> Adopters,
    IReadOnlyList<(string From, string To)> Paths,
    IReadOnlyList<string> Entities)
{
    /// <summary>Inputs drawn from a generated corpus of <paramref name="docs"/> pages.</summary>
    public static QueryWorkload ForGenerated(int docs, int seed, int count, Vocabulary vocabulary)
    {
        var random = SeededRandom.For(seed, "queries", docs);
        string Project() => Vocabulary.Project(((long)random.Next(docs) * Vocabulary.ProjectsPerPage) + random.Next(Vocabulary.ProjectsPerPage));
        string Word() => random.Next(4) switch
        {
            0 => random.Pick(vocabulary.Techniques),
            1 => random.Pick(Phrases.Nouns).ToLowerInvariant(),
            2 => Project(),
            _ => random.Pick(Phrases.Adjectives).ToLowerInvariant() + " " + random.Pick(Phrases.Nouns).ToLowerInvariant(),
        };

        return new QueryWorkload(
            Many(count, Word),
            Many(count, Project),
            Many(count, () => random.Chance(0.5) ? (Project(), (string?)null) : ((string?)null, random.Pick(vocabulary.Companies))),
            Many(count, () => (Project(), random.Chance(0.5) ? Project() : Vocabulary.Person(random.Next(docs)))),
            Many(count, () => random.Next(3) switch
            {
                0 => Project(),
                1 => Vocabulary.Person(random.Next(docs)),
                _ => random.Pick(vocabulary.Companies),
            }));
    }

    /// <summary>Inputs drawn from what a store holds (for a folder of real pages, whose names no generator knows).</summary>
    public static async Task<QueryWorkload> FromStoreAsync(IGraphStore store, int seed, int count, CancellationToken ct)
    {
        var snapshot = await store.ExportAsync(ct).ConfigureAwait(false);
        var random = SeededRandom.For(seed, "queries", snapshot.Entities.Count);
        var all = snapshot.Entities.Select(e => e.Name).ToList();
        var projects = snapshot.Entities.Where(e => e.Kinds.Contains(EntityKind.Project)).Select(e => e.Name).DefaultIfEmpty("none").ToList();
        var companies = snapshot.Entities.Where(e => e.Kinds.Contains(EntityKind.Company)).Select(e => e.Name).DefaultIfEmpty("none").ToList();
        // Search words are the plain words of technique and project names: a whole title may hold query syntax ("TOPS/W").
        var words = snapshot.Entities
            .Where(e => e.Kinds.Contains(EntityKind.Technique) || e.Kinds.Contains(EntityKind.Project))
            .SelectMany(e => e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3 && w.All(char.IsLetter))
            .Distinct(StringComparer.Ordinal)
            .DefaultIfEmpty("none")
            .ToList();
        return new QueryWorkload(
            Many(count, () => random.Pick(words)),
            Many(count, () => random.Pick(projects)),
            Many(count, () => random.Chance(0.5) ? (random.Pick(projects), (string?)null) : ((string?)null, random.Pick(companies))),
            Many(count, () => (random.Pick(all), random.Pick(all))),
            Many(count, () => random.Pick(all)));
    }

    private static List<T> Many<T>(int count, Func<T> next) => Enumerable.Range(0, count).Select(_ => next()).ToList();
}

using ResearchGraph.Domain;
using ResearchGraph.Queries.Views;

namespace ResearchGraph.Queries;

public sealed partial class GraphQueries
{
    /// <summary>The largest page of <see cref="EntitiesAsync"/>.</summary>
    public const int MaxEntityPage = 200;

    /// <summary>
    /// Entities whose name, alias or id contains <paramref name="text"/> (case-insensitively; all
    /// when null), of <paramref name="kind"/> when given. Best match first: exact names, then names
    /// that start with the text, then words that do, then any match; ties by name, then id.
    /// </summary>
    public async Task<EntitiesView> EntitiesAsync(string? text, EntityKind? kind, int limit = 50, int offset = 0, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxEntityPage);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var wanted = text?.Trim();
        var matches = (await AllEntitiesAsync(ct).ConfigureAwait(false))
            .Where(e => kind is not { } k || e.Kinds.Contains(k))
            .Select(e => (Entity: e, Rank: string.IsNullOrEmpty(wanted) ? 0 : Rank(e, wanted)))
            .Where(x => x.Rank < int.MaxValue)
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Entity.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Entity.Id, StringComparer.Ordinal)
            .ToList();
        return new EntitiesView(matches.Count, matches.Skip(offset).Take(limit).Select(x => x.Entity).ToList());
    }

    private static int Rank(Entity entity, string text)
    {
        var names = entity.Aliases.Prepend(entity.Name).ToList();
        const StringComparison ignore = StringComparison.OrdinalIgnoreCase;
        if (names.Any(n => n.Equals(text, ignore)) || entity.Id.Equals(text, ignore))
        {
            return 0;
        }

        if (names.Any(n => n.StartsWith(text, ignore)))
        {
            return 1;
        }

        if (names.Any(n => n.Split(' ', '-', '/').Any(w => w.StartsWith(text, ignore))))
        {
            return 2;
        }

        return names.Any(n => n.Contains(text, ignore)) || entity.Id.Contains(text, ignore) ? 3 : int.MaxValue;
    }
}

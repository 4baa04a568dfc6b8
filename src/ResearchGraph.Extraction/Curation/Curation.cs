using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ResearchGraph.Domain;
using ResearchGraph.Extraction.Text;

namespace ResearchGraph.Extraction.Curation;

/// <summary>
/// A user's corrections, applied to every page as it is extracted, so they survive re-ingestion:
/// merged entities, added aliases, rejected facts. Its fingerprint is part of the extractor
/// version, so editing the file re-extracts the pages on the next ingest.
/// </summary>
public sealed class Curation
{
    private readonly CurationFile file;

    private Curation(CurationFile file, string fingerprint)
    {
        this.file = file;
        Fingerprint = fingerprint;
    }

    /// <summary>No corrections.</summary>
    public static Curation None { get; } = new(new CurationFile([], [], []), "");

    /// <summary>A short hash of the file's contents; empty for <see cref="None"/>.</summary>
    public string Fingerprint { get; }

    /// <summary>Reads a curation file; a missing file is <see cref="None"/>, a malformed one an <see cref="InvalidDataException"/> naming it.</summary>
    public static Curation Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return None;
        }

        var text = File.ReadAllText(path);
        try
        {
            return Parse(text);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"the curation file {path} is not valid: {e.Message}", e);
        }
    }

    /// <summary>Reads curation JSON.</summary>
    public static Curation Parse(string json)
    {
        var file = JsonSerializer.Deserialize<CurationFile>(json, CurationFile.Options) ?? throw new InvalidDataException("the curation file is empty");
        foreach (var m in file.Merge ?? [])
        {
            if (string.IsNullOrWhiteSpace(m.Into) || m.Names is null || m.Names.Count == 0)
            {
                throw new InvalidDataException("every merge needs \"into\" and at least one of \"names\"");
            }
        }

        foreach (var r in file.Reject ?? [])
        {
            if (r.Rel is not null && !Enum.TryParse<FactType>(r.Rel, ignoreCase: true, out _))
            {
                throw new InvalidDataException($"unknown rel '{r.Rel}' in a reject");
            }
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)), 0, 4);
        return new Curation(file, fingerprint);
    }

    /// <summary>The page's result with the corrections applied.</summary>
    public ExtractionResult Apply(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (ReferenceEquals(this, None))
        {
            return result;
        }

        var entities = result.Entities.ToDictionary(e => e.Id, e => new Draft(e.Name, e.Kinds.ToHashSet(), e.Aliases.ToHashSet(StringComparer.Ordinal)), StringComparer.Ordinal);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var merge in file.Merge ?? [])
        {
            Merge(entities, renamed, merge);
        }

        foreach (var a in file.Aliases ?? [])
        {
            foreach (var id in Matching(entities, a.Entity))
            {
                entities[id].Aliases.UnionWith(a.Aliases.Where(x => x.Length > 0 && x != entities[id].Name));
            }
        }

        string Map(string id) => renamed.GetValueOrDefault(id, id);
        var facts = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var f in result.Facts)
        {
            var from = Map(f.From);
            var to = Map(f.To);
            var via = f.Via is null ? null : Map(f.Via);
            if ((from == to && f.From != f.To) || Rejected(entities, f.Rel, from, to, f.Year))
            {
                continue;
            }

            var id = FactIds.For(f.Rel, from, to, f.Year, via);
            facts[id] = facts.TryGetValue(id, out var same)
                ? same with { Evidence = same.Evidence.Concat(f.Evidence).DistinctBy(e => (e.Start, e.End)).OrderBy(e => e.Start).ToList() }
                : f with { Id = id, From = from, To = to, Via = via };
        }

        var list = entities
            .Select(kv => new Entity(kv.Key, kv.Value.Name, kv.Value.Kinds.Order().ToList(), kv.Value.Aliases.Where(a => a != kv.Value.Name).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var news = result.NewsItems.Select(n => n with { Mentions = n.Mentions.Select(Map).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() }).ToList();
        var owner = result.Owner is null ? null : list.FirstOrDefault(e => e.Id == Map(result.Owner.Id));
        return new ExtractionResult(owner, list, facts.Values.OrderBy(f => f.Id, StringComparer.Ordinal).ToList(), news);
    }

    private static void Merge(Dictionary<string, Draft> entities, Dictionary<string, string> renamed, CurationMerge merge)
    {
        var sources = merge.Names.SelectMany(n => Matching(entities, n)).Distinct(StringComparer.Ordinal).ToList();
        var target = Matching(entities, merge.Into).FirstOrDefault();
        if (sources.Count == 0)
        {
            return;
        }

        if (target is null)
        {
            // The target is not on this page: an id as given, or the first source's kind with the target's name.
            var first = entities[sources[0]];
            target = merge.Into.Contains(':', StringComparison.Ordinal) ? merge.Into : EntityIds.For(first.Kinds.Min(), merge.Into);
            entities[target] = new Draft(merge.Into.Contains(':', StringComparison.Ordinal) ? first.Name : merge.Into, [], new HashSet<string>(StringComparer.Ordinal));
        }

        var into = entities[target];
        foreach (var id in sources.Where(id => id != target))
        {
            var source = entities[id];
            into.Kinds.UnionWith(source.Kinds);
            into.Aliases.UnionWith(source.Aliases);
            into.Aliases.Add(source.Name);
            entities.Remove(id);
            renamed[id] = target;
            foreach (var (from, to) in renamed.Where(kv => kv.Value == id).ToList())
            {
                renamed[from] = target;
            }
        }
    }

    /// <summary>True when some reject matches every field it gives.</summary>
    private bool Rejected(Dictionary<string, Draft> entities, FactType rel, string from, string to, int? year) =>
        (file.Reject ?? []).Any(r =>
            (r.Rel is null || string.Equals(r.Rel, rel.ToString(), StringComparison.OrdinalIgnoreCase))
            && (r.From is null || Matching(entities, r.From).Contains(from) || r.From == from)
            && (r.To is null || Matching(entities, r.To).Contains(to) || r.To == to)
            && (r.Year is null || r.Year == year));

    private static IEnumerable<string> Matching(Dictionary<string, Draft> entities, string name)
    {
        if (entities.ContainsKey(name))
        {
            return [name];
        }

        var key = Names.Key(name);
        return entities.Where(kv => Names.Key(kv.Value.Name) == key || kv.Value.Aliases.Any(a => Names.Key(a) == key)).Select(kv => kv.Key).ToList();
    }

    private sealed record Draft(string Name, HashSet<EntityKind> Kinds, HashSet<string> Aliases);
}

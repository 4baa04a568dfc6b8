using ResearchGraph.Domain;
using ResearchGraph.Extraction.Lexicon;
using ResearchGraph.Extraction.Text;

namespace ResearchGraph.Extraction.Drafts;

/// <summary>
/// Collects the entities, mentions and facts read from one document, resolving surface forms to
/// one entity per thing (a project's title, short name and acronym are one project).
/// </summary>
internal sealed class DocumentGraph(string docName)
{
    private static readonly string[] GenericSuffixes = ["network", "networks", "framework", "system", "model", "engine", "library", "toolkit", "tool"];

    private readonly Dictionary<string, EntityDraft> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> projectKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactDraft> facts = new(StringComparer.Ordinal);
    private readonly List<(int Start, int End, string Id)> mentions = [];

    public string DocName { get; } = docName;

    public IReadOnlyCollection<EntityDraft> Entities => entities.Values;

    public IReadOnlyCollection<FactDraft> Facts => facts.Values;

    public IReadOnlyList<(int Start, int End, string Id)> Mentions => mentions;

    public EntityDraft? Get(string id) => entities.GetValueOrDefault(id);

    public string Add(EntityKind kind, string name, IEnumerable<string>? aliases = null)
    {
        var id = EntityIds.For(kind, name);
        return Register(id, kind, name, aliases);
    }

    public string AddLexicon(LexiconEntry entry, EntityKind? extraKind = null)
    {
        var id = EntityIds.For(entry.Kinds[0], entry.Name);
        foreach (var k in entry.Kinds)
        {
            // The curated aliases travel with the entity, so "AWS" and "NIPS" resolve to it everywhere.
            Register(id, k, entry.Name, entry.Aliases);
        }

        if (extraKind is { } extra)
        {
            Register(id, extra, entry.Name, null);
        }

        return id;
    }

    /// <summary>A person named only by a first name: scoped to this document.</summary>
    public string AddScopedPerson(string firstName) =>
        Register(EntityIds.ForScopedPerson(firstName, DocName), EntityKind.Person, firstName, null);

    public void AddKind(string id, EntityKind kind)
    {
        if (entities.TryGetValue(id, out var e))
        {
            e.Kinds.Add(kind);
        }
    }

    public void AddAlias(string id, string alias)
    {
        if (entities.TryGetValue(id, out var e) && alias.Length > 0)
        {
            e.Aliases.Add(alias);
        }
    }

    /// <summary>The project known by any of these names, or null.</summary>
    public string? FindProject(string name)
    {
        foreach (var key in ProjectKeys(name))
        {
            if (projectKeys.TryGetValue(key, out var id))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>Adds (or merges into) the project known by the name or any alias.</summary>
    public string AddProject(string name, IEnumerable<string>? aliases = null)
    {
        var canonical = Names.CanonicalProject(name);
        var all = new List<string> { canonical };
        if (!string.Equals(canonical, Names.Clean(name), StringComparison.Ordinal))
        {
            all.Add(Names.Clean(name));
        }

        all.AddRange((aliases ?? []).Select(Names.Clean).Where(a => a.Length > 0));
        string? id = null;
        foreach (var n in all)
        {
            id ??= FindProject(n);
        }

        id ??= Register(EntityIds.For(EntityKind.Project, canonical), EntityKind.Project, canonical, null);
        foreach (var n in all)
        {
            AddAlias(id, n);
            foreach (var key in ProjectKeys(n))
            {
                projectKeys.TryAdd(key, id);
            }
        }

        return id;
    }

    public void Mention(string id, int start, int end) => mentions.Add((start, end, id));

    public FactDraft? AddFact(FactType rel, string from, string to, int? year, string? via, Sentence evidence, IReadOnlyDictionary<string, string>? properties = null)
    {
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return null;
        }

        var draft = new FactDraft(rel, from, to, year, via);
        if (!facts.TryGetValue(draft.Id, out var existing))
        {
            facts[draft.Id] = existing = draft;
        }

        if (properties is not null)
        {
            foreach (var (k, v) in properties)
            {
                existing.Properties.TryAdd(k, v);
            }
        }

        if (!existing.Evidence.Any(e => e.Start == evidence.Start))
        {
            existing.Evidence.Add(new Evidence(DocName, evidence.Date, evidence.Text, evidence.Start, evidence.End));
        }

        return existing;
    }

    /// <summary>
    /// A fact stated once with a year and once without (a bio line and a dated list item) is one
    /// fact: the year-less copy goes, its evidence kept on the dated ones.
    /// </summary>
    public void DropYearlessDuplicates()
    {
        var dated = facts.Values.Where(f => f.Year is not null).Select(f => (f.Rel, f.From, f.To)).ToHashSet();
        foreach (var f in facts.Values.Where(f => f.Year is null && dated.Contains((f.Rel, f.From, f.To))).ToList())
        {
            facts.Remove(f.Id);
        }
    }

    public void RemoveFact(FactDraft fact) => facts.Remove(fact.Id);

    private string Register(string id, EntityKind kind, string name, IEnumerable<string>? aliases)
    {
        if (!entities.TryGetValue(id, out var e))
        {
            entities[id] = e = new EntityDraft(id, name);
        }
        else if (!string.Equals(e.Name, name, StringComparison.Ordinal))
        {
            e.Aliases.Add(name);
        }

        e.Kinds.Add(kind);
        foreach (var a in aliases ?? [])
        {
            e.Aliases.Add(a);
        }

        return id;
    }

    private static IEnumerable<string> ProjectKeys(string name)
    {
        var key = Names.Key(Names.CanonicalProject(name));
        if (key.Length == 0)
        {
            yield break;
        }

        yield return key;
        foreach (var suffix in GenericSuffixes)
        {
            if (key.Length > suffix.Length + 3 && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return key[..^suffix.Length];
            }
        }
    }
}

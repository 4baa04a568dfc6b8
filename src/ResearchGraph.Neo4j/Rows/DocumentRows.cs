using System.Globalization;
using ResearchGraph.Domain;

namespace ResearchGraph.Neo4j.Rows;

/// <summary>
/// One document's contributions as the parameter rows of the write queries: entity statements
/// grouped by entity, facts grouped by id (a fact stated twice has all the evidence of both and the
/// first value of each property), and facts without evidence left out (no fact without evidence).
/// </summary>
internal sealed class DocumentRows
{
    private DocumentRows()
    {
    }

    public required string Path { get; init; }

    public required Dictionary<string, object?> Document { get; init; }

    /// <summary>Every entity id the document names or refers to (facts, news mentions).</summary>
    public required List<Dictionary<string, object?>> Entities { get; init; }

    /// <summary>The ids of the entities the document names.</summary>
    public required List<string> NamedIds { get; init; }

    public required List<Dictionary<string, object?>> Statements { get; init; }

    public required List<Dictionary<string, object?>> News { get; init; }

    public required List<Dictionary<string, object?>> Mentions { get; init; }

    public required List<Dictionary<string, object?>> Facts { get; init; }

    public required List<Dictionary<string, object?>> Evidence { get; init; }

    public required List<Dictionary<string, object?>> FactProperties { get; init; }

    public static DocumentRows From(DocumentFacts facts)
    {
        var document = facts.Document;
        var path = document.Path;
        var referenced = new SortedSet<string>(StringComparer.Ordinal);

        var stated = new Dictionary<string, (List<string> Names, List<string> Kinds, List<string> Aliases)>(StringComparer.Ordinal);
        foreach (var entity in facts.Entities)
        {
            if (!stated.TryGetValue(entity.Id, out var s))
            {
                stated[entity.Id] = s = ([], [], []);
            }

            AddDistinct(s.Names, [entity.Name]);
            AddDistinct(s.Kinds, entity.Kinds.Select(k => k.ToString()));
            AddDistinct(s.Aliases, entity.Aliases);
            referenced.Add(entity.Id);
        }

        var news = new List<Dictionary<string, object?>>();
        var mentions = new List<Dictionary<string, object?>>();
        for (var position = 0; position < facts.NewsItems.Count; position++)
        {
            var item = facts.NewsItems[position];
            var key = path + "#" + position.ToString(CultureInfo.InvariantCulture);
            news.Add(new()
            {
                ["key"] = key,
                ["position"] = position,
                ["doc"] = document.Doc,
                ["date"] = item.Date,
                ["text"] = item.Text,
                ["start"] = item.Start,
                ["end"] = item.End,
                ["mentions"] = item.Mentions.ToArray(),
            });
            foreach (var id in item.Mentions.Distinct(StringComparer.Ordinal))
            {
                mentions.Add(new() { ["key"] = key, ["id"] = id });
                referenced.Add(id);
            }
        }

        var grouped = new Dictionary<string, (Fact Fact, List<Evidence> Evidence, Dictionary<string, string> Properties)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var fact in facts.Facts)
        {
            if (!grouped.TryGetValue(fact.Id, out var g))
            {
                grouped[fact.Id] = g = (fact, [], new Dictionary<string, string>(StringComparer.Ordinal));
                order.Add(fact.Id);
            }

            g.Evidence.AddRange(fact.Evidence);
            foreach (var (key, value) in fact.Properties)
            {
                g.Properties.TryAdd(key, value);
            }
        }

        var factRows = new List<Dictionary<string, object?>>();
        var evidenceRows = new List<Dictionary<string, object?>>();
        var propertyRows = new List<Dictionary<string, object?>>();
        foreach (var id in order)
        {
            var (fact, evidence, properties) = grouped[id];
            if (evidence.Count == 0)
            {
                continue;
            }

            referenced.Add(fact.From);
            referenced.Add(fact.To);
            var rel = fact.Rel.ToString();
            factRows.Add(new() { ["id"] = id, ["rel"] = rel, ["fromId"] = fact.From, ["toId"] = fact.To, ["year"] = fact.Year, ["via"] = fact.Via });
            foreach (var e in evidence)
            {
                evidenceRows.Add(new()
                {
                    ["factId"] = id, ["rel"] = rel, ["fromId"] = fact.From, ["toId"] = fact.To,
                    ["doc"] = e.Doc, ["date"] = e.Date, ["text"] = e.Text, ["start"] = e.Start, ["end"] = e.End,
                });
            }

            if (properties.Count > 0)
            {
                var keys = properties.Keys.Order(StringComparer.Ordinal).ToArray();
                propertyRows.Add(new()
                {
                    ["factId"] = id, ["fromId"] = fact.From, ["toId"] = fact.To,
                    ["keys"] = keys, ["values"] = keys.Select(k => properties[k]).ToArray(),
                });
            }
        }

        return new DocumentRows
        {
            Path = path,
            Document = new()
            {
                ["doc"] = document.Doc,
                ["hash"] = document.Hash,
                ["url"] = document.Url,
                ["ingested"] = document.Ingested.ToString("o", CultureInfo.InvariantCulture),
                ["extractorVersion"] = document.ExtractorVersion,
                ["visibleText"] = facts.VisibleText,
            },
            Entities = [.. referenced.Select(id => new Dictionary<string, object?> { ["id"] = id, ["idLower"] = id.ToLowerInvariant() })],
            NamedIds = [.. stated.Keys],
            Statements = [.. stated.Select(s => new Dictionary<string, object?>
            {
                ["id"] = s.Key,
                ["names"] = s.Value.Names.ToArray(),
                ["kinds"] = s.Value.Kinds.ToArray(),
                ["aliases"] = s.Value.Aliases.ToArray(),
            })],
            News = news,
            Mentions = mentions,
            Facts = factRows,
            Evidence = evidenceRows,
            FactProperties = propertyRows,
        };
    }

    private static void AddDistinct(List<string> list, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            if (!list.Contains(value, StringComparer.Ordinal))
            {
                list.Add(value);
            }
        }
    }
}

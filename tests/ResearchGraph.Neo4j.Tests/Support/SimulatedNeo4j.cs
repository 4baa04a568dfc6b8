using System.Text.Json;
using ResearchGraph.Neo4j.Cypher;

namespace ResearchGraph.Neo4j.Tests.Support;

/// <summary>
/// A hand-written stand-in for a Neo4j server, because none can run here: it answers each named
/// query of the store (recognised by its exact text) with what that query computes, implemented in
/// C# over an in-memory graph of the same shape, in the Query API's JSON. It lets the graph store
/// contract exercise the store's own logic (row building, retraction, merging, ordering, walks,
/// tie-breaking) over real HTTP. It cannot prove that the Cypher computes the same: it is
/// this class's reading of the Cypher, not Neo4j's; transactions are applied at once, not isolated.
/// </summary>
public sealed class SimulatedNeo4j
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Func<JsonElement, (string[] Fields, List<object?[]> Rows)>> _queries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Node> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, string Id), (string[] Names, string[] Kinds, string[] Aliases)> _states = [];
    private readonly Dictionary<string, JsonElement> _news = new(StringComparer.Ordinal);
    private readonly HashSet<(string Key, string Id)> _mentions = [];
    private readonly Dictionary<string, (string Rel, string From, string To, int? Year, string? Via)> _facts = new(StringComparer.Ordinal);
    private readonly List<JsonElement> _evidence = [];
    private readonly List<JsonElement> _properties = [];

    public SimulatedNeo4j()
    {
        Reads();
        Writes();
    }

    private sealed class Node
    {
        public string? Name { get; set; }

        public string[]? Kinds { get; set; }

        public string[]? Aliases { get; set; }

        public string[]? Lookup { get; set; }
    }

    public FakeResponse Respond(RecordedRequest request)
    {
        var statements = Neo4jAnswers.Statements(request).ToList();
        if (statements.Count != 1)
        {
            return Neo4jAnswers.Default(request, queryApi: true);
        }

        var (text, parameters) = statements[0];
        (string[] Fields, List<object?[]> Rows) result;
        lock (_gate)
        {
            result = text.StartsWith("CREATE ", StringComparison.Ordinal) || text.StartsWith("MATCH (n) DETACH DELETE n", StringComparison.Ordinal)
                ? Clear(text)
                : _queries.TryGetValue(text, out var query) ? query(parameters) : throw new InvalidOperationException("not a named query: " + text);
        }

        return FakeResponse.Json(JsonSerializer.Serialize(new { data = new { fields = result.Fields, values = result.Rows } }), 202);
    }

    private (string[], List<object?[]>) Clear(string text)
    {
        if (text.StartsWith("MATCH", StringComparison.Ordinal))
        {
            _documents.Clear(); _entities.Clear(); _states.Clear(); _news.Clear(); _mentions.Clear(); _facts.Clear(); _evidence.Clear(); _properties.Clear();
        }

        return ([], []);
    }

    private void On(string name, Func<JsonElement, (string[], List<object?[]>)> handler) => _queries[CypherQueries.Text(name)] = handler;

    private static string? S(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? I(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static string[] A(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(x => x.GetString()!)] : [];

    private static IEnumerable<JsonElement> Rows(JsonElement p, string name = "rows") => p.GetProperty(name).EnumerateArray();

    private static (string[], List<object?[]>) None => ([], []);

    private void Writes()
    {
        On("write/retract-document", p =>
        {
            var path = S(p, "path")!;
            if (!_documents.Remove(path))
            {
                return (["facts", "entityIds"], []);
            }

            var parts = _evidence.Concat(_properties).Where(x => S(x, "path") == path).ToList();
            var facts = parts.Select(x => new { id = S(x, "factId"), fromId = S(x, "fromId"), toId = S(x, "toId") }).ToList();
            var stated = _states.Keys.Where(k => k.Path == path).Select(k => k.Id).ToList();
            var news = _news.Where(n => S(n.Value, "path") == path).ToList();
            var mentioned = news.SelectMany(n => A(n.Value, "mentions")).ToList();
            foreach (var n in news)
            {
                _news.Remove(n.Key);
                _mentions.RemoveWhere(m => m.Key == n.Key);
            }

            _evidence.RemoveAll(x => S(x, "path") == path);
            _properties.RemoveAll(x => S(x, "path") == path);
            foreach (var k in stated)
            {
                _states.Remove((path, k));
            }

            return (["facts", "entityIds"], [[facts, stated.Concat(mentioned).ToList()]]);
        });
        On("write/merge-document", p => { _documents[S(p, "path")!] = p.GetProperty("document").Clone(); return None; });
        On("write/merge-entities", p =>
        {
            foreach (var r in Rows(p))
            {
                _entities.TryAdd(S(r, "id")!, new Node());
            }

            return None;
        });
        On("write/merge-statements", p =>
        {
            var path = S(p, "path")!;
            foreach (var r in Rows(p).Where(r => _documents.ContainsKey(path) && _entities.ContainsKey(S(r, "id")!)))
            {
                _states[(path, S(r, "id")!)] = (A(r, "names"), A(r, "kinds"), A(r, "aliases"));
            }

            return None;
        });
        On("write/merge-news", p =>
        {
            foreach (var r in Rows(p))
            {
                var node = JsonSerializer.SerializeToElement(new
                {
                    path = S(p, "path"), position = I(r, "position"), doc = S(r, "doc"), date = S(r, "date"), text = S(r, "text"),
                    start = I(r, "start"), end = I(r, "end"), mentions = A(r, "mentions"),
                });
                _news[S(r, "key")!] = node;
            }

            return None;
        });
        On("write/merge-mentions", p =>
        {
            foreach (var r in Rows(p).Where(r => _news.ContainsKey(S(r, "key")!) && _entities.ContainsKey(S(r, "id")!)))
            {
                _mentions.Add((S(r, "key")!, S(r, "id")!));
            }

            return None;
        });
        On("write/merge-facts", p =>
        {
            foreach (var r in Rows(p).Where(r => _entities.ContainsKey(S(r, "fromId")!) && _entities.ContainsKey(S(r, "toId")!)))
            {
                _facts[S(r, "id")!] = (S(r, "rel")!, S(r, "fromId")!, S(r, "toId")!, I(r, "year"), S(r, "via"));
            }

            return None;
        });
        On("write/create-evidence", p => { _evidence.AddRange(Rows(p).Select(r => WithPath(r, S(p, "path")!))); return None; });
        On("write/create-fact-properties", p => { _properties.AddRange(Rows(p).Select(r => WithPath(r, S(p, "path")!))); return None; });
        On("write/delete-orphan-facts", p =>
        {
            foreach (var r in Rows(p))
            {
                var id = S(r, "id")!;
                if (_facts.TryGetValue(id, out var f) && f.From == S(r, "fromId") && f.To == S(r, "toId") && !_evidence.Any(e => S(e, "factId") == id))
                {
                    _facts.Remove(id);
                }
            }

            return None;
        });
        On("write/entity-statements", p => (["id", "names", "kinds", "aliases"],
            [.. Rows(p, "ids").Select(i => i.GetString()!).SelectMany(id => _states.Where(s => s.Key.Id == id).Select(s => new object?[] { id, s.Value.Names, s.Value.Kinds, s.Value.Aliases }))]));
        On("write/refresh-entities", p =>
        {
            foreach (var r in Rows(p))
            {
                if (_entities.TryGetValue(S(r, "id")!, out var node))
                {
                    node.Name = S(r, "name");
                    node.Kinds = r.GetProperty("kinds").ValueKind == JsonValueKind.Null ? null : A(r, "kinds");
                    node.Aliases = r.GetProperty("aliases").ValueKind == JsonValueKind.Null ? null : A(r, "aliases");
                    node.Lookup = r.GetProperty("lookup").ValueKind == JsonValueKind.Null ? null : A(r, "lookup");
                }
            }

            return None;
        });
        On("write/delete-orphan-entities", p =>
        {
            foreach (var id in Rows(p, "ids").Select(i => i.GetString()!))
            {
                if (_entities.TryGetValue(id, out var node) && node.Name is null
                    && !_states.Keys.Any(k => k.Id == id) && !_mentions.Any(m => m.Id == id) && !_facts.Values.Any(f => f.From == id || f.To == id))
                {
                    _entities.Remove(id);
                }
            }

            return None;
        });
    }

    private static JsonElement WithPath(JsonElement row, string path)
    {
        var map = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(row.GetRawText())!;
        map["path"] = JsonSerializer.SerializeToElement(path);
        return JsonSerializer.SerializeToElement(map);
    }

    private void Reads()
    {
        string[] documentFields = ["path", "doc", "hash", "url", "ingested", "extractorVersion"];
        object?[] Document(string path, JsonElement d) => [path, S(d, "doc"), S(d, "hash"), S(d, "url"), S(d, "ingested"), S(d, "extractorVersion")];
        On("document", p => (documentFields, _documents.TryGetValue(S(p, "path")!, out var d) ? [Document(S(p, "path")!, d)] : []));
        On("documents", _ => ([.. documentFields, "facts"],
            [.. _documents.Select(d => Document(d.Key, d.Value).Append(_evidence.Where(e => S(e, "path") == d.Key).Select(e => S(e, "factId")).Distinct().Count()).ToArray())]));
        On("visible-text", p => (["visibleText"], _documents.TryGetValue(S(p, "path")!, out var d) ? [[S(d, "visibleText")]] : []));
        On("news-items", p => (["position", "date", "text", "start", "end", "mentions"],
            [.. _news.Values.Where(n => S(n, "path") == S(p, "path")).Select(n => new object?[] { I(n, "position"), S(n, "date"), S(n, "text"), I(n, "start"), I(n, "end"), A(n, "mentions") })]));
        string[] entityFields = ["id", "name", "kinds", "aliases"];
        object?[] Entity(KeyValuePair<string, Node> e) => [e.Key, e.Value.Name, e.Value.Kinds, e.Value.Aliases];
        On("entities", _ => (entityFields, [.. _entities.Where(e => e.Value.Name is not null).Select(Entity)]));
        On("entities-by-id", p => (entityFields,
            [.. Rows(p, "ids").Select(i => i.GetString()!).Distinct().Where(id => _entities.TryGetValue(id, out var n) && n.Name is not null).Select(id => Entity(new(id, _entities[id])))]));
        On("entity", p => (entityFields, [.. _entities.Where(e => e.Value.Lookup?.Contains(S(p, "name")!.ToLowerInvariant()) == true).Select(Entity)]));
        On("facts", p =>
        {
            var rel = S(p, "rel"); var from = S(p, "fromId"); var to = S(p, "toId"); var year = I(p, "year"); var touching = S(p, "touching");
            return Facts(_facts.Where(f =>
                (rel is null || f.Value.Rel == rel) && (from is null || f.Value.From == from) && (to is null || f.Value.To == to)
                && (year is null || f.Value.Year == year) && (touching is null || f.Value.From == touching || f.Value.To == touching || f.Value.Via == touching)).Select(f => f.Key));
        });
        On("facts-by-id", p => Facts(Rows(p).Where(r => _facts.TryGetValue(S(r, "id")!, out var f) && f.From == S(r, "fromId") && f.To == S(r, "toId")).Select(r => S(r, "id")!)));
        string[] stepFields = ["node", "factId", "next", "fromId", "toId"];
        On("lineage-down", p => (stepFields, [.. Rows(p, "frontier").Select(i => i.GetString()!).SelectMany(id =>
            _facts.Where(f => f.Value.Rel == "PRECEDES" && f.Value.From == id).Select(f => new object?[] { id, f.Key, f.Value.To, f.Value.From, f.Value.To }))]));
        On("lineage-up", p => (stepFields, [.. Rows(p, "frontier").Select(i => i.GetString()!).SelectMany(id =>
            _facts.Where(f => f.Value.Rel == "PRECEDES" && f.Value.To == id).Select(f => new object?[] { id, f.Key, f.Value.From, f.Value.From, f.Value.To }))]));
        On("path", p => (["nodeIds", "facts"], AllShortestPaths(S(p, "fromId")!, S(p, "toId")!)));
    }

    private (string[], List<object?[]>) Facts(IEnumerable<string> ids) => (
        ["id", "rel", "fromId", "toId", "year", "via", "evidence", "properties"],
        [.. ids.Distinct().Order(StringComparer.Ordinal).Select(id =>
        {
            var f = _facts[id];
            var evidence = _evidence.Where(e => S(e, "factId") == id).Select(e => new { path = S(e, "path"), doc = S(e, "doc"), date = S(e, "date"), text = S(e, "text"), start = I(e, "start"), end = I(e, "end") }).ToList();
            var properties = _properties.Where(x => S(x, "factId") == id).Select(x => new { path = S(x, "path"), keys = A(x, "keys"), values = A(x, "values") }).ToList();
            return new object?[] { id, f.Rel, f.From, f.To, f.Year, f.Via, evidence, properties };
        })]);

    // allShortestPaths((a)-[facts*]-(b)): every path of minimal length, as node ids and stored facts.
    private List<object?[]> AllShortestPaths(string from, string to)
    {
        if (!_entities.ContainsKey(from) || !_entities.ContainsKey(to))
        {
            return [];
        }

        Dictionary<string, int> Distances(string start)
        {
            var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [start] = 0 };
            var queue = new Queue<string>([start]);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var next in _facts.Values.SelectMany(f => f.From == node ? [f.To] : f.To == node ? new[] { f.From } : []))
                {
                    if (distance.TryAdd(next, distance[node] + 1))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            return distance;
        }

        var fromA = Distances(from);
        var fromB = Distances(to);
        if (!fromA.TryGetValue(to, out var length))
        {
            return [];
        }

        var rows = new List<object?[]>();
        void Walk(List<string> nodes, List<object> facts)
        {
            var node = nodes[^1];
            if (node == to)
            {
                rows.Add([nodes.ToList(), facts.ToList()]);
                return;
            }

            foreach (var (id, f) in _facts.Select(f => (f.Key, f.Value)))
            {
                var next = f.From == node ? f.To : f.To == node ? f.From : null;
                if (next is not null && next != node && fromA[node] + 1 + fromB.GetValueOrDefault(next, int.MaxValue / 2) == length && fromA.GetValueOrDefault(next) == fromA[node] + 1)
                {
                    nodes.Add(next);
                    facts.Add(new { id, fromId = f.From, toId = f.To });
                    Walk(nodes, facts);
                    nodes.RemoveAt(nodes.Count - 1);
                    facts.RemoveAt(facts.Count - 1);
                }
            }
        }

        Walk([from], []);
        return rows;
    }
}

using ResearchGraph.Domain;
using ResearchGraph.Queries.Views;

namespace ResearchGraph.Evaluation.Tests.Support;

/// <summary>Builds an <see cref="ExportView"/> as <c>export --format json</c> would print it.</summary>
internal sealed class ExportBuilder
{
    private readonly List<ExportDocument> documents = [];
    private readonly List<ExportEntity> entities = [];
    private readonly List<ExportFact> facts = [];

    public ExportBuilder(params string[] docs)
    {
        foreach (var doc in docs.Length == 0 ? [Some.Doc] : docs)
        {
            documents.Add(new ExportDocument(doc, "hash-" + doc, null, DateTimeOffset.UnixEpoch));
        }
    }

    public ExportBuilder Entity(string id, string name, EntityKind[] kinds, params string[] aliases)
    {
        entities.Add(new ExportEntity(id, kinds, name, aliases));
        return this;
    }

    public ExportBuilder Entity(string id, string name, EntityKind kind, params string[] aliases) => Entity(id, name, [kind], aliases);

    public ExportBuilder Fact(FactType rel, string from, string to, int? year = null, string doc = Some.Doc, string? via = null)
    {
        var evidence = new Evidence(doc, year?.ToString(System.Globalization.CultureInfo.InvariantCulture), "a sentence", 0, 10);
        facts.Add(new ExportFact($"f{facts.Count}", rel, from, to, year, via, new Dictionary<string, string>(), [evidence]));
        return this;
    }

    public ExportView Build() => new(documents, entities, facts);
}

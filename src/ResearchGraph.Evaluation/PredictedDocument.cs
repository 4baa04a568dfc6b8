using ResearchGraph.Domain;
using ResearchGraph.Queries.Views;

namespace ResearchGraph.Evaluation;

/// <summary>The part of an export that counts for one gold document, with entity ids resolved to names.</summary>
internal sealed class PredictedDocument
{
    private readonly Dictionary<string, ExportEntity> byId;

    private PredictedDocument(Dictionary<string, ExportEntity> byId, IReadOnlyList<ExportFact> facts, IReadOnlyList<PredictedEntity> entities)
    {
        this.byId = byId;
        Facts = facts;
        Entities = entities;
    }

    /// <summary>The facts with evidence in the document.</summary>
    public IReadOnlyList<ExportFact> Facts { get; }

    /// <summary>The entities that count for the document, each with the kinds it is scored under.</summary>
    public IReadOnlyList<PredictedEntity> Entities { get; }

    public static PredictedDocument For(ExportView export, string doc)
    {
        var byId = new Dictionary<string, ExportEntity>(StringComparer.Ordinal);
        foreach (var entity in export.Entities)
        {
            byId.TryAdd(entity.Id, entity);
        }

        var name = FileName(doc);
        var facts = export.Facts.Where(f => f.Evidence.Any(e => FileName(e.Doc) == name)).ToList();

        // The rules count an entity for a document when one of its evidence items names it, but
        // an export carries evidence on facts only. So an entity counts when it is an end or the
        // via of a fact with evidence in the document, or always when the export holds exactly
        // one document (how eval runs: each document ingested into an empty data folder), which
        // also keeps entities that no fact mentions.
        IEnumerable<ExportEntity> counted = export.Entities;
        if (export.Documents.Count != 1)
        {
            var mentioned = facts.SelectMany(f => f.Via is null ? new[] { f.From, f.To } : [f.From, f.To, f.Via]).ToHashSet(StringComparer.Ordinal);
            counted = counted.Where(e => mentioned.Contains(e.Id));
        }

        // Whatever is the from of a SPONSORS fact is an organization that funds the owner: a Sponsor.
        var sponsors = facts.Where(f => f.Rel == FactType.SPONSORS).Select(f => f.From).ToHashSet(StringComparer.Ordinal);
        var entities = counted
            .Select(e => new PredictedEntity(
                e.Name,
                e.Kinds.Select(k => k.ToString()).Concat(sponsors.Contains(e.Id) ? [nameof(EntityKind.Sponsor)] : []).ToHashSet(StringComparer.Ordinal),
                NameKey.Set([e.Name, .. e.Aliases])))
            .ToList();
        return new PredictedDocument(byId, facts, entities);
    }

    /// <summary>The display name of an entity id; the id itself when the export lacks the entity.</summary>
    public string NameOf(string id) => byId.TryGetValue(id, out var e) ? e.Name : id;

    /// <summary>The name keys of an entity id; the id's own key when the export lacks the entity.</summary>
    public HashSet<string> KeysOf(string id) =>
        byId.TryGetValue(id, out var e) ? NameKey.Set([e.Name, .. e.Aliases]) : NameKey.Set([id]);

    /// <summary>Documents are compared by file name: evidence names them by their path under the ingested folder.</summary>
    private static string FileName(string doc)
    {
        var slash = doc.Replace('\\', '/').LastIndexOf('/');
        return slash < 0 ? doc : doc[(slash + 1)..];
    }
}

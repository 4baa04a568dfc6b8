using ResearchGraph.Domain;
using ResearchGraph.Queries.Views;

namespace ResearchGraph.Queries.Export;

/// <summary>
/// Writes the whole graph as a Cypher script that cypher-shell runs as it is
/// (<c>cypher-shell -f graph.cypher</c>): the schema, then one idempotent MERGE statement per
/// document, entity, fact and piece of evidence, in the shape the Neo4j store uses (Entity nodes
/// labelled with their kinds, facts as typed relationships keyed by fact id, Evidence nodes linked
/// to their Document). Running it twice leaves the same graph.
/// </summary>
public static class CypherScriptWriter
{
    public static void Write(ExportView graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("// ResearchGraph export. Run with: cypher-shell -f FILE (idempotent: every statement MERGEs).");
        output.WriteLine("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;");
        output.WriteLine("CREATE CONSTRAINT document_doc IF NOT EXISTS FOR (d:Document) REQUIRE d.doc IS UNIQUE;");
        output.WriteLine("CREATE INDEX evidence_fact IF NOT EXISTS FOR (ev:Evidence) ON (ev.factId);");

        foreach (var d in graph.Documents)
        {
            output.WriteLine(
                $"MERGE (d:Document {{doc: {CypherLiteral.String(d.Doc)}}}) SET d.hash = {CypherLiteral.String(d.Hash)}, d.url = {CypherLiteral.String(d.Url)}, d.ingested = {CypherLiteral.String(d.Ingested.ToString("o", System.Globalization.CultureInfo.InvariantCulture))};");
        }

        foreach (var e in graph.Entities)
        {
            var labels = string.Concat(e.Kinds.Select(k => ":" + Label(k)));
            var setLabels = labels.Length == 0 ? "" : $", e{labels}";
            output.WriteLine(
                $"MERGE (e:Entity {{id: {CypherLiteral.String(e.Id)}}}) SET e.name = {CypherLiteral.String(e.Name)}, e.kinds = {CypherLiteral.List(e.Kinds.Select(k => k.ToString()))}, e.aliases = {CypherLiteral.List(e.Aliases)}{setLabels};");
        }

        // Fact ends that no document names still need a node to hang the relationship on.
        var named = graph.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in graph.Facts.SelectMany(f => new[] { f.From, f.To }).Where(id => !named.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            output.WriteLine($"MERGE (:Entity {{id: {CypherLiteral.String(id)}}});");
        }

        foreach (var f in graph.Facts)
        {
            var keys = f.Properties.Keys.Order(StringComparer.Ordinal).ToList();
            output.WriteLine(
                $"MATCH (a:Entity {{id: {CypherLiteral.String(f.From)}}}) MATCH (b:Entity {{id: {CypherLiteral.String(f.To)}}}) " +
                $"MERGE (a)-[f:{Rel(f.Rel)} {{factId: {CypherLiteral.String(f.Id)}}}]->(b) " +
                $"SET f.year = {CypherLiteral.Integer(f.Year)}, f.via = {CypherLiteral.String(f.Via)}, f.propertyKeys = {CypherLiteral.List(keys)}, f.propertyValues = {CypherLiteral.List(keys.Select(k => f.Properties[k]))};");
            foreach (var e in f.Evidence)
            {
                output.WriteLine(
                    $"MATCH (d:Document {{doc: {CypherLiteral.String(e.Doc)}}}) " +
                    $"MERGE (ev:Evidence {{factId: {CypherLiteral.String(f.Id)}, doc: {CypherLiteral.String(e.Doc)}, start: {CypherLiteral.Integer(e.Start)}, end: {CypherLiteral.Integer(e.End)}, text: {CypherLiteral.String(e.Text)}}}) " +
                    $"SET ev.rel = {CypherLiteral.String(f.Rel.ToString())}, ev.fromId = {CypherLiteral.String(f.From)}, ev.toId = {CypherLiteral.String(f.To)}, ev.date = {CypherLiteral.String(e.Date)} " +
                    "MERGE (ev)-[:IN_DOCUMENT]->(d);");
            }
        }
    }

    // Labels and relationship types come only from the fixed vocabulary, never from data.
    private static string Label(EntityKind kind) => Enum.IsDefined(kind) ? kind.ToString() : throw new ArgumentOutOfRangeException(nameof(kind));

    private static string Rel(FactType rel) => Enum.IsDefined(rel) ? rel.ToString() : throw new ArgumentOutOfRangeException(nameof(rel));
}

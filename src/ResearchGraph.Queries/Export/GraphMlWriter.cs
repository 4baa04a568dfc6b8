using System.Globalization;
using System.Text;
using System.Xml;
using ResearchGraph.Queries.Views;

namespace ResearchGraph.Queries.Export;

/// <summary>
/// Writes the entities and facts as GraphML for Gephi and yEd: one node per entity (label, kinds,
/// aliases) and one directed edge per fact (type, year, via, properties, and its evidence
/// sentences). Characters XML 1.0 cannot carry are replaced by U+FFFD.
/// </summary>
public static class GraphMlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("kinds", "node", "kinds", "string"),
        ("aliases", "node", "aliases", "string"),
        ("rel", "edge", "rel", "string"),
        ("year", "edge", "year", "int"),
        ("via", "edge", "via", "string"),
        ("properties", "edge", "properties", "string"),
        ("evidence", "edge", "evidence", "string"),
    ];

    public static void Write(ExportView graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        // The declaration is written here: an XmlWriter over a TextWriter would name the writer's
        // encoding (UTF-16 for a StringWriter), while the files are written as UTF-8.
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = true });
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, target, name, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "researchgraph");
        xml.WriteAttributeString("edgedefault", "directed");
        var named = graph.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var e in graph.Entities)
        {
            Node(xml, e.Id, e.Name, string.Join(", ", e.Kinds), string.Join(" | ", e.Aliases));
        }

        foreach (var id in graph.Facts.SelectMany(f => new[] { f.From, f.To }).Where(id => !named.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Node(xml, id, id, "", "");
        }

        foreach (var f in graph.Facts)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", f.Id);
            xml.WriteAttributeString("source", Clean(f.From));
            xml.WriteAttributeString("target", Clean(f.To));
            Data(xml, "rel", f.Rel.ToString());
            if (f.Year is { } year)
            {
                Data(xml, "year", year.ToString(CultureInfo.InvariantCulture));
            }

            if (f.Via is { } via)
            {
                Data(xml, "via", via);
            }

            if (f.Properties.Count > 0)
            {
                Data(xml, "properties", string.Join("; ", f.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
            }

            Data(xml, "evidence", string.Join("\n", f.Evidence.Select(e => $"{e.Doc}{(e.Date is null ? "" : " " + e.Date)} [{e.Start}-{e.End}]: {e.Text}")));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Node(XmlWriter xml, string id, string label, string kinds, string aliases)
    {
        xml.WriteStartElement("node", Namespace);
        xml.WriteAttributeString("id", Clean(id));
        Data(xml, "label", label);
        Data(xml, "kinds", kinds);
        Data(xml, "aliases", aliases);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(Clean(value));
        xml.WriteEndElement();
    }

    /// <summary>The text with characters XML 1.0 cannot carry (most control characters, lone surrogates) replaced.</summary>
    public static string Clean(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('\uFFFD');
            }
        }

        return sb.ToString();
    }
}

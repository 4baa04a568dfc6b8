using System.Xml.Linq;
using ResearchGraph.Queries.Export;

namespace ResearchGraph.Queries.Tests.Export;

public sealed class GraphMlWriterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    private static XDocument Parse(Views.ExportView graph)
    {
        var text = new StringWriter();
        GraphMlWriter.Write(graph, text);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", text.ToString());
        return XDocument.Parse(text.ToString());
    }

    [Fact]
    public void Nodes_and_edges_parse_as_graphml_with_every_fact_end()
    {
        var xml = Parse(ExportSamples.Graph());

        var graph = xml.Root!.Element(G + "graph")!;
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        var nodes = graph.Elements(G + "node").Select(n => n.Attribute("id")!.Value).ToList();
        Assert.Equal(["org:amazon", "person:o-brien", "project:unnamed", "technique:x"], nodes);
        var edges = graph.Elements(G + "edge").ToList();
        Assert.All(edges, e => Assert.Contains(e.Attribute("source")!.Value, nodes));
        Assert.All(edges, e => Assert.Contains(e.Attribute("target")!.Value, nodes));
        var keys = xml.Root!.Elements(G + "key").Select(k => k.Attribute("id")!.Value).ToHashSet();
        Assert.All(xml.Descendants(G + "data"), d => Assert.Contains(d.Attribute("key")!.Value, keys));
    }

    [Fact]
    public void Values_come_back_exactly_and_evidence_travels_with_the_edge()
    {
        var xml = Parse(ExportSamples.Graph());

        string Data(XElement element, string key) => element.Elements(G + "data").Single(d => d.Attribute("key")!.Value == key).Value;
        var person = xml.Descendants(G + "node").Single(n => n.Attribute("id")!.Value == "person:o-brien");
        Assert.Equal(ExportSamples.Awkward, Data(person, "label"));
        var sponsors = xml.Descendants(G + "edge").Single(e => e.Attribute("id")!.Value == "fact:0001");
        Assert.Equal("SPONSORS", Data(sponsors, "rel"));
        Assert.Equal("2021", Data(sponsors, "year"));
        Assert.Contains(ExportSamples.Awkward, Data(sponsors, "evidence"));
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_replaced()
    {
        var graph = ExportSamples.Graph() with { Entities = [new Views.ExportEntity("org:x", [], "bad\u0001char \ud800", [])], Facts = [] };

        var xml = Parse(graph);

        Assert.Equal("bad\uFFFDchar \uFFFD", xml.Descendants(G + "node").Single().Elements(G + "data").First().Value);
    }
}

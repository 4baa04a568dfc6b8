namespace ResearchGraph.Graph.Traversal;

/// <summary>One way out of a node: the fact followed and the node it leads to.</summary>
internal readonly record struct Step(string FactId, string Next);

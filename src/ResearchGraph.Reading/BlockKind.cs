namespace ResearchGraph.Reading;

/// <summary>What kind of rendered element a block of visible text came from.</summary>
public enum BlockKind
{
    /// <summary>A front-matter field rendered as a <c>key: value</c> line.</summary>
    FrontMatter,
    Heading,
    Paragraph,
    ListItem,
    TableRow,
    /// <summary>Code or preformatted text: visible, but not prose.</summary>
    Code,
}

namespace ResearchGraph.Reading;

/// <summary>
/// One line of visible text: a rendered block element. <see cref="Start"/> and <see cref="End"/>
/// (exclusive) are offsets into <see cref="VisiblePage.Text"/>; the block never includes the
/// newline that separates it from the next.
/// </summary>
/// <param name="Kind">The element it came from.</param>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Level">Heading level (1–6) for headings, list nesting depth for list items, else 0.</param>
/// <param name="Section">The text of the nearest heading above it, or null.</param>
public sealed record Block(BlockKind Kind, int Start, int End, int Level, string? Section);

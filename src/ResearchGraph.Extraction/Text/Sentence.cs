using ResearchGraph.Reading;

namespace ResearchGraph.Extraction.Text;

/// <summary>A sentence of visible text: its span, the block it lies in, and the date of its news item.</summary>
internal sealed record Sentence(int Start, int End, string Text, Block Block, int BlockIndex, string? Date)
{
    public int? Year => Domain.ResearchDate.YearOf(Date);
}

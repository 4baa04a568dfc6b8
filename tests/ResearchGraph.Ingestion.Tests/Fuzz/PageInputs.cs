using System.Text;
using CsCheck;
using ResearchGraph.Reading;

namespace ResearchGraph.Ingestion.Tests.Fuzz;

/// <summary>
/// Generators of page inputs for fuzzing: raw bytes, pages assembled from the pieces real pages are
/// made of (tags, Markdown syntax, dated news lines, names from the lexicons, odd Unicode), those
/// encoded with corrupted bytes, and real pages with random edits.
/// </summary>
internal static class PageInputs
{
    private static readonly string[] Pieces =
    [
        "<html>", "</html>", "<body>", "<div>", "</div>", "<p>", "</p>", "<ul>", "<li>", "</li>", "</ul>", "<h1>", "</h1>", "<h2>News</h2>",
        "<br>", "<script>var x = '<p>';</script>", "<style>p{}</style>", "<!--", "-->", "<![CDATA[", "]]>", "<a href=\"https://example.org/x\">", "</a>",
        "<table><tr><td>", "</td></tr></table>", "&amp;", "&nbsp;", "&#x1F600;", "&#0;", "&bogus;", "<", ">", "\"", "'",
        "# ", "## News\n", "- ", "* ", "1. ", "> ", "```\n", "`", "**", "_", "[link](http://example.org)", "![img](x.png)", "---\n", "title: T\n", "| a | b |\n", "\\",
        "\n", "\n\n", "\r\n", "\t", " ", "  ", ".", ". ", "; ", ": ", ", ", " and ", "(", ")", "[", "]", "’", "'19", "’23",
        "Oct 2024: ", "2023-05-01 ", "[2022.03] ", "Jan 2021 – ", "May 2019", "2020", "1999", "9999", "0000-00-00",
        "FastNet", "TinyDet", "NVIDIA", "TensorRT", "Intel OpenVINO Toolkit", "Qualcomm", "Amazon", "SONY", "ICML", "NeurIPS", "ICLR", "CVPR", "MIT", "Stanford University",
        " is adopted by ", " is integrated into ", " is accepted by ", " received the ", " Best Paper Award", "We thank the generous sponsors of our research: ",
        " leads the ", " Group", " advised by ", " PhD from ", " joined ", " => ", "Prof. ", "Dr. ", "Ada Quill", "Bo Lantern",
        "\u00e9", "\u0301", "\u200b", "\u200f", "\u202e", "\ufeff", "\ufffd", "\u4e2d\u6587", "\ud83d\ude00", "\u0007", "\u001b[0m", "\u2028", "\u00a0",
    ];

    private static readonly Gen<string> Sentence = Gen.Select(
        Gen.OneOf("Oct 2024: ", "2023-05: ", "[2022.03] ", "Jan 2021 – ", "", "- "),
        Gen.OneOf("FastNet", "TinyDet", "SwiftSeg", "Ada Quill", "Our paper", "We"),
        Gen.OneOf(" is adopted by ", " is integrated into ", " is accepted by ", " received the Best Paper Award at ", " joined ", " thank "),
        Gen.OneOf("NVIDIA TensorRT", "Intel OpenVINO Toolkit", "ICML’23", "NeurIPS 2022", "MIT", "Amazon, SONY and Qualcomm"),
        Gen.OneOf(".\n", ". ", "\n", "", "</li><li>", "."),
        (date, subject, verb, obj, end) => date + subject + verb + obj + end);

    private static readonly Gen<string> Piece = Gen.Frequency(
        (12, Gen.OneOf(Pieces)),
        (8, Sentence),
        (1, Gen.String[0, 8]),
        (1, Gen.Char.Select(c => new string(c, 1))));

    /// <summary>A page assembled from up to 300 pieces.</summary>
    public static readonly Gen<string> Assembled = Piece.Array[0, 300].Select(pieces => string.Concat(pieces));

    public static readonly Gen<PageFormat> Format = Gen.OneOf(PageFormat.Text, PageFormat.Markdown, PageFormat.Html);

    /// <summary>Any bytes at all.</summary>
    public static readonly Gen<byte[]> RandomBytes = Gen.Byte.Array[0, 4096];

    /// <summary>An assembled page as UTF-8 with a few bytes overwritten (invalid sequences, NULs, BOMs).</summary>
    public static readonly Gen<byte[]> CorruptedUtf8 = Gen.Select(Assembled, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte).Array[0, 8], (text, edits) =>
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var (at, value) in edits)
        {
            if (bytes.Length > 0)
            {
                bytes[at % bytes.Length] = value;
            }
        }

        return bytes;
    });

    /// <summary>Edits to apply to a real page: (position, length to cut, piece to insert).</summary>
    public static readonly Gen<(int At, int Cut, string Insert)[]> Edits = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 200], Piece).Array[1, 20];

    public static string Apply(string page, (int At, int Cut, string Insert)[] edits)
    {
        var text = new StringBuilder(page);
        foreach (var (at, cut, insert) in edits)
        {
            var start = text.Length == 0 ? 0 : at % text.Length;
            text.Remove(start, Math.Min(cut, text.Length - start)).Insert(start, insert);
        }

        return text.ToString();
    }
}

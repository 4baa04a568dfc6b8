using System.Globalization;
using System.Text;

namespace ResearchGraph.EndToEnd.Tests.Support;

/// <summary>
/// Invented researcher pages in all three formats, made from a seeded random source: owners,
/// groups, news items about adoptions, integrations, acceptances and sponsors. Projects and
/// companies repeat across pages, so many facts have evidence from several pages.
/// </summary>
public sealed class GeneratedPages(Random random)
{
    private static readonly string[] Given = ["Ada", "Bo", "Cai", "Dora", "Emil", "Fen", "Gus", "Hana", "Ivo", "Jun", "Kira", "Lev", "Mira", "Nils", "Ola", "Pia"];
    private static readonly string[] Family = ["Quill", "Lantern", "Marlow", "Tesk", "Ombra", "Viret", "Calder", "Sorn", "Brask", "Helm"];
    private static readonly string[] Groups = ["Frugal Learning Group", "Efficient Vision Lab", "Sparse Systems Group", "Tiny Models Lab"];
    private static readonly string[] Projects = ["FastNet", "TinyDet", "SwiftSeg", "GlowNet", "LeanQuant", "PocketViT", "MicroBert", "FlashPrune"];
    private static readonly string[] Adopters = ["NVIDIA TensorRT", "Intel OpenVINO Toolkit", "Qualcomm AI Engine", "Apple Core ML"];
    private static readonly string[] Venues = ["ICML", "NeurIPS", "ICLR", "CVPR", "ECCV", "MLSys"];
    private static readonly string[] Sponsors = ["Amazon", "SONY", "Qualcomm", "Intel", "Google"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>A file name with a format extension and its content; <paramref name="index"/> keeps names unique.</summary>
    public (string Name, string Content) Page(int index)
    {
        var owner = $"{Pick(Given)} {Pick(Family)}";
        var news = Enumerable.Range(0, random.Next(2, 9)).Select(_ => NewsLine()).ToList();
        var sponsors = string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(Sponsors)).Distinct());
        var group = Pick(Groups);
        var slug = owner.ToLowerInvariant().Replace(' ', '-') + "-" + index.ToString(CultureInfo.InvariantCulture);
        return random.Next(3) switch
        {
            0 => (slug + ".txt", Text(owner, group, news, sponsors)),
            1 => (slug + ".md", Markdown(owner, group, news, sponsors)),
            _ => (slug + ".html", Html(owner, group, news, sponsors)),
        };
    }

    private string NewsLine()
    {
        var date = $"{Pick(Months)} {random.Next(2018, 2026)}";
        var project = Pick(Projects);
        var year = random.Next(18, 26).ToString(CultureInfo.InvariantCulture);
        var what = random.Next(3) switch
        {
            0 => $"{project} is adopted by {Pick(Adopters)}.",
            1 => $"{project} is integrated into {Pick(Adopters)}.",
            _ => $"{project} is accepted by {Pick(Venues)}’{year}.",
        };
        return date + ": " + what;
    }

    private static string Text(string owner, string group, List<string> news, string sponsors) =>
        $"{owner}\n\n{owner} leads the {group}.\n\nNews\n\n{string.Join('\n', news)}\n\nWe thank the generous sponsors of our research: {sponsors}.\n";

    private static string Markdown(string owner, string group, List<string> news, string sponsors) =>
        $"# {owner}\n\n{owner} leads the {group}.\n\n## News\n\n{string.Join('\n', news.Select(n => "- " + n))}\n\nWe thank the generous sponsors of our research: {sponsors}.\n";

    private static string Html(string owner, string group, List<string> news, string sponsors)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><title>").Append(owner).Append("</title></head><body>");
        html.Append("<h1>").Append(owner).Append("</h1><p>").Append(owner).Append(" leads the ").Append(group).Append(".</p>");
        html.Append("<h2>News</h2><ul>");
        foreach (var n in news)
        {
            html.Append("<li>").Append(n).Append("</li>");
        }

        html.Append("</ul><p>We thank the generous sponsors of our research: ").Append(sponsors).Append(".</p></body></html>\n");
        return html.ToString();
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}

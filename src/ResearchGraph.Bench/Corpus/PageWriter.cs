using System.Globalization;
using System.Net;
using System.Text;
using ResearchGraph.Reading;

namespace ResearchGraph.Bench.Corpus;

/// <summary>Writes a <see cref="PagePlan"/> as an HTML page, a Markdown page with front matter, or plain text, as people write them.</summary>
internal static class PageWriter
{
    public static string Extension(PageFormat format) => format switch
    {
        PageFormat.Html => ".html",
        PageFormat.Markdown => ".md",
        _ => ".txt",
    };

    public static string Write(PagePlan plan) => plan.Format switch
    {
        PageFormat.Html => Html(plan),
        PageFormat.Markdown => Markdown(plan),
        _ => Text(plan),
    };

    private static string Html(PagePlan plan)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var b = new StringBuilder(8192);
        b.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n");
        b.Append("  <title>").Append(E(plan.Owner)).Append(" - Homepage</title>\n");
        b.Append("  <script>window.dataLayer = window.dataLayer || []; function track() { return \"not visible\"; }</script>\n");
        b.Append("  <style>body { font-family: sans-serif; max-width: 60em; } .date { color: #888; }</style>\n</head>\n<body>\n");
        b.Append("  <nav><a href=\"#news\">News</a> | <a href=\"#pubs\">Publications</a> | <a href=\"#awards\">Awards</a></nav>\n");
        b.Append("  <h1>").Append(E(plan.Owner)).Append("</h1>\n");
        b.Append("  <p>").Append(E(plan.Role)).Append(", ").Append(E(plan.Institution)).Append("</p>\n");
        foreach (var p in plan.Bio)
        {
            b.Append("  <p>").Append(E(p)).Append("</p>\n");
        }

        b.Append("  <!-- <p>Old news that should not be visible.</p> -->\n");
        b.Append("  <h2 id=\"news\">News</h2>\n  <ul>\n");
        foreach (var n in plan.News)
        {
            b.Append("    <li><span class=\"date\">[").Append(n.Month.ToString("00", CultureInfo.InvariantCulture)).Append('/').Append(n.Year.ToString(CultureInfo.InvariantCulture))
                .Append("]</span> ").Append(E(n.Text)).Append("</li>\n");
        }

        b.Append("  </ul>\n  <h2 id=\"pubs\">Publications</h2>\n  <ol>\n");
        foreach (var p in plan.Publications)
        {
            b.Append("    <li>").Append(E(p)).Append(" <a href=\"#\">[paper]</a> <a href=\"#\">[code]</a></li>\n");
        }

        b.Append("  </ol>\n  <h2 id=\"awards\">Awards</h2>\n  <table>\n");
        foreach (var a in plan.Awards)
        {
            b.Append("    <tr><td>").Append(a.Year.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(a.Name)).Append("</td></tr>\n");
        }

        b.Append("  </table>\n");
        foreach (var c in plan.Closing)
        {
            b.Append("  <p>").Append(E(c)).Append("</p>\n");
        }

        b.Append("  <footer>Last updated ").Append(Phrases.Months[plan.News[0].Month - 1]).Append(' ').Append(plan.News[0].Year.ToString(CultureInfo.InvariantCulture)).Append(".</footer>\n</body>\n</html>\n");
        return b.ToString();
    }

    private static string Markdown(PagePlan plan)
    {
        var b = new StringBuilder(6144);
        b.Append("---\ntitle: ").Append(plan.Owner).Append("\nrole: ").Append(plan.Role).Append("\norganizations:\n  - name: ").Append(plan.Institution).Append("\n---\n\n");
        b.Append("# ").Append(plan.Owner).Append("\n\n");
        foreach (var p in plan.Bio)
        {
            b.Append(p).Append("\n\n");
        }

        b.Append("## News\n\n");
        foreach (var n in plan.News)
        {
            b.Append("- **").Append(Phrases.Months[n.Month - 1]).Append(' ').Append(n.Year.ToString(CultureInfo.InvariantCulture)).Append("**: ").Append(n.Text).Append('\n');
        }

        b.Append("\n## Publications\n\n");
        for (var i = 0; i < plan.Publications.Count; i++)
        {
            b.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(plan.Publications[i]).Append(" [[code](https://example.org/code)]\n");
        }

        b.Append("\n## Awards\n\n");
        foreach (var a in plan.Awards)
        {
            b.Append("- ").Append(a.Name).Append(", ").Append(a.Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var c in plan.Closing)
        {
            b.Append('\n').Append(c).Append('\n');
        }

        return b.ToString();
    }

    private static string Text(PagePlan plan)
    {
        var b = new StringBuilder(6144);
        b.Append(plan.Owner).Append("\n\n").Append(plan.Role).Append(", ").Append(plan.Institution).Append("\n\n");
        b.Append(string.Join(' ', plan.Bio)).Append("\n\n");
        foreach (var c in plan.Closing)
        {
            b.Append(c).Append("\n\n");
        }

        foreach (var a in plan.Awards)
        {
            b.Append("  • ").Append(a.Name).Append(", ").Append(a.Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        b.Append('\n');
        foreach (var n in plan.News)
        {
            b.Append("  • ").Append(Phrases.Months[n.Month - 1]).Append(' ').Append(n.Year.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(n.Text).Append('\n');
        }

        b.Append("\nPublications\n\n");
        foreach (var p in plan.Publications)
        {
            b.Append("  • ").Append(p).Append('\n');
        }

        return b.ToString();
    }
}

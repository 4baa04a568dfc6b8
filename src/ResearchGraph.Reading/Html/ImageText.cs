using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ResearchGraph.Reading.Html;

/// <summary>
/// Which images a reader reads by their alt text: a logo standing for a name, as in a sponsor or
/// partner strip (<c>&lt;div class="logo"&gt;&lt;img alt="NVIDIA"&gt;</c>), a list of logos, or a
/// linked logo. Only when the image is the whole content of its block (a caption or text beside
/// it says what matters) and its alt reads like a name: not a photo, an icon, a file name, a
/// social-site link or a sentence describing a figure.
/// </summary>
internal static partial class ImageText
{
    private const int MaxWords = 6;
    private const int MaxLength = 60;

    private static readonly HashSet<string> SocialHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "github.com", "gitlab.com", "twitter.com", "x.com", "linkedin.com", "scholar.google.com", "orcid.org",
        "facebook.com", "instagram.com", "youtube.com", "researchgate.net", "dblp.org", "semanticscholar.org",
        "bsky.app", "mastodon.social", "medium.com", "huggingface.co", "zhihu.com", "weibo.com",
    };

    /// <summary>The text an image shows a reader, or null when it is decoration.</summary>
    public static string? Of(IElement image, Dictionary<IElement, bool> emptyBlocks)
    {
        var alt = image.GetAttribute("alt")?.Trim();
        if (alt is null || !ReadsAsName(alt, image.GetAttribute("src")))
        {
            return null;
        }

        var inLogoPlace = false;
        IElement? block = null;
        for (var e = image.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "a" && IsSocialLink(e.GetAttribute("href")))
            {
                return null;
            }

            inLogoPlace = inLogoPlace || e.LocalName is "a" or "li" or "figure" || LogoClass().IsMatch(e.ClassName ?? string.Empty);
            if (block is null && (HtmlElementRules.IsBlock(e) || e.LocalName is "td" or "th"))
            {
                block = e;
            }
        }

        return inLogoPlace && block is not null && HoldsNoText(block, emptyBlocks) ? alt : null;
    }

    /// <summary>
    /// Whether an image's alt text reads like the name the image stands for: short, not a
    /// photo, icon, file name or figure description, and not a README badge.
    /// </summary>
    public static bool ReadsAsName(string alt, string? source) =>
        alt.Length is > 0 and <= MaxLength && alt.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords
        && alt.Any(char.IsLetter) && !Decorative().IsMatch(alt) && !FileName().IsMatch(alt)
        && (source is null || !Badge().IsMatch(source));

    private static bool HoldsNoText(IElement block, Dictionary<IElement, bool> emptyBlocks)
    {
        if (!emptyBlocks.TryGetValue(block, out var empty))
        {
            empty = string.IsNullOrWhiteSpace(block.TextContent);
            emptyBlocks[block] = empty;
        }

        return empty;
    }

    private static bool IsSocialLink(string? href)
    {
        if (href is null)
        {
            return false;
        }

        if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return false;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return SocialHosts.Contains(host) || host.StartsWith("scholar.google.", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\b(?:photo|photograph|picture|portrait|headshot|avatar|image|img|icon|logo|banner|thumbnail|figure|fig\.|diagram|screenshot|me|email|e-mail|cv|rss|github|twitter|linkedin|scholar|orcid|youtube|pdf|arxiv|code|slides|video|poster|spacer|loading|demo|teaser|overview|architecture|framework|pipeline|results?|qr)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Decorative();

    [GeneratedRegex(@"\.(?:png|jpe?g|gif|svg|webp|bmp)$|[_/\\]", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex(@"shields\.io|badge|travis-ci|codecov|circleci|/workflows/|readthedocs\.org/projects|colab\.research", RegexOptions.IgnoreCase)]
    private static partial Regex Badge();

    [GeneratedRegex(@"logo|sponsor|partner|funder|funding|supporter|collaborator|affiliation|industry|acknowledg", RegexOptions.IgnoreCase)]
    private static partial Regex LogoClass();
}

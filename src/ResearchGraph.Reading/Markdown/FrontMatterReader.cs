using System.Collections;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ResearchGraph.Reading.Markdown;

/// <summary>
/// YAML front matter: cut from the page, and the fields themes render (title, role,
/// organizations, education, bio, url) written as <c>key: value</c> blocks.
/// </summary>
internal static class FrontMatterReader
{
    // A front matter larger or deeper than this is not a profile's; YamlDotNet recurses on depth.
    private const int MaxLength = 256 * 1024;
    private const int MaxBracketDepth = 64;

    /// <summary>Returns the page without its front matter, having rendered what it shows.</summary>
    public static string Read(string content, PageBuilder page)
    {
        var (yaml, body, fence) = Split(content);
        if (yaml is null)
        {
            return content;
        }

        if (fence == "+++")
        {
            page.Diagnose("TOML front matter is not read; it was skipped");
            return body;
        }

        if (yaml.Length > MaxLength || BracketDepth(yaml) > MaxBracketDepth)
        {
            page.Diagnose("front matter too large or too deeply nested; it was skipped");
            return body;
        }

        object? data;
        try
        {
            data = new DeserializerBuilder().Build().Deserialize<object>(yaml);
        }
        catch (YamlException e)
        {
            page.Diagnose($"front matter is not valid YAML ({e.Start.Line}:{e.Start.Column}: {e.Message}); it was skipped");
            return body;
        }

        if (data is IDictionary map)
        {
            Render(map, page);
        }

        return body;
    }

    private static (string? Yaml, string Body, string Fence) Split(string content)
    {
        foreach (var fence in (string[])["---", "+++"])
        {
            if (!content.StartsWith(fence, StringComparison.Ordinal) || !IsLineEnd(content, fence.Length))
            {
                continue;
            }

            var firstLineEnd = content.IndexOf('\n', StringComparison.Ordinal);
            var pos = firstLineEnd + 1;
            while (pos > 0 && pos <= content.Length)
            {
                var end = content.IndexOf('\n', pos);
                var lineEnd = end < 0 ? content.Length : end;
                var line = content.AsSpan(pos, lineEnd - pos).TrimEnd();
                if (line.SequenceEqual(fence) || (fence == "---" && line.SequenceEqual("...")))
                {
                    var body = end < 0 ? string.Empty : content[(end + 1)..];
                    return (content[(firstLineEnd + 1)..pos], body, fence);
                }

                pos = end < 0 ? -1 : end + 1;
            }
        }

        return (null, content, string.Empty);
    }

    private static bool IsLineEnd(string s, int i) => i >= s.Length || s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.Length || s[i + 1] == '\n'));

    private static int BracketDepth(string yaml)
    {
        int depth = 0, max = 0;
        foreach (var c in yaml)
        {
            depth += c is '[' or '{' ? 1 : c is ']' or '}' ? -1 : 0;
            max = Math.Max(max, depth);
        }

        return max;
    }

    private static void Render(IDictionary map, PageBuilder page)
    {
        if (Scalar(map, "title") is { } title)
        {
            page.Title = title;
            page.Add(BlockKind.FrontMatter, $"title: {title}");
        }

        if (Scalar(map, "role") is { } role)
        {
            page.Add(BlockKind.FrontMatter, $"role: {role}");
        }

        foreach (var organization in Items(Get(map, "organizations")))
        {
            var name = organization is IDictionary o ? Scalar(o, "name") : AsText(organization);
            if (name is not null)
            {
                page.Add(BlockKind.FrontMatter, $"organizations: {name}");
            }
        }

        var education = Get(map, "education");
        var courses = education is IDictionary e ? Get(e, "courses") : education;
        foreach (var course in Items(courses))
        {
            var line = course is IDictionary c
                ? string.Join(", ", new[] { Scalar(c, "course"), Scalar(c, "institution"), Scalar(c, "year") }.Where(v => v is not null))
                : AsText(course);
            if (!string.IsNullOrEmpty(line))
            {
                page.Add(BlockKind.FrontMatter, $"education: {line}");
            }
        }

        if (Scalar(map, "bio") is { } bio)
        {
            page.Add(BlockKind.FrontMatter, $"bio: {MarkdownInlines.ToText(bio)}");
        }

        if (Scalar(map, "url") is { } url)
        {
            page.Url = url;
            page.Add(BlockKind.FrontMatter, $"url: {url}");
        }
    }

    private static object? Get(IDictionary map, string key)
    {
        foreach (DictionaryEntry entry in map)
        {
            if (string.Equals(entry.Key as string, key, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Value;
            }
        }

        return null;
    }

    private static string? Scalar(IDictionary map, string key) => AsText(Get(map, key));

    private static string? AsText(object? value) =>
        value is string s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    private static IEnumerable<object?> Items(object? value) => value switch
    {
        IList list => list.Cast<object?>(),
        string s => [s],
        _ => [],
    };
}

using System.Collections;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ResearchGraph.Reading.Markdown;

/// <summary>
/// YAML front matter: cut from the page, and the fields profile themes render (title, name,
/// author, role, position, organizations, affiliation, employer, interests, education, work,
/// awards, bio, url) written as <c>key: value</c> blocks, one per list item.
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

        // academicpages and Jekyll profiles name their person here when the title is "About".
        AddLine(page, "name", Scalar(map, "name"));
        AddLine(page, "author", Get(map, "author") is IDictionary author ? Scalar(author, "name") : Scalar(map, "author"));
        AddLine(page, "role", Scalar(map, "role"));
        AddLine(page, "position", Scalar(map, "position"));
        AddItems(page, "organizations", Get(map, "organizations"), "name");
        AddItems(page, "affiliation", Get(map, "affiliation") ?? Get(map, "affiliations"), "name");
        AddLine(page, "employer", Scalar(map, "employer"));
        AddItems(page, "interests", Get(map, "interests"), "name");

        var education = Get(map, "education");
        var courses = education is IDictionary e ? Get(e, "courses") : education;
        foreach (var course in Items(courses))
        {
            AddLine(page, "education", course is IDictionary c ? EducationLine(c) : AsText(course));
        }

        foreach (var key in (string[])["work", "experience"])
        {
            foreach (var job in Items(Get(map, key)))
            {
                AddLine(page, key, job is IDictionary j ? WorkLine(j) : AsText(job));
            }
        }

        foreach (var award in Items(Get(map, "awards")))
        {
            AddLine(page, "awards", award is IDictionary a ? AwardLine(a) : AsText(award));
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

    private static void AddLine(PageBuilder page, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            page.Add(BlockKind.FrontMatter, $"{key}: {value}");
        }
    }

    /// <summary>One line per item of a list of names or of maps holding a name.</summary>
    private static void AddItems(PageBuilder page, string key, object? value, string nameKey)
    {
        foreach (var item in Items(value))
        {
            AddLine(page, key, item is IDictionary d ? Scalar(d, nameKey) : AsText(item));
        }
    }

    /// <summary>
    /// "PhD in Computer Science, Some University, 2020" from Wowchemy <c>course</c>/<c>institution</c>,
    /// academicpages <c>degree</c>/<c>school</c>, Hugo Blox <c>area</c>/<c>date_end</c>, JSON Resume
    /// <c>studyType</c>/<c>area</c>/<c>endDate</c>.
    /// </summary>
    private static string? EducationLine(IDictionary item)
    {
        var degree = First(item, "degree", "course", "studyType", "study_type");
        var area = First(item, "area", "field", "major");
        if (degree is null)
        {
            degree = area;
        }
        else if (area is not null && !degree.Contains(area, StringComparison.OrdinalIgnoreCase))
        {
            degree = $"{degree} in {area}";
        }

        var school = First(item, "institution", "school", "university", "organization");
        var year = First(item, "year") ?? YearOf(First(item, "date_end", "endDate", "end_date", "end"));
        return Joined(degree, school, year);
    }

    /// <summary>"Research Scientist, Some Company, 2019–2021" from Hugo Blox and JSON Resume work items.</summary>
    private static string? WorkLine(IDictionary item)
    {
        var position = First(item, "position", "title", "role");
        var company = First(item, "company_name", "company", "organization", "institution", "employer", "name");
        var from = YearOf(First(item, "date_start", "startDate", "start_date", "start"));
        var to = YearOf(First(item, "date_end", "endDate", "end_date", "end"));
        var span = from is null || from == to ? to ?? from : $"{from}–{to}";
        return Joined(position, company, span);
    }

    /// <summary>"Best Paper Award, Some Conference, 2023" from award items with an awarder and a date.</summary>
    private static string? AwardLine(IDictionary item) =>
        Joined(First(item, "title", "name", "award"), First(item, "awarder", "organization", "by"), First(item, "year") ?? YearOf(First(item, "date")));

    private static string? Joined(params string?[] parts)
    {
        var line = string.Join(", ", parts.Where(p => p is not null));
        return line.Length == 0 ? null : line;
    }

    private static string? First(IDictionary map, params string[] keys) =>
        keys.Select(k => Scalar(map, k)).FirstOrDefault(v => v is not null);

    /// <summary>The year a date starts with ("2020-12-31" → "2020"); other text as it is.</summary>
    private static string? YearOf(string? date) =>
        date is { Length: >= 4 } && date.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') is false ? date[..4] : date;

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

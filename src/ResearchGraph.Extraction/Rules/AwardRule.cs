using System.Text.RegularExpressions;
using ResearchGraph.Domain;
using ResearchGraph.Extraction.Recognition;
using ResearchGraph.Extraction.Text;
using ResearchGraph.Reading;

namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// RECEIVED: award list items ("SONY Faculty Award, 2017/2018/2020", "Best paper award,
/// FPGA’2017", "2019: X Award"), and sentences ("Song received the NSF CAREER Award",
/// "Congrats Ji and Ligeng receiving the Qualcomm Innovation Fellowship", "I am awarded X").
/// </summary>
internal sealed partial class AwardRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        for (var i = 0; i < context.Sentences.Count; i++)
        {
            var s = context.Sentences[i];
            if (!ReadListItem(context, s, context.Mentions[i]))
            {
                ReadSentence(context, s, context.Mentions[i]);
            }
        }
    }

    private static bool ReadListItem(ExtractionContext context, Sentence s, SentenceMentions mentions)
    {
        if (context.Owner is null || s.Block.Kind is not (BlockKind.ListItem or BlockKind.Paragraph or BlockKind.TableRow) || s.Text.Length > 160)
        {
            return false;
        }

        var inAwardSection = s.Block.Section is { } section && AwardSection().IsMatch(section);
        var lead = LeadingYear().Match(s.Text);
        var m = lead.Success ? lead : TrailingYears().Match(s.Text);
        var name = m.Success ? m.Groups["name"].Value : null;
        var years = m.Success ? YearList(m.Groups["years"].Value) : [];
        if (!m.Success)
        {
            // "Best paper award, FPGA’2017": the year comes with the venue that ends the item.
            var venueYear = TrailingVenue().Match(s.Text);
            var venue = mentions.Venues.LastOrDefault();
            if (!venueYear.Success || venue?.Year is null || !TrailingYearWords().IsMatch(context.Text[venue.End..s.End].TrimEnd('.')))
            {
                return false;
            }

            name = venueYear.Groups["name"].Value;
            years = [venue.Year.Value];
        }

        name = Names.Clean(name!);

        // "Best Poster Award, MLSys 2022": the venue after the comma says where, not what.
        var comma = name.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && mentions.Venues.Any(v => context.Text[v.Start..v.End] == TrailingYearWords().Replace(name[(comma + 2)..], "").Trim()))
        {
            name = name[..comma];
        }
        if (name.Length < 3 || (!inAwardSection && !AwardWord().IsMatch(name)) || !char.IsUpper(name[0]) && !char.IsDigit(name[0]))
        {
            return false;
        }

        var award = AddAward(context, name, s.Start + s.Text.IndexOf(name, StringComparison.Ordinal));
        foreach (var year in years)
        {
            context.Graph.AddFact(FactType.RECEIVED, context.Owner.Id, award, year, null, s);
        }

        return true;
    }

    private static void ReadSentence(ExtractionContext context, Sentence s, SentenceMentions mentions)
    {
        var m = Receiving().Match(s.Text);
        if (!m.Success)
        {
            return;
        }

        var subject = s.Text[..m.Index];
        var recipients = Recipients(context, subject);
        if (recipients.Count == 0)
        {
            return;
        }

        var rest = s.Text[(m.Index + m.Length)..];
        var phrase = AwardPhrase().Match(rest);
        if (!phrase.Success)
        {
            return;
        }

        var raw = phrase.Groups["award"].Value;
        int? year = phrase.Groups["year"].Success ? Years.Parse(phrase.Groups["year"].Value) : null;
        var plural = raw.EndsWith('s');
        var name = Names.Clean(plural ? raw[..^1] : raw);
        var start = s.Start + m.Index + m.Length + phrase.Groups["award"].Index;
        var award = AddAward(context, name, start);

        var years = new List<int?>();
        if (year is not null)
        {
            years.Add(year);
        }
        else if (plural)
        {
            // "Best Paper awards at ICLR’16 and FPGA’17": one award per venue year.
            years.AddRange(mentions.Venues.Where(v => v.Start >= start && v.Year is not null).Select(v => v.Year));
        }

        if (years.Count == 0)
        {
            var trailing = mentions.Venues.FirstOrDefault(v => v.Start >= start + raw.Length && v.Start - (start + raw.Length) < 12 && v.Year is not null);
            years.Add(trailing?.Year ?? s.Year);
        }

        foreach (var who in recipients)
        {
            foreach (var y in years)
            {
                context.Graph.AddFact(FactType.RECEIVED, who, award, y, null, s);
            }
        }
    }

    private static List<string> Recipients(ExtractionContext context, string subject)
    {
        var words = subject.Trim();
        var congrats = Congrats().Match(words);
        if (congrats.Success)
        {
            return PeopleRule.FirstNames(congrats.Groups["names"].Value).Select(n => PeopleRule.AddPerson(context, n)).ToList();
        }

        if (context.IsOwnerReference(words) && context.Owner is not null)
        {
            return [context.Owner.Id];
        }

        return [];
    }

    private static string AddAward(ExtractionContext context, string name, int start)
    {
        var aliases = new List<string>();
        var quoted = Quoted().Match(name);
        if (quoted.Success)
        {
            aliases.Add(quoted.Groups[1].Value);
        }

        var acronym = ParenAcronym().Match(name);
        if (acronym.Success)
        {
            aliases.Add(name);
            name = ParenAcronym().Replace(name, "");
        }

        var canonical = Names.TitleCaseAward(Spaces().Replace(name.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal), " ").Trim());
        if (!string.Equals(canonical, name, StringComparison.Ordinal))
        {
            aliases.Add(name);
        }

        var id = context.Graph.Add(EntityKind.Award, canonical, aliases);
        context.Graph.Mention(id, start, start + name.Length);
        context.Claimed.Add((start, start + name.Length));
        return id;
    }

    private static List<int> YearList(string years) =>
        YearToken().Matches(years).Select(y => int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();

    [GeneratedRegex(@"award|honou?r|prize|recognition|fellowship", RegexOptions.IgnoreCase)]
    private static partial Regex AwardSection();

    [GeneratedRegex(@"\b(?:Awards?|Fellowship|Fellow|Prize|Medal|Scholarship|Honou?r|Innovators|Recognition|Nominee|Grant|Chair|Award)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AwardWord();

    [GeneratedRegex(@"^(?<name>.+?)[,\s(]+(?<years>(?:19|20)\d\d(?:\s*(?:[/,&]|and)\s*(?:19|20)\d\d)*)\)?\.?$")]
    private static partial Regex TrailingYears();

    [GeneratedRegex(@"^(?<years>(?:19|20)\d\d(?:\s*[/,&]\s*(?:19|20)\d\d)*)\s*[:\-–—|,]?\s+(?<name>.+)$")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"^(?<name>.+?),\s*[^,]+$")]
    private static partial Regex TrailingVenue();

    [GeneratedRegex(@"(?:19|20)\d\d")]
    private static partial Regex YearToken();

    [GeneratedRegex(@"^\s*[’'‘]?\s?(?:19|20)?\d\d$|\s*[’'‘]?(?:19|20)?\d\d$")]
    private static partial Regex TrailingYearWords();

    [GeneratedRegex(@"\s+(?:received|receives|receiving|won|wins|winning|(?:was|is|am|are|were|been|be|got|get)\s+(?:awarded|named|selected as|honou?red with|honou?red to receive|recognized with|given)|awarded|earned|earns|got)\s+(?:with\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?")]
    private static partial Regex Receiving();

    // The award: a capitalised phrase (quotes allowed) that ends in an award word, optionally followed by a year.
    [GeneratedRegex(@"^(?<award>(?:(?:19|20)\d\d\s+)?(?:(?:[A-Z0-9“""][^\s,;]*|to|of|the|for|in|on|and|at|&)\s+){0,12}?(?:[Aa]wards?|Fellowship|Prize|Medal|Scholarship|Honou?r|Fellow|Grant|Innovators Under 35”?))(?:\s+(?:in|of)\s+(?<year>(?:19|20)\d\d))?")]
    private static partial Regex AwardPhrase();

    [GeneratedRegex(@"^(?:Congrats|Congratulations)(?:\s+to)?\s+(?<names>.+)$")]
    private static partial Regex Congrats();

    [GeneratedRegex(@"[“""]([^”""]+)[”""]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s*\([A-Z][A-Za-z]{1,8}\)")]
    private static partial Regex ParenAcronym();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

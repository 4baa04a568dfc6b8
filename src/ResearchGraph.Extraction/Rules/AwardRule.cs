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
            if (LabelledRow.Of(s) is { } row)
            {
                ReadRow(context, s, row);
                continue;
            }

            if (!ReadListItem(context, s, context.Mentions[i]))
            {
                ReadSentence(context, s, context.Mentions[i]);
            }
        }
    }

    /// <summary>"2024: Award: Best Student Paper Award, IROS 2024; Who: Noor": the award, its recipient and year.</summary>
    private static void ReadRow(ExtractionContext context, Sentence s, LabelledRow row)
    {
        if (row.Get(AwardLabel()) is not { } cell || context.Owner is null)
        {
            return;
        }

        var core = AwardNames.Core(cell.Value);
        if (core is null || core.Length > 90)
        {
            return;
        }

        var within = context.Text.IndexOf(core, cell.Start, StringComparison.Ordinal);
        var start = within >= 0 && within < s.End ? within : cell.Start;
        var award = AddAward(context, core, start, Math.Min(s.End, start + core.Length));
        var recipient = context.Owner.Id;
        if (row.Get(WhoLabel()) is { } who && PeopleRule.FirstNames(who.Value) is [var name] && (name.Contains(' ', StringComparison.Ordinal) || PeopleRule.IsFirstName(context, name)))
        {
            recipient = PeopleRule.AddPerson(context, name);
            context.Graph.Mention(recipient, who.Start, who.Start + name.Length);
        }
        else if (row.Get(WhoLabel()) is { } project && context.Graph.FindProject(project.Value) is { } projectId)
        {
            recipient = projectId;
        }

        var year = row.Year ?? (row.Get(YearLabel()) is { } y ? Years.Parse(y.Value) : null) ?? s.Year;
        context.Graph.AddFact(FactType.RECEIVED, recipient, award, year, null, s);
    }

    [GeneratedRegex(@"^(?:awards?|honou?rs?|prizes?|recognition|distinction)$", RegexOptions.IgnoreCase)]
    private static partial Regex AwardLabel();

    [GeneratedRegex(@"^(?:who|recipients?|students?|winners?|name|person|awardee|for|project|paper)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoLabel();

    [GeneratedRegex(@"^(?:year|date|when)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearLabel();

    private static bool ReadListItem(ExtractionContext context, Sentence s, SentenceMentions mentions)
    {
        if (context.Owner is null || s.Block.Kind is not (BlockKind.ListItem or BlockKind.Paragraph or BlockKind.TableRow) || s.Text.Length > 160)
        {
            return false;
        }

        var inAwardSection = s.Block.Section is { } section && AwardSection().IsMatch(section);

        // "Best Paper Award, MICRO 2024 (BastionV2)", "... (for Wagtail)": the project that won it.
        var text = s.Text;
        string? recipient = null;
        var forProject = ForProject().Match(text);
        if (forProject.Success && context.Graph.FindProject(forProject.Groups["name"].Value) is { } project)
        {
            recipient = project;
            text = text[..forProject.Index];
        }

        var lead = LeadingYear().Match(text);
        var m = lead.Success ? lead : TrailingYears().Match(text);
        var name = m.Success ? m.Groups["name"].Value : null;
        var years = m.Success ? YearList(m.Groups["years"].Value) : [];
        if (!m.Success)
        {
            // "Best paper award, FPGA’2017": the year comes with the venue that ends the item.
            var venueYear = TrailingVenue().Match(text);
            var venue = mentions.Venues.LastOrDefault(v => v.End <= s.Start + text.Length);
            if (!venueYear.Success || venue?.Year is null || !TrailingYearWords().IsMatch(context.Text[venue.End..(s.Start + text.Length)].TrimEnd('.', ' ')))
            {
                return false;
            }

            name = venueYear.Groups["name"].Value;
            years = [venue.Year.Value];
        }

        name = Names.Clean(name!);
        if (Receiving().IsMatch(" " + name))
        {
            // "Dec 2021: I am selected as X": a sentence, read as one.
            return false;
        }

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

        var core = AwardNames.Core(name);
        if (core is null)
        {
            // "(declined)": the item is about an award, but not one received.
            return true;
        }

        if (!AwardWord().IsMatch(core) && (Names.WordCount(core) > 8 || core.Contains(": ", StringComparison.Ordinal)))
        {
            // A dated item under "News and Awards" that is not itself an award: a paper, a talk.
            return false;
        }

        var award = AddAward(context, core, s, name);
        foreach (var year in years)
        {
            context.Graph.AddFact(FactType.RECEIVED, recipient ?? context.Owner.Id, award, year, null, s);
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

        var restStart = m.Index + m.Length;
        while (restStart < s.Text.Length)
        {
            var end = ReadAward(context, s, mentions, recipients, restStart);
            if (end < 0)
            {
                return;
            }

            // "I am selected as DAC Young Fellow, and win Best Research Video Award at DAC 2021": a second award;
            // "received 2024 X Best Paper, 2025 Y Best Paper Nominee, ...": a list of them.
            var more = AndReceiving().Match(s.Text, end);
            if (!more.Success)
            {
                more = ListedNext().Match(s.Text, end);
                if (!more.Success)
                {
                    return;
                }
            }

            restStart = more.Index + more.Length;
        }
    }

    /// <summary>Reads one award phrase at <paramref name="at"/> and records it; the offset after it, or -1.</summary>
    private static int ReadAward(ExtractionContext context, Sentence s, SentenceMentions mentions, List<string> recipients, int at)
    {
        var placement = PlacementIn().Match(s.Text, at);
        if (placement.Success && placement.Index == at)
        {
            at += placement.Length;
        }

        var rest = s.Text[at..];
        var phrase = AwardPhrase().Match(rest);
        if (!phrase.Success)
        {
            // 'honored to receive "Outstanding Recognition in Research" from X in 2019': the quotes mark the name.
            phrase = QuotedAward().Match(rest);
            if (!phrase.Success)
            {
                return -1;
            }
        }

        var raw = phrase.Groups["award"].Value;
        var longer = LongerName().Match(rest, phrase.Groups["award"].Index + raw.Length);
        if (longer.Success && !phrase.Groups["year"].Success)
        {
            // "Apple Scholars in AI/ML PhD Fellowship": the name runs on to its last award word.
            raw += longer.Value;
        }

        int? year = phrase.Groups["year"].Success ? Years.Parse(phrase.Groups["year"].Value)
            : phrase.Groups["lead"].Success ? Years.Parse(phrase.Groups["lead"].Value) : null;
        var plural = raw.EndsWith('s') && !raw.EndsWith("ss", StringComparison.Ordinal);
        var name = AwardNames.Core(Names.Clean(plural ? raw[..^1] : raw));
        if (name is null)
        {
            return -1;
        }

        var start = s.Start + at + phrase.Groups["award"].Index;
        var award = AddAward(context, name, start, start + raw.Length);
        var said = Names.Clean(raw);
        if (!string.Equals(said, name, StringComparison.Ordinal) && said.Length <= 80)
        {
            context.Graph.AddAlias(award, said);
        }


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

        return at + phrase.Index + phrase.Length;
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

        // "Paper <title> wins the Best Paper Award": the paper is the recipient.
        var stripped = StrippedSubject(words);
        var paper = PaperSubject().Match(stripped);
        if (paper.Success)
        {
            var title = TitleParser.Parse(stripped[(paper.Index + paper.Length)..]);
            if (title is not null && context.Recognizers.Techniques.Lookup(title.Name) is null)
            {
                return [context.Graph.AddProject(title.Name, title.Aliases)];
            }
        }

        // "Prof. Whitcombe received ...": a person the page already named in full.
        var titled = TitledSurname().Match(stripped);
        if (titled.Success && context.Graph.Entities.FirstOrDefault(e => e.Kinds.Contains(EntityKind.Person) && e.Name.EndsWith(" " + titled.Groups[1].Value, StringComparison.Ordinal)) is { } known)
        {
            return [known.Id];
        }

        // "BastionV2 won the Best Paper Award": a project of the page.
        if (context.Graph.FindProject(stripped) is { } projectId)
        {
            return [projectId];
        }

        // "Honored to be named ...": the owner speaking.
        if (Feeling().IsMatch(stripped) && context.Owner is not null)
        {
            return [context.Owner.Id];
        }

        // "Wei and Lucas won ...", "Tariq is selected as ...": students named by first name.
        var names = PeopleRule.FirstNames(stripped);
        var rest = names.Aggregate(stripped, (left, n) => left.Replace(n, "", StringComparison.Ordinal));
        if (names.Count > 0 && ListGlue().IsMatch(rest) && names.All(n => PeopleRule.IsFirstName(context, n)))
        {
            return names.Select(n => PeopleRule.AddPerson(context, n)).ToList();
        }

        // "Maya Chen received ...": a person named in full.
        var person = stripped;
        if (FullName().IsMatch(person) && OwnerFinder.LooksLikePerson(person) && context.Recognizers.Orgs.Lookup(person) is null)
        {
            return [PeopleRule.AddPerson(context, person)];
        }

        return [];
    }

    private static string StrippedSubject(string words) => Names.Clean(ExtractionContext.StripLead(words));

    /// <summary>An award from a list item: the canonical name, its mention inside the item, and the item's words as an alias.</summary>
    private static string AddAward(ExtractionContext context, string core, Sentence s, string itemName)
    {
        var within = s.Text.IndexOf(core, StringComparison.Ordinal);
        var mentionText = within >= 0 ? core : itemName;
        var start = s.Start + (within >= 0 ? within : Math.Max(0, s.Text.IndexOf(itemName, StringComparison.Ordinal)));
        var id = AddAward(context, core, start, start + mentionText.Length);
        if (!string.Equals(itemName, core, StringComparison.Ordinal) && itemName.Length <= 80)
        {
            context.Graph.AddAlias(id, itemName);
        }

        return id;
    }

    private static string AddAward(ExtractionContext context, string name, int start, int end)
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

        // A "Sloan Research Fellow" holds the Sloan Research Fellowship: one honour, two spellings.
        if (canonical.EndsWith(" Fellow", StringComparison.Ordinal))
        {
            aliases.Add(canonical + "ship");
        }
        else if (canonical.EndsWith(" Fellowship", StringComparison.Ordinal))
        {
            aliases.Add(canonical[..^4]);
        }

        var id = context.Graph.Add(EntityKind.Award, canonical, aliases);
        context.Graph.Mention(id, start, end);
        context.Claimed.Add((start, end));
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

    [GeneratedRegex(@"\s+(?:(?:has|have|had)\s+)?(?:also\s+|recently\s+|just\s+|proudly\s+)?(?:received|receives|receive|receiving|won|wins|win|winning|(?:was|is|am|are|were|been|be|got|get|has been|have been)\s+(?:awarded|named|selected as|chosen as|honou?red with|honou?red to receive|recognized with|given)|awarded|earned|earns|got)\s+(?:with\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?")]
    private static partial Regex Receiving();

    // The award: a capitalised phrase (quotes allowed) that ends in an award word, optionally followed by a year.
    [GeneratedRegex(@"^(?:(?<lead>(?:19|20)\d\d)\s+)?(?<award>(?:(?:[A-Z0-9“""][^\s,;]*|to|of|the|for|in|on|and|at|&)\s+){0,12}?(?:[Aa]wards?|Fellowship|Prize|Medal|Scholarship|Honou?r|Fellow|Grant|Competition|Contest|Scholars?|Nominee|Nomination|Finalist|Best(?:\s+[A-Z]\w+){0,2}\s+(?:Paper|Poster|Demo|Presentation)(?!\s+(?:[Aa]wards?|Nominee|Finalist|Candidate))|Innovators Under 35”?))(?:\s+(?:in|of)\s+(?<year>(?:19|20)\d\d))?")]
    private static partial Regex AwardPhrase();

    [GeneratedRegex(@"\G(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+place\s+(?:in|at|of|for)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex PlacementIn();

    [GeneratedRegex(@"\G[^.;]{0,60}?,?\s+and\s+(?:also\s+)?(?:win|wins|won|receive|receives|received|(?:was|is|am)\s+(?:awarded|named|selected as))\s+(?:the\s+|a\s+|an\s+)?")]
    private static partial Regex AndReceiving();

    [GeneratedRegex(@"^[“""](?<award>[A-Z][^”""]{2,80})[”""](?:[^.;]{0,60}?\s+in\s+(?<year>(?:19|20)\d\d))?")]
    private static partial Regex QuotedAward();

    [GeneratedRegex(@"\G\s*,\s*(?:and\s+)?(?:the\s+|an?\s+)?(?=(?:19|20)\d\d\s+[A-Z])")]
    private static partial Regex ListedNext();

    [GeneratedRegex(@"\s*\((?:for\s+|with\s+)?(?<name>[A-Za-z][\w\-]{1,30})\)\.?$")]
    private static partial Regex ForProject();

    [GeneratedRegex(@"^(?:Honou?red|Thrilled|Excited|Happy|Proud|Delighted|Humbled|Grateful)\b")]
    private static partial Regex Feeling();

    [GeneratedRegex(@"\G(?:\s+(?:[A-Z0-9][^\s,;]*|in|of|for|on))*?\s+(?:Awards?|Fellowship|Prize|Medal|Scholarship|Grant)\b")]
    private static partial Regex LongerName();

    [GeneratedRegex(@"^(?:\s|,|and|&)*$")]
    private static partial Regex ListGlue();

    [GeneratedRegex(@"^(?:Prof\.?|Professor|Dr\.?)\s+(\p{Lu}[\p{L}\-']+)$")]
    private static partial Regex TitledSurname();

    [GeneratedRegex(@"^(?:(?:our|the|my|a)\s+)?(?:(?:full|short|journal|workshop|conference)\s+)?(?:paper|work|article)\s*[:,]?\s+(?=[A-Z])", RegexOptions.IgnoreCase)]
    private static partial Regex PaperSubject();

    [GeneratedRegex(@"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")]
    private static partial Regex FullName();

    [GeneratedRegex(@"^(?:Congrats|Congratulations)(?:\s+to)?\s+(?<names>.+)$")]
    private static partial Regex Congrats();

    [GeneratedRegex(@"[“""]([^”""]+)[”""]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s*\([A-Z][A-Za-z]{1,8}\)")]
    private static partial Regex ParenAcronym();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

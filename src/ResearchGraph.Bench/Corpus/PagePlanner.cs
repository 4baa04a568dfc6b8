using ResearchGraph.Reading;

namespace ResearchGraph.Bench.Corpus;

/// <summary>
/// Decides what page <c>index</c> of a corpus says. Every page owns a few projects and refers to
/// projects, people and organizations of other pages (earlier pages more often: a few popular
/// hubs and a long tail), so the graph has shared entities and realistic fan-out.
/// </summary>
internal sealed class PagePlanner(Vocabulary vocabulary, int seed)
{
    public PagePlan Plan(int index)
    {
        var random = SeededRandom.For(seed, "page", index);
        var format = random.NextDouble() switch
        {
            < 0.45 => PageFormat.Html,
            < 0.80 => PageFormat.Markdown,
            _ => PageFormat.Text,
        };
        var isLab = random.Chance(0.1);
        var owner = isLab ? Vocabulary.Lab(index) : Vocabulary.Person(index);
        var role = isLab ? "Research group" : random.Pick(Phrases.Roles);
        var institution = vocabulary.Institutions[random.Skewed(vocabulary.Institutions.Count, 1.5)];
        var own = Enumerable.Range(0, Vocabulary.ProjectsPerPage).Select(k => Vocabulary.Project(((long)index * Vocabulary.ProjectsPerPage) + k)).ToList();
        var techniques = Enumerable.Range(0, 3).Select(_ => vocabulary.Techniques[random.Skewed(vocabulary.Techniques.Count)]).Distinct().ToList();

        var bio = new List<string>();
        if (isLab)
        {
            bio.Add($"The {owner} at {institution} designs hardware and software for {random.Pick(Phrases.Domains).ToLowerInvariant()}.");
        }
        else
        {
            var pronoun = random.Chance(0.5) ? "She" : "He";
            bio.Add($"{owner} is an {role} at {institution}. {pronoun} received the PhD degree from {vocabulary.Institutions[random.Next(vocabulary.Institutions.Count)]}.");
            if (index > 0 && random.Chance(0.6))
            {
                // The advisor is the owner of an earlier page: people are shared across pages.
                bio.Add($"Advisor: Prof. {Vocabulary.Person(random.Skewed(index))}.");
            }
        }

        bio.Add($"Our group works on {string.Join(", ", techniques)} for {random.Pick(Phrases.Domains).ToLowerInvariant()}.");
        bio.Add(Sponsors(random));

        var news = News(random, index, own, techniques);
        var publications = own.Select(p => Publication(random, p)).ToList();
        var awards = Enumerable.Range(0, random.Next(1, 5))
            .Select(_ => random.Chance(0.3)
                ? new AwardEntry(random.Next(2015, 2026), $"Best Paper Award, {random.Pick(vocabulary.Venues)}’{random.Next(15, 26)}")
                : new AwardEntry(random.Next(2015, 2026), random.Pick(Phrases.Awards)))
            .ToList();

        var closing = new List<string>();
        if (random.Chance(0.4))
        {
            closing.Add($"Our methods have landed in industry products: {string.Join(", ", Enumerable.Range(0, random.Next(2, 4)).Select(_ => Product(random)).Distinct())}.");
        }

        return new PagePlan(index, format, owner, isLab, role, institution, bio, news, publications, awards, closing);
    }

    private string Sponsors(SeededRandom random)
    {
        var names = Enumerable.Range(0, random.Next(2, 5))
            .Select(_ => random.Chance(0.25) ? vocabulary.Companies[random.Skewed(vocabulary.Companies.Count)] : vocabulary.Sponsors[random.Skewed(vocabulary.Sponsors.Count)])
            .Distinct()
            .ToList();
        var list = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
        return random.Chance(0.5)
            ? $"Our research is supported by {list}."
            : $"We thank the generous sponsors of our research: {string.Join(", ", names)}.";
    }

    private List<NewsEntry> News(SeededRandom random, int index, List<string> own, List<string> techniques)
    {
        var count = random.Next(6, 21);
        var news = new List<NewsEntry>(count);
        var year = 2025;
        var month = random.Next(1, 13);
        for (var i = 0; i < count; i++)
        {
            news.Add(new NewsEntry(year, month, NewsText(random, index, own, techniques)));
            month -= random.Next(1, 4);
            if (month < 1)
            {
                month += 12;
                year--;
            }
        }

        return news;
    }

    private string NewsText(SeededRandom random, int index, List<string> own, List<string> techniques)
    {
        var mine = random.Pick(own);
        var technique = random.Pick(techniques);
        var venue = vocabulary.Venues[random.Skewed(vocabulary.Venues.Count, 1.5)];
        var yy = random.Next(18, 26);
        switch (random.Next(9))
        {
            case 0:
                return $"{Phrases.Title(random, mine)} is accepted by {venue}’{yy}. {mine} applies {technique} and {random.Pick(Phrases.Results)}.";
            case 1:
                return $"{mine} is presented at {venue} 20{yy}.";
            case 2:
                return $"{mine} has been integrated into {Product(random)}.";
            case 3:
                var (maker, product) = vocabulary.Products[random.Skewed(vocabulary.Products.Count)];
                return $"{mine} is integrated into {maker}'s {product}.";
            case 4 when index > 0:
                // Lineage across pages: a project of this page builds on one of an earlier page.
                var earlier = Vocabulary.Project(((long)random.Skewed(index) * Vocabulary.ProjectsPerPage) + random.Next(Vocabulary.ProjectsPerPage));
                return $"{mine} builds on {earlier} [{venue}’{yy - 1}].";
            case 5:
                return $"{mine}V2 extends {mine} with {technique} and is presented at {venue} 20{yy}.";
            case 6:
                return $"So far, {own[0]} [{venue}’{yy - 2}] => {own[1]} [{venue}’{yy - 1}] => {own[2]} [{venue}’{yy}] forms our line of work on {technique}.";
            case 7:
                return $"Congrats {Vocabulary.Person(random.Next(4_200)).Split(' ')[0]} on receiving the {random.Pick(Phrases.Fellowships)} for the work on {technique}.";
            default:
                return $"We received a gift from {vocabulary.Companies[random.Skewed(vocabulary.Companies.Count)]} to support our work on {technique}.";
        }
    }

    private string Product(SeededRandom random)
    {
        var (maker, product) = vocabulary.Products[random.Skewed(vocabulary.Products.Count)];
        return maker + " " + product;
    }

    private string Publication(SeededRandom random, string project)
    {
        var venue = vocabulary.Venues[random.Skewed(vocabulary.Venues.Count, 1.5)];
        var yy = random.Next(18, 26);
        // The bracketed form ("Korvale [ICLR’22]") is how many pages list their projects.
        var title = Phrases.Title(random, project);
        return random.Chance(0.5)
            ? $"{project} [{venue}’{yy}] {title[(project.Length + 2)..]}."
            : $"{title}. {venue} 20{yy}.";
    }
}

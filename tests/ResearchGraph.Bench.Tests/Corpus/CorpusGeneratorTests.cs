using System.Security.Cryptography;
using ResearchGraph.Bench.Corpus;
using ResearchGraph.Bench.Tests.Support;
using ResearchGraph.Domain;
using ResearchGraph.Extraction;
using ResearchGraph.Reading;

namespace ResearchGraph.Bench.Tests.Corpus;

public sealed class CorpusGeneratorTests
{
    [Fact]
    public void Same_seed_writes_the_same_bytes()
    {
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();
        var bytes1 = new CorpusGenerator(42).WriteTo(first.Path, 40);
        var bytes2 = new CorpusGenerator(42).WriteTo(second.Path, 40);

        Assert.Equal(bytes1, bytes2);
        Assert.Equal(Digest(first.Path), Digest(second.Path));
    }

    [Fact]
    public void Another_seed_writes_other_pages()
    {
        var a = new CorpusGenerator(1).Pages(10).Select(p => p.Content).ToList();
        var b = new CorpusGenerator(2).Pages(10).Select(p => p.Content).ToList();

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void A_page_does_not_depend_on_the_count()
    {
        var generator = new CorpusGenerator(7);

        Assert.Equal(generator.Pages(30).ElementAt(17), generator.Page(17));
    }

    [Fact]
    public void Pages_come_in_every_format()
    {
        var extensions = new CorpusGenerator(3).Pages(60).Select(p => Path.GetExtension(p.RelativePath)).ToHashSet();

        Assert.Equal([".html", ".md", ".txt"], extensions.Order());
    }

    [Fact]
    public void Project_and_person_names_are_unique_per_index()
    {
        const int count = 350_000;
        Assert.Equal(count, Enumerable.Range(0, count).Select(i => Vocabulary.Project(i).ToLowerInvariant()).Distinct().Count());
        Assert.Equal(count, Enumerable.Range(0, count).Select(i => Vocabulary.Person(i)).Distinct().Count());
    }

    [Fact]
    public void The_extractor_reads_every_headline_fact_from_generated_pages()
    {
        var extractor = new Extractor();
        var rels = new HashSet<FactType>();
        var pagesPerEntity = new Dictionary<string, HashSet<int>>();
        var withOwner = 0;
        foreach (var page in new CorpusGenerator(11).Pages(80))
        {
            var visible = PageReader.Read(page.Content, PageReader.FormatFromPath(page.RelativePath)!.Value);
            var result = extractor.Extract(visible, page.RelativePath);
            withOwner += result.Owner is null ? 0 : 1;
            Assert.NotEmpty(result.Facts);
            Assert.True(visible.News.Count >= 6, $"{page.RelativePath}: {visible.News.Count} news items");
            foreach (var fact in result.Facts)
            {
                rels.Add(fact.Rel);
                foreach (var id in new[] { fact.From, fact.To })
                {
                    if (!pagesPerEntity.TryGetValue(id, out var pages))
                    {
                        pagesPerEntity[id] = pages = [];
                    }

                    pages.Add(page.Index);
                }
            }
        }

        Assert.Equal(80, withOwner);
        Assert.Superset(new HashSet<FactType> { FactType.PUBLISHED_AT, FactType.ADOPTED, FactType.SPONSORS, FactType.PRECEDES, FactType.RECEIVED }, rels);

        // Shared entities: some project of one page is named by facts on other pages too.
        Assert.Contains(pagesPerEntity, e => e.Key.StartsWith("project:", StringComparison.Ordinal) && e.Value.Count >= 2);
    }

    private static string Digest(string root)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file)));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}

using System.Diagnostics;
using System.Text;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ResearchGraph.Bench.Measuring;

/// <summary>
/// The baseline: raw Lucene.Net indexing of the same visible text with the same analyzer
/// (EnglishAnalyzer, as the search index uses), one stored text field per page, default writer
/// settings and one commit at the end — what indexing alone costs, with no graph and no extraction.
/// </summary>
internal static class LuceneBaseline
{
    public static TimeSpan Run(string textSpool, string indexDirectory)
    {
        var start = Stopwatch.GetTimestamp();
        System.IO.Directory.CreateDirectory(indexDirectory);
        using var directory = FSDirectory.Open(indexDirectory);
        using var analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.CREATE }))
        {
            using var spool = new BinaryReader(File.OpenRead(textSpool), Encoding.UTF8);
            while (spool.BaseStream.Position < spool.BaseStream.Length)
            {
                var path = spool.ReadString();
                var text = spool.ReadString();
                writer.AddDocument(new Document
                {
                    new StringField("path", path, Field.Store.YES),
                    new TextField("text", text, Field.Store.YES),
                });
            }

            writer.Commit();
        }

        return Stopwatch.GetElapsedTime(start);
    }
}

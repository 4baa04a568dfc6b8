using System.CommandLine;
using System.Globalization;
using ResearchGraph.Domain;
using ResearchGraph.Graph;
using ResearchGraph.Queries;
using ResearchGraph.Queries.Export;

namespace ResearchGraph.Cli.Commands;

/// <summary>The read-only questions: adopters, lineage, path, entity, facts, search, export.</summary>
internal static class QueryCommands
{
    public static Command Adopters()
    {
        var technique = new Option<string?>("--technique") { Description = "Only adoptions of this technique or project" };
        var company = new Option<string?>("--company") { Description = "Only adoptions by this company" };
        var command = new Command("adopters", "Who adopted what: company, what, via which product, when") { technique, company, GlobalOptions.Json };
        command.SetAction((result, ct) => RunAsync(result, async q =>
        {
            var view = await q.AdoptersAsync(result.GetValue(technique), result.GetValue(company), ct).ConfigureAwait(false);
            Print(result, view, () => Output.Table(["company", "adopted", "via", "year", "evidence"], view.Adopters.Select(a => new[] { a.Company.Name, a.Adopted.Name, a.Via?.Name, a.Year?.ToString(CultureInfo.InvariantCulture), Output.Evidence(a.Evidence) })));
        }, ct));
        return command;
    }

    public static Command Lineage()
    {
        var name = new Argument<string>("name") { Description = "A project (any of its names)" };
        var direction = new Option<string>("--direction") { Description = "up (predecessors), down (successors) or both", DefaultValueFactory = _ => "both" };
        direction.AcceptOnlyFromAmong("up", "down", "both");
        var depth = new Option<int>("--depth") { Description = "How many steps to follow (1-50)", DefaultValueFactory = _ => 10 };
        depth.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 50)
            {
                r.AddError("--depth must be between 1 and 50");
            }
        });
        var command = new Command("lineage", "The PRECEDES chains through a project") { name, direction, depth, GlobalOptions.Json };
        command.SetAction((result, ct) => RunAsync(result, async q =>
        {
            var dir = Enum.Parse<LineageDirection>(result.GetValue(direction)!, ignoreCase: true);
            var view = await q.LineageAsync(result.GetValue(name)!, dir, result.GetValue(depth), ct).ConfigureAwait(false);
            Print(result, view, () => Output.Table(["from", "to", "evidence"], view.Edges.Select(e => new[] { e.From.Name, e.To.Name, Output.Evidence(e.Evidence) })));
        }, ct));
        return command;
    }

    public static Command Path()
    {
        var from = new Argument<string>("a") { Description = "One entity" };
        var to = new Argument<string>("b") { Description = "The other entity" };
        var command = new Command("path", "The shortest chain of facts linking two entities") { from, to, GlobalOptions.Json };
        command.SetAction((result, ct) => RunAsync(result, async q =>
        {
            var view = await q.PathAsync(result.GetValue(from)!, result.GetValue(to)!, ct).ConfigureAwait(false);
            Print(result, view, () => Output.Table(["from", "rel", "to", "evidence"], view.Steps.Select(s => new[] { s.From.Name, s.Rel.ToString(), s.To.Name, Output.Evidence(s.Evidence) })));
        }, ct));
        return command;
    }

    public static Command Entity()
    {
        var name = new Argument<string>("name") { Description = "Any name or alias of the entity, or its id" };
        var command = new Command("entity", "One entity: kinds, aliases, every fact with evidence") { name, GlobalOptions.Json };
        command.SetAction((result, ct) => RunAsync(result, async q =>
        {
            var view = await q.EntityAsync(result.GetValue(name)!, ct).ConfigureAwait(false);
            Print(result, view, () =>
            {
                Console.Out.WriteLine($"{view.Entity.Name}  ({view.Entity.Id}; {string.Join(", ", view.Entity.Kinds)})");
                if (view.Entity.Aliases.Count > 0)
                {
                    Console.Out.WriteLine("aliases: " + string.Join(", ", view.Entity.Aliases));
                }

                Output.Table(["from", "rel", "to", "year", "via", "evidence"], view.Facts.Select(f => new[] { f.From.Name, f.Rel.ToString(), f.To.Name, f.Year?.ToString(CultureInfo.InvariantCulture), f.Via?.Name, Output.Evidence(f.Evidence) }));
            });
        }, ct));
        return command;
    }

    public static Command Facts()
    {
        var rel = new Option<FactType?>("--rel") { Description = "Only facts of this type (PUBLISHED_AT, ADOPTED, SPONSORS, ...)" };
        var from = new Option<string?>("--from") { Description = "Only facts from this entity" };
        var to = new Option<string?>("--to") { Description = "Only facts to this entity" };
        var year = new Option<int?>("--year") { Description = "Only facts of this year" };
        var command = new Command("facts", "Any facts: publications by venue and year, sponsors, awards, advisors") { rel, from, to, year, GlobalOptions.Json };
        command.SetAction((result, ct) => RunAsync(result, async q =>
        {
            var view = await q.FactsAsync(result.GetValue(rel), result.GetValue(from), result.GetValue(to), result.GetValue(year), ct).ConfigureAwait(false);
            Print(result, view, () => Output.Table(["from", "rel", "to", "year", "via", "evidence"], view.Facts.Select(f => new[] { f.From.Name, f.Rel.ToString(), f.To.Name, f.Year?.ToString(CultureInfo.InvariantCulture), f.Via?.Name, Output.Evidence(f.Evidence) })));
        }, ct));
        return command;
    }

    public static Command Search()
    {
        var query = new Argument<string>("query") { Description = "Words, \"phrases\", prefix*, fuzzy~ (Lucene syntax)" };
        var from = new Option<string?>("--from") { Description = "Earliest date, YYYY or YYYY-MM" };
        var to = new Option<string?>("--to") { Description = "Latest date, YYYY or YYYY-MM" };
        var entity = new Option<string?>("--entity") { Description = "Only items that mention this entity" };
        var limit = new Option<int>("--limit") { Description = "How many hits (1-100)", DefaultValueFactory = _ => 10 };
        var command = new Command("search", "Full-text search of news items, best first, with highlights") { query, from, to, entity, limit, GlobalOptions.Json };
        command.SetAction((result, ct) => RunAsync(result, async q =>
        {
            var view = await q.SearchAsync(result.GetValue(query)!, result.GetValue(from), result.GetValue(to), result.GetValue(entity), result.GetValue(limit), 0, ct).ConfigureAwait(false);
            Print(result, view, () =>
            {
                Console.Out.WriteLine($"{view.Total} matching items");
                Output.Table(["date", "doc", "highlight"], view.Hits.Select(h => new[] { h.Date, h.Doc, h.Highlight }));
            });
        }, ct));
        return command;
    }

    public static Command Export()
    {
        var format = new Option<string>("--format") { Description = "json, cypher (a cypher-shell script), csv (neo4j-admin import files) or graphml", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "cypher", "csv", "graphml");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout (csv: the folder for the files)" };
        var command = new Command("export", "The whole graph") { format, output };
        command.SetAction((result, ct) => RunAsync(result, async q =>
        {
            var graph = await q.ExportAsync(ct).ConfigureAwait(false);
            var file = result.GetValue(output);
            if (result.GetValue(format) == "csv")
            {
                if (file is null)
                {
                    throw new CliException("export --format csv writes several files: give the folder with --out DIR");
                }

                Console.Out.WriteLine(CsvImportWriter.Write(graph, file));
                return;
            }

            var text = new StringWriter { NewLine = "\n" };
            switch (result.GetValue(format))
            {
                case "cypher":
                    CypherScriptWriter.Write(graph, text);
                    break;
                case "graphml":
                    GraphMlWriter.Write(graph, text);
                    text.WriteLine();
                    break;
                default:
                    text.WriteLine(QueryJson.Serialize(graph));
                    break;
            }

            if (file is not null)
            {
                await File.WriteAllTextAsync(file, text.ToString(), ct).ConfigureAwait(false);
            }
            else
            {
                Console.Out.Write(text.ToString());
            }
        }, ct));
        return command;
    }

    internal static void Print<T>(ParseResult result, T view, Action table)
    {
        if (result.GetValue(GlobalOptions.Json))
        {
            Output.Json(view);
        }
        else
        {
            table();
        }
    }

    internal static async Task<int> RunAsync(ParseResult result, Func<GraphQueries, Task> body, CancellationToken ct)
    {
        var (store, index, queries) = await CliEnvironment.OpenReadAsync(result, ct).ConfigureAwait(false);
        await using var s = store;
        using var i = index;
        await body(queries).ConfigureAwait(false);
        return 0;
    }
}

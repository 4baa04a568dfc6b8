using System.CommandLine;

namespace ResearchGraph.Cli.Commands;

/// <summary><c>timeline NAME</c>: the dated news items and facts of a person, lab or project, in order.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "A person, lab or project (any of its names, or its id)" };
        var command = new Command("timeline", "The dated news items and facts of a person, lab or project, in order") { name, GlobalOptions.Json };
        command.SetAction((result, ct) => QueryCommands.RunAsync(result, async q =>
        {
            var view = await q.TimelineAsync(result.GetValue(name)!, ct).ConfigureAwait(false);
            QueryCommands.Print(result, view, () =>
            {
                Console.Out.WriteLine($"{view.Entity.Name}  ({view.Entity.Id}): {view.Items.Count} dated items");
                Output.Table(["date", "doc", "text", "facts"], view.Items.Select(i => new[]
                {
                    i.Date,
                    i.Doc,
                    i.Text.Length > 100 ? i.Text[..97] + "..." : i.Text,
                    string.Join("; ", i.Facts.Select(f => $"{f.From.Name} {f.Rel} {f.To.Name}")),
                }));
            });
        }, ct));
        return command;
    }
}

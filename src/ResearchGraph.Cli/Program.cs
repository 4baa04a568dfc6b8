using ResearchGraph.Cli;

return await CliApp.RunAsync(args).ConfigureAwait(false);

using KnowledgeGraph.Cli;

return await KgCommand.Build().Parse(args).InvokeAsync();

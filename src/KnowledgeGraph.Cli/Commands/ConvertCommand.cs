using System.CommandLine;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Readers.Jsonl;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg convert PATH... --out FILE.jsonl</c>: any input format to our paper-record JSON Lines.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (recursively) in any format `kg ingest` reads", Arity = ArgumentArity.OneOrMore };
        var output = new Option<FileInfo>("--out") { Description = "The JSON Lines file to write", Required = true };
        var command = new Command("convert", """
            Convert papers from any supported format to paper-record JSON Lines (schema/paper-record.schema.json), e.g.
            the arxiv-2023 node table, so they can be dropped into a worker's inbox. The output is written under
            FILE.tmp and renamed when complete, so writing straight into an inbox is safe. Bad records are reported
            (file:line: what) and left out; the exit code is then 1.

            Example: kg convert /data/arxiv2023/raw --out data/inbox/arxiv2023.jsonl
            """);
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(output)!.FullName;
            var temporary = target + ".tmp";
            var reader = PaperFileReader.CreateDefault();
            long written = 0, problems = 0;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false), 1 << 16))
            {
                foreach (var file in PaperFileReader.ExpandPaths(parse.GetValue(paths)!))
                {
                    await foreach (var outcome in reader.ReadFileAsync(file, ct))
                    {
                        var problem = outcome.Problem?.ToString()
                            ?? (RecordValidator.Validate(outcome.Record!) is { } text ? $"{outcome.Record!.Source}: {text}" : null);
                        if (problem is not null)
                        {
                            if (++problems <= 50) Terminal.Error("error: " + problem);
                            continue;
                        }
                        await writer.WriteAsync(PaperRecordJsonWriter.ToJsonLine(outcome.Record!).AsMemory(), ct);
                        await writer.WriteAsync("\n".AsMemory(), ct);
                        written++;
                    }
                }
            }
            File.Move(temporary, target, overwrite: true);
            if (problems > 50) Terminal.Error($"… and {problems - 50:N0} more problems");
            Console.WriteLine($"wrote {written:N0} records to {target}; skipped {problems:N0} bad record(s)");
            return problems > 0 ? 1 : 0;
        });
        return command;
    }
}

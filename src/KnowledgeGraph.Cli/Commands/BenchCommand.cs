using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Linking.Evaluation;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg bench extract [--gold FILE] [--seconds N]</c>: single-threaded extraction speed in abstracts per second.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var input = new Option<string?>("--input") { Description = "Labeled-abstract JSON Lines to link (title + abstract per line)." };
        var seconds = new Option<double>("--seconds") { Description = "How long to run.", DefaultValueFactory = _ => 5 };
        seconds.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value > 0 && value <= 3600)) result.AddError($"--seconds: {value} is not a duration between 0 and 3600 seconds");
        });
        var extract = new Command("extract", "Extraction speed, one thread.") { input, seconds };
        extract.SetAction((ParseResult pr) =>
        {
            var path = pr.GetValue(input);
            if (path is null)
            {
                Console.Error.WriteLine("give --input FILE (JSON Lines with title and abstract)");
                return 1;
            }
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: no such file");
                return 1;
            }
            var problems = new List<string>();
            var papers = GoldSetReader.ReadJsonLines(path, problems).Select(p => (p.Title, p.Abstract)).ToList();
            foreach (var problem in problems) Console.Error.WriteLine(problem);
            var linker = PaperLinker.Create();
            var m = ExtractionBenchmark.Run(linker, papers, TimeSpan.FromSeconds(pr.GetValue(seconds)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{m.PerCpuSecond:0} abstracts per CPU-second ({m.PerWallSecond:0}/s wall clock; one thread, {m.BytesPerAbstract / 1024:0.0} KiB allocated per abstract, {m.Abstracts} links of {papers.Count} distinct abstracts, vocabulary {linker.Vocabulary.Entries.Count} entries)"));
            return 0;
        });
        return new Command("bench", "Benchmarks that print their numbers against a baseline measured in the same run.") { BenchIngestCommand.Create(), extract };
    }
}

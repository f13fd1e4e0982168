using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Linking.Evaluation;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg bench extract --input FILE [--seconds N] [--rounds N]</c>: single-threaded extraction speed in abstracts per
/// CPU-second, against the vocabulary pass alone measured in the same run, with allocation and peak memory.
/// </summary>
internal static class BenchExtractCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "Labeled-abstract JSON Lines to link (title + abstract per line).", Required = true }.MustExist();
        var seconds = new Option<double>("--seconds") { Description = "How long to run, baseline and extraction together.", DefaultValueFactory = _ => 6 };
        seconds.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value > 0 && value <= 3600)) result.AddError($"--seconds: {value} is not a duration between 0 and 3600 seconds");
        });
        var rounds = new Option<int>("--rounds")
        {
            Description = "Rounds of baseline then extraction (default: one per second of --seconds, at most 20)",
        }.AtLeast(1);
        var format = CommonOptions.Format("table", "table", "json");
        var extract = new Command("extract", """
            Extraction speed on one thread, in abstracts per CPU-second, against a baseline measured in the same run: the
            vocabulary pass alone (tokenize, split sentences, match every alias), the floor any dictionary tagger pays. The
            two alternate in short rounds, so a slow minute slows both; the ratio is the median over rounds.

            Example: kg bench extract --input tests/KnowledgeGraph.Core.Tests/data/extraction/trending-gold.jsonl --seconds 6
            """) { input, seconds, rounds, format };
        extract.SetAction((ParseResult pr) =>
        {
            var path = pr.GetValue(input)!.FullName;
            var problems = new List<string>();
            var papers = GoldSetReader.ReadJsonLines(path, problems).Select(p => (p.Title, p.Abstract)).ToList();
            foreach (var problem in problems) Console.Error.WriteLine(problem);
            if (papers.Count == 0)
            {
                Console.Error.WriteLine($"{path}: no abstract to link");
                return 1;
            }
            var duration = pr.GetValue(seconds);
            var roundCount = pr.GetValue(rounds) is > 0 and var given ? given : RoundsFor(duration);
            var linker = PaperLinker.Create();
            var report = ExtractionBenchmark.RunAgainstBaseline(linker, papers, TimeSpan.FromSeconds(duration), roundCount);
            using var self = Process.GetCurrentProcess();
            Print(report, papers.Count, linker.Vocabulary.Entries.Count, self.PeakWorkingSet64, pr.GetValue(format) == "json");
            return 0;
        });
        return extract;
    }

    /// <summary>One round per second of the run, at least 2 and at most 20.</summary>
    internal static int RoundsFor(double seconds) => Math.Clamp((int)seconds, 2, 20);

    private sealed record PhaseReport(long Abstracts, double PerCpuSecond, double MedianPerCpuSecond, double PerWallSecond, double KibAllocatedPerAbstract);

    private static PhaseReport PhaseJson(ExtractionBenchmark.Measurement m, double medianPerCpuSecond) =>
        new(m.Abstracts, Math.Round(m.PerCpuSecond), Math.Round(medianPerCpuSecond), Math.Round(m.PerWallSecond), Math.Round(m.BytesPerAbstract / 1024, 1));

    private static void Print(ExtractionBenchmark.Report r, int distinct, int vocabulary, long peakBytes, bool json)
    {
        var e = r.Extraction;
        var b = r.Baseline;
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                distinctAbstracts = distinct,
                vocabularyEntries = vocabulary,
                rounds = r.RoundRatios.Count,
                extraction = PhaseJson(e, r.MedianExtraction),
                baselineVocabularyPass = PhaseJson(b, r.MedianBaseline),
                medianRatio = Math.Round(r.MedianRatio, 3),
                roundRatios = r.RoundRatios.Select(x => Math.Round(x, 3)),
                peakMemoryMiB = peakBytes / (1024 * 1024),
            }, Indented));
            return;
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{distinct} distinct abstracts, vocabulary {vocabulary} entries, {r.RoundRatios.Count} rounds, one thread"));
        Console.WriteLine(string.Create(inv,
            $"extraction:                  {e.PerCpuSecond,7:0} abstracts per CPU-second (median of rounds {r.MedianExtraction:0}; {e.PerWallSecond:0}/s wall clock; {e.BytesPerAbstract / 1024:0.0} KiB allocated per abstract)"));
        Console.WriteLine(string.Create(inv,
            $"vocabulary pass (baseline):  {b.PerCpuSecond,7:0} abstracts per CPU-second (median of rounds {r.MedianBaseline:0}; {b.PerWallSecond:0}/s wall clock; {b.BytesPerAbstract / 1024:0.0} KiB allocated per abstract)"));
        Console.WriteLine(string.Create(inv,
            $"extraction / baseline:       {r.MedianRatio,7:0.000} (median over rounds; range {r.RoundRatios.Min():0.000}–{r.RoundRatios.Max():0.000})"));
        Console.WriteLine(string.Create(inv, $"peak memory: {peakBytes / (1024 * 1024)} MiB"));
    }
}

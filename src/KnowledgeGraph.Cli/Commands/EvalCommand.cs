using System.CommandLine;
using KnowledgeGraph.Core.Linking.Evaluation;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg eval extraction [--gold FILE [--split dev|test]] [--scierc DIR]</c>: precision, recall and F1 per entity type.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string?>("--gold") { Description = "Labeled abstracts (JSON Lines with a 'split' of dev or test)." }.FileOrFolderMustExist();
        var scierc = new Option<string?>("--scierc") { Description = "SciERC dygie_json folder (train.json, dev.json)." };
        scierc.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } folder && !File.Exists(Path.Combine(folder, "train.json")) && !File.Exists(Path.Combine(folder, "dev.json")))
            {
                result.AddError($"--scierc: no train.json or dev.json in {Path.GetFullPath(folder)}");
            }
        });
        var errors = new Option<bool>("--errors") { Description = "Also list every missed and extra item." };
        var byExtractor = new Option<bool>("--by-extractor") { Description = "Also show, per type, how many predictions each extractor made and how many were right." };
        // tuning looks at dev errors only; held-out splits are scored, not studied
        var splitFilter = new Option<string?>("--split") { Description = "Score only this split of --gold (dev or test)." };
        splitFilter.AcceptOnlyFromAmong("dev", "test");
        var vocabulary = ExtractCommand.VocabularyOption();
        var extraction = new Command("extraction", "Score the linker against labeled abstracts.") { gold, scierc, errors, byExtractor, splitFilter, vocabulary };
        extraction.SetAction((ParseResult pr) =>
        {
            var goldPath = pr.GetValue(gold);
            var sciercPath = pr.GetValue(scierc);
            if (goldPath is null && sciercPath is null)
            {
                Console.Error.WriteLine("give --gold FILE and/or --scierc DIR");
                return 1;
            }
            var linker = ExtractCommand.CreateLinker(pr.GetValue(vocabulary));
            var evaluator = new ExtractionEvaluator(linker);
            Console.WriteLine("vocabulary: " + string.Join(", ", linker.Vocabulary.CountByKind().OrderBy(kv => kv.Key).Select(kv => $"{kv.Value} {kv.Key.ToString().ToLowerInvariant()}s")));
            Console.WriteLine();
            var reports = new List<EvaluationReport>();
            if (goldPath is not null)
            {
                var problems = new List<string>();
                var papers = GoldSetReader.ReadJsonLines(goldPath, problems);
                foreach (var problem in problems) Console.Error.WriteLine(problem);
                var only = pr.GetValue(splitFilter);
                foreach (var split in papers.Select(p => p.Split).Distinct().Where(s => only is null || s == only))
                {
                    reports.Add(evaluator.Evaluate($"{Path.GetFileName(goldPath)} [{split}]", papers.Where(p => p.Split == split).ToList()));
                }
            }
            if (sciercPath is not null)
            {
                foreach (var split in new[] { "train", "dev" })
                {
                    var file = Path.Combine(sciercPath, split + ".json");
                    if (File.Exists(file)) reports.Add(evaluator.Evaluate($"SciERC {split} (generic spans; Material≈dataset)", ReadSciErc(file, split), mergeMethods: true));
                }
            }
            foreach (var report in reports)
            {
                Console.WriteLine(report.ToTable());
                if (pr.GetValue(byExtractor)) Console.WriteLine(report.ExtractorTable());
                if (pr.GetValue(errors))
                {
                    foreach (var e in report.Errors) Console.WriteLine("  " + e);
                    Console.WriteLine();
                }
            }
            return 0;
        });
        return new Command("eval", "Measure quality against labeled data.") { extraction, EvalReferencesCommand.Create() };
    }

    private static List<GoldPaper> ReadSciErc(string file, string split)
    {
        var problems = new List<string>();
        var papers = GoldSetReader.ReadSciErc(file, split, problems);
        foreach (var problem in problems) Console.Error.WriteLine(problem);
        return papers;
    }
}

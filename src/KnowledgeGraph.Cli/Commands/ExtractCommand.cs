using System.CommandLine;
using System.Text;
using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Linking.Evaluation;
using KnowledgeGraph.Core.Readers;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg extract PATH... [--format json|table]</c>: prints the links of every paper without touching the store.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of papers (any supported format).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "json (default) or table.", DefaultValueFactory = _ => "json" };
        var vocabulary = VocabularyOption();
        var minConfidence = new Option<double>("--min-confidence") { Description = "Drop links below this confidence (0..1).", DefaultValueFactory = _ => 0.5 };
        var command = new Command("extract", "Extract methods, datasets, tasks, metrics, results and concepts from papers (read-only).")
        {
            paths, format, vocabulary, minConfidence,
        };
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var linker = CreateLinker(pr.GetValue(vocabulary), pr.GetValue(minConfidence));
            var asTable = string.Equals(pr.GetValue(format), "table", StringComparison.OrdinalIgnoreCase);
            using var stdout = Console.OpenStandardOutput();
            using var json = asTable ? null : new ExtractionJsonWriter(stdout);
            var problems = 0;
            await foreach (var (id, title, abstractText) in ReadPapersAsync(pr.GetValue(paths) ?? [], ct))
            {
                if (id is null)
                {
                    problems++;
                    await Console.Error.WriteLineAsync(title);
                    continue;
                }
                var extraction = PaperExtraction.From(id, title, linker.Link(title, abstractText));
                if (json is not null) json.Write(extraction);
                else Console.Write(ToTable(extraction));
            }
            json?.Complete();
            if (json is not null) Console.WriteLine();
            return problems > 0 ? 2 : 0;
        });
        return command;
    }

    internal static Option<string[]> VocabularyOption() =>
        new("--vocabulary") { Description = "Extra vocabulary files or folders (TSV/JSON) loaded after the shipped one.", AllowMultipleArgumentsPerToken = true };

    internal static PaperLinker CreateLinker(string[]? userVocabulary, double minConfidence = 0.5)
    {
        var options = new LinkerOptions { MinConfidence = minConfidence };
        foreach (var path in userVocabulary ?? []) options.UserVocabularyPaths.Add(path);
        return PaperLinker.Create(options);
    }

    /// <summary>(id, title, abstract) per paper; a problem comes back with a null id and the message as title.</summary>
    private static async IAsyncEnumerable<(string? Id, string Title, string? Abstract)> ReadPapersAsync(
        string[] paths, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var reader = PaperFileReader.CreateDefault();
        foreach (var file in PaperFileReader.ExpandPaths(paths))
        {
            var n = 0;
            var unrecognised = false;
            var buffered = new List<(string?, string, string?)>();
            await foreach (var outcome in reader.ReadFileAsync(file, ct))
            {
                if (outcome.Record is { } record)
                {
                    n++;
                    // the strongest external id ("doi:…", "arxiv:…"), else file and position
                    var id = record.Ids.Keys().FirstOrDefault() ?? $"{Path.GetFileName(file)}#{n}";
                    buffered.Add((id, record.Title, record.Abstract));
                }
                else if (outcome.Problem is { } problem)
                {
                    unrecognised |= problem.Message.StartsWith("unrecognised format", StringComparison.Ordinal);
                    buffered.Add((null, $"{problem.Location}: {problem.Message}", null));
                }
            }
            // Labeled-abstract JSON Lines (the extraction gold format) are read here until a reader owns them.
            if (unrecognised && n == 0 && file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                buffered.Clear();
                var problems = new List<string>();
                foreach (var gold in GoldSetReader.ReadJsonLines(file, problems)) buffered.Add((gold.Id, gold.Title, gold.Abstract));
                foreach (var problem in problems) buffered.Add((null, problem, null));
            }
            foreach (var item in buffered) yield return item;
        }
    }

    private static string ToTable(PaperExtraction e)
    {
        var sb = new StringBuilder();
        sb.Append(e.Id).Append("  ").AppendLine(e.Title);
        void Row(string label, IEnumerable<ExtractedEntity> items)
        {
            var list = items.Select(i => $"{i.Name}{(i.Discovered ? "*" : "")} ({i.Confidence:0.00})").ToList();
            if (list.Count > 0) sb.Append("  ").Append(label.PadRight(13)).AppendLine(string.Join("; ", list));
        }
        Row("proposed", e.Proposed);
        Row("methods", e.Methods);
        Row("compared", e.ComparedWith);
        Row("datasets", e.Datasets);
        Row("tasks", e.Tasks);
        Row("metrics", e.Metrics);
        if (e.Results.Count > 0)
        {
            sb.Append("  ").Append("results".PadRight(13))
                .AppendLine(string.Join("; ", e.Results.Select(r => $"{r.Metric} {r.Value}{(r.Dataset is null ? "" : " on " + r.Dataset)}{(r.Method is null ? "" : " [" + r.Method + "]")}")));
        }
        Row("concepts", e.Concepts);
        sb.AppendLine();
        return sb.ToString();
    }
}

using System.CommandLine;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg show ID-OR-TITLE</c>: one paper with its ids, authors, links and references.</summary>
internal static class ShowCommand
{
    private const int ReferencesShown = 20;

    public static Command Create()
    {
        var query = new Argument<string>("id-or-title") { Description = "A paper id (arxiv:…, doi:…, a bare arXiv id or DOI) or its title" };
        var command = new Command("show", """
            Show one paper: ids, authors, date, abstract, linked entities with evidence, references.
            When a title matches several papers, they are listed instead.

            Example: kg show "MambaMixer"      kg show arxiv:2403.19888
            """);
        command.Arguments.Add(query);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreFactory.OpenAsync(parse, ct);
            var text = parse.GetValue(query)!;
            var details = await store.GetPaperAsync(text, ct);
            if (details is null)
            {
                var matches = await store.FindPapersAsync(text, 10, ct);
                if (matches.Count == 0)
                {
                    Console.Error.WriteLine($"no paper matches '{text}'");
                    return 1;
                }
                if (matches.Count > 1 && !string.Equals(matches[0].Title, text, StringComparison.OrdinalIgnoreCase))
                {
                    Console.WriteLine($"{matches.Count} papers match '{text}':");
                    foreach (var m in matches)
                    {
                        Console.WriteLine($"  {m.Id}  {m.Title}");
                    }
                    return 0;
                }
                details = await store.GetPaperAsync(matches[0].Id, ct);
            }
            Print(details!);
            return 0;
        });
        return command;
    }

    private static void Print(PaperDetails details)
    {
        var p = details.Paper;
        Console.WriteLine(p.Title + (p.IsStub ? "  [stub: known only from references]" : ""));
        Console.WriteLine($"  id:        {p.Id}");
        var ids = string.Join(", ", p.Ids.Keys());
        if (ids.Length > 0) Console.WriteLine($"  ids:       {ids}");
        if (details.Authors.Count > 0) Console.WriteLine($"  authors:   {string.Join(", ", details.Authors)}");
        var date = p.Published ?? p.Year?.ToString();
        if (date is not null) Console.WriteLine($"  published: {date}");
        if (p.Venue is not null) Console.WriteLine($"  venue:     {p.Venue}");
        if (p.Sources.Count > 0) Console.WriteLine($"  sources:   {string.Join("; ", p.Sources)}");
        Console.WriteLine($"  cited by:  {details.CitedByCount}   references: {details.References.Count}");
        if (p.Abstract is not null)
        {
            Console.WriteLine();
            Console.WriteLine("  " + p.Abstract);
        }
        foreach (var group in details.Links.GroupBy(l => l.Type))
        {
            Console.WriteLine();
            Console.WriteLine($"  {group.Key.ToGraphName()}:");
            foreach (var link in group.OrderByDescending(l => l.Confidence))
            {
                var confidence = link.Confidence is { } c ? $" ({c:0.00}, {link.Extractor})" : "";
                Console.WriteLine($"    {link.Label} {link.Name}{confidence}");
                if (link.Evidence is not null) Console.WriteLine($"      “{link.Evidence}”");
            }
        }
        if (details.Lineage.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("  lineage:");
            foreach (var l in details.Lineage)
            {
                Console.WriteLine($"    {l.Type.ToGraphName()} {l.PaperId}  {l.Title}  (via {l.MethodId})");
                if (l.Evidence is not null) Console.WriteLine($"      “{l.Evidence}”");
            }
        }
        if (details.Identity.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("  identity:");
            foreach (var d in details.Identity)
            {
                Console.WriteLine(d.Decision == "merged"
                    ? $"    merged {d.OtherId} from {d.Source}: {d.Reason}"
                    : $"    kept apart from {d.OtherId} ({d.Source}): {d.Reason}");
            }
        }
        if (details.References.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("  references:");
            foreach (var r in details.References.Take(ReferencesShown))
            {
                Console.WriteLine($"    {r.Id}  {r.Title}{(r.IsStub ? " [stub]" : "")}");
            }
            if (details.References.Count > ReferencesShown) Console.WriteLine($"    … {details.References.Count - ReferencesShown} more");
        }
    }
}

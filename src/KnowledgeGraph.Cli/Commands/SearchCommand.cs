using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg search TEXT</c>: full-text search over titles and abstracts.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "Words to search for in titles and abstracts" };
        var top = CommonOptions.Top(10, "How many hits to show");
        var command = new Command("search", """
            Full-text search (SQLite FTS5, BM25 ranking) over titles and abstracts.

            Example: kg search "state space model" --top 5
            """);
        command.Arguments.Add(text);
        command.Options.Add(top);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreFactory.OpenAsync(parse, ct);
            var hits = await store.SearchAsync(parse.GetValue(text)!, Math.Clamp(parse.GetValue(top), 1, 1000), ct);
            if (hits.Count == 0)
            {
                Console.WriteLine("no hits");
                return 0;
            }
            var rank = 1;
            foreach (var hit in hits)
            {
                Console.WriteLine($"{rank++,3}. {hit.Paper.Title}  [{hit.Paper.Id}]  score {hit.Score:0.00}");
                if (!string.IsNullOrWhiteSpace(hit.Snippet)) Console.WriteLine($"     {hit.Snippet}");
            }
            return 0;
        });
        return command;
    }
}

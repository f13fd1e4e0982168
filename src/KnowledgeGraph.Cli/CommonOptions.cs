using System.CommandLine;

namespace KnowledgeGraph.Cli;

/// <summary>Options shared by several commands, defined once so their names and defaults never drift.</summary>
internal static class CommonOptions
{
    /// <summary>The default database, relative to the working directory; <c>KG_DB</c> overrides it.</summary>
    public const string DefaultDatabasePath = "data/kg.db";

    public static readonly Option<string> Database = new("--db")
    {
        Description = "SQLite database file (default: $KG_DB or ./data/kg.db)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KG_DB") is { Length: > 0 } env ? env : DefaultDatabasePath,
        Recursive = true,
    };

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(" | ", allowed)} (default: {defaultValue})",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary><c>--top N</c>, refused below <paramref name="min"/> with a usage error instead of being clamped silently.</summary>
    public static Option<int> Top(int defaultValue, string description, int min = 1) => new Option<int>("--top")
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
    }.AtLeast(min);

    /// <summary>Refuses values below <paramref name="min"/> at parse time: the command never runs with them.</summary>
    public static Option<int> AtLeast(this Option<int> option, int min)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < min) result.AddError($"{option.Name} must be at least {min} (got {value})");
        });
        return option;
    }
}

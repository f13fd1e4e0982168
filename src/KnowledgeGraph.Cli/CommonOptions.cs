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

    /// <summary><c>--store sqlite|neo4j</c>: which store a command reads and writes (default: $KG_STORE or sqlite).</summary>
    public static readonly Option<string> Store = CreateStore();

    private static Option<string> CreateStore()
    {
        var option = new Option<string>("--store")
        {
            Description = "Graph store: sqlite (the --db file) or neo4j (KG_NEO4J_URI, KG_NEO4J_USER, KG_NEO4J_PASSWORD, KG_NEO4J_DATABASE); default $KG_STORE or sqlite",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KG_STORE") is { Length: > 0 } env ? env : StoreFactory.Sqlite,
            Recursive = true,
        };
        option.AcceptOnlyFromAmong(StoreFactory.Sqlite, StoreFactory.Neo4j);
        return option;
    }

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

    /// <summary>Refuses a file that does not exist at parse time, with its path, instead of failing mid-run.</summary>
    public static Option<FileInfo> MustExist(this Option<FileInfo> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo>() is { Exists: false } file) result.AddError($"{option.Name}: file not found: {file.FullName}");
        });
        return option;
    }

    /// <summary>Refuses a path that is neither an existing file nor an existing folder, at parse time.</summary>
    public static Option<string?> FileOrFolderMustExist(this Option<string?> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } path && !File.Exists(path) && !Directory.Exists(path))
            {
                result.AddError($"{option.Name}: no such file or folder: {Path.GetFullPath(path)}");
            }
        });
        return option;
    }

    /// <summary>
    /// Refuses an output file whose folder does not exist at parse time: a benchmark that runs for minutes must not
    /// fail only when it writes its results.
    /// </summary>
    public static Option<FileInfo?> InExistingFolder(this Option<FileInfo?> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo?>() is { Directory: { Exists: false } folder }) result.AddError($"{option.Name}: folder not found: {folder.FullName}");
        });
        return option;
    }
}

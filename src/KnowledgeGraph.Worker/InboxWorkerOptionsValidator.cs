using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker;

/// <summary>Refuses options the worker cannot run with, at start-up, with a message that names the setting.</summary>
internal sealed class InboxWorkerOptionsValidator : IValidateOptions<InboxWorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, InboxWorkerOptions options)
    {
        var errors = new List<string>();
        if (options.Inboxes.Count == 0 || options.Inboxes.Any(string.IsNullOrWhiteSpace)) errors.Add("Inboxes: give at least one inbox folder");
        if (options.ScanInterval <= TimeSpan.Zero) errors.Add("ScanInterval must be positive");
        if (options.StableFor < TimeSpan.Zero) errors.Add("StableFor must not be negative");
        if (options.AnalyticsDebounce < TimeSpan.Zero) errors.Add("AnalyticsDebounce must not be negative");
        if (options.AnalyticsMaxDelay < options.AnalyticsDebounce) errors.Add("AnalyticsMaxDelay must be at least AnalyticsDebounce");
        if (options.BatchSize is < 1 or > 1_000_000) errors.Add("BatchSize must be between 1 and 1,000,000");
        if (options.RelatedTop is < 0 or > 1000) errors.Add("RelatedTop must be between 0 and 1000");
        if (options.MaxAttempts is < 1 or > 100) errors.Add("MaxAttempts must be between 1 and 100");
        if (options.ProblemsKeptPerFile < 0) errors.Add("ProblemsKeptPerFile must not be negative");
        if (options.ProblemsLoggedPerFile < 0) errors.Add("ProblemsLoggedPerFile must not be negative");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

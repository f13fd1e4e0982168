using System.Globalization;

namespace KnowledgeGraph.Core.Storage.ReadModel;

/// <summary>Whether a metric ranks higher-is-better (accuracy, F1, BLEU) or lower-is-better (error, loss, FID, perplexity).</summary>
public static class MetricDirection
{
    private static readonly string[] LowerIsBetterWords =
        ["error", "loss", "perplexity", "fid", "fréchet", "wer", "cer", "latency", "mae", "mse", "rmse", "distance", "time", "eer"];

    public static bool LowerIsBetter(string? metric)
    {
        if (string.IsNullOrWhiteSpace(metric)) return false;
        var words = metric.ToLowerInvariant().Split([' ', '-', '_', '(', ')', '@', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => LowerIsBetterWords.Contains(w));
    }

    /// <summary>The number in a reported value (<c>91.2%</c> → 91.2, <c>1,024</c> → 1024); null when there is none.</summary>
    public static double? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var start = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsDigit(value[i]) || (value[i] is '-' or '.' && i + 1 < value.Length && char.IsDigit(value[i + 1])))
            {
                start = i;
                break;
            }
        }
        if (start < 0) return null;
        var end = start + 1;
        while (end < value.Length && (char.IsDigit(value[end]) || value[end] is '.' or ',')) end++;
        var number = value[start..end].Replace(",", "", StringComparison.Ordinal);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }
}

using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using KnowledgeGraph.Core.Storage.ReadModel;

namespace KnowledgeGraph.Api.Paging;

/// <summary>
/// <c>first</c> / <c>after</c> arguments and cursors. A cursor is the opaque base64 of the item's offset in its list,
/// so every list (search results, references, an entity's papers) pages the same way.
/// </summary>
internal static class PageArguments
{
    public const int DefaultPageSize = 20;
    private const string CursorPrefix = "offset:";

    /// <summary>Adds <c>first</c> (validated against the maximum page size while the query is validated) and optionally <c>after</c>.</summary>
    public static FieldBuilder<TSource, TReturn> PageArgs<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int defaultFirst, int maxPageSize, bool withAfter = true)
    {
        field.Argument<IntGraphType>("first", $"How many items (0 to the maximum page size, default {defaultFirst})", a =>
        {
            a.DefaultValue = defaultFirst;
            a.Validate(value =>
            {
                if (value is int first && (first < 0 || first > maxPageSize))
                {
                    throw new ArgumentOutOfRangeException(nameof(value), $"first must be between 0 and the maximum page size {maxPageSize} (got {first}).");
                }
            });
        });
        if (withAfter) field.Argument<StringGraphType>("after", "The endCursor of the previous page");
        return field;
    }

    /// <summary>The validated <c>first</c> (the validator already refused anything outside 0 … maximum page size).</summary>
    public static int First(IResolveFieldContext context, int defaultFirst) => Math.Max(0, context.GetArgument("first", defaultFirst));

    public static PageRequest Request(IResolveFieldContext context, int defaultFirst = DefaultPageSize) =>
        new(First(context, defaultFirst), Offset(context.GetArgument<string?>("after")), WantsTotalCount(context));

    /// <summary>Counting every match costs a second scan, so it is only done when the query selects totalCount.</summary>
    public static bool WantsTotalCount(IResolveFieldContext context) =>
        context.SubFields is null || context.SubFields.Values.Any(f => f.Field.Name.StringValue == "totalCount");

    public static string Cursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(CursorPrefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset right after <paramref name="after"/>; a cursor this API did not issue is an error, not page one.</summary>
    public static int Offset(string? after)
    {
        if (string.IsNullOrEmpty(after)) return 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(after));
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                && offset >= 0 && offset < int.MaxValue / 2)
            {
                return offset + 1;
            }
        }
        catch (FormatException)
        {
            // Falls through to the error below.
        }
        throw new ExecutionError($"after: '{after}' is not a cursor of this API (use a pageInfo.endCursor or edges.cursor value).") { Code = "BAD_CURSOR" };
    }

    public static Connection<PaperSummary> ToConnection(PaperPage page)
    {
        var edges = page.Items.Select((paper, i) => new Edge<PaperSummary> { Node = paper, Cursor = Cursor(page.Offset + i) }).ToList();
        return new Connection<PaperSummary>
        {
            TotalCount = page.TotalCount,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = page.HasNextPage,
                HasPreviousPage = page.Offset > 0,
                StartCursor = edges.Count > 0 ? edges[0].Cursor : null,
                EndCursor = edges.Count > 0 ? edges[^1].Cursor : null,
            },
        };
    }
}

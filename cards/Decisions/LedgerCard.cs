using System.Globalization;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Decisions;

/// <summary>
/// The decision ledger: filters (status, touchpoint, owner, "did not move") applied with <see cref="CardVerbs.DecisionsFilter"/>,
/// then the matching decisions newest first, paged by <see cref="CardPager"/>. The filter inputs hold the current
/// filters, so paging (which sends the card's inputs) keeps them.
/// </summary>
public static class LedgerCard
{
    public const string ApplyTitle = "Apply filters";
    public const string PreviousTitle = "Previous";
    public const string ShowMoreTitle = "Show more";

    public static AdaptiveCard Build(LedgerView view)
    {
        var pageSize = Math.Max(1, view.PageSize);
        var showReview = view.ReviewId.Length == 0;
        return CardPager.Build(view.Entries.Count, view.Page, pageSize, slice => Compose(view, slice, showReview),
            (index, _) => LedgerEntryBlock.Build(view.Entries[index], view.CanEdit, view.CanCancel, showReview, showOutcome: true, view.CanShow));
    }

    private static AdaptiveCard Compose(LedgerView view, PageSlice slice, bool showReview)
    {
        var summary = Summary(view, slice);
        var body = new List<CardElement>
        {
            CardParts.Heading(CardText.EscapeMarkdown(CardText.Snippet(view.Title, 100))),
            LedgerFilterInputs.Build(view),
            new TextBlock { Text = summary, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Large },
        };
        body.AddRange(view.Entries.Skip(slice.Start).Take(slice.Count)
            .Select(e => LedgerEntryBlock.Build(e, view.CanEdit, view.CanCancel, showReview, showOutcome: true, view.CanShow)));
        return CardParts.Card($"{view.Title}: {summary}", body, Actions(view, slice));
    }

    private static string Summary(LedgerView view, PageSlice slice)
    {
        if (view.Unfiltered == 0)
        {
            return "No decisions recorded yet.";
        }

        if (view.Entries.Count == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"No decisions match these filters (of {view.Unfiltered}).");
        }

        var overdue = view.Entries.Count(e => e.IsOverdue);
        var lead = view.Filter.IsEmpty
            ? Count(view.Entries.Count, "decision", "decisions")
            : string.Create(CultureInfo.InvariantCulture, $"{view.Entries.Count} of {view.Unfiltered} decisions match");
        var overdueText = overdue == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({overdue} overdue)");
        var text = $"{lead}{overdueText} \u2014 {slice.Showing}, newest first.";
        return slice.Shortened ? text + " This page holds fewer decisions to stay within Teams' message size limit." : text;
    }

    private static string Count(int count, string one, string many) =>
        count == 1 ? $"1 {one}" : string.Create(CultureInfo.InvariantCulture, $"{count} {many}");

    private static List<CardAction> Actions(LedgerView view, PageSlice slice)
    {
        var actions = new List<CardAction>();
        if (slice.HasPrevious)
        {
            actions.Add(PageButton(PreviousTitle, view, slice.Page - 1));
        }

        if (slice.HasMore)
        {
            actions.Add(PageButton(ShowMoreTitle, view, slice.Page + 1));
        }

        return actions;
    }

    internal static ExecuteAction PageButton(string title, LedgerView view, int page) => new()
    {
        Title = title,
        Verb = CardVerbs.DecisionsFilter,
        Data = ActionData.Of((CardDataKeys.ReviewId, view.ReviewId), (CardDataKeys.Page, page.ToString(CultureInfo.InvariantCulture))),
    };
}

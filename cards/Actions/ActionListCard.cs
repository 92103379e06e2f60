using System.Globalization;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Actions;

/// <summary>"My actions": open actions grouped overdue / this week / later, each with compact buttons, paged.</summary>
public static class ActionListCard
{
    public const string Title = "My actions";

    public static ActionGroup GroupOf(DateOnly due, DateOnly today)
    {
        var sunday = today.AddDays((7 - (int)today.DayOfWeek) % 7);
        return due < today ? ActionGroup.Overdue : due <= sunday ? ActionGroup.ThisWeek : ActionGroup.Later;
    }

    public static AdaptiveCard Build(ActionListView view)
    {
        var sorted = view.Rows.OrderBy(r => r.DueDate).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();
        var pageSize = Math.Clamp(view.PageSize, 1, ActionListView.MaxPageSize);
        return CardPager.Build(sorted.Count, view.Page, pageSize, slice => Compose(view, sorted, slice), (index, _) => Row(view, sorted[index], 1));
    }

    private static AdaptiveCard Compose(ActionListView view, List<ActionListRow> sorted, PageSlice slice)
    {
        var body = new List<CardElement> { CardParts.Heading(Title) };
        var summary = sorted.Count == 0 ? "You have no open actions." : Summary(view, sorted, slice);
        body.Add(new TextBlock { Text = summary, Wrap = true });
        ActionGroup? current = null;
        foreach (var row in sorted.Skip(slice.Start).Take(slice.Count))
        {
            var group = GroupOf(row.DueDate, view.Today);
            if (group != current)
            {
                body.Add(new TextBlock { Text = Heading(group), Weight = TextWeight.Bolder, Color = group == ActionGroup.Overdue ? TextColor.Attention : null, Wrap = true });
                current = group;
            }

            body.Add(Row(view, row, slice.Page));
        }

        return CardParts.Card($"{Title}: {summary}", body, Paging(slice));
    }

    private static string Summary(ActionListView view, List<ActionListRow> sorted, PageSlice slice)
    {
        var overdue = sorted.Count(r => r.DueDate < view.Today);
        var text = string.Create(CultureInfo.InvariantCulture, $"{sorted.Count} open, {overdue} overdue \u2014 {slice.Showing}.");
        return slice.Shortened ? text + " This page holds fewer actions to stay within Teams' message size limit." : text;
    }

    private static string Heading(ActionGroup group) => group switch
    {
        ActionGroup.Overdue => "\u26A0 Overdue",
        ActionGroup.ThisWeek => "This week",
        _ => "Later",
    };

    private static Container Row(ActionListView view, ActionListRow row, int page)
    {
        var detail = ActionDates.Due(row.DueDate, view.Today);
        if (row.SnoozedUntil is { } until && until >= view.Today)
        {
            detail += $", snoozed until {ActionDates.Format(until)}";
        }

        if (row.ReviewName is { Length: > 0 } review)
        {
            detail += $" \u00B7 {CardText.EscapeMarkdown(CardText.Snippet(review, 60))}";
        }

        return new Container
        {
            Separator = true,
            Items =
            [
                new TextBlock { Text = $"**{CardText.EscapeMarkdown(CardText.Snippet(row.Title, 120))}**", Wrap = true },
                CardParts.Subtle(detail),
                new ActionSet
                {
                    Actions =
                    [
                        ActionButtons.Done(row.ActionId, page),
                        ActionButtons.Snooze(row.ActionId, 1, page),
                        ActionButtons.Snooze(row.ActionId, 7, page),
                        ActionButtons.Details(row.ActionId),
                    ],
                },
            ],
        };
    }

    private static List<CardAction> Paging(PageSlice slice)
    {
        var actions = new List<CardAction>();
        if (slice.HasPrevious)
        {
            actions.Add(PageButton("Previous", slice.Page - 1));
        }

        if (slice.HasMore)
        {
            actions.Add(PageButton("Show more", slice.Page + 1));
        }

        return actions;
    }

    private static ExecuteAction PageButton(string title, int page) =>
        new() { Title = title, Verb = CardVerbs.ActionsPage, Data = ActionData.Of((CardDataKeys.Page, page.ToString(CultureInfo.InvariantCulture))) };
}

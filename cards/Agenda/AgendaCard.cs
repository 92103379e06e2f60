using System.Globalization;
using System.Text.Json.Nodes;
using CxReviewBot.Cards.Help;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Agenda;

/// <summary>
/// The weekly business review agenda: headline numbers, then every touchpoint worst first with experience beside
/// commercial metrics, then escalations, overdue actions and "did it move?" results. Paged by <see cref="CardPager"/>.
/// </summary>
public static class AgendaCard
{
    public const string PreviousTitle = "Previous";
    public const string ShowMoreTitle = "Show more";
    public const string ReportTitle = "Get report";

    public static AdaptiveCard Build(AgendaView view)
    {
        var sorted = view.Touchpoints
            .OrderBy(t => t.WorstStatus)
            .ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var pageSize = Math.Clamp(view.PageSize, 1, AgendaView.MaxPageSize);
        return CardPager.Build(
            sorted.Count,
            view.Page,
            pageSize,
            slice => Compose(view, sorted, slice),
            (index, detail) => AgendaTouchpointBlock.Build(sorted[index], view, AgendaLimits.For(detail)));
    }

    private static AdaptiveCard Compose(AgendaView view, List<TouchpointSummary> sorted, PageSlice slice)
    {
        var title = $"{CardText.Snippet(view.ReviewName, 80)} \u2014 agenda";
        var limits = AgendaLimits.For(slice.Detail);
        var summary = AgendaSummary.Text(sorted, slice);
        var body = new List<CardElement> { CardParts.Heading(CardText.EscapeMarkdown(title)), CardParts.Subtle(Subtitle(view)) };
        if (!string.IsNullOrWhiteSpace(view.Notice))
        {
            body.Add(CardParts.Note(view.Notice));
        }
        body.AddRange(AgendaHeadline.Build(view.Headline, view.SparklineBaseUrl, limits));
        body.Add(new TextBlock { Text = summary, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Large });
        body.AddRange(sorted.Skip(slice.Start).Take(slice.Count).Select(t => AgendaTouchpointBlock.Build(t, view, limits)));
        if (slice.Page == 1)
        {
            body.AddRange(AgendaSections.Build(view, limits));
        }
        else
        {
            body.Add(CardParts.Subtle("Escalations, overdue actions and results are on page 1."));
        }

        var card = CardParts.Card($"{title} ({Date(view.AsOf)}): {summary}", body, Actions(view, slice));
        return card with { Refresh = Refresh(view, slice) };
    }

    private static string Subtitle(AgendaView view) => string.IsNullOrWhiteSpace(view.MeetingTime)
        ? $"As of {Date(view.AsOf)}"
        : $"As of {Date(view.AsOf)} \u00B7 meets {CardText.EscapeMarkdown(CardText.Snippet(view.MeetingTime, 80))}";

    private static string Date(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private static List<CardAction> Actions(AgendaView view, PageSlice slice)
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

        if (view.CanGetReport)
        {
            actions.Add(CardParts.CommandButton(ReportTitle, CommandCatalog.Report));
        }
        return actions;
    }

    private static ExecuteAction PageButton(string title, AgendaView view, int page) => new()
    {
        Title = title,
        Verb = CardVerbs.AgendaPage,
        Data = Data(view, page),
    };

    private static CardRefresh Refresh(AgendaView view, PageSlice slice) =>
        new(new ExecuteAction
        {
            Verb = CardVerbs.AgendaRefresh,
            Data = Data(view, slice.Page),
        })
        {
            // Teams auto-refreshes for at most 60 listed users; with none listed the key is omitted (everyone in small chats).
            UserIds = view.RefreshUserIds.Count == 0 ? null : [.. view.RefreshUserIds.Take(CardRefresh.MaxUserIds)],
        };

    private static JsonObject Data(AgendaView view, int page)
    {
        var data = ActionData.Of((CardDataKeys.ReviewId, view.ReviewId), (CardDataKeys.Page, page.ToString(CultureInfo.InvariantCulture)));
        if (view.Occurrence is { Length: > 0 } occurrence)
        {
            data.Add(CardDataKeys.Occurrence, occurrence);
        }
        return data;
    }
}

using CxReviewBot.Cards.Help;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Welcome;

/// <summary>The greeting posted when the app is installed: what the bot does and the two first steps.</summary>
public static class WelcomeCard
{
    public const string SetUpTitle = "Set up the weekly review";
    public const string ShowCommandsTitle = "Show commands";

    private static readonly (string Lead, string Text)[] Points =
    [
        ("Experience beside revenue.", "CSAT and NPS sit next to churn, renewal and expansion, so the review sees whether happy customers renew."),
        ("A named owner for every touchpoint.", "One person, not a department, answers for each step of the journey."),
        ("Decisions chased.", "Every decision gets an owner and a date, and I follow up until it is done."),
    ];

    public static AdaptiveCard Build(WelcomeView view)
    {
        var (greeting, intro) = Greeting(view);
        var body = new List<CardElement> { greeting, CardParts.Paragraph(intro) };
        body.AddRange(Points.Select(p => Bullet(p.Lead, p.Text)));
        body.Add(CardParts.Paragraph(NextStep(view.Scope)));

        var actions = new CardAction[]
        {
            CardParts.CommandButton(SetUpTitle, CommandCatalog.Setup),
            CardParts.CommandButton(ShowCommandsTitle, CommandCatalog.Help),
        };
        return CardParts.Card($"Welcome to CX Review Bot. {intro}", body, actions);
    }

    private static (CardElement Greeting, string Intro) Greeting(WelcomeView view)
    {
        var name = string.IsNullOrWhiteSpace(view.UserName) ? null : CardText.Snippet(view.UserName, 60);
        var place = string.IsNullOrWhiteSpace(view.ConversationName) ? null : CardText.Snippet(view.ConversationName, 80);
        return view.Scope switch
        {
            InstallScope.Personal => (Heading("Hi", name, "!"),
                "I'm CX Review Bot. Here I'll send you check-ins for the touchpoints you own and chase your action items."),
            InstallScope.GroupChat => (Heading("Hello everyone", null, "!"),
                "I'm CX Review Bot. I can run this chat's weekly business review, with customer experience on the same agenda as revenue."),
            InstallScope.Channel => (Heading("Thanks for adding me", place is null ? null : $"to {place}", "!"),
                "I'm CX Review Bot. I'll post the weekly business review agenda in this channel, with customer experience beside revenue and retention."),
            _ => throw new ArgumentOutOfRangeException(nameof(view), view.Scope, null),
        };
    }

    // Names come from Teams profiles and chat titles, so they go in a TextRun where markdown is never parsed.
    private static RichTextBlock Heading(string opening, string? name, string closing) => new()
    {
        Inlines = name is null
            ? [Run(opening + closing)]
            : [Run(opening + " "), Run(name), Run(closing)],
    };

    private static TextRun Run(string text) => new() { Text = text, Size = TextSize.Large, Weight = TextWeight.Bolder };

    private static ColumnSet Bullet(string lead, string text) => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            new Column { Width = ColumnWidth.Auto, Items = [new TextBlock { Text = "\u2022" }] },
            new Column { Width = ColumnWidth.Stretch, Items = [CardParts.Paragraph($"**{lead}** {text}")] },
        ],
    };

    private static string NextStep(InstallScope scope) => scope == InstallScope.Personal
        ? "Set up a review to get started, or add me to the channel or chat where your review meets."
        : "Start by setting up the review: its name, day, time and members.";
}

using System.Globalization;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Setup;

/// <summary>
/// The setup form's inputs, each followed by its error (a word marker as well as colour) when it has one. Choice titles
/// are plain text: Teams and the JS renderer show them verbatim, so a markdown escape would show as a backslash.
/// </summary>
internal static class SetupInputs
{
    /// <summary>Offered time zones; the review's current zone is added when it is not one of them.</summary>
    public static readonly IReadOnlyList<string> CommonTimeZones =
    [
        "UTC", "Europe/London", "Europe/Berlin", "Europe/Paris", "America/New_York", "America/Chicago", "America/Denver",
        "America/Los_Angeles", "America/Sao_Paulo", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland",
    ];

    public static IEnumerable<CardElement> All(SetupView view) =>
        WithError(view, new TextInput
        {
            Id = SetupFields.ReviewName,
            Label = "Review name",
            IsRequired = true,
            ErrorMessage = "Give the review a name.",
            MaxLength = 100,
            Placeholder = "e.g. Weekly business review",
            Value = view.ReviewName,
        })
        .Concat(WithError(view, new ChoiceSetInput
        {
            Id = SetupFields.Weekday,
            Label = "Day of the week",
            Placeholder = "Choose a day",
            Choices = [.. Week.Select(d => new Choice(d.ToString(), d.ToString()))],
            Value = view.Weekday?.ToString(),
        }))
        .Concat(WithError(view, new TimeInput
        {
            Id = SetupFields.MeetingTime,
            Label = "Meeting time",
            Value = view.MeetingTime is { } time ? TimeInput.Format(time) : null,
        }))
        .Concat(WithError(view, new NumberInput
        {
            Id = SetupFields.MeetingMinutes,
            Label = "Meeting length (minutes)",
            Min = SetupFields.MinMeetingMinutes,
            Max = SetupFields.MaxMeetingMinutes,
            Placeholder = string.Create(CultureInfo.InvariantCulture, $"{SetupFields.DefaultMeetingMinutes}"),
            Value = view.MeetingMinutes,
        }))
        .Concat(WithError(view, new ChoiceSetInput
        {
            Id = SetupFields.TimeZone,
            Label = "Time zone",
            Placeholder = "Choose a time zone",
            Choices = [.. TimeZones(view.TimeZone).Select(z => new Choice(CardText.Snippet(z, 60), z))],
            Value = string.IsNullOrWhiteSpace(view.TimeZone) ? null : view.TimeZone,
        }))
        .Concat(WithError(view, new NumberInput
        {
            Id = SetupFields.LeadTimeHours,
            Label = string.Create(CultureInfo.InvariantCulture, $"Post the agenda this many hours before the meeting ({SetupFields.MinLeadTimeHours}\u2013{SetupFields.MaxLeadTimeHours})"),
            Min = SetupFields.MinLeadTimeHours,
            Max = SetupFields.MaxLeadTimeHours,
            Placeholder = "24",
            Value = view.LeadTimeHours,
        }))
        .Concat(People(view, SetupFields.Members, "Members", view.MemberIds))
        .Concat(People(view, SetupFields.CxLeads, "CX leads", view.CxLeadIds))
        .Concat(Touchpoints(view))
        .Concat(Planner(view));

    private static IEnumerable<DayOfWeek> Week =>
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static IEnumerable<string> TimeZones(string? current) =>
        string.IsNullOrWhiteSpace(current) || CommonTimeZones.Contains(current, StringComparer.Ordinal)
            ? CommonTimeZones
            : [current, .. CommonTimeZones];

    private static IEnumerable<CardElement> People(SetupView view, string id, string label, IReadOnlyList<string> chosen)
    {
        if (view.Roster.Count == 0 && !view.UsePeoplePicker)
        {
            return WithError(view, id, CardParts.Subtle($"{label}: nobody to choose from yet. Add people to this conversation, then open set-up again."));
        }

        return WithError(view, new ChoiceSetInput
        {
            Id = id,
            Label = label,
            IsMultiSelect = true,
            Placeholder = "Choose people",
            Choices = [.. view.Roster.Select(p => new Choice(CardText.Snippet(p.Name, 60), p.Id))],
            ChoicesData = view.UsePeoplePicker ? DataQuery.ConversationMembers : null,
            Value = chosen.Count == 0 ? null : string.Join(",", chosen),
        });
    }

    private static IEnumerable<CardElement> Touchpoints(SetupView view)
    {
        const string Label = "Touchpoints in scope (choose none for all)";
        if (view.TouchpointOptions.Count == 0)
        {
            return WithError(view, SetupFields.Touchpoints, CardParts.Subtle("Touchpoints in scope: all. None are imported yet."));
        }

        return WithError(view, new ChoiceSetInput
        {
            Id = SetupFields.Touchpoints,
            Label = Label,
            IsMultiSelect = true,
            Placeholder = "All touchpoints",
            Choices = [.. view.TouchpointOptions.Select(t => new Choice(CardText.Snippet(t, 80), t))],
            Value = view.TouchpointsInScope.Count == 0 ? null : string.Join(",", view.TouchpointsInScope),
        });
    }

    private static IEnumerable<CardElement> Planner(SetupView view)
    {
        if (!view.PlannerAvailable)
        {
            return [];
        }

        return new CardElement[] { CardParts.Subtle("Each action gets a task in the review's Planner plan, in a bucket per touchpoint. Leave both empty to track actions here only.") }
            .Concat(WithError(view, new TextInput
            {
                Id = SetupFields.PlannerPlan,
                Label = "Planner plan id (an existing plan)",
                MaxLength = 100,
                Placeholder = "e.g. xqQg5FS2LkCp935s-FIFm2QAFkHM",
                Value = view.PlannerPlanId,
            }))
            .Concat(WithError(view, new TextInput
            {
                Id = SetupFields.PlannerGroup,
                Label = "Or create a plan in this Microsoft 365 group (group id)",
                MaxLength = 100,
                Placeholder = "e.g. 02bd9fd6-8f93-4758-87c3-1fb73740a315",
                Value = view.PlannerGroupId,
            }));
    }

    private static IEnumerable<CardElement> WithError(SetupView view, CardInput input) => WithError(view, input.Id!, input);

    private static IEnumerable<CardElement> WithError(SetupView view, string field, CardElement element)
    {
        yield return element;
        if (view.Errors.TryGetValue(field, out var message))
        {
            yield return ErrorText(message);
        }
    }

    // Messages may quote what the user typed, so they go in a TextRun, never parsed as markdown.
    internal static RichTextBlock ErrorText(string message) => new()
    {
        Spacing = Spacing.Small,
        Inlines =
        [
            new TextRun { Text = "Error: ", Color = TextColor.Attention, Weight = TextWeight.Bolder, Size = TextSize.Small },
            new TextRun { Text = CardText.Snippet(message, 200), Color = TextColor.Attention, Size = TextSize.Small },
        ],
    };
}

namespace CxReviewBot.Cards.Help;

/// <summary>The product's text commands, in the order help lists them. Each is also reachable from a button.</summary>
public static class CommandCatalog
{
    public const string Help = "help";
    public const string Setup = "setup";
    public const string Agenda = "agenda";
    public const string Decide = "decide";
    public const string Decisions = "decisions";
    public const string Actions = "actions";
    public const string CheckIn = "checkin";
    public const string Escalate = "escalate";
    public const string Owners = "owners";
    public const string Report = "report";
    public const string Minutes = "minutes";

    /// <summary>Every command.</summary>
    public static IReadOnlyList<CommandInfo> All { get; } =
    [
        new(Help, "Show these commands.", CommandRole.Anyone, "Show help"),
        new(Setup, "Set up the weekly review here: name, day, time, members and CX leads.", CommandRole.CxLeadOrAdmin, "Set up"),
        new(Agenda, "Post the review agenda now: experience beside revenue, decisions needed, overdue actions.", CommandRole.ReviewMember, "Post agenda"),
        new(Decide, "Record a decision with an owner, a due date and the metric it should move.", CommandRole.ReviewMember, "Record decision"),
        new(Decisions, "List recent decisions and whether their metrics moved.", CommandRole.ReviewMember, "List decisions"),
        new(Actions, "Show your open action items; mark them done, snooze or reassign.", CommandRole.Anyone, "My actions"),
        new(CheckIn, "Answer your touchpoint check-in: how the experience is and what you are doing.", CommandRole.TouchpointOwner, "Check in"),
        new(Escalate, "Bring a cross-silo conflict to the review, with each side's numbers.", CommandRole.CxLead, "Escalate"),
        new(Owners, "Show who owns each touchpoint.", CommandRole.Anyone, "Show owners"),
        new(Report, "Get the review pack: every metric per touchpoint against target.", CommandRole.ReviewMember, "Get report"),
        new(Minutes, "Show the minutes of the last review: decisions, owners, dates.", CommandRole.ReviewMember, "Show minutes"),
    ];

    /// <summary>The command whose name matches <paramref name="text"/> (trimmed, case-insensitive), or null.</summary>
    public static CommandInfo? Find(string? text)
    {
        var name = text?.Trim();
        return string.IsNullOrEmpty(name)
            ? null
            : All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}

namespace CxReviewBot.Cards;

/// <summary>
/// Every <c>verb</c> our cards send with Action.Execute (and the <c>verb</c> field of Action.Submit data), in one place.
/// Routers match on these constants; builders never spell a verb inline.
/// </summary>
public static class CardVerbs
{
    /// <summary>Runs a text command from a button; data key <see cref="CardDataKeys.Command"/> holds the command name.</summary>
    public const string CommandRun = "command.run";

    /// <summary>Saves the set-up form (review name, schedule, members, CX leads).</summary>
    public const string SetupSave = "setup.save";

    /// <summary>Refreshes the agenda card to its latest state (also the card's <c>refresh</c> action).</summary>
    public const string AgendaRefresh = "agenda.refresh";

    /// <summary>Shows another page of a paged agenda; data key <see cref="CardDataKeys.Page"/>.</summary>
    public const string AgendaPage = "agenda.page";

    /// <summary>Shows another page of the owners list; data key <see cref="CardDataKeys.Page"/>.</summary>
    public const string OwnersPage = "owners.page";

    /// <summary>Records a decision from the agenda or decide form; data keys <see cref="CardDataKeys.ReviewId"/>, <see cref="CardDataKeys.Touchpoint"/>.</summary>
    public const string DecisionRecord = "decision.record";

    /// <summary>Opens the edit form of a decision, or saves it (reassigning is an edit of the owner); data key <see cref="CardDataKeys.DecisionId"/>.</summary>
    public const string DecisionEdit = "decision.edit";

    /// <summary>Cancels a decision (and its open action); data key <see cref="CardDataKeys.DecisionId"/>.</summary>
    public const string DecisionCancel = "decision.cancel";

    /// <summary>Shows one decision with its audit trail (and Edit / Cancel buttons); data key <see cref="CardDataKeys.DecisionId"/>.</summary>
    public const string DecisionShow = "decision.show";

    /// <summary>Re-lists the decision ledger with the filters chosen on the card.</summary>
    public const string DecisionsFilter = "decisions.filter";

    /// <summary>Adds a progress note to an action item; data key <see cref="CardDataKeys.ActionId"/>.</summary>
    public const string ActionUpdate = "action.update";

    /// <summary>Marks an action item done; data key <see cref="CardDataKeys.ActionId"/>.</summary>
    public const string ActionDone = "action.done";

    /// <summary>Snoozes the reminders of an action item; data keys <see cref="CardDataKeys.ActionId"/>, <see cref="CardDataKeys.Days"/>.</summary>
    public const string ActionSnooze = "action.snooze";

    /// <summary>Reassigns an action item to another owner (people picker input).</summary>
    public const string ActionReassign = "action.reassign";

    /// <summary>Shows one action item's full card (from the compact `actions` list); data key <see cref="CardDataKeys.ActionId"/>.</summary>
    public const string ActionShow = "action.show";

    /// <summary>Shows another page of the `actions` list; data key <see cref="CardDataKeys.Page"/>.</summary>
    public const string ActionsPage = "actions.page";

    /// <summary>Submits a touchpoint owner's check-in answer.</summary>
    public const string CheckInAnswer = "checkin.answer";

    /// <summary>Raises a cross-silo escalation from the escalate form.</summary>
    public const string EscalationRaise = "escalation.raise";

    /// <summary>All verbs above, for routers and tests.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        CommandRun, SetupSave, AgendaRefresh, AgendaPage, OwnersPage, DecisionRecord, DecisionEdit, DecisionCancel, DecisionShow,
        DecisionsFilter, ActionDone, ActionSnooze, ActionReassign, ActionUpdate, ActionShow, ActionsPage, CheckInAnswer,
        EscalationRaise,
    ];
}

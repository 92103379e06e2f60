namespace CxReviewBot.Features.Actions;

/// <summary>The <c>Actions</c> configuration section: chaser cadence (working days), quiet days and the loop's pace.</summary>
internal sealed class ActionsOptions
{
    public const string Section = "Actions";

    public int ReminderWorkingDaysBefore { get; set; } = 2;
    public int NudgeEveryWorkingDays { get; set; } = 2;
    public int EscalateAfterWorkingDays { get; set; } = 3;

    /// <summary>Dates (yyyy-MM-dd, the recipient's local date) on which nothing is sent, e.g. public holidays.</summary>
    public List<DateOnly> QuietDays { get; set; } = [];

    public bool ChaserEnabled { get; set; } = true;
    public TimeSpan ChaserInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Actions claimed per pass; a pass repeats at once while it finds a full batch.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How long a claim holds; a claimer that crashed is replaced after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public ChaseScheduleRules Rules => new(ReminderWorkingDaysBefore, NudgeEveryWorkingDays, EscalateAfterWorkingDays);

    public IReadOnlySet<DateOnly> QuietDaySet => QuietDays.ToHashSet();
}

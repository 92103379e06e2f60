namespace CxReviewBot.Features.Agenda;

/// <summary>The <c>Agenda</c> configuration section.</summary>
internal sealed class AgendaOptions
{
    public const string Section = "Agenda";

    public bool SchedulerEnabled { get; set; } = true;
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(30);
}

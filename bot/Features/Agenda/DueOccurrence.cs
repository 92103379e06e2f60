namespace CxReviewBot.Features.Agenda;

/// <summary>A meeting whose agenda is due: when it meets, when the agenda was due, and whether posting now is late.</summary>
internal sealed record DueOccurrence(DateTime OccurrenceUtc, DateTime PostAtUtc, bool IsLate);

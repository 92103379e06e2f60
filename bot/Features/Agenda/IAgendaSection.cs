using CxReviewBot.Cards.Agenda;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Agenda;

/// <summary>
/// A part of the agenda another feature fills: decisions under their touchpoints, overdue actions, "did it move?".
/// The agenda composes whatever sections are registered without knowing the features behind them.
/// </summary>
internal interface IAgendaSection
{
    /// <param name="review">Null: the agenda of all touchpoints, no review.</param>
    Task<AgendaView> AddToAsync(AgendaView view, Review? review, DateOnly asOf, CancellationToken cancellationToken);
}

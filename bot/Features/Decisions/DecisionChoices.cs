using CxReviewBot.Cards.Decisions;
using CxReviewBot.Cards.Setup;
using CxReviewBot.Data;
using CxReviewBot.Metrics;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Decisions;

/// <summary>
/// What a decision form offers for one review: its members as owners (picked by Entra id, else Teams id, as set-up
/// does), and the catalogue's touchpoints and metrics by name.
/// </summary>
internal sealed class DecisionChoices
{
    private DecisionChoices(IReadOnlyList<ReviewMember> members, IReadOnlyDictionary<string, Touchpoint> touchpoints, IReadOnlyDictionary<string, Metric> metrics)
    {
        Owners = members.GroupBy(PickId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Touchpoints = touchpoints;
        Metrics = metrics;
    }

    public IReadOnlyDictionary<string, ReviewMember> Owners { get; }

    public IReadOnlyDictionary<string, Touchpoint> Touchpoints { get; }

    public IReadOnlyDictionary<string, Metric> Metrics { get; }

    public static async Task<DecisionChoices> LoadAsync(CxDbContext db, Review review, CancellationToken cancellationToken)
    {
        var touchpoints = await db.Set<Touchpoint>().AsNoTracking().ToDictionaryAsync(t => t.Name, StringComparer.Ordinal, cancellationToken);
        var metrics = await db.Set<Metric>().AsNoTracking().ToDictionaryAsync(m => m.Name, StringComparer.Ordinal, cancellationToken);
        return new DecisionChoices(review.Members.Where(m => m.Roles != ReviewRole.None).ToList(), touchpoints, metrics);
    }

    public static string PickId(ReviewMember member) => member.AadObjectId ?? member.TeamsUserId;

    /// <summary>The pick id of whoever owns a decision now (a former member keeps their id, and fails validation on save).</summary>
    public string OwnerIdOf(Decision decision) =>
        Owners.FirstOrDefault(o => o.Value.TeamsUserId == decision.OwnerTeamsUserId).Key ?? decision.OwnerAadObjectId ?? decision.OwnerTeamsUserId;

    public (DecisionValues? Values, Dictionary<string, string> Errors) Validate(DecisionForm form, DateOnly today, DecisionValues? current = null) =>
        DecisionValidation.Validate(form, Owners.Keys.ToHashSet(StringComparer.Ordinal), Touchpoints.Keys.ToHashSet(StringComparer.Ordinal),
            Metrics.Keys.ToHashSet(StringComparer.Ordinal), today, current);

    /// <summary>The form's option lists.</summary>
    public DecisionFormView Offer(DecisionFormView view) => view with
    {
        Owners = Owners.Select(o => new RosterPerson(o.Key, string.IsNullOrWhiteSpace(o.Value.Name) ? o.Value.TeamsUserId : o.Value.Name))
            .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList(),
        Touchpoints = [.. Touchpoints.Keys.Order(StringComparer.Ordinal)],
        Metrics = [.. Metrics.Values.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new MetricOption(m.Name, CardMetricLines.Unit(m.Unit)))],
    };
}

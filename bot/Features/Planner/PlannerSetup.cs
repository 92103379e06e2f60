using CxReviewBot.Cards.Model;
using CxReviewBot.Cards.Notice;
using CxReviewBot.Cards.Setup;
using CxReviewBot.Data;
using CxReviewBot.Features.Setup;
using CxReviewBot.Graph;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Kiota.Abstractions;

namespace CxReviewBot.Features.Planner;

/// <summary>
/// Set-up's Planner part: offers the plan fields when Graph is configured, checks a chosen plan or creates one in the
/// named Microsoft 365 group (the only container app-only Graph can create plans in), stores the review's link, and,
/// without Graph, says once per review that actions are tracked in the bot.
/// </summary>
internal sealed class PlannerSetup(CxDbContext db, TimeProvider time, IGraphGateway? gateway = null) : ISetupSection
{
    public const string NotConnectedNote = "Planner isn't connected; actions are tracked here.";

    public async Task<SetupView> DecorateAsync(SetupView view, long? reviewId, CancellationToken cancellationToken)
    {
        if (gateway is null)
        {
            return view;
        }

        var link = reviewId is null ? null : await db.Set<PlannerLink>().AsNoTracking().FirstOrDefaultAsync(l => l.ReviewId == reviewId, cancellationToken);
        return view with { PlannerAvailable = true, PlannerPlanId = view.PlannerPlanId ?? link?.PlanId };
    }

    public async Task<SetupSectionCheck> CheckAsync(SetupForm form, string reviewName, long? reviewId, CancellationToken cancellationToken)
    {
        var (plan, errors) = await ResolveAsync(form, reviewName, reviewId, cancellationToken);
        return new SetupSectionCheck(errors, (review, saved, ct) => LinkAsync(review, plan, form, saved, ct));
    }

    /// <summary>The plan the form asks for (null: none), or errors keyed by the form's fields. May create a plan.</summary>
    public async Task<(PlannerPlanRef? Plan, Dictionary<string, string> Errors)> ResolveAsync(
        SetupForm form, string reviewName, long? reviewId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (gateway is null || (form.PlannerPlan is null && form.PlannerGroup is null))
        {
            return (null, errors);
        }

        if (form.PlannerPlan is not null && form.PlannerGroup is not null)
        {
            errors[SetupFields.PlannerGroup] = "Give an existing plan or a group to create one in, not both.";
            return (null, errors);
        }

        try
        {
            if (form.PlannerPlan is { } planId)
            {
                var plan = await gateway.GetPlannerPlanAsync(planId, cancellationToken);
                if (plan is null)
                {
                    errors[SetupFields.PlannerPlan] = $"I can't find Planner plan '{planId}', or I'm not allowed to read it.";
                }

                return (plan, errors);
            }

            var link = reviewId is null ? null : await db.Set<PlannerLink>().AsNoTracking().FirstOrDefaultAsync(l => l.ReviewId == reviewId, cancellationToken);
            if (link is { PlanId: { } existing } && link.GroupId == form.PlannerGroup)
            {
                // Saving again must not create a second plan in the same group.
                return (new PlannerPlanRef(existing, reviewName, link.GroupId), errors);
            }

            return (await gateway.CreatePlannerPlanAsync(form.PlannerGroup!, reviewName, cancellationToken), errors);
        }
        catch (ApiException e)
        {
            errors[form.PlannerPlan is null ? SetupFields.PlannerGroup : SetupFields.PlannerPlan] = e.ResponseStatusCode switch
            {
                404 => $"I can't find group '{form.PlannerGroup}'.",
                403 => "The bot's app isn't allowed to do that (it needs Tasks.ReadWrite.All, and the group must exist).",
                _ => $"Planner answered {e.ResponseStatusCode}; try again.",
            };
            return (null, errors);
        }
    }

    /// <summary>Stores the review's plan and adds a Planner line to the saved notice.</summary>
    public async Task<NoticeView> LinkAsync(Review review, PlannerPlanRef? plan, SetupForm form, NoticeView saved, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var link = await db.Set<PlannerLink>().FirstOrDefaultAsync(l => l.ReviewId == review.Id, cancellationToken);
        if (link is null)
        {
            link = new PlannerLink { ReviewId = review.Id };
            db.Add(link);
        }

        string? line = null;
        if (gateway is null)
        {
            if (link.NotConnectedNoticeUtc is null)
            {
                link.NotConnectedNoticeUtc = now;
                line = NotConnectedNote;
            }
        }
        else
        {
            link.PlanId = plan?.Id;
            link.GroupId = plan is null ? null : form.PlannerGroup ?? plan.GroupId;
            line = plan is null ? "No plan linked; actions are tracked here." : $"Tasks go to plan {Cards.CardText.EscapeMarkdown(plan.Title)} ({Cards.CardText.EscapeMarkdown(plan.Id)}), a bucket per touchpoint.";
        }

        link.UpdatedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return line is null ? saved : saved with { Facts = [.. saved.Facts, new Fact("Planner", line)] };
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Decisions;
using CxReviewBot.IntegrationTests.Actions;
using CxReviewBot.IntegrationTests.Decisions;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Security;

/// <summary>
/// Issue 13 item 3: who may change what of a decision and its action is one rule (ReviewAccess.MayChange), the card
/// offers only that, and a closed action cannot be snoozed.
/// </summary>
public sealed class WorkAccessTests
{
    private const string CaseyId = "29:user-3";
    private const string CaseyAad = "aaaaaaaa-0000-0000-0000-000000000003";

    [Theory, OnSqlite, OnPostgres]
    public async Task PlainMemberGivingSomeoneElsesDecisionToThemselves_IsRefusedOnTheForm_NothingStored(string provider)
    {
        await using var scenario = await StartWithCaseyAsync(provider);
        var id = await RecordAsync(scenario);

        var body = await scenario.InvokeAsync(CardVerbs.DecisionEdit, Edit(scenario, id, f => f[DecisionFields.Owner] = CaseyAad), CaseyId, "Casey Member");

        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Contains("Only Blake Member, Avery Owner (who recorded it), a CX lead or an admin of WBR can give this to someone else.",
            body["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(AgendaOwner, (string?)DecisionRecordTests.Input(body, DecisionFields.Owner)["value"]);
        var decision = await scenario.DbAsync(db => db.Set<Decision>().AsNoTracking().SingleAsync());
        Assert.Equal((DecisionScenario.BlakeId, 1), (decision.OwnerTeamsUserId, decision.Version));
        Assert.Equal(DecisionScenario.BlakeId, await scenario.DbAsync(db => db.Set<ActionItem>().Select(a => a.OwnerTeamsUserId).SingleAsync()));
        Assert.Equal([DecisionChangeKind.Recorded], await scenario.DbAsync(db => db.Set<DecisionChange>().Select(c => c.Kind).ToListAsync()));
    }

    [Theory, OnSqlite]
    public async Task PlainMember_MayStillEditTheDetails_AndIsOfferedOnlyThat(string provider)
    {
        await using var scenario = await StartWithCaseyAsync(provider);
        var id = await RecordAsync(scenario);

        var card = await scenario.InvokeAsync(CardVerbs.DecisionShow, new JsonObject { [CardDataKeys.DecisionId] = id }, CaseyId, "Casey Member");
        var form = await scenario.InvokeAsync(CardVerbs.DecisionEdit, new JsonObject { [CardDataKeys.DecisionId] = id }, CaseyId, "Casey Member");
        await scenario.InvokeAsync(CardVerbs.DecisionEdit, Edit(scenario, id, f => f[DecisionFields.Text] = "Call every detractor within 24 hours"), CaseyId, "Casey Member");

        var titles = card["value"]!["actions"]!.AsArray().Select(a => (string?)a!["title"]).ToList();
        Assert.Contains(DecisionCard.EditOnlyButton, titles);
        Assert.DoesNotContain(DecisionCard.EditButton, titles);
        Assert.DoesNotContain(DecisionCard.CancelButton, titles);
        var owner = DecisionRecordTests.Input(form, DecisionFields.Owner);
        Assert.Equal([AgendaOwner], owner["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.Contains(DecisionFields.OwnerLockedNote, form["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Call every detractor within 24 hours", await scenario.DbAsync(db => db.Set<Decision>().Select(d => d.Text).SingleAsync()));
    }

    [Theory, OnSqlite]
    public async Task OwnerMayHandTheDecisionOn(string provider)
    {
        await using var scenario = await StartWithCaseyAsync(provider);
        var id = await RecordAsync(scenario);

        await scenario.InvokeAsync(CardVerbs.DecisionEdit, Edit(scenario, id, f => f[DecisionFields.Owner] = CaseyAad), DecisionScenario.BlakeId, "Blake Member");

        Assert.Equal(CaseyId, await scenario.DbAsync(db => db.Set<Decision>().Select(d => d.OwnerTeamsUserId).SingleAsync()));
        Assert.Equal(CaseyId, await scenario.DbAsync(db => db.Set<ActionItem>().Select(a => a.OwnerTeamsUserId).SingleAsync()));
    }

    [Theory]
    [InlineData("done")]
    [InlineData("cancelled")]
    public async Task ClosedAction_CannotBeSnoozed_AndGetsNoHistoryEntry(string closedBy)
    {
        var now = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
        await using var s = await ChaseScenario.StartAsync(now);
        var id = await s.AddActionAsync(new DateOnly(2026, 12, 4));
        await s.DbAsync(async db =>
        {
            var item = await db.Set<ActionItem>().SingleAsync(a => a.Id == id);
            item.Status = closedBy == "done" ? ActionItemStatus.Done : ActionItemStatus.Cancelled;
            item.NextChaseUtc = null;
            return await db.SaveChangesAsync();
        });
        var data = new JsonObject { [CardDataKeys.ActionId] = id.ToString(CultureInfo.InvariantCulture), [CardDataKeys.Days] = "1" };

        var response = await s.Client.PostAsync(TestActivities.Execute(s.Connector.ServiceUrl, CardVerbs.ActionSnooze, data));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains($"This action is {closedBy}, so it cannot be snoozed.", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        var after = await s.ActionAsync(id);
        Assert.Equal(((DateTime?)null, (DateTime?)null, 0), (after.SnoozedUntilUtc, after.NextChaseUtc, after.Version));
        Assert.Equal([ActionEventKind.Created], await s.EventsAsync(id));
    }

    /// <summary>The owner id the decision form uses for Blake (his Entra id).</summary>
    private const string AgendaOwner = "aaaaaaaa-0000-0000-0000-000000000002";

    private static async Task<DecisionScenario> StartWithCaseyAsync(string provider)
    {
        var scenario = await DecisionScenario.StartAsync(provider);
        await scenario.DbAsync(async db =>
        {
            db.Add(new ReviewMember { ReviewId = scenario.ReviewId, TeamsUserId = CaseyId, AadObjectId = CaseyAad, Name = "Casey Member", Roles = ReviewRole.Member });
            return await db.SaveChangesAsync();
        });
        return scenario;
    }

    private static async Task<string> RecordAsync(DecisionScenario scenario)
    {
        await scenario.InvokeAsync(CardVerbs.DecisionRecord, scenario.Form(Guid.NewGuid().ToString("N"), DecisionFields.FromCommand));
        return (await scenario.DbAsync(db => db.Set<Decision>().Select(d => d.Id).SingleAsync())).ToString(CultureInfo.InvariantCulture);
    }

    private static JsonObject Edit(DecisionScenario scenario, string id, Action<JsonObject> change)
    {
        var form = scenario.Form(Guid.NewGuid().ToString("N"), DecisionFields.FromCommand);
        form[CardDataKeys.DecisionId] = id;
        form[CardDataKeys.Version] = "1";
        change(form);
        return form;
    }
}

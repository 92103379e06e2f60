using System.Globalization;
using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Decisions;
using CxReviewBot.IntegrationTests.Agenda;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Decisions;

public sealed class DecisionEditTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task EditButton_OpensTheFormPrefilled(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);
        var id = await RecordAsync(scenario);

        var body = await scenario.InvokeAsync(CardVerbs.DecisionEdit, new JsonObject { [CardDataKeys.DecisionId] = id });

        Assert.Contains(DecisionFormCard.EditTitle, body["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Call every detractor within 48 hours", (string?)DecisionRecordTests.Input(body, DecisionFields.Text)["value"]);
        Assert.Equal(AgendaScenario.SecondAad, (string?)DecisionRecordTests.Input(body, DecisionFields.Owner)["value"]);
        Assert.Equal("1", (string?)body["value"]!["actions"]![0]!["data"]![CardDataKeys.Version]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Edit_WritesOneAuditRowPerChangedFieldAndBumpsVersion(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);
        var id = await RecordAsync(scenario);
        var newDue = DecisionScenario.Today.AddDays(14);

        var body = await scenario.InvokeAsync(CardVerbs.DecisionEdit, Edit(scenario, id, 1, f =>
        {
            f[DecisionFields.Text] = "Call every detractor within 24 hours";
            f[DecisionFields.DueDate] = DecisionScenario.Date(newDue);
        }));

        var changes = await scenario.DbAsync(db => db.Set<DecisionChange>().Where(c => c.Kind == DecisionChangeKind.Edited).OrderBy(c => c.Field).ToListAsync());
        Assert.Collection(changes,
            c => Assert.Equal(("due date", DecisionScenario.Date(DecisionScenario.Today.AddDays(7)), DecisionScenario.Date(newDue), "Avery Owner"), (c.Field, c.OldValue, c.NewValue, c.ByName)),
            c => Assert.Equal(("text", "Call every detractor within 48 hours", "Call every detractor within 24 hours"), (c.Field, c.OldValue, c.NewValue)));
        var decision = await scenario.DbAsync(db => db.Set<Decision>().SingleAsync());
        Assert.Equal((2, newDue), (decision.Version, decision.DueDate));
        var action = await scenario.DbAsync(db => db.Set<ActionItem>().SingleAsync());
        Assert.Equal((newDue, "Call every detractor within 24 hours"), (action.DueDate, action.Title));
        var card = body["value"]!.ToJsonString();
        Assert.Contains("changed due date", card, StringComparison.Ordinal);
        Assert.Contains(DecisionCard.EditButton, card, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task StaleEdit_ChangesNothingAndReturnsTheFreshForm(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);
        var id = await RecordAsync(scenario);
        await scenario.InvokeAsync(CardVerbs.DecisionEdit, Edit(scenario, id, 1, f => f[DecisionFields.Text] = "First edit"));

        var body = await scenario.InvokeAsync(CardVerbs.DecisionEdit, Edit(scenario, id, 1, f => f[DecisionFields.Text] = "Second edit from an old card"));

        Assert.Contains("Someone changed this decision meanwhile", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("First edit", (string?)DecisionRecordTests.Input(body, DecisionFields.Text)["value"]);
        Assert.Equal("2", (string?)body["value"]!["actions"]![0]!["data"]![CardDataKeys.Version]);
        var decision = await scenario.DbAsync(db => db.Set<Decision>().SingleAsync());
        Assert.Equal(("First edit", 2), (decision.Text, decision.Version));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Reassign_MovesTheOpenActionAndTellsTheNewOwner(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);
        var id = await RecordAsync(scenario);
        await scenario.Bot.Connector.WaitForRequestsAsync(r => r.Operation == FakeConnectorOperation.CreateConversation, 1);

        await scenario.InvokeAsync(CardVerbs.DecisionEdit, Edit(scenario, id, 1, f => f[DecisionFields.Owner] = TestActivities.UserAadId));

        var change = await scenario.DbAsync(db => db.Set<DecisionChange>().SingleAsync(c => c.Kind == DecisionChangeKind.Reassigned));
        Assert.Equal(("owner", "Blake Member", "Avery Owner"), (change.Field, change.OldValue, change.NewValue));
        var action = await scenario.DbAsync(db => db.Set<ActionItem>().SingleAsync());
        Assert.Equal((TestActivities.UserId, "Avery Owner"), (action.OwnerTeamsUserId, action.OwnerName));
        var reassigned = await scenario.DbAsync(db => db.Set<ActionEvent>().SingleAsync(e => e.Kind == ActionEventKind.Reassigned));
        Assert.Equal("From Blake Member to Avery Owner.", reassigned.Text);
        var second = await scenario.Bot.Connector.WaitForRequestsAsync(r => r.Operation == FakeConnectorOperation.CreateConversation, 2);
        Assert.Equal(TestActivities.UserId, (string?)second[1].Body!["members"]![0]!["id"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Cancel_ClosesDecisionAndItsActionWithAnAuditRow(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);
        var id = await RecordAsync(scenario);

        var body = await scenario.InvokeAsync(CardVerbs.DecisionCancel, new JsonObject { [CardDataKeys.DecisionId] = id, [CardDataKeys.Version] = "1" });

        var decision = await scenario.DbAsync(db => db.Set<Decision>().SingleAsync());
        Assert.Equal((DecisionStatus.Cancelled, 2), (decision.Status, decision.Version));
        Assert.NotNull(decision.ClosedAtUtc);
        Assert.Equal(1, await scenario.DbAsync(db => db.Set<DecisionChange>().CountAsync(c => c.Kind == DecisionChangeKind.Cancelled)));
        var action = await scenario.DbAsync(db => db.Set<ActionItem>().SingleAsync());
        Assert.Equal((ActionItemStatus.Cancelled, (DateTime?)null), (action.Status, action.NextChaseUtc));
        var card = body["value"]!.ToJsonString();
        Assert.Contains(DecisionEditVerbs.CancelledNotice, card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.DecisionCancel, card, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task CancelByAMemberWhoDidNotRecordIt_IsRefused(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);
        var id = await RecordAsync(scenario);

        var body = await scenario.InvokeAsync(CardVerbs.DecisionCancel, new JsonObject { [CardDataKeys.DecisionId] = id, [CardDataKeys.Version] = "1" },
            DecisionScenario.BlakeId, "Blake Member");

        Assert.Equal(403, (int)body["statusCode"]!);
        Assert.Contains("Avery Owner (who recorded it)", (string?)body["value"]!["message"], StringComparison.Ordinal);
        Assert.Equal(DecisionStatus.Open, await scenario.DbAsync(db => db.Set<Decision>().Select(d => d.Status).SingleAsync()));
    }

    private static async Task<string> RecordAsync(DecisionScenario scenario)
    {
        await scenario.InvokeAsync(CardVerbs.DecisionRecord, scenario.Form(Guid.NewGuid().ToString("N"), DecisionFields.FromCommand));
        var id = await scenario.DbAsync(db => db.Set<Decision>().Select(d => d.Id).SingleAsync());
        return id.ToString(CultureInfo.InvariantCulture);
    }

    private static JsonObject Edit(DecisionScenario scenario, string id, int version, Action<JsonObject> change)
    {
        var form = scenario.Form(Guid.NewGuid().ToString("N"), DecisionFields.FromCommand);
        form[CardDataKeys.DecisionId] = id;
        form[CardDataKeys.Version] = version.ToString(CultureInfo.InvariantCulture);
        change(form);
        return form;
    }
}

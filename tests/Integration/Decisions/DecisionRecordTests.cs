using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Decisions;
using CxReviewBot.IntegrationTests.Agenda;
using CxReviewBot.Outbox;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Decisions;

public sealed class DecisionRecordTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task AgendaButton_OpensFormWithTouchpointPreselected(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);

        var body = await scenario.InvokeAsync(CardVerbs.DecisionRecord, new JsonObject { [CardDataKeys.ReviewId] = scenario.ReviewIdText, [CardDataKeys.Touchpoint] = "Onboarding" });

        var card = body["value"]!.ToJsonString();
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains(DecisionFormCard.NewTitle, card, StringComparison.Ordinal);
        var touchpoint = Input(body, DecisionFields.Touchpoint);
        Assert.Equal("Onboarding", (string?)touchpoint["value"]);
        Assert.Contains("Blake Member", Input(body, DecisionFields.Owner).ToJsonString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)body["value"]!["actions"]![0]!["data"]![CardDataKeys.FormToken]));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ValidForm_RecordsDecisionActionAuditOwnerCardAndUpdatesAgendaInPlace(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);
        var agendaId = await scenario.PostAgendaAsync();

        var body = await scenario.InvokeAsync(CardVerbs.DecisionRecord, scenario.Form("token-1"));

        // Answered from the agenda: the clicker sees the agenda again, now with the decision on it.
        Assert.Contains("Decided: ", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        var decision = await scenario.DbAsync(db => db.Set<Decision>().SingleAsync());
        Assert.Equal(("Call every detractor within 48 hours", "29:user-2", "Blake Member", DecisionSource.Touchpoint, 0.3),
            (decision.Text, decision.OwnerTeamsUserId, decision.OwnerName, decision.Source, decision.ExpectedChange));
        Assert.Equal(("Avery Owner", DecisionStatus.Open, 1), (decision.RecordedByName, decision.Status, decision.Version));
        // Fixture: Onboarding CSAT is 3.7 for the period ending 2026-11-22 and 4.9 from 2026-11-29.
        var expectedBaseline = DecisionScenario.Today >= new DateOnly(2026, 11, 29) ? (4.9, new DateOnly(2026, 11, 29)) : (3.7, new DateOnly(2026, 11, 22));
        Assert.Equal(expectedBaseline, (decision.BaselineValue!.Value, decision.BaselinePeriodEnd!.Value));
        var change = await scenario.DbAsync(db => db.Set<DecisionChange>().SingleAsync());
        Assert.Equal((decision.Id, DecisionChangeKind.Recorded, "Avery Owner"), (change.DecisionId, change.Kind, change.ByName));
        var action = await scenario.DbAsync(db => db.Set<ActionItem>().SingleAsync());
        Assert.Equal((decision.Id, "29:user-2", decision.DueDate, ActionItemStatus.Open), (action.DecisionId, action.OwnerTeamsUserId, action.DueDate, action.Status));

        var update = Assert.Single(await scenario.Bot.Connector.WaitForRequestsAsync(r => r.Operation == FakeConnectorOperation.UpdateActivity, 1));
        Assert.Equal(agendaId, update.ActivityId);
        Assert.Contains("Call every detractor within 48 hours", update.Card!.ToJsonString(), StringComparison.Ordinal);
        var personal = Assert.Single(await scenario.Bot.Connector.WaitForRequestsAsync(r => r.Operation == FakeConnectorOperation.CreateConversation, 1));
        Assert.Equal("29:user-2", (string?)personal.Body!["members"]![0]!["id"]);
        var ownerCard = (await scenario.Bot.Connector.WaitForRequestsAsync(r => r.Card?.ToJsonString().Contains(DecisionNotifier.Title, StringComparison.Ordinal) == true, 1))[0].Card!.ToJsonString();
        Assert.Contains("Avery Owner recorded a decision for you", ownerCard, StringComparison.Ordinal);
        Assert.Contains(CardVerbs.DecisionShow, ownerCard, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SameFormTwice_RecordsOnceAndSendsOneOwnerCard(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);

        // Two deliveries of the same save (TestActivities gives each its own activity id, so inbound dedupe does not catch it).
        var first = await scenario.InvokeAsync(CardVerbs.DecisionRecord, scenario.Form("token-dup", DecisionFields.FromCommand));
        var second = await scenario.InvokeAsync(CardVerbs.DecisionRecord, scenario.Form("token-dup", DecisionFields.FromCommand));

        Assert.Equal(1, await scenario.DbAsync(db => db.Set<Decision>().CountAsync()));
        Assert.Equal(1, await scenario.DbAsync(db => db.Set<ActionItem>().CountAsync()));
        Assert.Equal(1, await scenario.DbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Operation == OutboxOperation.SendPersonal)));
        Assert.Contains(DecisionVerbs.RecordedNotice, first["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(first["value"]!.ToJsonString(), second["value"]!.ToJsonString());
        await scenario.Bot.Connector.WaitForRequestsAsync(r => r.Operation == FakeConnectorOperation.CreateConversation, 1);
        await scenario.Bot.Connector.WaitForQuietAsync();
        Assert.Single(scenario.Bot.Connector.Requests, r => r.Operation == FakeConnectorOperation.CreateConversation);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SameFormConcurrently_RecordsOnce(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => scenario.InvokeAsync(CardVerbs.DecisionRecord, scenario.Form("token-race", DecisionFields.FromCommand))));

        Assert.All(answers, a => Assert.Equal(200, (int)a["statusCode"]!));
        Assert.Equal(1, await scenario.DbAsync(db => db.Set<Decision>().CountAsync()));
        Assert.Equal(1, await scenario.DbAsync(db => db.Set<DecisionChange>().CountAsync()));
        Assert.Equal(1, await scenario.DbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Operation == OutboxOperation.SendPersonal)));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task PastDueDate_ReturnsTheFormWithInputKeptAndTheError(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);
        var form = scenario.Form("token-past");
        form[DecisionFields.DueDate] = DecisionScenario.Date(DecisionScenario.Today.AddDays(-1));

        var body = await scenario.InvokeAsync(CardVerbs.DecisionRecord, form);

        Assert.Equal(0, await scenario.DbAsync(db => db.Set<Decision>().CountAsync()));
        var card = body["value"]!.ToJsonString();
        Assert.Contains("is in the past", card, StringComparison.Ordinal);
        Assert.Equal("Call every detractor within 48 hours", (string?)Input(body, DecisionFields.Text)["value"]);
        Assert.Equal(AgendaScenario.SecondAad, (string?)Input(body, DecisionFields.Owner)["value"]);
        Assert.Equal("CSAT", (string?)Input(body, DecisionFields.Metric)["value"]);
        Assert.Equal(0.3, (double)Input(body, DecisionFields.ExpectedChange)["value"]!);
        Assert.Equal("token-past", (string?)body["value"]!["actions"]![0]!["data"]![CardDataKeys.FormToken]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task MalformedDateAndNumber_AreNamedInTheErrors(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);
        var form = scenario.Form("token-bad");
        form[DecisionFields.DueDate] = "next friday";
        form[DecisionFields.ExpectedChange] = "a lot";

        var card = (await scenario.InvokeAsync(CardVerbs.DecisionRecord, form))["value"]!.ToJsonString().Replace("\\u0027", "'", StringComparison.Ordinal);

        Assert.Contains("'next friday' is not a date", card, StringComparison.Ordinal);
        Assert.Contains("'a lot' is not a number", card, StringComparison.Ordinal);
        Assert.Equal(0, await scenario.DbAsync(db => db.Set<Decision>().CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task NonMember_IsRefusedAndNothingIsRecorded(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);

        var body = await scenario.InvokeAsync(CardVerbs.DecisionRecord, scenario.Form("token-stranger"), DecisionScenario.StrangerId, "Sam Stranger");

        Assert.Equal(403, (int)body["statusCode"]!);
        Assert.Equal("Only members of the review 'WBR' can record or change its decisions. Ask Avery Owner (CX lead) to add you in 'setup'.",
            (string?)body["value"]!["message"]);
        Assert.Equal(0, await scenario.DbAsync(db => db.Set<Decision>().CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task DecideCommand_SendsTheFormWithTextPrefilled(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);

        await scenario.Bot.Client.PostAsync(AgendaScenario.ChannelMessage(scenario.Bot.ServiceUrl, "decide Fix the billing FAQ"));

        var card = (await scenario.Bot.Connector.WaitForActivitiesAsync(1))[0].Card!;
        Assert.Contains(DecisionFormCard.NewTitle, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Fix the billing FAQ", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(DecisionFields.FromCommand, (string?)card["actions"]![0]!["data"]![CardDataKeys.Origin]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task DecideCommandByANonMember_SendsTheRefusalNotInTheForm(string provider)
    {
        await using var scenario = await DecisionScenario.StartAsync(provider);
        var message = AgendaScenario.ChannelMessage(scenario.Bot.ServiceUrl, "decide Fix the billing FAQ");
        message["from"] = new JsonObject { ["id"] = DecisionScenario.StrangerId, ["name"] = "Sam Stranger" };

        await scenario.Bot.Client.PostAsync(message);

        var card = (await scenario.Bot.Connector.WaitForActivitiesAsync(1))[0].Card!.ToJsonString().Replace("\\u0027", "'", StringComparison.Ordinal);
        Assert.Contains(DecisionCommands.NotMemberTitle, card, StringComparison.Ordinal);
        Assert.Contains("Ask Avery Owner (CX lead) to add you in 'setup'.", card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.DecisionRecord, card, StringComparison.Ordinal);
    }

    internal static JsonNode Input(JsonNode invokeBody, string id) =>
        invokeBody["value"]!["body"]!.AsArray().Single(e => (string?)e!["id"] == id)!;
}

using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Actions;
using CxReviewBot.Features.Actions;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Actions;

/// <summary>The action card's buttons and the `actions` command through /api/messages.</summary>
public sealed class ActionVerbTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    private static async Task<JsonNode> InvokeAsync(ChaseScenario s, string verb, long id, string? fromId = null, params (string Key, string Value)[] extra)
    {
        var data = new JsonObject { [CardDataKeys.ActionId] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (key, value) in extra)
        {
            data[key] = value;
        }

        var invoke = TestActivities.Execute(s.Connector.ServiceUrl, verb, data);
        if (fromId is not null)
        {
            invoke["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Blake Member", ["aadObjectId"] = ChaseScenario.OtherAad };
        }

        var response = await s.Client.PostAsync(invoke);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static List<string> Texts(JsonNode body) =>
        [.. Descendants(body["value"]!).Select(n => n["text"]?.GetValue<string>()).OfType<string>()];

    private static IEnumerable<JsonObject> Descendants(JsonNode node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants)),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Descendants),
        _ => [],
    };

    [Fact]
    public async Task Done_ByOwner_StopsChasing_AndAnswersWithTheUpdatedCard()
    {
        await using var s = await ChaseScenario.StartAsync(Now);
        var id = await s.AddActionAsync(new DateOnly(2026, 12, 4));

        var body = await InvokeAsync(s, CardVerbs.ActionDone, id);

        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Contains(Descendants(body["value"]!), f => f["title"]?.GetValue<string>() == "Status" && f["value"]?.GetValue<string>() == "\u2705 Done");
        var item = await s.ActionAsync(id);
        Assert.Equal((ActionItemStatus.Done, (DateTime?)null, 1), (item.Status, item.NextChaseUtc, item.Version));
        Assert.Equal(0, await s.Chaser.RunOnceAsync(CancellationToken.None));
        Assert.Equal([ActionEventKind.Created, ActionEventKind.Done], await s.EventsAsync(id));
    }

    [Fact]
    public async Task NonOwnerMember_IsRefused_NamingWhoMay()
    {
        await using var s = await ChaseScenario.StartAsync(Now);
        var id = await s.AddActionAsync(new DateOnly(2026, 12, 4));

        var body = await InvokeAsync(s, CardVerbs.ActionDone, id, fromId: ChaseScenario.OtherId);

        Assert.Equal(403, body["statusCode"]!.GetValue<int>());
        Assert.Equal("Only the action's owner (Avery Owner) or a CX lead or an admin of its review can mark it done. Ask Lee Lead.", body["value"]!["message"]!.GetValue<string>());
        Assert.Equal(ActionItemStatus.Open, (await s.ActionAsync(id)).Status);
    }

    [Fact]
    public async Task SnoozeOneWeek_SetsSnoozeAndMovesTheNextChase()
    {
        await using var s = await ChaseScenario.StartAsync(Now);
        var id = await s.AddActionAsync(new DateOnly(2026, 12, 4));

        await InvokeAsync(s, CardVerbs.ActionSnooze, id, null, (CardDataKeys.Days, "7"));

        var item = await s.ActionAsync(id);
        Assert.Equal(Now.UtcDateTime.AddDays(7), item.SnoozedUntilUtc);
        Assert.Equal(Now.UtcDateTime.AddDays(7), item.NextChaseUtc);
        Assert.Equal(ActionEventKind.Snoozed, (await s.EventsAsync(id))[^1]);
    }

    [Fact]
    public async Task AddUpdate_IsShownInTheCardHistory()
    {
        await using var s = await ChaseScenario.StartAsync(Now);
        var id = await s.AddActionAsync(new DateOnly(2026, 12, 4));

        var body = await InvokeAsync(s, CardVerbs.ActionUpdate, id, null, (ActionInputs.UpdateText, "Vendor fix lands Thursday"));

        Assert.Contains("Wed 2 Dec 2026 \u00B7 Update \u2014 Avery Owner: Vendor fix lands Thursday", Texts(body));
        Assert.Equal(1, (await s.ActionAsync(id)).Version);
    }

    [Fact]
    public async Task Reassign_ChangesOwner_AndSendsTheNewOwnerTheCard()
    {
        await using var s = await ChaseScenario.StartAsync(Now);
        var id = await s.AddActionAsync(new DateOnly(2026, 12, 4));

        var body = await InvokeAsync(s, CardVerbs.ActionReassign, id, null, (ActionInputs.NewOwner, ChaseScenario.OtherId));

        var item = await s.ActionAsync(id);
        Assert.Equal((ChaseScenario.OtherId, ChaseScenario.OtherAad, "Blake Member"), (item.OwnerTeamsUserId, item.OwnerAadObjectId, item.OwnerName));
        await s.Connector.WaitForActivitiesAsync(1);
        Assert.Equal([ChaseScenario.OtherId], s.Recipients());
        var events = await s.DbAsync(db => db.Set<ActionEvent>().Where(e => e.ActionItemId == id && e.Kind == ActionEventKind.Reassigned).Select(e => e.Text).ToListAsync());
        Assert.Equal(["from Avery Owner to Blake Member"], events);
        Assert.Contains("Reassigned to Blake Member; they have been sent it.", Texts(body));
    }

    [Fact]
    public async Task Reassign_ToSomeoneOutsideTheReview_IsRefusedOnTheCard_KeepingTheChoice()
    {
        await using var s = await ChaseScenario.StartAsync(Now);
        var id = await s.AddActionAsync(new DateOnly(2026, 12, 4));

        // Mara is in the channel but not a member of the review (a stale card or a people picker can offer her).
        var body = await InvokeAsync(s, CardVerbs.ActionReassign, id, null, (ActionInputs.NewOwner, ChaseScenario.ManagerId));

        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        var input = Descendants(body["value"]!["body"]!).Single(n => n["id"]?.GetValue<string>() == ActionInputs.NewOwner);
        Assert.Equal(ChaseScenario.ManagerId, input["value"]!.GetValue<string>());
        Assert.Contains("Only a member of the review 'WBR' can own this action; choose one from the list.", Texts(body));
        Assert.Contains(body["value"]!["actions"]!.AsArray(), a => a!["verb"]?.GetValue<string>() == CardVerbs.ActionReassign);
        var item = await s.ActionAsync(id);
        Assert.Equal((ChaseScenario.OwnerId, "Avery Owner", 0), (item.OwnerTeamsUserId, item.OwnerName, item.Version));
        Assert.Equal([ActionEventKind.Created], await s.EventsAsync(id));
        Assert.Equal(0, await s.DbAsync(db => db.Set<Outbox.OutboxMessage>().CountAsync()));
        Assert.Contains(s.Logs.Entries, e => e.Id.Id == 6007 && e.Message.Contains(ChaseScenario.ManagerId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reassign_ToTheCurrentOwner_SaysNothingChanged_AndRecordsNothing()
    {
        await using var s = await ChaseScenario.StartAsync(Now);
        var id = await s.AddActionAsync(new DateOnly(2026, 12, 4));

        var body = await InvokeAsync(s, CardVerbs.ActionReassign, id, null, (ActionInputs.NewOwner, ChaseScenario.OwnerId));

        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Contains("Nothing changed: Avery Owner already owns this action.", Texts(body));
        Assert.Equal(0, (await s.ActionAsync(id)).Version);
        Assert.Equal([ActionEventKind.Created], await s.EventsAsync(id));
        Assert.Equal(0, await s.DbAsync(db => db.Set<Outbox.OutboxMessage>().CountAsync()));
        Assert.DoesNotContain(s.Logs.Entries, e => e.Id.Id == 6007);
    }

    [Fact]
    public async Task ActionsCommand_ListsMyOpenActionsGrouped()
    {
        await using var s = await ChaseScenario.StartAsync(Now);
        await s.AddActionAsync(new DateOnly(2026, 11, 30));
        await s.AddActionAsync(new DateOnly(2026, 12, 4));
        await s.AddActionAsync(new DateOnly(2027, 1, 15));
        await s.AddActionAsync(new DateOnly(2026, 12, 3), ChaseScenario.OtherId, ChaseScenario.OtherAad, "Blake Member");

        await s.Client.PostAsync(TestActivities.Message(s.Connector.ServiceUrl, "actions"));

        var card = Assert.Single(await s.Connector.WaitForActivitiesAsync(1)).Card!;
        var texts = Descendants(card).Select(n => n["text"]?.GetValue<string>()).OfType<string>().ToList();
        Assert.Contains("3 open, 1 overdue \u2014 showing all 3.", texts);
        Assert.Equal(["\u26A0 Overdue", "This week", "Later"], texts.Where(t => t is "\u26A0 Overdue" or "This week" or "Later"));
    }
}

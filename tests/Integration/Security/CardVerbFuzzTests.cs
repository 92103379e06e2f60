using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Decisions;
using CxReviewBot.IntegrationTests.Agenda;
using CxReviewBot.IntegrationTests.Decisions;
using CxReviewBot.IntegrationTests.Foundation;
using CxReviewBot.Outbox;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CxReviewBot.IntegrationTests.Security;

/// <summary>
/// Issue 13 item 4: every registered card verb (read from the route table, so a new verb is covered without editing
/// this test) with hostile values in every data key our cards use — no 500, no failed turn, and the database as it was.
/// </summary>
public sealed class CardVerbFuzzTests
{
    /// <summary>Raw JSON values: missing/empty, wrong types, numbers a double cannot hold, text that breaks parsers.</summary>
    private static readonly string[] Hostile =
    [
        "null", "true", "{}", "[]", "[1,{\"a\":2}]", "1e400", "-1e400", "1.7e308", "-1", "0", "2147483648", "12.5",
        "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"-1.7e308\"", "\"1e400\"", "\"\"", "\"   \"", "\"9999-99-99\"",
        "\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"", "\"<at>x</at> \\n **bold**\"",
    ];

    /// <summary>Values no verb may take, whatever the other fields are: the generic layers must refuse them.</summary>
    private static readonly string[] Refused =
    [
        "\"\\u0000\"", "\"a\\u0007b\"", "\"x\\u001b[2J\"", "\"\\ud800\"", "\"tail \\udfff\"", "\"\\ud83d\"", $"\"{new string('x', 100_000)}\"",
    ];

    /// <summary>The chaser re-plans actions on the real clock; a snapshot must only see what the invokes did.</summary>
    private static readonly Dictionary<string, string?> Quiet = new() { ["Actions:ChaserEnabled"] = "false" };

    [Fact]
    public async Task EveryVerb_WithHostileValues_NeverFailsAndChangesNothing()
    {
        var logs = new RecordingLoggerProvider();
        await using var scenario = await DecisionScenario.StartAsync(TestDatabases.Sqlite, Quiet);
        scenario.Bot.Host.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        var ids = await SeedAsync(scenario);
        var verbs = scenario.Bot.Host.Services.GetRequiredService<BotRoutes>().Verbs.Order(StringComparer.Ordinal).ToList();
        Assert.Contains(CardVerbs.SetupSave, verbs);
        Assert.Contains(CardVerbs.DecisionEdit, verbs);
        Assert.Contains(CardVerbs.ActionSnooze, verbs);
        var keys = DataKeys();
        var before = await SnapshotAsync(scenario);
        var failures = new List<string>();

        foreach (var verb in verbs)
        {
            await SendAsync(scenario, verb, "{}", failures);
            foreach (var value in Hostile.Concat(Refused))
            {
                // Every key hostile, ids included.
                await SendAsync(scenario, verb, Data(keys, _ => value), failures);
            }
            foreach (var value in Refused)
            {
                // Real ids, so the verb gets past loading its review, decision or action; every other key refused.
                await SendAsync(scenario, verb, Data(keys, key => ids.GetValueOrDefault(key) ?? value), failures);
            }
        }

        Assert.Empty(failures);
        Assert.Equal(before, await SnapshotAsync(scenario));
        Assert.DoesNotContain(logs.Entries, e => e.Id.Id == 1304);
    }

    [Fact]
    public async Task EveryVerb_WithRealIdsAndWrongTypesOrNumbers_NeverFails()
    {
        await using var scenario = await DecisionScenario.StartAsync(TestDatabases.Sqlite, Quiet);
        var ids = await SeedAsync(scenario);
        var verbs = scenario.Bot.Host.Services.GetRequiredService<BotRoutes>().Verbs.Order(StringComparer.Ordinal).ToList();
        var keys = DataKeys();
        var failures = new List<string>();

        foreach (var verb in verbs)
        {
            foreach (var value in Hostile)
            {
                // A valid verb may act on these (Done needs nothing else), so only "never a 500" is asserted here.
                await SendAsync(scenario, verb, Data(keys, key => ids.GetValueOrDefault(key) ?? value), failures);
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("\"-Infinity\"")]
    [InlineData("1e400")]
    [InlineData("1.7e308")]
    [InlineData("\"99999999999999999999\"")]
    [InlineData("60.5")]
    [InlineData("true")]
    [InlineData("{}")]
    public async Task SetupSave_MeetingMinutesNotANumberOfMinutes_IsAMessageOnTheCard_NothingStored(string minutes)
    {
        await using var bot = await AgendaScenario.StartAsync();
        var data = new JsonObject
        {
            ["reviewName"] = "WBR",
            ["weekday"] = "Monday",
            ["meetingTime"] = "09:00",
            ["meetingMinutes"] = "__MINUTES__",
            ["timeZone"] = "America/New_York",
            ["leadTimeHours"] = "24",
            ["cxLeads"] = TestActivities.UserAadId,
        };
        var body = AgendaScenario.ChannelExecute(bot.ServiceUrl, CardVerbs.SetupSave, data).ToJsonString()
            .Replace("\"__MINUTES__\"", minutes, StringComparison.Ordinal);

        var response = await bot.Client.PostRawAsync(body, bot.Identity.MintToken(s => s.ServiceUrl = bot.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)answer["statusCode"]!);
        Assert.Contains("Give the meeting length as a whole number of minutes from 15 to 480.", answer["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.Host.WithDbAsync(TestActivities.TenantId, db => db.Set<Reviews.Review>().CountAsync()));
    }

    [Theory]
    [InlineData(CardVerbs.DecisionRecord, DecisionFields.Text)]
    [InlineData(CardVerbs.ActionUpdate, Cards.Actions.ActionInputs.UpdateText)]
    public async Task LoneSurrogateInCardText_Returns400_NothingStored(string verb, string field)
    {
        await using var scenario = await DecisionScenario.StartAsync(TestDatabases.Sqlite, Quiet);
        var ids = await SeedAsync(scenario);
        var before = await SnapshotAsync(scenario);
        var data = scenario.Form(Guid.NewGuid().ToString("N"), DecisionFields.FromCommand);
        data[CardDataKeys.ActionId] = ids[CardDataKeys.ActionId]!.Trim('"');
        data[field] = "__TEXT__";
        var body = AgendaScenario.ChannelExecute(scenario.Bot.ServiceUrl, verb, data).ToJsonString()
            .Replace("\"__TEXT__\"", "\"Call \\ud800 back\"", StringComparison.Ordinal);

        var response = await scenario.Bot.Client.PostRawAsync(body, scenario.Bot.Identity.MintToken(s => s.ServiceUrl = scenario.Bot.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(scenario));
    }

    private static async Task SendAsync(DecisionScenario scenario, string verb, string data, List<string> failures)
    {
        var invoke = AgendaScenario.ChannelExecute(scenario.Bot.ServiceUrl, verb, new JsonObject { ["__data__"] = true });
        var body = invoke.ToJsonString().Replace("{\"__data__\":true}", data, StringComparison.Ordinal);
        var response = await scenario.Bot.Client.PostRawAsync(body, scenario.Bot.Identity.MintToken(s => s.ServiceUrl = scenario.Bot.ServiceUrl));
        var text = await response.Content.ReadAsStringAsync();
        var shown = data.Length > 200 ? data[..200] + "…" : data;
        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{verb} {shown}: HTTP {(int)response.StatusCode}");
        }
        else if (response.StatusCode == HttpStatusCode.OK && text.Length > 0 && (int?)JsonNode.Parse(text)?["statusCode"] >= 500)
        {
            failures.Add($"{verb} {shown}: invoke {text}");
        }
    }

    private static string Data(IReadOnlyList<string> keys, Func<string, string> value)
    {
        var json = new StringBuilder("{");
        foreach (var key in keys)
        {
            json.Append(json.Length > 1 ? "," : "").Append('"').Append(key).Append("\":").Append(value(key));
        }
        return json.Append('}').ToString();
    }

    /// <summary>Every data key and input id our cards send: the string constants of the cards' *Keys, *Fields and *Inputs classes.</summary>
    private static List<string> DataKeys() =>
        [.. typeof(CardDataKeys).Assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed && (t.Name.EndsWith("Keys", StringComparison.Ordinal) || t.Name.EndsWith("Fields", StringComparison.Ordinal) || t.Name.EndsWith("Inputs", StringComparison.Ordinal)))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(k => k.Length is > 0 and <= 40 && k.All(char.IsAsciiLetterOrDigit))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>A decision with its open action in the scenario's review; the real ids as raw JSON strings.</summary>
    private static async Task<Dictionary<string, string?>> SeedAsync(DecisionScenario scenario)
    {
        await scenario.InvokeAsync(CardVerbs.DecisionRecord, scenario.Form(Guid.NewGuid().ToString("N"), DecisionFields.FromCommand));
        // The owner's 1:1 card goes out through the outbox; wait for it, so the snapshots see a quiet database.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await scenario.DbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.Status != OutboxStatus.Sent)))
        {
            Assert.True(DateTime.UtcNow < deadline, "The decision's outbox message was never sent.");
            await Task.Delay(50);
        }
        var decision = await scenario.DbAsync(db => db.Set<Decision>().SingleAsync());
        var action = await scenario.DbAsync(db => db.Set<ActionItem>().SingleAsync());
        string Raw(long id) => $"\"{id.ToString(CultureInfo.InvariantCulture)}\"";
        return new Dictionary<string, string?>
        {
            [CardDataKeys.ReviewId] = Raw(scenario.ReviewId),
            [CardDataKeys.DecisionId] = Raw(decision.Id),
            [CardDataKeys.ActionId] = Raw(action.Id),
        };
    }

    /// <summary>Every row of every table except the per-turn bookkeeping (de-duplication, conversation references).</summary>
    private static Task<string> SnapshotAsync(DecisionScenario scenario) => scenario.DbAsync(async db =>
    {
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct()
            .Where(t => t is not ("processed_activities" or "conversation_references" or "known_users")).Order(StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            text.Append("## ").AppendLine(table);
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }
                text.AppendLine();
            }
        }
        return text.ToString();
    });
}

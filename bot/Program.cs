using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Features.Catalog;
using CxReviewBot.Features.Catalog.Demo;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Features.Help;
using CxReviewBot.Features.Judge;
using CxReviewBot.Features.Ledger;
using CxReviewBot.Features.Minutes;
using CxReviewBot.Features.Owners;
using CxReviewBot.Features.Planner;
using CxReviewBot.Features.Setup;
using CxReviewBot.Graph;
using CxReviewBot.Hosting;
using CxReviewBot.Outbox;
using CxReviewBot.People;
using CxReviewBot.Protocol.Auth;
using CxReviewBot.Protocol.Connector;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;

var isCli = CliExtensions.IsCliInvocation(args);
// A command-line verb serves no HTTP, so it starts from the slim builder (40 ms less of every verb's start-up).
var builder = isCli
    ? WebApplication.CreateSlimBuilder(CliExtensions.ConfigurationArgs(args))
    : WebApplication.CreateBuilder(CliExtensions.ConfigurationArgs(args));

builder.AddCxHosting(isCli);
builder.Services.AddCxData(builder.Configuration);
builder.Services.AddInboundAuth();
builder.Services.AddConnector();
builder.Services.AddOutbox(builder.Configuration);
builder.Services.AddBotRouting();
builder.Services.AddPeople(builder.Configuration);

builder.Services.AddHelpFeature();
builder.Services.AddOwnersFeature();
builder.Services.AddSetupFeature();
builder.Services.AddAgendaFeature(builder.Configuration);
builder.Services.AddDecisionsFeature();
builder.Services.AddLedgerFeature();
builder.Services.AddMinutesFeature(builder.Configuration);
builder.Services.AddJudgeFeature(builder.Configuration);
builder.Services.AddCatalog(builder.Configuration);
builder.Services.AddCxGraph(builder.Configuration);
builder.Services.AddActionsFeature(builder.Configuration);
builder.Services.AddPlannerSync(builder.Configuration);

var app = builder.Build();

if (isCli)
{
    return await CliRunner.RunAsync(app.Services, args, CancellationToken.None);
}

if (DevelopmentModeStartup.RefusalReason(app) is { } refusal)
{
    await Console.Error.WriteLineAsync($"error: {refusal}");
    return 1;
}
try
{
    await DatabaseMigrator.MigrateAsync(app.Services, app.Lifetime.ApplicationStopping);
}
catch (CliException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return 1;
}
if (HostingExtensions.ShouldSeedDemo(app.Configuration, app.Environment))
{
    await DemoSeeder.SeedAsync(app.Services, app.Lifetime.ApplicationStopping);
}

app.MapHealth();
app.MapBotMessages();
app.MapCatalog();

await app.RunAsync();
return 0;

/// <summary>Entry point type, public so WebApplicationFactory can host the bot in tests.</summary>
public partial class Program;

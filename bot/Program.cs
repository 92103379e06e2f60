using CxReviewBot.Data;
using CxReviewBot.Hosting;

var isCli = CliExtensions.IsCliInvocation(args);
var builder = WebApplication.CreateBuilder(CliExtensions.ConfigurationArgs(args));

builder.AddCxHosting(isCli);
builder.Services.AddCxData(builder.Configuration);

var app = builder.Build();

if (isCli)
{
    return await CliRunner.RunAsync(app.Services, args, CancellationToken.None);
}

await DatabaseMigrator.MigrateAsync(app.Services, app.Lifetime.ApplicationStopping);

app.MapHealth();

await app.RunAsync();
return 0;

/// <summary>Entry point type, public so WebApplicationFactory can host the bot in tests.</summary>
public partial class Program;

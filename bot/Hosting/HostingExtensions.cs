using CxReviewBot.Data;
using Microsoft.Extensions.Logging.Console;

namespace CxReviewBot.Hosting;

internal static class HostingExtensions
{
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplicationBuilder AddCxHosting(this WebApplicationBuilder builder, bool isCli)
    {
        builder.Services.AddOptions<BotOptions>().Bind(builder.Configuration.GetSection(BotOptions.Section))
            .Validate(o => o.TurnTimeout > TimeSpan.Zero, "Bot:TurnTimeout must be positive").ValidateOnStart();
        builder.Services.AddOptions<DemoOptions>().Bind(builder.Configuration.GetSection(DemoOptions.Section));
        builder.Services.AddOptions<TenancyOptions>().Configure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
            options.DefaultTenantId = TenancyOptions.ResolveDefault(configuration, environment) ?? "");
        builder.Services.AddSingleton(TimeProvider.System);

        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        if (isCli)
        {
            // stdout carries CLI output (CSV, card JSON); logs go to stderr and only when they matter.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // A verb that fails says why in one line (CliRunner); EF Core's own failure logs would add a stack trace.
            builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", level => level is LogLevel.Warning);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.ColorBehavior = LoggerColorBehavior.Disabled);
        }
        builder.Services.AddMigrateVerb();
        return builder;
    }

    public static bool ShouldSeedDemo(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetValue<bool?>($"{DemoOptions.Section}:Seed");
        return configured ?? environment.IsDevelopment();
    }
}

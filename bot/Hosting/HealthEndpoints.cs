using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Hosting;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", async (CxDbContext db, CancellationToken ct) =>
        {
            try
            {
                if (!await db.Database.CanConnectAsync(ct))
                {
                    return Results.Text("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
                }
                var pending = await db.Database.GetPendingMigrationsAsync(ct);
                return pending.Any()
                    ? Results.Text($"database not migrated: {pending.Count()} pending", statusCode: StatusCodes.Status503ServiceUnavailable)
                    : Results.Text("ready");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Results.Text($"database error: {e.GetType().Name}", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}

using System.Diagnostics;
using System.Globalization;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Features.Judge;
using CxReviewBot.Metrics;
using CxReviewBot.Protocol.Routing;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Bench;

/// <summary>
/// `agenda [runs] --phases`: where an agenda build spends its time, phase by phase (the composer's steps done one at a
/// time, then the card built from a full compose), median of each.
/// </summary>
internal static class AgendaPhases
{
    public static async Task PrintAsync(Func<CxDbContext> context, DateOnly asOf, int runs)
    {
        var phases = new Dictionary<string, List<double>>();
        var cpu = new Dictionary<string, List<double>>();
        var clock = new Stopwatch();
        using var process = Process.GetCurrentProcess();
        var cpuAt = process.TotalProcessorTime;
        void Lap(string name)
        {
            (phases.TryGetValue(name, out var list) ? list : phases[name] = []).Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            (cpu.TryGetValue(name, out var cpuList) ? cpuList : cpu[name] = []).Add((process.TotalProcessorTime - cpuAt).TotalMilliseconds);
            cpuAt = process.TotalProcessorTime;
            clock.Restart();
        }
        for (var i = 0; i < runs; i++)
        {
            clock.Restart();
            process.Refresh();
            cpuAt = process.TotalProcessorTime;
            await using var db = context();
            await db.Database.OpenConnectionAsync();
            Lap("open connection");
            var metrics = await db.Set<Metric>().AsNoTracking().ToDictionaryAsync(m => m.Id);
            var touchpoints = await db.Set<Touchpoint>().AsNoTracking().ToDictionaryAsync(t => t.Id);
            Lap("metrics, touchpoints");
            var latest = await LatestRows.ObservationsAsync(db, asOf, AgendaComposer.TrendPoints, CancellationToken.None);
            Lap("latest 12 per series");
            _ = ReviewPackQuery.FromLatest(metrics, touchpoints, latest, null);
            Lap("review pack");
            _ = AgendaTrends.From(metrics, latest);
            Lap("trends");
            _ = AgendaInsight.ByTouchpoint(await LinkageQuery.RunAsync(db, asOf, CancellationToken.None));
            Lap("linkage");
            var view = await new AgendaComposer(db, new BotRoutes(), [new AgendaOverdueActions(db), new MoveAgendaResults(db)]).ComposeAsync(null, asOf, 1, CancellationToken.None);
            clock.Restart();
            process.Refresh();
            cpuAt = process.TotalProcessorTime;
            var card = AgendaCard.Build(view);
            Lap("card build");
            _ = CardSerializer.ToJson(card);
            Lap("serialise");
        }
        foreach (var (name, list) in phases)
        {
            list.Sort();
            cpu[name].Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {name,-22} median {list[list.Count / 2],6:0.00} ms, CPU mean {cpu[name].Average(),6:0.00} ms"));
        }
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CxReviewBot.Data;

/// <summary>
/// SQLite's default rollback journal fsyncs on every commit and blocks readers during writes; a bot turn commits a
/// few times, so under load that dominated latency. WAL (persistent, set at migration) lets readers run beside the
/// writer, and synchronous=NORMAL is durable across process crashes in WAL mode (only power loss can drop the last
/// commits). Memory-mapped reads spare the copy through read() for every page: the agenda's per-series index
/// seeks touch thousands of pages of a large catalogue, and that copying was a third of their cost.
/// </summary>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA mmap_size=268435456;";

    private static void Tune(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}

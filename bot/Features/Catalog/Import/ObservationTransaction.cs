using System.Data.Common;
using CxReviewBot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// The one transaction an observation import writes in. On a SQLite file it is a connection of its own, opened
/// without EF Core: starting EF Core's services costs the command-line import about a second, and the import
/// needs nothing from them. Everywhere else it is the context's own transaction.
/// </summary>
internal sealed class ObservationTransaction : IAsyncDisposable
{
    // A 64 MB page cache (the default is 2 MB) holds the pages the rows land in: bounded, and much faster. No memory
    // map: a re-import reads the whole table, and mapped pages would grow the process with the table. The foreign
    // key to metrics is not checked per row (a fifth of SQLite's work): every metric id comes from the tenant's
    // metrics read inside this transaction, which no other writer can change before the commit.
    private const string ImportPragmas = "PRAGMA cache_size = -65536; PRAGMA foreign_keys = OFF; PRAGMA mmap_size = 0;";

    private readonly SqliteConnection? _ownConnection;
    private readonly IDbContextTransaction? _efTransaction;

    private ObservationTransaction(DbConnection connection, DbTransaction transaction, SqliteConnection? ownConnection, IDbContextTransaction? efTransaction)
    {
        Connection = connection;
        Transaction = transaction;
        _ownConnection = ownConnection;
        _efTransaction = efTransaction;
    }

    public DbConnection Connection { get; }
    public DbTransaction Transaction { get; }

    public static async Task<ObservationTransaction> BeginAsync(CxDbContext db, CancellationToken cancellationToken)
    {
        if (db is SqliteCxDbContext && SqliteFile(db.ConfiguredConnectionString) is { } connectionString)
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                await using (var command = connection.CreateCommand())
                {
                    command.CommandText = SqliteConnectionTuning.Pragmas + ImportPragmas;
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                // BEGIN IMMEDIATE: the names read next stay valid until the commit, as no other writer can start.
                var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                return new ObservationTransaction(connection, transaction, connection, null);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
        var efTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return new ObservationTransaction(db.Database.GetDbConnection(), efTransaction.GetDbTransaction(), null, efTransaction);
    }

    public Task CommitAsync(CancellationToken cancellationToken) =>
        _efTransaction?.CommitAsync(cancellationToken) ?? Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_efTransaction is not null)
        {
            await _efTransaction.DisposeAsync();
            return;
        }
        await Transaction.DisposeAsync();
        await _ownConnection!.DisposeAsync();
    }

    /// <summary>
    /// The connection string for a connection of the import's own (unpooled, so its settings end with it), or null
    /// for an in-memory database, which another connection would not see.
    /// </summary>
    private static string? SqliteFile(string? configured)
    {
        if (configured is null)
        {
            return null;
        }
        var builder = new SqliteConnectionStringBuilder(configured);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return null;
        }
        builder.Pooling = false;
        return builder.ToString();
    }
}

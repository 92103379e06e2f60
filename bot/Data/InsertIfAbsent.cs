using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CxReviewBot.Data;

/// <summary>
/// Inserts one row unless a unique key already holds it (<c>INSERT … ON CONFLICT DO NOTHING</c>, the same SQL on
/// SQLite and PostgreSQL). For claims that are meant to lose races — a re-delivered activity, two instances claiming
/// one agenda — nothing is raised, so EF Core logs no failed SaveChanges and no other error can pass for a duplicate.
/// Runs in the context's current transaction, if any; the row is not tracked.
/// </summary>
internal static class InsertIfAbsent
{
    /// <returns>True when this call inserted the row; false when the key was taken.</returns>
    public static async Task<bool> TryInsertAsync<T>(this CxDbContext db, T row, CancellationToken cancellationToken) where T : class
    {
        if (row is ITenantOwned owned && string.IsNullOrEmpty(owned.TenantId))
        {
            owned.TenantId = db.CurrentTenantId ?? throw new InvalidOperationException($"No tenant set for a new {typeof(T).Name}.");
        }
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        using var factory = db.Database.GetDbConnection().CreateCommand();
        var columns = new List<string>();
        var parameters = new List<DbParameter>();
        foreach (var property in entity.GetProperties())
        {
            if (property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd)
            {
                continue;
            }
            if (property.IsShadowProperty())
            {
                throw new NotSupportedException($"{typeof(T).Name}.{property.Name} is a shadow property.");
            }
            var name = $"p{parameters.Count}";
            columns.Add(sql.DelimitIdentifier(property.GetColumnName(table)!));
            parameters.Add(property.GetRelationalTypeMapping().CreateParameter(factory, name, property.GetGetter().GetClrValue(row), property.IsNullable));
        }
        var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns)}) "
            + $"VALUES ({string.Join(", ", parameters.Select(p => "@" + p.ParameterName))}) ON CONFLICT DO NOTHING";
        return await db.Database.ExecuteSqlRawAsync(text, parameters, cancellationToken) == 1;
    }
}

namespace CxReviewBot.Hosting;

/// <summary>The <c>Database</c> configuration section (contract.md).</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "CxReview";
    public const string DefaultSqliteConnectionString = "Data Source=data/cxreview.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

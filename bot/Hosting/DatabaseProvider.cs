namespace CxReviewBot.Hosting;

internal enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

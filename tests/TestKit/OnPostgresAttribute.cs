using System.Reflection;
using Xunit.Sdk;

namespace CxReviewBot.TestKit;

/// <summary>Runs a theory with "Postgres" as its first argument; skipped with a reason only off CI without a server.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute()
    {
        Skip = TestDatabases.PostgresSkipReason;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[TestDatabases.Postgres]];
}

using System.Reflection;
using Xunit.Sdk;

namespace CxReviewBot.TestKit;

/// <summary>Runs a theory with the provider name "Sqlite" as its first argument.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[TestDatabases.Sqlite]];
}

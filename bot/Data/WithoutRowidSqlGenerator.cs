using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace CxReviewBot.Data;

/// <summary>
/// EF Core cannot declare a SQLite WITHOUT ROWID table, so SQLite migrations append the clause to the CREATE TABLE of
/// every entity carrying <see cref="Annotation"/>, including the copy SQLite migrations build when they rebuild a table.
/// </summary>
internal sealed class WithoutRowidSqlGenerator(MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    public const string Annotation = "CxReview:SqliteWithoutRowid";
    private const string RebuildPrefix = "ef_temp_";

    protected override void Generate(CreateTableOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        if (!IsWithoutRowid(operation, model))
        {
            base.Generate(operation, model, builder, terminate);
            return;
        }
        base.Generate(operation, model, builder, terminate: false);
        builder.Append(" WITHOUT ROWID");
        if (terminate)
        {
            builder.AppendLine(Dependencies.SqlGenerationHelper.StatementTerminator);
            EndStatement(builder);
        }
    }

    private static bool IsWithoutRowid(CreateTableOperation operation, IModel? model)
    {
        var name = operation.Name.StartsWith(RebuildPrefix, StringComparison.Ordinal) ? operation.Name[RebuildPrefix.Length..] : operation.Name;
        return model?.GetRelationalModel().FindTable(name, operation.Schema)?.EntityTypeMappings
            .Any(mapping => mapping.TypeBase[Annotation] is true) == true;
    }
}

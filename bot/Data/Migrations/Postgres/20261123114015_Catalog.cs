using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CxReviewBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Catalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AccountId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Arr = table.Column<double>(type: "double precision", nullable: false),
                    RenewalDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ExpansionArr = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "metrics",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HigherIsBetter = table.Column<bool>(type: "boolean", nullable: false),
                    Target = table.Column<double>(type: "double precision", nullable: true),
                    DecisionThreshold = table.Column<double>(type: "double precision", nullable: true),
                    DecisionIfCrossed = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metrics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "touchpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Function = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerUpn = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    OwnerAadId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OwnerName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Description = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_touchpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "observations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    TouchpointId = table.Column<long>(type: "bigint", nullable: true),
                    MetricId = table.Column<long>(type: "bigint", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_observations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_observations_metrics_MetricId",
                        column: x => x.MetricId,
                        principalTable: "metrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_observations_touchpoints_TouchpointId",
                        column: x => x.TouchpointId,
                        principalTable: "touchpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CustomerAccountId = table.Column<long>(type: "bigint", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TouchpointId = table.Column<long>(type: "bigint", nullable: false),
                    MetricId = table.Column<long>(type: "bigint", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_responses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_survey_responses_accounts_CustomerAccountId",
                        column: x => x.CustomerAccountId,
                        principalTable: "accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_survey_responses_metrics_MetricId",
                        column: x => x.MetricId,
                        principalTable: "metrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_survey_responses_touchpoints_TouchpointId",
                        column: x => x.TouchpointId,
                        principalTable: "touchpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_TenantId_AccountId",
                table: "accounts",
                columns: new[] { "TenantId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_metrics_TenantId_Name",
                table: "metrics",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_observations_MetricId",
                table: "observations",
                column: "MetricId");

            migrationBuilder.CreateIndex(
                name: "IX_observations_TenantId_MetricId_TouchpointId_PeriodEnd",
                table: "observations",
                columns: new[] { "TenantId", "MetricId", "TouchpointId", "PeriodEnd" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "IX_observations_TouchpointId",
                table: "observations",
                column: "TouchpointId");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_CustomerAccountId",
                table: "survey_responses",
                column: "CustomerAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_MetricId",
                table: "survey_responses",
                column: "MetricId");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_TenantId_CustomerAccountId_TouchpointId_Me~",
                table: "survey_responses",
                columns: new[] { "TenantId", "CustomerAccountId", "TouchpointId", "MetricId", "RespondedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_TouchpointId",
                table: "survey_responses",
                column: "TouchpointId");

            migrationBuilder.CreateIndex(
                name: "IX_touchpoints_TenantId_Name",
                table: "touchpoints",
                columns: new[] { "TenantId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "observations");

            migrationBuilder.DropTable(
                name: "survey_responses");

            migrationBuilder.DropTable(
                name: "accounts");

            migrationBuilder.DropTable(
                name: "metrics");

            migrationBuilder.DropTable(
                name: "touchpoints");
        }
    }
}

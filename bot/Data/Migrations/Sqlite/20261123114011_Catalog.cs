using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CxReviewBot.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Arr = table.Column<double>(type: "REAL", nullable: false),
                    RenewalDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExpansionArr = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "metrics",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HigherIsBetter = table.Column<bool>(type: "INTEGER", nullable: false),
                    Target = table.Column<double>(type: "REAL", nullable: true),
                    DecisionThreshold = table.Column<double>(type: "REAL", nullable: true),
                    DecisionIfCrossed = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metrics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "touchpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerUpn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OwnerAadId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_touchpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "observations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TouchpointId = table.Column<long>(type: "INTEGER", nullable: true),
                    MetricId = table.Column<long>(type: "INTEGER", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CustomerAccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TouchpointId = table.Column<long>(type: "INTEGER", nullable: false),
                    MetricId = table.Column<long>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
                unique: true);

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
                name: "IX_survey_responses_TenantId_CustomerAccountId_TouchpointId_MetricId_RespondedOn",
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

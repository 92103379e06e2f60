using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CxReviewBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlannerSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "planner_task_syncs",
                columns: table => new
                {
                    ActionItemId = table.Column<long>(type: "bigint", nullable: false),
                    TenantId = table.Column<string>(type: "text", nullable: false),
                    PlanId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BucketId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TaskId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ETag = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreateStartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SyncedTitle = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    SyncedDueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SyncedAssigneeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SyncedComplete = table.Column<bool>(type: "boolean", nullable: false),
                    Detached = table.Column<bool>(type: "boolean", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NextAttemptUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeaseOwner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PulledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planner_task_syncs", x => x.ActionItemId);
                    table.ForeignKey(
                        name: "FK_planner_task_syncs_action_items_ActionItemId",
                        column: x => x.ActionItemId,
                        principalTable: "action_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_planner_buckets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "text", nullable: false),
                    ReviewId = table.Column<long>(type: "bigint", nullable: false),
                    PlanId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Touchpoint = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BucketId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_planner_buckets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_planner_buckets_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_planner_links",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "text", nullable: false),
                    ReviewId = table.Column<long>(type: "bigint", nullable: false),
                    PlanId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    GroupId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NotConnectedNoticeUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_planner_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_planner_links_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_planner_task_syncs_NextAttemptUtc",
                table: "planner_task_syncs",
                column: "NextAttemptUtc");

            migrationBuilder.CreateIndex(
                name: "IX_planner_task_syncs_PlanId_TaskId",
                table: "planner_task_syncs",
                columns: new[] { "PlanId", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_review_planner_buckets_ReviewId_PlanId_Touchpoint",
                table: "review_planner_buckets",
                columns: new[] { "ReviewId", "PlanId", "Touchpoint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_planner_links_ReviewId",
                table: "review_planner_links",
                column: "ReviewId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "planner_task_syncs");

            migrationBuilder.DropTable(
                name: "review_planner_buckets");

            migrationBuilder.DropTable(
                name: "review_planner_links");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CxReviewBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ConversationType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Weekday = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LeadTimeHours = table.Column<int>(type: "INTEGER", nullable: false),
                    TouchpointScope = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ScheduleFromUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "agenda_occurrences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurrenceUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PostAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PostedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    OutboxKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agenda_occurrences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agenda_occurrences_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: false),
                    TeamsUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Roles = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_members_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agenda_occurrences_ReviewId_OccurrenceUtc",
                table: "agenda_occurrences",
                columns: new[] { "ReviewId", "OccurrenceUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_members_ReviewId_TeamsUserId",
                table: "review_members",
                columns: new[] { "ReviewId", "TeamsUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reviews_TenantId_ConversationId",
                table: "reviews",
                columns: new[] { "TenantId", "ConversationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reviews_TenantId_Name",
                table: "reviews",
                columns: new[] { "TenantId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agenda_occurrences");

            migrationBuilder.DropTable(
                name: "review_members");

            migrationBuilder.DropTable(
                name: "reviews");
        }
    }
}

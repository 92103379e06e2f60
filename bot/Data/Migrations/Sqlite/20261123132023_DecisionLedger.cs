using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CxReviewBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisionLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MeetingMinutes",
                table: "reviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: 60);

            migrationBuilder.CreateTable(
                name: "minutes_occurrences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurrenceUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OutboxKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_minutes_occurrences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_minutes_occurrences_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_minutes_occurrences_ReviewId_OccurrenceUtc",
                table: "minutes_occurrences",
                columns: new[] { "ReviewId", "OccurrenceUtc" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "minutes_occurrences");

            migrationBuilder.DropColumn(
                name: "MeetingMinutes",
                table: "reviews");
        }
    }
}

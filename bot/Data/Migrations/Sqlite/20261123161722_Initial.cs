using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CxReviewBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
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
                name: "conversation_references",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConversationType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConversationName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    TeamId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    TeamsChannelId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BotId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    InstalledByUserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    InstalledByAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IsInstalled = table.Column<bool>(type: "INTEGER", nullable: false),
                    WelcomedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversation_references", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "known_users",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TeamsUserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UserPrincipalName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PersonalConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_known_users", x => x.Id);
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
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    TargetActivityId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RecipientTeamsUserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ActivityJson = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LeaseExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SentActivityId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "processed_activities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    InvokeResponseJson = table.Column<string>(type: "TEXT", nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_activities", x => x.Id);
                });

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
                    MeetingMinutes = table.Column<int>(type: "INTEGER", nullable: false),
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
                    MetricId = table.Column<long>(type: "INTEGER", nullable: false),
                    TouchpointId = table.Column<long>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_observations", x => new { x.MetricId, x.TouchpointId, x.PeriodEnd });
                    table.ForeignKey(
                        name: "FK_observations_metrics_MetricId",
                        column: x => x.MetricId,
                        principalTable: "metrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "review_planner_buckets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Touchpoint = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BucketId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    GroupId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NotConnectedNoticeUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EscalationId = table.Column<long>(type: "INTEGER", nullable: true),
                    OwnerTeamsUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TouchpointId = table.Column<long>(type: "INTEGER", nullable: true),
                    MetricId = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpectedChange = table.Column<double>(type: "REAL", nullable: true),
                    ExpectedBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BaselineValue = table.Column<double>(type: "REAL", nullable: true),
                    BaselinePeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedByTeamsUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FormToken = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OutcomeValue = table.Column<double>(type: "REAL", nullable: true),
                    OutcomePeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeJudgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decisions_metrics_MetricId",
                        column: x => x.MetricId,
                        principalTable: "metrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_decisions_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_decisions_touchpoints_TouchpointId",
                        column: x => x.TouchpointId,
                        principalTable: "touchpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
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

            migrationBuilder.CreateTable(
                name: "action_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionId = table.Column<long>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    OwnerTeamsUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastReminderUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastNudgeUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SnoozedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NextChaseUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PlannerTaskId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlannerETag = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlannerPlanId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlannerBucketId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlannerSyncedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_action_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_action_items_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_action_items_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decision_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByTeamsUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OldValue = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decision_changes_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "action_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", nullable: false),
                    ActionItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_action_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_action_events_action_items_ActionItemId",
                        column: x => x.ActionItemId,
                        principalTable: "action_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planner_task_syncs",
                columns: table => new
                {
                    ActionItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BucketId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TaskId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreateStartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SyncedTitle = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    SyncedDueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SyncedAssigneeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SyncedComplete = table.Column<bool>(type: "INTEGER", nullable: false),
                    Detached = table.Column<bool>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PulledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_accounts_TenantId_AccountId",
                table: "accounts",
                columns: new[] { "TenantId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_action_events_ActionItemId_AtUtc",
                table: "action_events",
                columns: new[] { "ActionItemId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_action_items_DecisionId",
                table: "action_items",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_action_items_NextChaseUtc",
                table: "action_items",
                column: "NextChaseUtc");

            migrationBuilder.CreateIndex(
                name: "IX_action_items_PlannerTaskId",
                table: "action_items",
                column: "PlannerTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_action_items_ReviewId",
                table: "action_items",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_action_items_TenantId_OwnerTeamsUserId_Status",
                table: "action_items",
                columns: new[] { "TenantId", "OwnerTeamsUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_agenda_occurrences_ReviewId_OccurrenceUtc",
                table: "agenda_occurrences",
                columns: new[] { "ReviewId", "OccurrenceUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conversation_references_TenantId_ConversationId",
                table: "conversation_references",
                columns: new[] { "TenantId", "ConversationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decision_changes_DecisionId_AtUtc",
                table: "decision_changes",
                columns: new[] { "DecisionId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_decisions_MetricId",
                table: "decisions",
                column: "MetricId");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_ReviewId_RecordedAtUtc",
                table: "decisions",
                columns: new[] { "ReviewId", "RecordedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_decisions_TenantId_FormToken",
                table: "decisions",
                columns: new[] { "TenantId", "FormToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decisions_TenantId_Status_DueDate",
                table: "decisions",
                columns: new[] { "TenantId", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_decisions_TouchpointId",
                table: "decisions",
                column: "TouchpointId");

            migrationBuilder.CreateIndex(
                name: "IX_known_users_TenantId_AadObjectId",
                table: "known_users",
                columns: new[] { "TenantId", "AadObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_known_users_TenantId_TeamsUserId",
                table: "known_users",
                columns: new[] { "TenantId", "TeamsUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_metrics_TenantId_Name",
                table: "metrics",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_minutes_occurrences_ReviewId_OccurrenceUtc",
                table: "minutes_occurrences",
                columns: new[] { "ReviewId", "OccurrenceUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_Status_NextAttemptAtUtc",
                table: "outbox_messages",
                columns: new[] { "Status", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_TenantId_IdempotencyKey",
                table: "outbox_messages",
                columns: new[] { "TenantId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planner_task_syncs_NextAttemptUtc",
                table: "planner_task_syncs",
                column: "NextAttemptUtc");

            migrationBuilder.CreateIndex(
                name: "IX_planner_task_syncs_PlanId_TaskId",
                table: "planner_task_syncs",
                columns: new[] { "PlanId", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_processed_activities_ConversationId_ActivityId",
                table: "processed_activities",
                columns: new[] { "ConversationId", "ActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_processed_activities_ReceivedAtUtc",
                table: "processed_activities",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_review_members_ReviewId_TeamsUserId",
                table: "review_members",
                columns: new[] { "ReviewId", "TeamsUserId" },
                unique: true);

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
                name: "action_events");

            migrationBuilder.DropTable(
                name: "agenda_occurrences");

            migrationBuilder.DropTable(
                name: "conversation_references");

            migrationBuilder.DropTable(
                name: "decision_changes");

            migrationBuilder.DropTable(
                name: "known_users");

            migrationBuilder.DropTable(
                name: "minutes_occurrences");

            migrationBuilder.DropTable(
                name: "observations");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "planner_task_syncs");

            migrationBuilder.DropTable(
                name: "processed_activities");

            migrationBuilder.DropTable(
                name: "review_members");

            migrationBuilder.DropTable(
                name: "review_planner_buckets");

            migrationBuilder.DropTable(
                name: "review_planner_links");

            migrationBuilder.DropTable(
                name: "survey_responses");

            migrationBuilder.DropTable(
                name: "action_items");

            migrationBuilder.DropTable(
                name: "accounts");

            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "metrics");

            migrationBuilder.DropTable(
                name: "reviews");

            migrationBuilder.DropTable(
                name: "touchpoints");
        }
    }
}

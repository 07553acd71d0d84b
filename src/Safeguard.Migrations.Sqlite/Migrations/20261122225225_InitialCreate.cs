using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguard.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    fact_id = table.Column<long>(type: "INTEGER", nullable: true),
                    reason = table.Column<string>(type: "TEXT", nullable: true),
                    origin = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bank_holiday_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    moved_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    added_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bank_holiday_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "councils",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_councils", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "duties",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    scope = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    rule = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    done = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    started_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    started_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    counting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    missing_parts = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    refused_reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    child_id = table.Column<long>(type: "INTEGER", nullable: true),
                    person_id = table.Column<long>(type: "INTEGER", nullable: true),
                    meeting_id = table.Column<long>(type: "INTEGER", nullable: true),
                    complaint_id = table.Column<long>(type: "INTEGER", nullable: true),
                    action_id = table.Column<long>(type: "INTEGER", nullable: true),
                    remedy_id = table.Column<long>(type: "INTEGER", nullable: true),
                    alert_id = table.Column<long>(type: "INTEGER", nullable: true),
                    worker_id = table.Column<long>(type: "INTEGER", nullable: true),
                    team_id = table.Column<long>(type: "INTEGER", nullable: true),
                    evaluated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duties", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    conference_kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    scheduled_for = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_teams", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "policy_settings",
                columns: table => new
                {
                    council_id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_settings", x => new { x.council_id, x.name });
                    table.ForeignKey(
                        name: "fk_policy_settings_councils_council_id",
                        column: x => x.council_id,
                        principalTable: "councils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    staff_role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    qualified = table.Column<bool>(type: "INTEGER", nullable: false),
                    first_year = table.Column<bool>(type: "INTEGER", nullable: false),
                    team_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                    table.ForeignKey(
                        name: "fk_people_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "complaints",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    complainant_id = table.Column<long>(type: "INTEGER", nullable: false),
                    child_id = table.Column<long>(type: "INTEGER", nullable: true),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaints_people_child_id",
                        column: x => x.child_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_people_complainant_id",
                        column: x => x.complainant_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_restrictions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    restricted_person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    via_person_id = table.Column<long>(type: "INTEGER", nullable: true),
                    recorded_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_restrictions", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_restrictions_people_restricted_person_id",
                        column: x => x.restricted_person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contact_restrictions_people_via_person_id",
                        column: x => x.via_person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_children",
                columns: table => new
                {
                    meeting_id = table.Column<long>(type: "INTEGER", nullable: false),
                    child_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_children", x => new { x.meeting_id, x.child_id });
                    table.ForeignKey(
                        name: "fk_meeting_children_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_children_people_child_id",
                        column: x => x.child_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "quality_alerts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    child_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quality_alerts", x => x.id);
                    table.ForeignKey(
                        name: "fk_quality_alerts_people_child_id",
                        column: x => x.child_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "relationships",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    adult_id = table.Column<long>(type: "INTEGER", nullable: false),
                    child_id = table.Column<long>(type: "INTEGER", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    parental_responsibility = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_relationships", x => x.id);
                    table.ForeignKey(
                        name: "fk_relationships_people_adult_id",
                        column: x => x.adult_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_relationships_people_child_id",
                        column: x => x.child_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "complaint_points",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    complaint_id = table.Column<long>(type: "INTEGER", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_points", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_points_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "facts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    supersedes_id = table.Column<long>(type: "INTEGER", nullable: true),
                    child_id = table.Column<long>(type: "INTEGER", nullable: true),
                    meeting_id = table.Column<long>(type: "INTEGER", nullable: true),
                    complaint_id = table.Column<long>(type: "INTEGER", nullable: true),
                    action_id = table.Column<long>(type: "INTEGER", nullable: true),
                    remedy_id = table.Column<long>(type: "INTEGER", nullable: true),
                    alert_id = table.Column<long>(type: "INTEGER", nullable: true),
                    person_id = table.Column<long>(type: "INTEGER", nullable: true),
                    payload = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_facts", x => x.id);
                    table.ForeignKey(
                        name: "fk_facts_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_facts_facts_supersedes_id",
                        column: x => x.supersedes_id,
                        principalTable: "facts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_facts_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_facts_people_child_id",
                        column: x => x.child_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recommendations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    complaint_id = table.Column<long>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommendations", x => x.id);
                    table.ForeignKey(
                        name: "fk_recommendations_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "remedies",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    complaint_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_remedies", x => x.id);
                    table.ForeignKey(
                        name: "fk_remedies_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_restriction_protected_person",
                columns: table => new
                {
                    contact_restriction_id = table.Column<long>(type: "INTEGER", nullable: false),
                    person_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_restriction_protected_person", x => new { x.contact_restriction_id, x.person_id });
                    table.ForeignKey(
                        name: "fk_contact_restriction_protected_person_contact_restrictions_contact_restriction_id",
                        column: x => x.contact_restriction_id,
                        principalTable: "contact_restrictions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contact_restriction_protected_person_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "actions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    complaint_id = table.Column<long>(type: "INTEGER", nullable: true),
                    recommendation_id = table.Column<long>(type: "INTEGER", nullable: true),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    owner_person_id = table.Column<long>(type: "INTEGER", nullable: true),
                    owner_description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    measure = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_actions_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_actions_people_owner_person_id",
                        column: x => x.owner_person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_actions_recommendations_recommendation_id",
                        column: x => x.recommendation_id,
                        principalTable: "recommendations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_actions_complaint_id",
                table: "actions",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_actions_owner_person_id",
                table: "actions",
                column: "owner_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_actions_recommendation_id",
                table: "actions",
                column: "recommendation_id");

            migrationBuilder.CreateIndex(
                name: "ix_actions_reference",
                table: "actions",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_at",
                table: "audit_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_subject_at",
                table: "audit_log",
                columns: new[] { "subject", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_bank_holiday_changes_date",
                table: "bank_holiday_changes",
                column: "date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaint_points_complaint_id_reference",
                table: "complaint_points",
                columns: new[] { "complaint_id", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_child_id",
                table: "complaints",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_complainant_id",
                table: "complaints",
                column: "complainant_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_reference",
                table: "complaints",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contact_restriction_protected_person_person_id",
                table: "contact_restriction_protected_person",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_restrictions_restricted_person_id",
                table: "contact_restrictions",
                column: "restricted_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_restrictions_via_person_id",
                table: "contact_restrictions",
                column: "via_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_duties_child_id",
                table: "duties",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "ix_duties_complaint_id",
                table: "duties",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_duties_outcome_due",
                table: "duties",
                columns: new[] { "outcome", "due" });

            migrationBuilder.CreateIndex(
                name: "ix_duties_scope",
                table: "duties",
                column: "scope");

            migrationBuilder.CreateIndex(
                name: "ix_duties_team_id_outcome_due",
                table: "duties",
                columns: new[] { "team_id", "outcome", "due" });

            migrationBuilder.CreateIndex(
                name: "ix_duties_worker_id_outcome_due",
                table: "duties",
                columns: new[] { "worker_id", "outcome", "due" });

            migrationBuilder.CreateIndex(
                name: "ix_facts_action_id",
                table: "facts",
                column: "action_id");

            migrationBuilder.CreateIndex(
                name: "ix_facts_child_id_occurred_on",
                table: "facts",
                columns: new[] { "child_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_facts_complaint_id_occurred_on",
                table: "facts",
                columns: new[] { "complaint_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_facts_meeting_id_occurred_on",
                table: "facts",
                columns: new[] { "meeting_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_facts_supersedes_id",
                table: "facts",
                column: "supersedes_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_children_child_id",
                table: "meeting_children",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_reference",
                table: "meetings",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_reference",
                table: "people",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_team_id",
                table: "people",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "ix_quality_alerts_child_id",
                table: "quality_alerts",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "ix_quality_alerts_reference",
                table: "quality_alerts",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_complaint_id",
                table: "recommendations",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_reference",
                table: "recommendations",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_relationships_adult_id",
                table: "relationships",
                column: "adult_id");

            migrationBuilder.CreateIndex(
                name: "ix_relationships_child_id_adult_id",
                table: "relationships",
                columns: new[] { "child_id", "adult_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_remedies_complaint_id",
                table: "remedies",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_remedies_reference",
                table: "remedies",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_teams_name",
                table: "teams",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actions");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "bank_holiday_changes");

            migrationBuilder.DropTable(
                name: "complaint_points");

            migrationBuilder.DropTable(
                name: "contact_restriction_protected_person");

            migrationBuilder.DropTable(
                name: "duties");

            migrationBuilder.DropTable(
                name: "facts");

            migrationBuilder.DropTable(
                name: "meeting_children");

            migrationBuilder.DropTable(
                name: "policy_settings");

            migrationBuilder.DropTable(
                name: "quality_alerts");

            migrationBuilder.DropTable(
                name: "relationships");

            migrationBuilder.DropTable(
                name: "remedies");

            migrationBuilder.DropTable(
                name: "recommendations");

            migrationBuilder.DropTable(
                name: "contact_restrictions");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "councils");

            migrationBuilder.DropTable(
                name: "complaints");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "teams");
        }
    }
}

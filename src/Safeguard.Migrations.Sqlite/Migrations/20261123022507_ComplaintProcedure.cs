using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguard.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ComplaintProcedure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "remedies",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "owner_person_id",
                table: "remedies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "complaint_appointments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    complaint_id = table.Column<long>(type: "INTEGER", nullable: false),
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_appointments", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_appointments_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaint_appointments_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "escalation_notices",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    action_id = table.Column<long>(type: "INTEGER", nullable: true),
                    remedy_id = table.Column<long>(type: "INTEGER", nullable: true),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    sent_to = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_escalation_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_escalation_notices_actions_action_id",
                        column: x => x.action_id,
                        principalTable: "actions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_escalation_notices_remedies_remedy_id",
                        column: x => x.remedy_id,
                        principalTable: "remedies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_remedies_owner_person_id",
                table: "remedies",
                column: "owner_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaint_appointments_complaint_id",
                table: "complaint_appointments",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaint_appointments_person_id_ended_on",
                table: "complaint_appointments",
                columns: new[] { "person_id", "ended_on" });

            migrationBuilder.CreateIndex(
                name: "ix_escalation_notices_action_id_due",
                table: "escalation_notices",
                columns: new[] { "action_id", "due" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_escalation_notices_remedy_id_due",
                table: "escalation_notices",
                columns: new[] { "remedy_id", "due" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_remedies_people_owner_person_id",
                table: "remedies",
                column: "owner_person_id",
                principalTable: "people",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_remedies_people_owner_person_id",
                table: "remedies");

            migrationBuilder.DropTable(
                name: "complaint_appointments");

            migrationBuilder.DropTable(
                name: "escalation_notices");

            migrationBuilder.DropIndex(
                name: "ix_remedies_owner_person_id",
                table: "remedies");

            migrationBuilder.DropColumn(
                name: "description",
                table: "remedies");

            migrationBuilder.DropColumn(
                name: "owner_person_id",
                table: "remedies");
        }
    }
}

"""Residents and their stays: rooms, beds, residents, stays, household, bed assignments,
case notes, goals and the change history.

Revision ID: 0002_residents
Revises: 0001_foundation
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_residents"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "resident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=120), nullable=False),
        sa.Column("alias_key", sa.String(length=120), nullable=False),
        sa.Column("legal_name", sa.String(length=200), nullable=True),
        sa.Column("legal_key", sa.String(length=200), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("dob_quality", sa.Integer(), nullable=False),
        sa.Column("genders", sa.String(length=40), nullable=False),
        sa.Column("race_ethnicity", sa.String(length=40), nullable=False),
        sa.Column("pronouns", sa.String(length=60), nullable=False),
        sa.Column("languages", sa.String(length=200), nullable=False),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=False),
        sa.Column("emergency_contact", sa.String(length=300), nullable=False),
        sa.Column("dietary_needs", sa.String(length=300), nullable=False),
        sa.Column("allergies", sa.String(length=300), nullable=False),
        sa.Column("medical_notes", sa.Text(), nullable=False),
        sa.Column("do_not_confirm", sa.Boolean(), nullable=False),
        sa.Column("watch_for", sa.Text(), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["resident.id"], name=op.f("fk_resident_merged_into_id_resident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident")),
    )
    op.create_index(op.f("ix_resident_alias_key"), "resident", ["alias_key"], unique=False)
    op.create_index(
        op.f("ix_resident_merged_into_id"), "resident", ["merged_into_id"], unique=False
    )
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room")),
        sa.UniqueConstraint("name", name=op.f("uq_room_name")),
    )
    op.create_table(
        "bed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=30), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("hold_note", sa.String(length=200), nullable=True),
        sa.Column("hold_until", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_bed_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bed")),
    )
    op.create_index(op.f("ix_bed_room_id"), "bed", ["room_id"], unique=False)
    op.create_table(
        "case_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.String(length=120), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("amends_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["amends_id"], ["case_note.id"], name=op.f("fk_case_note_amends_id_case_note")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["account.id"], name=op.f("fk_case_note_author_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_case_note_resident_id_resident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_note")),
    )
    op.create_index(op.f("ix_case_note_resident_id"), "case_note", ["resident_id"], unique=False)
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=120), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_change_log_resident_id_resident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index(op.f("ix_change_log_resident_id"), "change_log", ["resident_id"], unique=False)
    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_goal_resident_id_resident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    op.create_index(op.f("ix_goal_resident_id"), "goal", ["resident_id"], unique=False)
    op.create_table(
        "stay",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("intake_date", sa.Date(), nullable=False),
        sa.Column("program", sa.String(length=20), nullable=False),
        sa.Column("referral_source", sa.String(length=30), nullable=False),
        sa.Column("referral_note", sa.String(length=200), nullable=False),
        sa.Column("prior_living_situation", sa.Integer(), nullable=False),
        sa.Column("exit_date", sa.Date(), nullable=True),
        sa.Column("destination", sa.Integer(), nullable=True),
        sa.Column("exit_reason", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_stay_resident_id_resident")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stay")),
    )
    op.create_index(op.f("ix_stay_intake_date"), "stay", ["intake_date"], unique=False)
    op.create_index("ix_stay_open", "stay", ["exit_date", "resident_id"], unique=False)
    op.create_index(op.f("ix_stay_resident_id"), "stay", ["resident_id"], unique=False)
    op.create_table(
        "bed_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("bed_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["bed_id"], ["bed.id"], name=op.f("fk_bed_assignment_bed_id_bed")),
        sa.ForeignKeyConstraint(
            ["stay_id"], ["stay.id"], name=op.f("fk_bed_assignment_stay_id_stay")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bed_assignment")),
    )
    op.create_index(op.f("ix_bed_assignment_bed_id"), "bed_assignment", ["bed_id"], unique=False)
    op.create_index(
        "ix_bed_assignment_open", "bed_assignment", ["end_date", "bed_id"], unique=False
    )
    op.create_index(op.f("ix_bed_assignment_stay_id"), "bed_assignment", ["stay_id"], unique=False)
    op.create_table(
        "household_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("relationship_kind", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stay_id"], ["stay.id"], name=op.f("fk_household_member_stay_id_stay")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_member")),
    )
    op.create_index(
        op.f("ix_household_member_stay_id"), "household_member", ["stay_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_household_member_stay_id"), table_name="household_member")
    op.drop_table("household_member")
    op.drop_index(op.f("ix_bed_assignment_stay_id"), table_name="bed_assignment")
    op.drop_index("ix_bed_assignment_open", table_name="bed_assignment")
    op.drop_index(op.f("ix_bed_assignment_bed_id"), table_name="bed_assignment")
    op.drop_table("bed_assignment")
    op.drop_index(op.f("ix_stay_resident_id"), table_name="stay")
    op.drop_index("ix_stay_open", table_name="stay")
    op.drop_index(op.f("ix_stay_intake_date"), table_name="stay")
    op.drop_table("stay")
    op.drop_index(op.f("ix_goal_resident_id"), table_name="goal")
    op.drop_table("goal")
    op.drop_index(op.f("ix_change_log_resident_id"), table_name="change_log")
    op.drop_table("change_log")
    op.drop_index(op.f("ix_case_note_resident_id"), table_name="case_note")
    op.drop_table("case_note")
    op.drop_index(op.f("ix_bed_room_id"), table_name="bed")
    op.drop_table("bed")
    op.drop_table("room")
    op.drop_index(op.f("ix_resident_merged_into_id"), table_name="resident")
    op.drop_index(op.f("ix_resident_alias_key"), table_name="resident")
    op.drop_table("resident")

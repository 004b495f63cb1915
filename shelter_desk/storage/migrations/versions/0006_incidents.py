"""Incident log: incidents (draft, open, signed off), the people in each, follow-up tasks,
amendments, sign-offs and re-openings, and the incident as it was signed off.

The default kinds of incident are put in here (with a code, so the program can show them in
its language until a house renames them); each house can rename, add and retire them.

Revision ID: 0006_incidents
Revises: 0005_safety_plans
Create Date: 2026-12-07
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0006_incidents"
down_revision = "0005_safety_plans"
branch_labels = None
depends_on = None

INCIDENT_TYPES = [  # (code, name shown)
    ("conflict", "Conflict between residents"), ("medical", "Medical emergency"),
    ("watch_person", "Person to watch for seen near the house"), ("trespass", "Trespass"),
    ("threat", "Threat or contact from a trafficker or abuser"), ("self_harm", "Self-harm concern"),
    ("damage", "Property damage"), ("theft", "Theft"), ("rule_breach", "Rule breach"),
    ("child_safety", "Child safety concern"), ("police", "Police contact"), ("other", "Other"),
]


def upgrade() -> None:
    incident_type = op.create_table('incident_type',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_type'))
    )
    op.create_table('incident',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=10), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('type_id', sa.Integer(), nullable=True),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('narrative_before', sa.Text(), nullable=False),
    sa.Column('narrative_during', sa.Text(), nullable=False),
    sa.Column('narrative_after', sa.Text(), nullable=False),
    sa.Column('injuries', sa.Text(), nullable=False),
    sa.Column('medical_response', sa.Text(), nullable=False),
    sa.Column('property_damage', sa.Text(), nullable=False),
    sa.Column('immediate_actions', sa.Text(), nullable=False),
    sa.Column('police_called', sa.Boolean(), nullable=False),
    sa.Column('ems_called', sa.Boolean(), nullable=False),
    sa.Column('report_number', sa.String(length=60), nullable=False),
    sa.Column('mandatory_report', sa.Boolean(), nullable=False),
    sa.Column('mandatory_report_note', sa.String(length=300), nullable=False),
    sa.Column('supervisor_notified', sa.Boolean(), nullable=False),
    sa.Column('supervisor_note', sa.String(length=300), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('review_notes', sa.Text(), nullable=False),
    sa.Column('signed_off_at', sa.DateTime(), nullable=True),
    sa.Column('signed_off_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['account.id'], name=op.f('fk_incident_recorded_by_id_account')),
    sa.ForeignKeyConstraint(['type_id'], ['incident_type.id'], name=op.f('fk_incident_type_id_incident_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident'))
    )
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_recorded_by_id'), ['recorded_by_id'], unique=False)
        batch_op.create_index('ix_incident_status_when', ['status', 'occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_type_id'), ['type_id'], unique=False)

    op.create_table('incident_amendment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('author', sa.String(length=120), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['account.id'], name=op.f('fk_incident_amendment_author_id_account')),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_incident_amendment_incident_id_incident')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_amendment')),
    sa.UniqueConstraint('incident_id', 'number', name=op.f('uq_incident_amendment_incident_id'))
    )
    with op.batch_alter_table('incident_amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_amendment_incident_id'), ['incident_id'], unique=False)

    op.create_table('incident_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by_name', sa.String(length=120), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['by_id'], ['account.id'], name=op.f('fk_incident_decision_by_id_account')),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_incident_decision_incident_id_incident')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_decision'))
    )
    with op.batch_alter_table('incident_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_decision_incident_id'), ['incident_id'], unique=False)

    op.create_table('incident_followup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('what', sa.String(length=500), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('owner_name', sa.String(length=120), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('done_by', sa.String(length=120), nullable=False),
    sa.Column('done_note', sa.String(length=500), nullable=False),
    sa.Column('added_by', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_incident_followup_incident_id_incident')),
    sa.ForeignKeyConstraint(['owner_id'], ['account.id'], name=op.f('fk_incident_followup_owner_id_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_followup'))
    )
    with op.batch_alter_table('incident_followup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_followup_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index('ix_incident_followup_open', ['done_on', 'due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_followup_owner_id'), ['owner_id'], unique=False)

    op.create_table('incident_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.Column('saved_by', sa.String(length=120), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_incident_version_incident_id_incident')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_version')),
    sa.UniqueConstraint('incident_id', 'number', name=op.f('uq_incident_version_incident_id'))
    )
    with op.batch_alter_table('incident_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_version_incident_id'), ['incident_id'], unique=False)

    op.create_table('incident_person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('household_member_id', sa.Integer(), nullable=True),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_incident_person_account_id_account')),
    sa.ForeignKeyConstraint(['household_member_id'], ['household_member.id'], name=op.f('fk_incident_person_household_member_id_household_member')),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_incident_person_incident_id_incident')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_incident_person_resident_id_resident')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_person'))
    )
    with op.batch_alter_table('incident_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_person_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_person_resident_id'), ['resident_id'], unique=False)
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(incident_type, [{"code": code, "name": name, "sort_order": i, "active": True, "created_at": now,
                                    "updated_at": now} for i, (code, name) in enumerate(INCIDENT_TYPES)])


def downgrade() -> None:
    with op.batch_alter_table('incident_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_person_resident_id'))
        batch_op.drop_index(batch_op.f('ix_incident_person_incident_id'))

    op.drop_table('incident_person')
    with op.batch_alter_table('incident_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_version_incident_id'))

    op.drop_table('incident_version')
    with op.batch_alter_table('incident_followup', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_followup_owner_id'))
        batch_op.drop_index('ix_incident_followup_open')
        batch_op.drop_index(batch_op.f('ix_incident_followup_incident_id'))

    op.drop_table('incident_followup')
    with op.batch_alter_table('incident_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_decision_incident_id'))

    op.drop_table('incident_decision')
    with op.batch_alter_table('incident_amendment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_amendment_incident_id'))

    op.drop_table('incident_amendment')
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_type_id'))
        batch_op.drop_index('ix_incident_status_when')
        batch_op.drop_index(batch_op.f('ix_incident_recorded_by_id'))
        batch_op.drop_index(batch_op.f('ix_incident_occurred_at'))

    op.drop_table('incident')
    op.drop_table('incident_type')

"""The database refuses a second open stay for one person and two open spells in one bed or for one stay.

Revision ID: 0003_open_stay_guards
Revises: 0002_residents
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_open_stay_guards"
down_revision = "0002_residents"
branch_labels = None
depends_on = None

OPEN_STAY = sa.text("exit_date IS NULL")
OPEN_SPELL = sa.text("end_date IS NULL")


def upgrade() -> None:
    op.create_index("uq_stay_open_resident", "stay", ["resident_id"], unique=True,
                    sqlite_where=OPEN_STAY, postgresql_where=OPEN_STAY)
    op.create_index("uq_bed_assignment_open_bed", "bed_assignment", ["bed_id"], unique=True,
                    sqlite_where=OPEN_SPELL, postgresql_where=OPEN_SPELL)
    op.create_index("uq_bed_assignment_open_stay", "bed_assignment", ["stay_id"], unique=True,
                    sqlite_where=OPEN_SPELL, postgresql_where=OPEN_SPELL)


def downgrade() -> None:
    op.drop_index("uq_bed_assignment_open_stay", table_name="bed_assignment")
    op.drop_index("uq_bed_assignment_open_bed", table_name="bed_assignment")
    op.drop_index("uq_stay_open_resident", table_name="stay")

"""Safety plans: templates (sections and items), each resident's plan (sections, items), reviews and versions.

The default template is not put in here: it is installed from resources/templates the
first time the safety plans are used, in the language of the program (see PlanService).

Revision ID: 0005_safety_plans
Revises: 0004_daily_needs
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_safety_plans"
down_revision = "0004_daily_needs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('plan_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_template'))
    )
    op.create_table('plan_template_section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['plan_template.id'], name=op.f('fk_plan_template_section_template_id_plan_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_template_section'))
    )
    op.create_index(op.f('ix_plan_template_section_template_id'), 'plan_template_section', ['template_id'], unique=False)
    op.create_table('safety_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('template_name', sa.String(length=120), nullable=False),
    sa.Column('main_concern', sa.Text(), nullable=False),
    sa.Column('warning_signs', sa.Text(), nullable=False),
    sa.Column('developed_with_resident', sa.Boolean(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('review_every_days', sa.Integer(), nullable=False),
    sa.Column('next_review_on', sa.Date(), nullable=False),
    sa.Column('last_reviewed_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('made_by', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_safety_plan_resident_id_resident')),
    sa.ForeignKeyConstraint(['template_id'], ['plan_template.id'], name=op.f('fk_safety_plan_template_id_plan_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_plan'))
    )
    op.create_index('ix_safety_plan_due', 'safety_plan', ['status', 'next_review_on'], unique=False)
    op.create_index(op.f('ix_safety_plan_resident_id'), 'safety_plan', ['resident_id'], unique=False)
    op.create_index('uq_safety_plan_active_resident', 'safety_plan', ['resident_id'], unique=True, sqlite_where=sa.text("status = 'active'"), postgresql_where=sa.text("status = 'active'"))
    op.create_table('plan_template_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('help_text', sa.String(length=1000), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['section_id'], ['plan_template_section.id'], name=op.f('fk_plan_template_item_section_id_plan_template_section')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_template_item'))
    )
    op.create_index(op.f('ix_plan_template_item_section_id'), 'plan_template_item', ['section_id'], unique=False)
    op.create_table('safety_plan_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=False),
    sa.Column('reviewed_by', sa.String(length=120), nullable=False),
    sa.Column('what_changed', sa.Text(), nullable=False),
    sa.Column('next_due', sa.Date(), nullable=False),
    sa.Column('plan_version', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['safety_plan.id'], name=op.f('fk_safety_plan_review_plan_id_safety_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_plan_review'))
    )
    op.create_index(op.f('ix_safety_plan_review_plan_id'), 'safety_plan_review', ['plan_id'], unique=False)
    op.create_table('safety_plan_section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('template_section_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['safety_plan.id'], name=op.f('fk_safety_plan_section_plan_id_safety_plan')),
    sa.ForeignKeyConstraint(['template_section_id'], ['plan_template_section.id'], name=op.f('fk_safety_plan_section_template_section_id_plan_template_section')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_plan_section'))
    )
    op.create_index(op.f('ix_safety_plan_section_plan_id'), 'safety_plan_section', ['plan_id'], unique=False)
    op.create_table('safety_plan_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.Column('saved_by', sa.String(length=120), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['safety_plan.id'], name=op.f('fk_safety_plan_version_plan_id_safety_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_plan_version')),
    sa.UniqueConstraint('plan_id', 'number', name=op.f('uq_safety_plan_version_plan_id'))
    )
    op.create_index(op.f('ix_safety_plan_version_plan_id'), 'safety_plan_version', ['plan_id'], unique=False)
    op.create_table('safety_plan_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=False),
    sa.Column('template_item_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('help_text', sa.String(length=1000), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status_on', sa.Date(), nullable=True),
    sa.Column('status_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['safety_plan.id'], name=op.f('fk_safety_plan_item_plan_id_safety_plan')),
    sa.ForeignKeyConstraint(['section_id'], ['safety_plan_section.id'], name=op.f('fk_safety_plan_item_section_id_safety_plan_section')),
    sa.ForeignKeyConstraint(['template_item_id'], ['plan_template_item.id'], name=op.f('fk_safety_plan_item_template_item_id_plan_template_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_plan_item'))
    )
    op.create_index(op.f('ix_safety_plan_item_plan_id'), 'safety_plan_item', ['plan_id'], unique=False)
    op.create_index(op.f('ix_safety_plan_item_section_id'), 'safety_plan_item', ['section_id'], unique=False)


def downgrade() -> None:

    op.drop_index(op.f('ix_safety_plan_item_section_id'), table_name='safety_plan_item')
    op.drop_index(op.f('ix_safety_plan_item_plan_id'), table_name='safety_plan_item')
    op.drop_table('safety_plan_item')
    op.drop_index(op.f('ix_safety_plan_version_plan_id'), table_name='safety_plan_version')
    op.drop_table('safety_plan_version')
    op.drop_index(op.f('ix_safety_plan_section_plan_id'), table_name='safety_plan_section')
    op.drop_table('safety_plan_section')
    op.drop_index(op.f('ix_safety_plan_review_plan_id'), table_name='safety_plan_review')
    op.drop_table('safety_plan_review')
    op.drop_index(op.f('ix_plan_template_item_section_id'), table_name='plan_template_item')
    op.drop_table('plan_template_item')
    op.drop_index('uq_safety_plan_active_resident', table_name='safety_plan', sqlite_where=sa.text("status = 'active'"), postgresql_where=sa.text("status = 'active'"))
    op.drop_index(op.f('ix_safety_plan_resident_id'), table_name='safety_plan')
    op.drop_index('ix_safety_plan_due', table_name='safety_plan')
    op.drop_table('safety_plan')
    op.drop_index(op.f('ix_plan_template_section_template_id'), table_name='plan_template_section')
    op.drop_table('plan_template_section')
    op.drop_table('plan_template')

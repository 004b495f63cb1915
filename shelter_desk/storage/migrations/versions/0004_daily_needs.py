"""Daily needs: meals (the editable list of meals, who took each, guests), clothing and supplies
(kinds, requests, hand-outs, donated stock and its changes), providers and appointments.

The default meals and supply kinds are put in here; each house can rename, add and retire them.

Revision ID: 0004_daily_needs
Revises: 0003_open_stay_guards
Create Date: 2026-11-23
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004_daily_needs"
down_revision = "0003_open_stay_guards"
branch_labels = None
depends_on = None

MEALS = ["Breakfast", "Lunch", "Dinner"]
SUPPLY_KINDS = [  # (code for reports, name shown)
    ("clothing", "Clothing"), ("shoes", "Shoes"), ("hygiene", "Hygiene"), ("baby", "Baby items"),
    ("bedding", "Bedding"), ("phone", "Phone"), ("transit", "Transit pass"), ("food", "Food (pantry bags, formula)"),
    ("other", "Other"),
]


def upgrade() -> None:
    op.create_table('meal_kind',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meal_kind'))
    )
    op.create_table('provider',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('name_key', sa.String(length=120), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provider'))
    )
    op.create_index(op.f('ix_provider_name_key'), 'provider', ['name_key'], unique=False)
    op.create_table('supply_kind',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_kind'))
    )
    op.create_table('appointment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('start_minute', sa.Integer(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('transport_needed', sa.Boolean(), nullable=False),
    sa.Column('ride', sa.String(length=200), nullable=False),
    sa.Column('escort', sa.String(length=120), nullable=False),
    sa.Column('escort_key', sa.String(length=120), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('outcome_note', sa.String(length=300), nullable=False),
    sa.Column('settled_on', sa.Date(), nullable=True),
    sa.Column('settled_by', sa.String(length=120), nullable=False),
    sa.Column('rescheduled_to_id', sa.Integer(), nullable=True),
    sa.Column('booked_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_appointment_provider_id_provider')),
    sa.ForeignKeyConstraint(['rescheduled_to_id'], ['appointment.id'], name=op.f('fk_appointment_rescheduled_to_id_appointment')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_appointment_resident_id_resident')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment'))
    )
    op.create_index('ix_appointment_day', 'appointment', ['day', 'start_minute'], unique=False)
    op.create_index(op.f('ix_appointment_provider_id'), 'appointment', ['provider_id'], unique=False)
    op.create_index(op.f('ix_appointment_resident_id'), 'appointment', ['resident_id'], unique=False)
    op.create_index('ix_appointment_status', 'appointment', ['status', 'day'], unique=False)
    op.create_table('meal_guests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('meal_kind_id', sa.Integer(), nullable=False),
    sa.Column('guests', sa.Integer(), nullable=False),
    sa.Column('children', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meal_kind_id'], ['meal_kind.id'], name=op.f('fk_meal_guests_meal_kind_id_meal_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meal_guests')),
    sa.UniqueConstraint('day', 'meal_kind_id', name=op.f('uq_meal_guests_day'))
    )
    op.create_index(op.f('ix_meal_guests_day'), 'meal_guests', ['day'], unique=False)
    op.create_table('stock_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=120), nullable=False),
    sa.Column('size', sa.String(length=30), nullable=False),
    sa.Column('item_key', sa.String(length=120), nullable=False),
    sa.Column('size_key', sa.String(length=30), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('low_at', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['kind_id'], ['supply_kind.id'], name=op.f('fk_stock_item_kind_id_supply_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_item')),
    sa.UniqueConstraint('kind_id', 'item_key', 'size_key', name=op.f('uq_stock_item_kind_id'))
    )
    op.create_index(op.f('ix_stock_item_kind_id'), 'stock_item', ['kind_id'], unique=False)
    op.create_table('supply_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('kind_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=120), nullable=False),
    sa.Column('size', sa.String(length=30), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('urgency', sa.String(length=12), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('requested_by', sa.String(length=120), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('close_note', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['kind_id'], ['supply_kind.id'], name=op.f('fk_supply_request_kind_id_supply_kind')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_supply_request_resident_id_resident')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_request'))
    )
    op.create_index('ix_supply_request_open', 'supply_request', ['status', 'requested_on'], unique=False)
    op.create_index(op.f('ix_supply_request_resident_id'), 'supply_request', ['resident_id'], unique=False)
    op.create_table('meal_mark',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('meal_kind_id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=False),
    sa.Column('children', sa.Integer(), nullable=False),
    sa.Column('marked_at', sa.DateTime(), nullable=False),
    sa.Column('marked_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['meal_kind_id'], ['meal_kind.id'], name=op.f('fk_meal_mark_meal_kind_id_meal_kind')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_meal_mark_resident_id_resident')),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_meal_mark_stay_id_stay')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meal_mark')),
    sa.UniqueConstraint('day', 'meal_kind_id', 'resident_id', name=op.f('uq_meal_mark_day'))
    )
    op.create_index(op.f('ix_meal_mark_day'), 'meal_mark', ['day'], unique=False)
    op.create_index(op.f('ix_meal_mark_resident_id'), 'meal_mark', ['resident_id'], unique=False)
    op.create_index(op.f('ix_meal_mark_stay_id'), 'meal_mark', ['stay_id'], unique=False)
    op.create_table('supply_handout',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('kind_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=120), nullable=False),
    sa.Column('size', sa.String(length=30), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('handed_on', sa.Date(), nullable=False),
    sa.Column('handed_by_id', sa.Integer(), nullable=True),
    sa.Column('handed_by', sa.String(length=120), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('stock_item_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['handed_by_id'], ['account.id'], name=op.f('fk_supply_handout_handed_by_id_account')),
    sa.ForeignKeyConstraint(['kind_id'], ['supply_kind.id'], name=op.f('fk_supply_handout_kind_id_supply_kind')),
    sa.ForeignKeyConstraint(['request_id'], ['supply_request.id'], name=op.f('fk_supply_handout_request_id_supply_request')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_supply_handout_resident_id_resident')),
    sa.ForeignKeyConstraint(['stock_item_id'], ['stock_item.id'], name=op.f('fk_supply_handout_stock_item_id_stock_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_handout'))
    )
    op.create_index(op.f('ix_supply_handout_handed_on'), 'supply_handout', ['handed_on'], unique=False)
    op.create_index(op.f('ix_supply_handout_resident_id'), 'supply_handout', ['resident_id'], unique=False)
    op.create_table('stock_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stock_item_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('reason_kind', sa.String(length=12), nullable=False),
    sa.Column('change', sa.Integer(), nullable=False),
    sa.Column('count_after', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('by_name', sa.String(length=120), nullable=False),
    sa.Column('handout_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['handout_id'], ['supply_handout.id'], name=op.f('fk_stock_change_handout_id_supply_handout')),
    sa.ForeignKeyConstraint(['stock_item_id'], ['stock_item.id'], name=op.f('fk_stock_change_stock_item_id_stock_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_change'))
    )
    op.create_index(op.f('ix_stock_change_stock_item_id'), 'stock_change', ['stock_item_id'], unique=False)

    now = datetime.now(UTC).replace(tzinfo=None)
    meal_kind = sa.table("meal_kind", sa.column("name"), sa.column("sort_order"), sa.column("active"),
                         sa.column("created_at"), sa.column("updated_at"))
    op.bulk_insert(meal_kind, [{"name": name, "sort_order": i, "active": True, "created_at": now, "updated_at": now}
                               for i, name in enumerate(MEALS)])
    supply_kind = sa.table("supply_kind", sa.column("code"), sa.column("name"), sa.column("sort_order"),
                           sa.column("active"), sa.column("created_at"), sa.column("updated_at"))
    op.bulk_insert(supply_kind, [{"code": code, "name": name, "sort_order": i, "active": True, "created_at": now,
                                  "updated_at": now} for i, (code, name) in enumerate(SUPPLY_KINDS)])


def downgrade() -> None:

    op.drop_index(op.f('ix_stock_change_stock_item_id'), table_name='stock_change')
    op.drop_table('stock_change')
    op.drop_index(op.f('ix_supply_handout_resident_id'), table_name='supply_handout')
    op.drop_index(op.f('ix_supply_handout_handed_on'), table_name='supply_handout')
    op.drop_table('supply_handout')
    op.drop_index(op.f('ix_meal_mark_stay_id'), table_name='meal_mark')
    op.drop_index(op.f('ix_meal_mark_resident_id'), table_name='meal_mark')
    op.drop_index(op.f('ix_meal_mark_day'), table_name='meal_mark')
    op.drop_table('meal_mark')
    op.drop_index(op.f('ix_supply_request_resident_id'), table_name='supply_request')
    op.drop_index('ix_supply_request_open', table_name='supply_request')
    op.drop_table('supply_request')
    op.drop_index(op.f('ix_stock_item_kind_id'), table_name='stock_item')
    op.drop_table('stock_item')
    op.drop_index(op.f('ix_meal_guests_day'), table_name='meal_guests')
    op.drop_table('meal_guests')
    op.drop_index('ix_appointment_status', table_name='appointment')
    op.drop_index(op.f('ix_appointment_resident_id'), table_name='appointment')
    op.drop_index(op.f('ix_appointment_provider_id'), table_name='appointment')
    op.drop_index('ix_appointment_day', table_name='appointment')
    op.drop_table('appointment')
    op.drop_table('supply_kind')
    op.drop_index(op.f('ix_provider_name_key'), table_name='provider')
    op.drop_table('provider')
    op.drop_table('meal_kind')

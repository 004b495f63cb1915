"""Clothing and supplies: requests, hand-outs, and the donated stock on the shelves.

A request is made for a resident staying here now. Handing something out records
what, how many, on which day and by whom, closes the request it answers, and lowers
the matching stock item (same kind, item and size, ignoring case and accents). Stock
never goes below zero unless a reason is given (the shelf had more than the list
said). Food beyond meals (pantry bags, baby formula) is handed out as the "food" kind.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shelter_desk import audit
from shelter_desk.errors import ValidationError
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.permissions import Permission
from shelter_desk.services.needs_common import (
    aliases,
    check_count,
    list_name,
    rooms_of_residents,
    same_name,
    stay_on,
)
from shelter_desk.services.needs_views import (
    MAX_QUANTITY,
    MAX_STOCK,
    URGENCIES,
    HandoutLine,
    HandoutResult,
    RequestLine,
    StockChangeLine,
    StockLine,
    StockWouldGoNegative,
    SupplyKindView,
)
from shelter_desk.services.validation import check_date, clean_line, fold, is_record_id
from shelter_desk.storage.needs_models import (
    StockChange,
    StockItem,
    SupplyHandout,
    SupplyKind,
    SupplyRequest,
)

QUANTITY = QT_TRANSLATE_NOOP("fields", "the quantity")


def _item(value: str) -> str:
    return clean_line(value, field="item", label=QT_TRANSLATE_NOOP("fields", "the item"), max_length=120)


def _size(value: str) -> str:
    return clean_line(value, field="size", label=QT_TRANSLATE_NOOP("fields", "the size"), max_length=30)


def _key(text: str) -> str:
    return " ".join(fold(text).split())


class SupplyService:
    def __init__(self, desk) -> None:  # noqa: ANN001
        self.desk = desk

    # --- the list of kinds ----------------------------------------------------------------------
    def kinds(self, include_retired: bool = False) -> list[SupplyKindView]:
        self.desk.require(Permission.VIEW_RESIDENTS)
        with self.desk.read() as session:
            query = select(SupplyKind).order_by(SupplyKind.sort_order, SupplyKind.id)
            if not include_retired:
                query = query.where(SupplyKind.active.is_(True))
            return [SupplyKindView(k.id, k.code, k.name, k.active, k.sort_order) for k in session.scalars(query)]

    @staticmethod
    def _kind(session: Session, kind_id: int, *, in_use: bool = True) -> SupplyKind:
        kind = session.get(SupplyKind, kind_id) if is_record_id(kind_id) else None
        if kind is None or (in_use and not kind.active):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose what kind of item it is from the list."),
                                  field="kind")
        return kind

    def add_kind(self, name: str) -> int:
        self.desk.require(Permission.MANAGE_LISTS)
        name = list_name(name)
        now = self.desk.now()
        with self.desk.write() as session:
            for other in session.scalars(select(SupplyKind)):
                if same_name(other.name, name):
                    raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is already a kind called {name}."),
                                          field="name", name=other.name)
            last = session.scalar(select(func.max(SupplyKind.sort_order))) or 0
            kind = SupplyKind(code="", name=name, sort_order=last + 1, active=True, created_at=now, updated_at=now)
            session.add(kind)
            session.flush()
            self.desk.record(session, audit.Action.SUPPLY_KINDS_CHANGED, entity_type="supply_kind",
                             entity_id=kind.id, summary=f"supply kind #{kind.id} added")
            kind_id = kind.id
        self.desk.changed("supplies")
        return kind_id

    def rename_kind(self, kind_id: int, name: str) -> None:
        self.desk.require(Permission.MANAGE_LISTS)
        name = list_name(name)
        with self.desk.write() as session:
            kind = self._kind(session, kind_id, in_use=False)
            for other in session.scalars(select(SupplyKind).where(SupplyKind.id != kind.id)):
                if same_name(other.name, name):
                    raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is already a kind called {name}."),
                                          field="name", name=other.name)
            kind.name, kind.updated_at = name, self.desk.now()
            self.desk.record(session, audit.Action.SUPPLY_KINDS_CHANGED, entity_type="supply_kind",
                             entity_id=kind.id, summary=f"supply kind #{kind.id} renamed")
        self.desk.changed("supplies")

    def set_kind_active(self, kind_id: int, active: bool) -> None:
        """Retire a kind (no new requests; what was recorded stays) or bring it back."""
        self.desk.require(Permission.MANAGE_LISTS)
        with self.desk.write() as session:
            kind = self._kind(session, kind_id, in_use=False)
            kind.active, kind.updated_at = bool(active), self.desk.now()
            self.desk.record(session, audit.Action.SUPPLY_KINDS_CHANGED, entity_type="supply_kind",
                             entity_id=kind.id, summary=f"supply kind #{kind.id} {'back in use' if active else 'retired'}")
        self.desk.changed("supplies")

    # --- requests -------------------------------------------------------------------------------
    def request(self, resident_id: int, kind_id: int, item: str = "", size: str = "", quantity: int = 1,
                urgency: str = "soon", note: str = "") -> int:
        """Record that a resident staying here now asked for something. Returns the request's id."""
        who = self.desk.require(Permission.DAILY_NEEDS)
        item, size = _item(item), _size(size)
        quantity = check_count(quantity, field="quantity", label=QUANTITY, low=1, high=MAX_QUANTITY)
        if not any(urgency == code for code, _label in URGENCIES):  # a list typed in must not be hashed
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose how urgent it is from the list."),
                                  field="urgency")
        note = clean_line(note, field="note", label=QT_TRANSLATE_NOOP("fields", "the note"), max_length=500)
        today, now = self.desk.today(), self.desk.now()
        with self.desk.write() as session:
            resident = self.desk.residents._resident(session, resident_id)
            if self.desk.residents._open_stay(session, resident.id) is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{alias} is not staying here now, so a request cannot be recorded for her."),
                    field="resident", alias=resident.alias)
            kind = self._kind(session, kind_id)
            row = SupplyRequest(resident_id=resident.id, kind_id=kind.id, item=item, size=size, quantity=quantity,
                                urgency=urgency, note=note, requested_on=today, requested_by=who.display_name,
                                status="open", created_at=now, updated_at=now)
            session.add(row)
            session.flush()
            self.desk.record(session, audit.Action.SUPPLY_REQUESTED, entity_type="supply_request", entity_id=row.id,
                             summary=f"request #{row.id} for resident #{resident.id}: {quantity} of kind #{kind.id}")
            request_id = row.id
        self.desk.changed("supplies")
        return request_id

    def cancel_request(self, request_id: int, note: str = "") -> None:
        self.desk.require(Permission.DAILY_NEEDS)
        note = clean_line(note, field="note", label=QT_TRANSLATE_NOOP("fields", "the reason"), max_length=300)
        with self.desk.write() as session:
            row = self._request(session, request_id)
            if row.status != "open":
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "That request is already closed."))
            row.status, row.closed_on, row.close_note = "cancelled", self.desk.today(), note
            row.updated_at = self.desk.now()
            self.desk.record(session, audit.Action.SUPPLY_REQUEST_CANCELLED, entity_type="supply_request",
                             entity_id=row.id, summary=f"request #{row.id} cancelled")
        self.desk.changed("supplies")

    @staticmethod
    def _request(session: Session, request_id: int) -> SupplyRequest:
        row = session.get(SupplyRequest, request_id) if is_record_id(request_id) else None
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That request no longer exists."))
        return row

    def requests(self, open_only: bool = True, resident_id: int | None = None,
                 limit: int = 2000) -> list[RequestLine]:
        """Requests, most urgent and oldest first (open ones), or newest first (all; the newest ``limit``)."""
        self.desk.require(Permission.VIEW_RESIDENTS)
        with self.desk.read() as session:
            query = select(SupplyRequest, SupplyKind.name).join(SupplyKind, SupplyKind.id == SupplyRequest.kind_id)
            if open_only:
                query = query.where(SupplyRequest.status == "open")
            if resident_id is not None:
                resident = self.desk.residents._resident(session, resident_id)
                query = query.where(SupplyRequest.resident_id == resident.id)
            rows = session.execute(query.order_by(SupplyRequest.requested_on.desc(), SupplyRequest.id.desc())
                                   .limit(max(1, min(int(limit), 100_000)) if not open_only else None)).all()
            names = aliases(session, [r.resident_id for r, _ in rows])
            rooms = rooms_of_residents(session, [r.resident_id for r, _ in rows])
            stock = self._stock_index(session)
        lines = [RequestLine(
            id=r.id, resident_id=r.resident_id, alias=names.get(r.resident_id, ""), room=rooms.get(r.resident_id, ""),
            kind_id=r.kind_id, kind_name=kind_name, item=r.item, size=r.size, quantity=r.quantity, urgency=r.urgency,
            note=r.note, requested_on=r.requested_on, requested_by=r.requested_by, status=r.status,
            closed_on=r.closed_on, close_note=r.close_note,
            in_stock=stock.get((r.kind_id, _key(r.item), _key(r.size)))) for r, kind_name in rows]
        if open_only:
            rank = {code: i for i, (code, _label) in enumerate(URGENCIES)}
            lines.sort(key=lambda line: (rank.get(line.urgency, 9), line.requested_on, line.id))
        return lines

    @staticmethod
    def _stock_index(session: Session) -> dict[tuple[int, str, str], int]:
        return {(kind_id, item_key, size_key): count for kind_id, item_key, size_key, count in session.execute(
            select(StockItem.kind_id, StockItem.item_key, StockItem.size_key, StockItem.count))}

    # --- handing out ----------------------------------------------------------------------------
    def hand_out(self, resident_id: int, kind_id: int, item: str = "", size: str = "", quantity: int = 1,
                 handed_on: date | None = None, request_id: int | None = None, note: str = "",
                 below_zero_reason: str = "") -> HandoutResult:
        """Record that she was given something, close the request it answers, lower the stock."""
        who = self.desk.require(Permission.DAILY_NEEDS)
        item, size = _item(item), _size(size)
        quantity = check_count(quantity, field="quantity", label=QUANTITY, low=1, high=MAX_QUANTITY)
        today = self.desk.today()
        # ``is None``, not ``or``: a 0, False or "" handed over is refused, not taken as today.
        day = check_date(today if handed_on is None else handed_on, field="handed_on",
                         label=QT_TRANSLATE_NOOP("fields", "the day"), today=today)
        note = clean_line(note, field="note", label=QT_TRANSLATE_NOOP("fields", "the note"), max_length=300)
        reason = clean_line(below_zero_reason, field="reason", label=QT_TRANSLATE_NOOP("fields", "the reason"),
                            max_length=200)
        now = self.desk.now()
        with self.desk.write() as session:
            resident = self.desk.residents._resident(session, resident_id)
            if stay_on(session, resident.id, day) is None:  # type: ignore[arg-type]
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{alias} was not staying here on {day}. Check the day."),
                    field="handed_on", alias=resident.alias, day=day.isoformat())  # type: ignore[union-attr]
            request = None
            if request_id is not None:
                request = self._request(session, request_id)
                if request.status != "open":
                    raise ValidationError(QT_TRANSLATE_NOOP("errors", "That request is already closed."))
                if request.resident_id != resident.id:
                    raise ValidationError(QT_TRANSLATE_NOOP("errors", "That request is for someone else."))
            kind = self._kind(session, kind_id, in_use=request is None)
            stock = session.scalars(select(StockItem).where(
                StockItem.kind_id == kind.id, StockItem.item_key == _key(item), StockItem.size_key == _key(size))).first()
            if stock is not None and stock.count - quantity < 0 and not reason:
                raise StockWouldGoNegative(field="reason", count=stock.count, quantity=quantity)
            handout = SupplyHandout(resident_id=resident.id, kind_id=kind.id, item=item, size=size, quantity=quantity,
                                    handed_on=day, handed_by_id=who.account_id, handed_by=who.display_name,
                                    request_id=request.id if request else None,
                                    stock_item_id=stock.id if stock else None, note=note, created_at=now)
            session.add(handout)
            session.flush()
            if request is not None:
                request.status, request.closed_on, request.updated_at = "handed_out", day, now
            if stock is not None:
                stock.count -= quantity
                stock.updated_at = now
                session.add(StockChange(stock_item_id=stock.id, day=day, at=now, reason_kind="handout",
                                        change=-quantity, count_after=stock.count,
                                        note=reason if stock.count < 0 or reason else "", by_name=who.display_name,
                                        handout_id=handout.id))
            self.desk.record(session, audit.Action.SUPPLY_HANDED_OUT, entity_type="supply_handout",
                             entity_id=handout.id,
                             summary=f"hand-out #{handout.id} to resident #{resident.id}: {quantity} of kind #{kind.id}"
                                     + (f", request #{request.id}" if request else "")
                                     + (f", stock #{stock.id} now {stock.count}" if stock else "")
                                     + (" (below zero, reason given)" if stock and stock.count < 0 else ""))
            result = HandoutResult(handout.id, stock.id if stock else None, stock.count if stock else None,
                                   bool(stock and stock.low_at > 0 and stock.count <= stock.low_at))
        self.desk.changed("supplies")
        return result

    def handouts(self, since: date | None = None, until: date | None = None,
                 resident_id: int | None = None, limit: int = 5000) -> list[HandoutLine]:
        """Hand-outs, newest first."""
        self.desk.require(Permission.VIEW_RESIDENTS)
        for value, field in ((since, "since"), (until, "until")):
            check_date(value, field=field, label=QT_TRANSLATE_NOOP("fields", "the day"), today=self.desk.today(),
                       allow_future=True, required=False)
        with self.desk.read() as session:
            query = select(SupplyHandout, SupplyKind.name).join(SupplyKind, SupplyKind.id == SupplyHandout.kind_id)
            if since is not None:
                query = query.where(SupplyHandout.handed_on >= since)
            if until is not None:
                query = query.where(SupplyHandout.handed_on <= until)
            if resident_id is not None:
                resident = self.desk.residents._resident(session, resident_id)
                query = query.where(SupplyHandout.resident_id == resident.id)
            rows = session.execute(query.order_by(SupplyHandout.handed_on.desc(), SupplyHandout.id.desc())
                                   .limit(limit)).all()
            names = aliases(session, [h.resident_id for h, _ in rows])
        return [HandoutLine(h.id, h.resident_id, names.get(h.resident_id, ""), h.kind_id, kind_name, h.item, h.size,
                            h.quantity, h.handed_on, h.handed_by, h.request_id, h.note) for h, kind_name in rows]

    # --- stock ----------------------------------------------------------------------------------
    def stock(self, low_only: bool = False) -> list[StockLine]:
        """What is on the shelves, by kind, item and size."""
        self.desk.require(Permission.VIEW_RESIDENTS)
        with self.desk.read() as session:
            rows = session.execute(
                select(StockItem, SupplyKind.name, SupplyKind.sort_order).join(SupplyKind, SupplyKind.id == StockItem.kind_id)
                .order_by(SupplyKind.sort_order, StockItem.item_key, StockItem.size_key)).all()
        lines = [StockLine(s.id, s.kind_id, name, s.item, s.size, s.count, s.low_at) for s, name, _order in rows]
        return [line for line in lines if line.is_low] if low_only else lines

    def receive(self, kind_id: int, item: str = "", size: str = "", quantity: int = 1, note: str = "",
                low_at: int | None = None) -> int:
        """Donations came in: raise the count (a new stock item if it was not kept yet). Returns its id."""
        who = self.desk.require(Permission.DAILY_NEEDS)
        item, size = _item(item), _size(size)
        quantity = check_count(quantity, field="quantity", label=QUANTITY, low=1, high=MAX_STOCK)
        if low_at is not None:
            low_at = check_count(low_at, field="low_at", label=QT_TRANSLATE_NOOP("fields", "the low-stock mark"),
                                 high=MAX_STOCK)
        note = clean_line(note, field="note", label=QT_TRANSLATE_NOOP("fields", "the note"), max_length=300)
        now = self.desk.now()
        with self.desk.write() as session:
            kind = self._kind(session, kind_id)
            stock = session.scalars(select(StockItem).where(
                StockItem.kind_id == kind.id, StockItem.item_key == _key(item), StockItem.size_key == _key(size))).first()
            if stock is None:
                stock = StockItem(kind_id=kind.id, item=item, size=size, item_key=_key(item), size_key=_key(size),
                                  count=0, low_at=low_at or 0, created_at=now, updated_at=now)
                session.add(stock)
                session.flush()
            elif low_at is not None:
                stock.low_at = low_at
            if stock.count + quantity > MAX_STOCK:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "{label} cannot be more than {n}. Please check the number."),
                    field="quantity", label=QUANTITY, n=MAX_STOCK - stock.count)
            stock.count += quantity
            stock.updated_at = now
            session.add(StockChange(stock_item_id=stock.id, day=self.desk.today(), at=now, reason_kind="donation",
                                    change=quantity, count_after=stock.count, note=note, by_name=who.display_name))
            self.desk.record(session, audit.Action.STOCK_RECEIVED, entity_type="stock_item", entity_id=stock.id,
                             summary=f"stock #{stock.id}: {quantity} came in, now {stock.count}")
            stock_id = stock.id
        self.desk.changed("supplies")
        return stock_id

    def recount(self, stock_item_id: int, count: int, reason: str, low_at: int | None = None) -> None:
        """Set the count to what is really on the shelf (the reason is kept), and the low mark with it."""
        who = self.desk.require(Permission.DAILY_NEEDS)
        count = check_count(count, field="count", label=QT_TRANSLATE_NOOP("fields", "the count"), high=MAX_STOCK)
        reason = clean_line(reason, field="reason", label=QT_TRANSLATE_NOOP("fields", "the reason"), max_length=200,
                            required=True)
        if low_at is not None:
            low_at = check_count(low_at, field="low_at", label=QT_TRANSLATE_NOOP("fields", "the low-stock mark"),
                                 high=MAX_STOCK)
        now = self.desk.now()
        with self.desk.write() as session:  # the count and the low mark together, or neither
            stock = self._stock(session, stock_item_id)
            low_changed = low_at is not None and stock.low_at != low_at
            if stock.count == count and not low_changed:
                return
            if low_changed:
                stock.low_at = low_at  # type: ignore[assignment]
                self.desk.record(session, audit.Action.STOCK_CHANGED, entity_type="stock_item", entity_id=stock.id,
                                 summary=f"stock #{stock.id} low-stock mark {low_at}")
            if stock.count != count:
                change = count - stock.count
                stock.count = count
                session.add(StockChange(stock_item_id=stock.id, day=self.desk.today(), at=now, reason_kind="recount",
                                        change=change, count_after=count, note=reason, by_name=who.display_name))
                self.desk.record(session, audit.Action.STOCK_RECOUNTED, entity_type="stock_item",
                                 entity_id=stock.id, summary=f"stock #{stock.id} counted again: {change:+d}, now {count}")
            stock.updated_at = now
        self.desk.changed("supplies")

    def set_low_at(self, stock_item_id: int, low_at: int) -> None:
        """At or below this count the item is on the low-stock list (0: never)."""
        self.desk.require(Permission.DAILY_NEEDS)
        low_at = check_count(low_at, field="low_at", label=QT_TRANSLATE_NOOP("fields", "the low-stock mark"),
                             high=MAX_STOCK)
        with self.desk.write() as session:
            stock = self._stock(session, stock_item_id)
            if stock.low_at == low_at:
                return
            stock.low_at, stock.updated_at = low_at, self.desk.now()
            self.desk.record(session, audit.Action.STOCK_CHANGED, entity_type="stock_item", entity_id=stock.id,
                             summary=f"stock #{stock.id} low-stock mark {low_at}")
        self.desk.changed("supplies")

    @staticmethod
    def _stock(session: Session, stock_item_id: int) -> StockItem:
        stock = session.get(StockItem, stock_item_id) if is_record_id(stock_item_id) else None
        if stock is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That item is no longer on the stock list."))
        return stock

    def stock_history(self, stock_item_id: int, limit: int = 500) -> list[StockChangeLine]:
        self.desk.require(Permission.VIEW_RESIDENTS)
        with self.desk.read() as session:
            self._stock(session, stock_item_id)
            rows = session.scalars(select(StockChange).where(StockChange.stock_item_id == stock_item_id)
                                   .order_by(StockChange.id.desc()).limit(limit))
            return [StockChangeLine(c.id, c.day, c.reason_kind, c.change, c.count_after, c.note, c.by_name)
                    for c in rows]

    def open_counts(self) -> tuple[int, list[RequestLine], list[StockLine]]:
        """For the Today board: how many requests wait, the urgent ones, the low stock."""
        open_requests = self.requests(open_only=True)
        urgent = [r for r in open_requests if r.urgency == "urgent"]
        return len(open_requests), urgent, self.stock(low_only=True)

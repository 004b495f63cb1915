"""Opening the SQLCipher database through SQLAlchemy.

Every new connection runs, in this order: ``cipher_log_level = NONE`` (SQLCipher
otherwise writes to stderr), the raw 256-bit key, a read of ``sqlite_master`` so a
wrong key fails at once with a clear message, then WAL, ``synchronous = FULL``,
foreign keys, in-memory temp storage, secure delete and memory security.

Transactions: pysqlite's own implicit BEGIN handling is switched off
(``isolation_level = None``) and SQLAlchemy's "begin" event emits ``BEGIN`` for
readers and ``BEGIN IMMEDIATE`` for writers (``Database.write()``), so a writer
takes the write lock up front instead of failing half-way with SQLITE_BUSY.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from shelter_desk.errors import DiskFull, ShelterDeskError, VaultDamaged
from shelter_desk.i18n import QT_TRANSLATE_NOOP

BUSY_TIMEOUT_MS = 10_000
# FULL always, except while ``shelter-desk demo --scale`` builds a made-up vault of years of
# history (``bulk_build``): each of its tens of thousands of transactions would otherwise wait
# for the disk. The rows written are the same; only a power cut during the build could lose them.
_synchronous = "FULL"
_memory_security = "ON"
SQLITE_HEADER = b"SQLite format 3\x00"


class WrongDatabaseKey(ShelterDeskError):
    default_template = QT_TRANSLATE_NOOP(
        "errors",
        "The database could not be opened with this key: it is damaged or belongs "
        "to another vault.",
    )


def _key_pragma(dek: bytes) -> str:
    return f"PRAGMA key = \"x'{dek.hex()}'\""


def connect_raw(path: Path, dek: bytes, *, check_same_thread: bool = True) -> sqlcipher.Connection:
    """A plain DB-API connection with the pragmas applied (used by the engine and by checks)."""
    conn = sqlcipher.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=check_same_thread
    )
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(dek))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise WrongDatabaseKey() from exc
        conn.execute(f"PRAGMA cipher_memory_security = {_memory_security}")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute(f"PRAGMA synchronous = {_synchronous}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def bulk_build(database: Database | None = None) -> Iterator[None]:
    """Connections opened inside use ``synchronous = OFF`` (made-up demo vaults only; see ``_synchronous``)."""
    global _synchronous
    _synchronous = "OFF"
    if database is not None:
        database.engine.dispose()  # connections already open were made with FULL
    try:
        yield
    finally:
        _synchronous = "FULL"
        if database is not None:
            database.engine.dispose()


@contextmanager
def memory_security(on: bool) -> Iterator[None]:
    """For ``shelter-desk bench`` only: what ``cipher_memory_security`` costs (connections opened inside)."""
    global _memory_security
    _memory_security = "ON" if on else "OFF"
    try:
        yield
    finally:
        _memory_security = "ON"


def make_engine(path: Path, dek: bytes) -> Engine:
    key = bytes(dek)

    def creator() -> sqlcipher.Connection:
        return connect_raw(path, key, check_same_thread=False)

    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        creator=creator,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


class Database:
    """An open, keyed database: sessions for reading and for writing."""

    def __init__(self, path: Path, dek: bytes) -> None:
        self.path = path
        self.engine = make_engine(path, dek)
        # Fail now, in plain words, if the key or the file is wrong.
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._reader() as session, session.begin():
                yield session
        except SADatabaseError as exc:
            if is_damage(exc):
                raise damaged(exc) from exc
            if is_full(exc):
                raise DiskFull() from exc
            raise

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One committed transaction: everything in the block, or nothing."""
        try:
            with self._writer() as session, session.begin():
                yield session
        except SADatabaseError as exc:
            if is_damage(exc):
                raise damaged(exc) from exc
            if is_full(exc):
                raise DiskFull() from exc  # SQLite rolled the transaction back: nothing half-written
            raise

    def close(self) -> None:
        self.engine.dispose()

    def integrity_problems(self) -> list[str]:
        """Run SQLCipher's and SQLite's integrity checks; an empty list means healthy."""
        problems: list[str] = []
        with self.engine.connect() as conn:
            for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
                problems.append(f"cipher: {row[0]}")
            try:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            except SADatabaseError as exc:  # a page so damaged the check itself stops
                rows = [_reason(exc)]
            if rows != ["ok"]:
                problems.extend(f"sqlite: {r}" for r in rows)
        return problems

    def cipher_version(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA cipher_version").scalar())


def looks_like_plain_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def is_damage(exc: BaseException) -> bool:
    """A damaged file (SQLITE_CORRUPT / SQLITE_NOTADB), not a constraint, lock or I/O error."""
    orig = getattr(exc, "orig", exc)
    return type(orig) is sqlcipher.DatabaseError


def is_full(exc: BaseException) -> bool:
    """The disk is full (SQLITE_FULL: "database or disk is full")."""
    orig = getattr(exc, "orig", exc)
    return isinstance(orig, sqlcipher.OperationalError) and "disk is full" in str(orig).lower()


def _reason(exc: BaseException) -> str:
    """The driver's own sentence, without SQLAlchemy's class-name prefix and SQL."""
    orig = getattr(exc, "orig", None) or exc
    return str(orig).split("\n")[0][:120]


def damaged(exc: BaseException) -> VaultDamaged:
    return VaultDamaged(
        QT_TRANSLATE_NOOP(
            "errors",
            "The vault's database is damaged and cannot be read safely ({reason}). "
            "Nothing was changed. Restore the most recent backup.",
        ),
        reason=_reason(exc),
    )

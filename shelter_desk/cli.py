"""The command line: start the program, ``self-test``, ``demo``, ``backup``, ``restore``, ``verify``.

Commands that unlock a vault read the password from ``SHELTER_DESK_PASSWORD``
or ask on the terminal; never from the arguments (they end up in shell history
and process lists). Every failure is one plain sentence on stderr and a
non-zero exit code, never a traceback (set ``SHELTER_DESK_DEBUG=1`` to see one).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from shelter_desk import APP_NAME, __version__
from shelter_desk.errors import ShelterDeskError
from shelter_desk.paths import resolve_vault_dir

PASSWORD_ENV = "SHELTER_DESK_PASSWORD"
RECOVERY_ENV = "SHELTER_DESK_RECOVERY_CODE"
NEW_PASSWORD_ENV = "SHELTER_DESK_NEW_PASSWORD"


def harden_process() -> None:
    """No core dumps: a crash must not write decrypted memory to disk."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass


def read_password(prompt: str = "Password: ") -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise ShelterDeskError(
            "No password given: set SHELTER_DESK_PASSWORD or run this in a terminal."
        )
    import getpass

    return getpass.getpass(prompt)


def _ask(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


def _tty() -> bool:
    return bool(sys.stdin and sys.stdin.isatty())


def read_new_password() -> str:
    """The director's new password after a restore: SHELTER_DESK_NEW_PASSWORD, or asked twice."""
    value = os.environ.get(NEW_PASSWORD_ENV)
    if value:
        return value
    if not _tty():
        raise ShelterDeskError(
            "No new director password given: set SHELTER_DESK_NEW_PASSWORD or run this in a terminal."
        )
    first = _ask("New password for the director (at least 12 characters): ")
    if _ask("The same new password again: ") != first:
        raise ShelterDeskError("The two new passwords are not the same. Nothing was changed.")
    return first


def read_restore_secret() -> tuple[str | None, str | None]:
    """(recovery code, password): from SHELTER_DESK_RECOVERY_CODE / SHELTER_DESK_PASSWORD, or asked."""
    code, password = os.environ.get(RECOVERY_ENV), os.environ.get(PASSWORD_ENV)
    if code or password:
        return code or None, None if code else password
    if not _tty():
        raise ShelterDeskError(
            "No recovery code or password given: set SHELTER_DESK_RECOVERY_CODE or "
            "SHELTER_DESK_PASSWORD, or run this in a terminal."
        )
    code = _ask("Recovery code from the Recovery Sheet (or press Enter to use a director password): ").strip()
    if code:
        return code, None
    return None, _ask("Director password: ")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shelter-desk",
        description=f"{APP_NAME}: the shelter's encrypted front-desk program. "
        "With no command it opens the program window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--vault", metavar="DIR", help="the vault folder (default: SHELTER_DESK_VAULT or this user's data folder)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("self-test", help="check that this installation works (makes a temporary vault)")
    from shelter_desk import report_commands

    report_commands.add_commands(sub)  # weekly-summary, export-counts
    demo = sub.add_parser("demo", help="make a vault filled with clearly fictional data, for training")
    demo.add_argument("--vault", dest="demo_vault", metavar="DIR", help="where to make the demo vault")
    demo.add_argument("--scale", choices=("demo", "small", "decade", "stress"), default="demo",
                      help="how much made-up history: demo (two years, 20 beds: the default), small (one year), "
                           "decade (ten years, 50 beds), stress (ten times decade)")
    bench = sub.add_parser("bench", help="time the program on years of made-up records (for developers)")
    bench.add_argument("--scale", choices=("small", "decade", "stress"), default="small",
                       help="small (one year, 20 beds), decade (ten years, 50 beds), stress (ten times decade)")
    bench.add_argument("--out", metavar="FILE.json", help="also write the results as JSON")
    bench.add_argument("--vault", dest="bench_vault", metavar="DIR",
                       help="reuse the made-up vault built there before (built there if missing)")
    bench.add_argument("--repeat", type=int, default=20, metavar="N", help="runs of each measurement (default 20)")
    bench.add_argument("--only", nargs="*", metavar="STEP", help="only these steps (unlock, search, open_file, "
                       "today, lists, reports, backup, memory_security, qt)")
    back = sub.add_parser("backup", help="write one verified backup file (a director's password is asked)")
    back.add_argument("--vault", dest="sub_vault", metavar="DIR", help="the vault folder")
    back.add_argument("--user", required=True, metavar="NAME", help="a director's username")
    back.add_argument("--to", required=True, metavar="FILE",
                      help="the backup file to write, or a folder (then it is named with the shelter and date)")
    restore = sub.add_parser(
        "restore", help="restore a backup file into the vault folder (the vault there is moved aside first)")
    restore.add_argument("--from", dest="source", required=True, metavar="FILE", help="the .sdbackup file")
    restore.add_argument("--vault", dest="sub_vault", metavar="DIR", help="the vault folder to restore into")
    restore.add_argument("--user", metavar="NAME", help="the director whose password is used or who gets a new one")
    verify = sub.add_parser("verify", help="check the vault: encryption, database, audit trail, key file")
    verify.add_argument("--vault", dest="sub_vault", metavar="DIR", help="the vault folder")
    verify.add_argument("--user", required=True, metavar="NAME", help="a director's username")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        if args.command in ("weekly-summary", "export-counts"):
            from shelter_desk import report_commands

            return report_commands.run(args, resolve_vault_dir(args.sub_vault or args.vault))
        if args.command == "self-test":
            from shelter_desk.selftest import run_self_test

            return run_self_test(print)
        if args.command == "demo":
            from shelter_desk.demo import make_demo_vault

            folder = args.demo_vault or args.vault
            if not folder:
                print("Please say where to make the demo vault: shelter-desk demo --vault DIR", file=sys.stderr)
                return 2
            from shelter_desk.demo_scale import scale

            return make_demo_vault(Path(folder).expanduser().resolve(), print, scale(args.scale))
        if args.command == "bench":
            from shelter_desk.bench import run_bench

            return run_bench(args.scale, Path(args.out) if args.out else None,
                             Path(args.bench_vault).expanduser().resolve() if args.bench_vault else None,
                             max(3, args.repeat), only=args.only)
        if args.command in ("backup", "restore", "verify"):
            vault_dir = resolve_vault_dir(args.sub_vault or args.vault)
            if args.command == "backup":
                return backup_command(vault_dir, args.user, Path(args.to).expanduser())
            if args.command == "restore":
                return restore_command(Path(args.source).expanduser(), vault_dir, args.user)
            return verify_command(vault_dir, args.user)
        return run_program(resolve_vault_dir(args.vault))
    except ShelterDeskError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no tracebacks for staff
        if os.environ.get("SHELTER_DESK_DEBUG"):
            raise
        print(
            f"Something unexpected went wrong ({type(exc).__name__}). Nothing was changed.",
            file=sys.stderr,
        )
        return 1


def _signed_in_desk(vault_dir: Path, username: str):  # noqa: ANN202
    """Open the vault (one program per vault) and sign in; the caller closes it."""
    from shelter_desk.desk import Desk

    desk = Desk.open(vault_dir)
    try:
        desk.vault.instance.acquire()
    except BaseException:
        desk.close()
        raise
    try:
        desk.auth.sign_in(username, read_password())
    except BaseException:
        _close(desk)
        raise
    return desk


def _close(desk) -> None:  # noqa: ANN001
    try:
        if desk.current is not None and desk.vault.is_open:
            desk.auth.sign_out()
    finally:
        desk.close()
        desk.vault.instance.release()


def backup_command(vault_dir: Path, username: str, to: Path) -> int:
    import time

    folder, name = (to, None) if to.is_dir() else (to.parent, to.name)
    desk = _signed_in_desk(vault_dir, username)
    try:
        start = time.perf_counter()
        made = desk.backups.back_up_to(folder, name=name)
        seconds = time.perf_counter() - start
    finally:
        _close(desk)
    print(f"Backup written and verified: {made.path} ({made.size / 1_000_000:.1f} MB, {seconds:.1f} s).")
    print("It opens with a director's password on this computer, or anywhere with the Recovery Sheet.")
    return 0


def restore_command(source: Path, vault_dir: Path, username: str | None) -> int:
    import time

    from shelter_desk import passwords
    from shelter_desk.desk import Desk
    from shelter_desk.services.restore import RECOVERY_CODE, restore_backup

    code, password = read_restore_secret()
    if password and not username:
        username = None  # any director whose password it is
    new_password = read_new_password()
    passwords.check(new_password, username=username or "")  # the plain rules, before anything is changed
    start = time.perf_counter()
    result = restore_backup(source, vault_dir, username=username, password=password, recovery_code=code)
    seconds = time.perf_counter() - start
    made = f"{result.info.created:%Y-%m-%d %H:%M} UTC" if result.info.created else "at an unknown time"
    print(f"Restored the backup made {made} into {vault_dir} ({seconds:.1f} s).")
    print(f"Checked: encryption, database structure, audit trail ({result.checked_events} events), key file.")
    if result.migrated_from:
        print(f"Updated the database from version {result.migrated_from}, after a backup in its backups folder.")
    if result.moved_aside:
        print(f"The vault that was there was moved aside, unchanged, to {result.moved_aside}.")
    desk = Desk.open(vault_dir)
    desk.vault.instance.acquire()
    try:
        ticket = desk.auth.after_restore(result)
        names = [u for u, _ in ticket.directors]
        chosen = result.username or username
        if chosen is None and len(names) == 1:
            chosen = names[0]
        if chosen not in names:
            via = "the recovery code" if result.via == RECOVERY_CODE else "the director's password"
            print(f"The backup has several director accounts ({', '.join(names)}): no new password was set. "
                  f"Run Shelter Desk and sign in with {via} to choose one.", file=sys.stderr)
            return 3
        desk.auth.finish_recovery(ticket, chosen, new_password)
        bound = desk.vault.current_device_label() is not None
        print(f"Director {chosen} has a new password"
              + (", tied to this computer's password store." if bound else " (this computer has no password "
                 "store Shelter Desk can use, so it is protected by the password only)."))
        print("Other staff need a new temporary password from the director (Admin, Staff accounts).")
    finally:
        _close(desk)
    return 0


def verify_command(vault_dir: Path, username: str) -> int:
    desk = _signed_in_desk(vault_dir, username)
    try:
        lines = desk.backups.verify_vault(open_report=desk.pending_open_report)
    finally:
        _close(desk)
    for line in lines:
        print(f"{'ok     ' if line.ok else 'PROBLEM'}  {line.label}: {line.detail}")
    if all(line.ok for line in lines):
        print("The vault is healthy.")
        return 0
    print("The vault has a problem. Make no changes; restore the most recent backup or ask for help.",
          file=sys.stderr)
    return 1


def run_program(vault_dir: Path) -> int:
    try:
        from shelter_desk.gui.app import run_gui
    except ImportError as exc:
        print(
            f"The program window cannot start because a Qt library is missing ({exc.name or exc}). "
            "Run 'python3 run.py' from the Shelter Desk folder, which checks and explains.",
            file=sys.stderr,
        )
        return 1
    return run_gui(vault_dir)


def gui_main() -> int:
    return main()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

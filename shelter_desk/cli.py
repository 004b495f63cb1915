"""The command line: start the program, ``self-test``, ``demo``.

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
            return make_demo_vault(Path(folder).expanduser().resolve(), print)
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

#!/usr/bin/env python3
"""Start Shelter Desk from this folder on a machine that has only Python 3.11+.

    python3 run.py                      start the program (py run.py on Windows)
    python3 run.py --vault DIR          any further arguments go to the program
    python3 run.py demo --vault DIR
    python3 run.py self-test
    python3 run.py test [pytest args]   run the tests

The first run makes a private Python environment in ``.venv`` beside this file
and installs Shelter Desk into it with pip; later runs skip pip until
``pyproject.toml`` changes (a hash of it and the installed extras are kept in
``.venv/.shelter-desk-installed``). pip fetching packages is the only network
use. Standard library only.

Importing this module does nothing; ``missing_qt_packages`` can be tested alone.
"""

# Keep the syntax readable by old Pythons (no f-strings, no walrus, annotations
# quoted) so that someone with an old Python gets the sentence in
# python_too_old_message, not a SyntaxError.
# ruff: noqa: UP031, UP037
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

MIN_PYTHON = (3, 11)
ROOT = Path(__file__).resolve().parent
VENV_DIR = ROOT / ".venv"
STAMP_NAME = ".shelter-desk-installed"
STAMP_FORMAT = 1

# Arguments after which the program does not open its window, so the Linux
# window-library check is skipped.
NO_WINDOW_COMMANDS = frozenset({"self-test", "demo"})
NO_WINDOW_FLAGS = frozenset({"--version", "-V", "--help", "-h"})
OPTIONS_WITH_VALUE = frozenset({"--vault"})

# Shared libraries the Qt "xcb" (X11) platform plugin loads, and the Debian /
# Ubuntu package that provides each. On Ubuntu 24.04 some of these were renamed
# with a "t64" suffix; apt-get picks the renamed package when given the old name.
DEBIAN_PACKAGE_FOR_SONAME = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libXi.so.6": "libxi6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxcb.so.1": "libxcb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-present.so.0": "libxcb-present0",
    "libxcb-dri3.so.0": "libxcb-dri3-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "liblzma.so.5": "liblzma5",
    "liblz4.so.1": "liblz4-1",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libsystemd.so.0": "libsystemd0",
    "libcap.so.2": "libcap2",
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


# --- the Linux window-library check (pure functions first, for the tests) ---


def missing_libraries(ldd_output: str) -> "list[str]":
    """The libraries ``ldd`` reported as "not found", sorted, each once."""
    return sorted(set(_NOT_FOUND.findall(ldd_output)))


def missing_qt_packages(ldd_output: str) -> "list[str]":
    """The Debian/Ubuntu packages to install for the "not found" lines of ``ldd``.

    Sorted, each once; a library with no known package is left out (see
    ``unknown_libraries``).
    """
    return sorted(
        {
            DEBIAN_PACKAGE_FOR_SONAME[lib]
            for lib in missing_libraries(ldd_output)
            if lib in DEBIAN_PACKAGE_FOR_SONAME
        }
    )


def unknown_libraries(ldd_output: str) -> "list[str]":
    """Missing libraries this file cannot name a package for."""
    return [lib for lib in missing_libraries(ldd_output) if lib not in DEBIAN_PACKAGE_FOR_SONAME]


def apt_install_line(packages: "list[str]") -> str:
    return "sudo apt-get install -y " + " ".join(packages)


def _platform_names(value: str) -> "list[str]":
    """``QT_QPA_PLATFORM="wayland;xcb:nodpi"`` -> ["wayland", "xcb"]."""
    return [part.split(":", 1)[0].strip().lower() for part in value.split(";") if part.strip()]


def _command_word(args: "list[str]") -> "str | None":
    """The program's subcommand: the first argument that is not an option or its value."""
    skip_next = False
    for arg in args:
        if skip_next:
            skip_next = False
        elif arg == "--":
            return None
        elif arg.startswith("-"):
            skip_next = arg in OPTIONS_WITH_VALUE
        else:
            return arg
    return None


def opens_window(args: "list[str]") -> bool:
    if any(arg in NO_WINDOW_FLAGS for arg in args):
        return False
    return _command_word(args) not in NO_WINDOW_COMMANDS


def x11_check_mode(environ: "dict[str, str]") -> str:
    """How Qt will pick its platform here: "skip", "strict", "warn" or "no-display".

    "strict": Qt will use X11 (xcb), so missing libraries stop the start.
    "warn": Qt will try Wayland first and fall back to X11; only a note.
    """
    names = _platform_names(environ.get("QT_QPA_PLATFORM", ""))
    has_x11 = bool(environ.get("DISPLAY"))
    has_wayland = bool(environ.get("WAYLAND_DISPLAY"))
    if names:
        if "xcb" not in names:
            return "skip"  # offscreen, minimal, wayland, vnc...
        if names[0] != "xcb":
            return "warn"
        return "strict" if has_x11 else "no-display"
    if not has_x11 and not has_wayland:
        return "no-display"
    if not has_x11:
        return "skip"  # Wayland only: the X11 plugin cannot be used anyway
    if has_wayland and environ.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return "warn"
    return "strict"


def qt_library_problem(
    ldd_output: str, mode: str, have_apt: "bool | None" = None
) -> "tuple[bool, str]":
    """(stop, message) for the ldd output of Qt's X11 plugin; message "" if all is fine.

    ``mode`` comes from ``x11_check_mode``; ``have_apt`` defaults to whether
    apt-get is on PATH.
    """
    if have_apt is None:
        have_apt = shutil.which("apt-get") is not None
    missing = missing_libraries(ldd_output)
    lines: "list[str]" = []
    if mode == "no-display":
        lines.append(
            "Shelter Desk needs a graphical desktop, but there is none here "
            "(neither DISPLAY nor WAYLAND_DISPLAY is set): start it from a desktop session. "
            "The checks that need no window still work: python3 run.py self-test"
        )
    if missing:
        packages = missing_qt_packages(ldd_output)
        use_apt = bool(packages) and have_apt
        if mode == "warn":
            head = (
                "Note: Qt's X11 window support lacks some system libraries ("
                + ", ".join(missing)
                + "); if the window does not open, install them"
            )
        else:
            head = (
                "Shelter Desk's window cannot open because this computer lacks some system "
                "libraries that Qt needs ("
                + ", ".join(missing)
                + "); install them, then run the same command again"
            )
        lines.append(head + (":" if use_apt else "."))
        if use_apt:
            lines.append(apt_install_line(packages))
        leftover = unknown_libraries(ldd_output) if have_apt else missing
        if leftover:
            lines.append(
                "Install the package that provides "
                + ", ".join(leftover)
                + " with the system's package manager"
                + (" (apt-file search finds it)." if have_apt else ".")
            )
    stop = mode == "no-display" or (bool(missing) and mode == "strict")
    return stop, "\n".join(lines)


# --- the private environment ---------------------------------------------


def venv_python(venv_dir: Path = VENV_DIR) -> Path:
    if os.name == "nt":
        return venv_dir / "Scripts" / "python.exe"
    return venv_dir / "bin" / "python"


def venv_script(venv_dir: Path, name: str) -> Path:
    if os.name == "nt":
        return venv_dir / "Scripts" / (name + ".exe")
    return venv_dir / "bin" / name


def site_packages(venv_dir: Path = VENV_DIR) -> "Path | None":
    if os.name == "nt":
        candidates = [venv_dir / "Lib" / "site-packages"]
    else:
        candidates = sorted((venv_dir / "lib").glob("python3*/site-packages"))
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return None


def qt_platform_plugin(venv_dir: Path, name: str) -> "Path | None":
    """e.g. ``qt_platform_plugin(VENV_DIR, "libqxcb.so")``."""
    packages = site_packages(venv_dir)
    if packages is None:
        return None
    plugin = packages / "PySide6" / "Qt" / "plugins" / "platforms" / name
    return plugin if plugin.is_file() else None


def pyproject_hash(root: Path = ROOT) -> str:
    return hashlib.sha256((root / "pyproject.toml").read_bytes()).hexdigest()


def read_stamp(venv_dir: Path = VENV_DIR) -> "dict | None":
    try:
        stamp = json.loads((venv_dir / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def install_needed(venv_dir: Path, extras: "set[str]", root: Path = ROOT) -> bool:
    stamp = read_stamp(venv_dir)
    if stamp is None or stamp.get("format") != STAMP_FORMAT:
        return True
    if stamp.get("pyproject_sha256") != pyproject_hash(root):
        return True
    if not extras <= set(stamp.get("extras", [])):
        return True
    # pip writes this script last; without it the install is not there any more.
    return not venv_script(venv_dir, "shelter-desk").exists()


def _venv_works(venv_dir: Path) -> bool:
    python = venv_python(venv_dir)
    if not python.exists():
        return False
    probe = "import sys, pip; sys.exit(0 if sys.version_info >= %r else 1)" % (MIN_PYTHON,)
    try:
        result = subprocess.run(
            [str(python), "-c", probe],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


def _venv_package_hint() -> str:
    return (
        "Python's venv module is not installed. On Debian or Ubuntu, install it with:\n"
        "sudo apt-get install -y python3-venv\n"
        "(if this is not the system's default Python, the package is python%d.%d-venv), "
        "then run the same command again." % sys.version_info[:2]
    )


def create_venv(venv_dir: Path = VENV_DIR) -> bool:
    """Make ``venv_dir`` (or remake it if it no longer works); False after saying why."""
    if venv_dir.exists():
        if _venv_works(venv_dir):
            return True
        print(
            "The Python environment in %s no longer works (its Python was probably upgraded "
            "or removed); making a new one." % venv_dir,
            file=sys.stderr,
        )
        shutil.rmtree(venv_dir, ignore_errors=True)
        if venv_dir.exists():
            print(
                "Could not remove %s; delete it by hand and run again." % venv_dir, file=sys.stderr
            )
            return False
    import importlib.util

    if importlib.util.find_spec("venv") is None or importlib.util.find_spec("ensurepip") is None:
        print(_venv_package_hint(), file=sys.stderr)
        return False
    print("Making a private Python environment in %s (first run only)..." % venv_dir, flush=True)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "venv", str(venv_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        output, failed = result.stdout.strip(), result.returncode != 0
    except OSError as exc:
        output, failed = str(exc), True
    if failed or not _venv_works(venv_dir):
        shutil.rmtree(venv_dir, ignore_errors=True)
        if output:
            print(output, file=sys.stderr)
        if "ensurepip" in output or "python3-venv" in output or "-venv" in output:
            print(_venv_package_hint(), file=sys.stderr)
        else:
            print(
                "Could not make the Python environment in %s (the message above says why)."
                % venv_dir,
                file=sys.stderr,
            )
        return False
    return True


def install(venv_dir: Path, extras: "set[str]", root: Path = ROOT) -> bool:
    """``pip install -e .[extras]`` into ``venv_dir``; False after saying why."""
    previous = read_stamp(venv_dir) or {}
    wanted = set(extras) | set(previous.get("extras", []))  # keep what was there
    target = "." + ("[" + ",".join(sorted(wanted)) + "]" if wanted else "")
    stamp_path = venv_dir / STAMP_NAME
    if stamp_path.exists():
        stamp_path.unlink()  # an interrupted install must run again next time
    print("Installing Shelter Desk and the packages it uses into %s..." % venv_dir, flush=True)
    command = [
        str(venv_python(venv_dir)),
        "-m",
        "pip",
        "install",
        "--disable-pip-version-check",
        "-e",
        target,
    ]
    try:
        code = subprocess.call(command, cwd=str(root))
    except OSError as exc:
        print(str(exc), file=sys.stderr)
        code = 1
    if code != 0:
        print(
            "pip could not install Shelter Desk's packages (its messages above say why). "
            "Check the internet connection and run the same command again.",
            file=sys.stderr,
        )
        return False
    stamp = {
        "format": STAMP_FORMAT,
        "pyproject_sha256": pyproject_hash(root),
        "extras": sorted(wanted),
    }
    stamp_path.write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    return True


def ensure_environment(
    extras: "set[str]" = frozenset(), venv_dir: Path = VENV_DIR, root: Path = ROOT
) -> "Path | None":
    """The venv's Python with Shelter Desk installed, or None after saying why."""
    if not (root / "pyproject.toml").is_file():
        print(
            "run.py must stay in the Shelter Desk folder, beside pyproject.toml.", file=sys.stderr
        )
        return None
    if not create_venv(venv_dir):
        return None
    if install_needed(venv_dir, set(extras), root) and not install(venv_dir, set(extras), root):
        return None
    return venv_python(venv_dir)


# --- starting things --------------------------------------------------------


def python_too_old_message(version_info=None, executable=None) -> "str | None":
    version_info = sys.version_info if version_info is None else version_info
    executable = sys.executable if executable is None else executable
    if tuple(version_info[:2]) >= MIN_PYTHON:
        return None
    return (
        "Shelter Desk needs Python %d.%d or newer, but this is Python %d.%d (%s). "
        "Install a newer Python (python.org for Windows and macOS, the package manager on "
        "Linux) and start this again with it, for example: python3.11 run.py "
        "(on Windows: py -3.11 run.py)."
        % (MIN_PYTHON + tuple(version_info[:2]) + (executable or "python",))
    )


def _run(command: "list[str]", env: "dict[str, str]", cwd: "str | None" = None) -> int:
    """Run ``command`` in place of this process where the OS allows, passing its exit code."""
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name != "nt":
        if cwd is not None:
            os.chdir(cwd)
        os.execve(command[0], command, env)  # does not return
    try:
        return subprocess.call(command, env=env, cwd=cwd)
    except KeyboardInterrupt:
        return 130


def check_window_libraries(venv_dir: Path, environ: "dict[str, str]") -> bool:
    """On Linux, say plainly what is missing for Qt's window; False means do not start."""
    mode = x11_check_mode(environ)
    if mode == "skip":
        return True
    ldd_output = ""
    plugin = qt_platform_plugin(venv_dir, "libqxcb.so")
    ldd = shutil.which("ldd")
    if plugin is not None and ldd is not None:
        try:
            ldd_output = subprocess.run(
                [ldd, str(plugin)],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=60,
                env=dict(environ, LC_ALL="C"),
            ).stdout
        except (OSError, subprocess.SubprocessError):
            ldd_output = ""  # cannot tell; let Qt try
    stop, message = qt_library_problem(ldd_output, mode)
    if message:
        print(message, file=sys.stderr)
    return not stop


def main(argv: "list[str] | None" = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    too_old = python_too_old_message()
    if too_old:
        print(too_old, file=sys.stderr)
        return 1
    env = dict(os.environ)
    try:
        if args[:1] == ["test"]:
            python = ensure_environment({"test"})
            if python is None:
                return 1
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
            return _run([str(python), "-m", "pytest"] + args[1:], env, cwd=str(ROOT))
        python = ensure_environment()
        if python is None:
            return 1
        if sys.platform.startswith("linux") and opens_window(args):
            if not check_window_libraries(VENV_DIR, env):
                return 1
        return _run([str(python), "-m", "shelter_desk"] + args, env)
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Junior Planner quick start: the two commands in README.md.
#
#   ./quickstart.sh demo   open the app on the bundled demo workshop
#   ./quickstart.sh test   run the whole test suite (CI runs exactly this: .ci/run)
#
# Each installs whatever is missing first (Debian packages, a .venv with the project) and says
# what it is doing. A second run only checks and starts (a few seconds).
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: ./quickstart.sh COMMAND [ARGS...]

Commands:
  demo [ARGS...]   Prepare the bundled demo workshop and open the app on it.
                   Without a display (no DISPLAY / WAYLAND_DISPLAY) it runs under Xvfb,
                   saves a screenshot to out/demo.png and exits.
                   ARGS are passed to `junior-planner demo`.
  test [ARGS...]   Run the whole test suite with pytest (ARGS are passed to pytest).
                   CI runs exactly `./quickstart.sh test` (see .ci/run).
  --help           Show this help.

Both commands first install what is missing:
  - Debian packages (Qt/OpenGL runtime libraries, Xvfb, fonts; for `test` also gdal-bin,
    poppler-utils, zip, unzip, x11-utils, assimp-testmodels, the browsers and PostgreSQL 15 with
    PostGIS 3 for the city archive's tests) with apt-get when run as root, otherwise print the sudo
    command;
  - for `test`, the real-file corpus of tests/corpus/SOURCES.md (tools/test_corpus.py);
  - a virtual environment in .venv with the project and its test extra
    (pip install -e ".[test]"), redone only when pyproject.toml changes.
Needs python3 >= 3.11.
EOF
}

say() { printf '==> %s\n' "$*"; }
die() { printf 'quickstart: error: %s\n' "$*" >&2; exit 1; }

# Work from the repository root whatever the caller's directory.
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

VENV=.venv
STAMP="$VENV/.quickstart-installed"
PIP_LOG="$VENV/quickstart-pip.log"
VENV_ERROR=""

# Runtime libraries for Qt (GLib for QtCore, the xcb and wayland platform plugins, EGL/GLX,
# fonts, audio for QtMultimedia), Mesa's software OpenGL, and an X server for machines without
# a display.
APT_RUNTIME=(
    xvfb xauth
    libglib2.0-0 libwayland-cursor0 libwayland-egl1
    libegl1 libgl1 libgl1-mesa-dri libglx-mesa0 libfontconfig1 libdbus-1-3
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
    libxcb-xfixes0 libpulse0 fonts-noto-cjk
)
# Extra command-line tools and data the test suite uses (assimp-testmodels: real glTF and OBJ
# files for the site-import tests, see tests/corpus/SOURCES.md; x11-utils: xwininfo, which tells
# whether the kiosk really covers a screen with no window manager; cage and xwayland: the Wayland
# kiosk compositor the kiosk is tested under, headless; chromium and chromium-driver: the browser
# the bundles' web view is opened in, from file://, by tests/web; firefox-esr and webkit2gtk-driver:
# the same in Firefox and in WebKit, the engine of Safari and of every iPhone browser;
# postgresql-15 and postgresql-15-postgis-3: the city archive's tests start a throw-away server,
# tools/throwaway_pg.py).
APT_TEST=(gdal-bin poppler-utils zip unzip x11-utils assimp-testmodels cage xwayland chromium chromium-driver
          firefox-esr webkit2gtk-driver postgresql-15 postgresql-15-postgis-3)

check_python() {
    command -v python3 >/dev/null 2>&1 \
        || die "python3 not found. Install Python 3.11 or newer (Debian 12: apt-get install python3)."
    python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
        || die "python3 is $(python3 -c 'import platform; print(platform.python_version())'); Junior Planner needs Python 3.11 or newer."
}

venv_ok() {
    [[ -x "$VENV/bin/python" ]] && "$VENV/bin/python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1 \
        && "$VENV/bin/python" -c 'import pip' >/dev/null 2>&1
}

# Create .venv. Returns 1 (and leaves no half-made .venv) if python3 cannot make a venv with pip,
# as with Debian's system python without python3-venv.
make_venv() {
    rm -rf "$VENV"
    say "Creating the virtual environment $PWD/$VENV"
    if VENV_ERROR=$(python3 -m venv "$VENV" 2>&1) && "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
        return 0
    fi
    rm -rf "$VENV"
    return 1
}

ensure_apt_packages() {
    local -a wanted=("$@") missing=()
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "Not a Debian-based system (no dpkg): skipping the system package check."
        say "If Qt or OpenGL fails to start, install the equivalents of: ${wanted[*]}"
        return 0
    fi
    local installed
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${wanted[@]}" 2>/dev/null | awk '$2 == "installed" {print $1}' || true)
    local pkg
    for pkg in "${wanted[@]}"; do
        grep -qxF "$pkg" <<<"$installed" || missing+=("$pkg")
    done
    if ((${#missing[@]} == 0)); then
        say "System packages: all ${#wanted[@]} present."
        return 0
    fi
    if [[ $(id -u) -ne 0 ]]; then
        printf 'quickstart: these Debian packages are missing: %s\n' "${missing[*]}" >&2
        printf 'Install them, then run this command again:\n\n' >&2
        printf '    sudo apt-get update && sudo apt-get install -y --no-install-recommends %s\n\n' "${missing[*]}" >&2
        exit 1
    fi
    say "Installing ${#missing[@]} missing system packages with apt-get: ${missing[*]}"
    say "apt-get update"
    apt-get update -q >/dev/null || die "apt-get update failed (see above)."
    say "apt-get install (this can take a few minutes)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
        | grep -E '^(Need to get|After this operation|Setting up (xvfb|libgl1-mesa-dri|fonts-noto-cjk|gdal-bin|poppler-utils|python3[.0-9]*-venv)[: ])' || true
    # grep hides most of apt's chatter; make sure the install itself worked.
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${missing[@]}" 2>/dev/null | awk '$2 == "installed" {print $1}' || true)
    for pkg in "${missing[@]}"; do
        grep -qxF "$pkg" <<<"$installed" || die "apt-get did not install $pkg (see the messages above)."
    done
    say "System packages installed."
}

pyproject_hash() {
    # The interpreter and the checkout's path are part of the stamp too: a venv rebuilt on another
    # Python, or a moved checkout (the editable install points at the old path), reinstalls.
    { cat pyproject.toml; "$VENV/bin/python" -c 'import sys; print(sys.version)'; echo "$PWD"; } \
        | sha256sum | cut -d' ' -f1
}

ensure_python_env() {
    local -a apt_wanted=("$@")
    local need_venv_pkg=0
    if ! venv_ok; then
        if ! make_venv; then
            say "python3 cannot make a virtual environment with pip yet (Debian needs python3-venv)."
            need_venv_pkg=1
        fi
    fi
    if ((need_venv_pkg)); then
        # Debian's system python makes venvs only with python3-venv (ensurepip) installed.
        apt_wanted+=(python3-venv)
        if ! command -v dpkg-query >/dev/null 2>&1; then
            printf '%s\n' "$VENV_ERROR" >&2
            die "python3 -m venv could not create a virtual environment with pip (see above)."
        fi
    fi
    ensure_apt_packages "${apt_wanted[@]}"
    if ((need_venv_pkg)); then
        make_venv || { printf '%s\n' "$VENV_ERROR" >&2
                       die "python3 -m venv still cannot create a virtual environment with pip (see above)."; }
    fi

    local want
    want=$(pyproject_hash)
    if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want" && -x "$VENV/bin/junior-planner" ]]; then
        say "Python packages: up to date ($VENV, pyproject.toml unchanged since the last install)."
        return 0
    fi
    say "Installing Python packages (first run takes a few minutes)..."
    say "  pip install -e \".[test]\" into $VENV (full log: $PWD/$PIP_LOG)"
    rm -f "$STAMP"
    # pip's errors (stderr) are shown in full, except its notes about configured find-links or
    # index folders that lack a package; its chatter (stdout) is boiled down to a few progress
    # lines. Everything is in the log.
    local rc=0
    rm -f "$PIP_LOG"
    { "$VENV/bin/python" -m pip install --progress-bar off --disable-pip-version-check \
          --log "$PIP_LOG" -e ".[test]" 2>&1 1>&3 3>&- \
        | { grep -v -E "^WARNING: Location '[^']*' is ignored: it is neither a file nor a directory\.$" || true; } >&2
    } 3>&1 \
        | awk '/^Collecting / { n++; if (n % 15 == 0) { printf "    ... collecting (%d so far)\n", n; fflush() } }
               /^Installing collected packages/ { print "    downloads done, installing"; fflush() }
               /^Successfully installed/ { printf "    installed %d packages\n", NF - 2; fflush() }' \
        || rc=$?
    if ((rc != 0)); then
        # A failed build's own output (say, a traceback from the build backend) is only in the
        # log: show the 40 lines before pip's first ERROR there.
        printf '\n---- from %s, before the first ERROR ----\n' "$PIP_LOG" >&2
        awk '{ sub(/^[0-9][-0-9T:.,]* /, "") }
             /^ *WARNING: Location / { next }
             /ERROR: / { for (i = (n > 40 ? n - 40 : 0); i < n; i++) print buf[i % 40]; print; exit }
             { buf[n % 40] = $0; n++ }' "$PIP_LOG" >&2 || true
        printf -- '----\n' >&2
        die "pip install failed; the errors are above, the full log is $PWD/$PIP_LOG"
    fi
    printf '%s\n' "$want" >"$STAMP"
    say "Python packages installed."
}

cmd_demo() {
    check_python
    ensure_python_env "${APT_RUNTIME[@]}"
    if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
        say "Starting Junior Planner on the demo workshop"
        exec "$VENV/bin/junior-planner" demo "$@"
    fi
    command -v xvfb-run >/dev/null 2>&1 \
        || die "no display (DISPLAY/WAYLAND_DISPLAY unset) and no xvfb-run to make one; install Xvfb (Debian: xvfb xauth)."
    mkdir -p out
    local shot="$PWD/out/demo.png"
    rm -f "$shot"
    say "No display found: running the demo under Xvfb and saving a screenshot instead of a window"
    # --screenshot is a global option of junior-planner (before the command); use the demo
    # command's own --screenshot if it has one.
    local -a cmd=(--screenshot "$shot" demo "$@")
    local demo_help
    demo_help=$("$VENV/bin/junior-planner" demo --help 2>/dev/null || true)
    if [[ "$demo_help" == *--screenshot* ]]; then
        cmd=(demo --screenshot "$shot" "$@")
    fi
    say "  xvfb-run -a -s \"-screen 0 1280x800x24\" $VENV/bin/junior-planner ${cmd[*]}"
    local rc=0
    xvfb-run -a -s "-screen 0 1280x800x24" "$VENV/bin/junior-planner" "${cmd[@]}" || rc=$?
    if ((rc != 0)); then
        die "the demo exited with status $rc."
    fi
    [[ -f "$shot" ]] || die "the demo finished but wrote no screenshot at $shot."
    say "Demo screenshot: $shot"
}

cmd_test() {
    check_python
    ensure_python_env "${APT_RUNTIME[@]}" "${APT_TEST[@]}"
    say "Real-file test corpus (tools/test_corpus.py, cached in .quickstart/corpus)"
    "$VENV/bin/python" tools/test_corpus.py 2>&1 | grep -v -E "^WARNING: Location '[^']*' is ignored" \
        || die "could not build the real-file test corpus (see above)"
    say "Running the test suite: $VENV/bin/python -m pytest $*"
    local rc=0
    "$VENV/bin/python" -m pytest "$@" || rc=$?
    if ((rc == 5)); then
        echo "pytest collected no tests: that is a failure" >&2
        exit 1
    fi
    exit "$rc"
}

case "${1:-}" in
    demo) shift; cmd_demo "$@" ;;
    test) shift; cmd_test "$@" ;;
    -h|--help|help) usage ;;
    "") usage >&2; exit 2 ;;
    *) printf 'quickstart: unknown command: %s\n\n' "$1" >&2; usage >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# The .deb as a user gets it: built from the release tree, installed with apt
# into a fresh minimal Debian 13 root that holds nothing of the build tree,
# used (register, write, unlocking into the main window, the QCA plugin), then purged, leaving no
# file behind.
#
# Usage: deb-install-test.sh SOURCE-DIR X11WINDOWS-PROGRAM
#
# Needs root, debootstrap, unshare, chroot and Xvfb (the build root of
# scripts/dev has them); exits 77, which ctest counts as skipped, without them.
# The minimal root is made once and cached under SOLILOQUY_TESTROOTS
# (default /var/cache/soliloquy/testroots), keyed by a hash of how it is made;
# every run works on a throw-away overlay over it, so each starts pristine.
set -euo pipefail

SOURCE=$(cd "$1" && pwd)
X11WINDOWS=$2
SUITE=trixie
RECIPE="debootstrap --variant=minbase $SUITE, recipe 1"
CACHE=${SOLILOQUY_TESTROOTS:-/var/cache/soliloquy/testroots}
PASSWORD='correct horse battery staple'

say() { printf 'deb-install-test: %s\n' "$*" >&2; }
fail() {
    say "FAIL: $*"
    exit 1
}
skip() {
    say "SKIP: $*"
    exit 77
}

[ "$(id -u)" -eq 0 ] || skip "needs root to make a Debian root and chroot into it"
for tool in debootstrap unshare chroot Xvfb cmake cpack flock; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed"
done

# Everything below runs in a private mount namespace: the overlay, /proc and
# the binds vanish with it, whatever happens.
# Inside a chroot (the build root) "/" is no mount point, so unshare must
# leave propagation alone and the script makes its mounts private itself.
if [ -z "${SOLILOQUY_DEB_TEST_NAMESPACE:-}" ]; then
    exec env SOLILOQUY_DEB_TEST_NAMESPACE=1 unshare --mount --propagation unchanged --fork -- "$0" "$@"
fi
if ! mount --make-rprivate / 2>/dev/null; then
    mount --make-rprivate "$(findmnt -n -o TARGET -T /tmp)" ||
        fail "cannot keep the test's mounts private: /tmp must be a mount point inside a chroot"
fi

started=$SECONDS
phase_started=$SECONDS
phase() {
    say "$1 ($((SECONDS - phase_started)) s since the last step, $((SECONDS - started)) s in all)"
    phase_started=$SECONDS
}

apt_mirror() {
    local uri=
    if [ -n "${SOLILOQUY_DEBIAN_MIRROR:-}" ]; then
        uri=$SOLILOQUY_DEBIAN_MIRROR
    elif [ -f /etc/apt/sources.list.d/debian.sources ]; then
        uri=$(awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' \
            /etc/apt/sources.list.d/debian.sources)
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' \
            /etc/apt/sources.list)
    fi
    [ -n "$uri" ] || fail "no Debian mirror in the apt sources; set SOLILOQUY_DEBIAN_MIRROR"
    printf '%s\n' "$uri"
}

mounts_under() {
    findmnt -rn -o TARGET | awk -v dir="$1" 'index($0, dir "/") == 1 || $0 == dir'
}

remove_tree() {
    [ -e "$1" ] || return 0
    [ -z "$(mounts_under "$1")" ] || fail "something is still mounted under $1; not deleting it"
    rm -rf --one-file-system "$1"
}

# Device nodes on a tmpfs of its own rather than the host's /dev, so that
# nothing deleted inside the root can reach the host.
mount_system() {
    local root=$1
    mount -t tmpfs -o mode=755,size=1m dev "$root/dev"
    mknod -m 666 "$root/dev/null" c 1 3
    mknod -m 666 "$root/dev/zero" c 1 5
    mknod -m 666 "$root/dev/full" c 1 7
    mknod -m 666 "$root/dev/random" c 1 8
    mknod -m 666 "$root/dev/urandom" c 1 9
    mknod -m 666 "$root/dev/tty" c 5 0
    mkdir -p "$root/dev/pts" "$root/dev/shm"
    ln -s /proc/self/fd "$root/dev/fd"
    mount -t proc proc "$root/proc"
}

# in_root CMD...: CMD inside the test root, with a clean environment.
in_root() {
    chroot "$ROOT" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

# --- The cached minimal root -----------------------------------------------

MIRROR=$(apt_mirror)
KEY=$(printf '%s\n%s\n' "$RECIPE" "$MIRROR" | sha256sum | cut -c1-16)
BASE="$CACHE/$SUITE-minbase-$KEY"
ARCHIVES="$BASE.archives"
mkdir -p "$CACHE"
exec 8>"$CACHE/.lock"
flock 8
if [ ! -f "$BASE.ready" ]; then
    say "making the minimal Debian 13 root $BASE from $MIRROR (once; later runs reuse it)"
    remove_tree "$BASE"
    debootstrap --variant=minbase "$SUITE" "$BASE" "$MIRROR" >"$BASE.log" 2>&1 ||
        fail "debootstrap failed; see $BASE.log"
    rm -f "$BASE.log"
    mkdir -p "$ARCHIVES/partial"
    touch "$BASE.ready"
    phase "minimal root made"
fi
flock -u 8

# --- A pristine overlay over it --------------------------------------------

WORK=$(mktemp -d /tmp/soliloquy-deb-test.XXXXXX)
ROOT="$WORK/root"
APP_PID=
XVFB_PID=
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
    umount -R "$ROOT" 2>/dev/null || umount -R -l "$ROOT" 2>/dev/null || true
    if [ -n "$(mounts_under "$WORK")" ]; then
        say "mounts are left under $WORK; not deleting it"
        return
    fi
    rm -rf --one-file-system "$WORK"
}
trap cleanup EXIT
mkdir -p "$ROOT" "$WORK/upper" "$WORK/overlay" "$WORK/dist"
mount -t overlay overlay -o "lowerdir=$BASE,upperdir=$WORK/upper,workdir=$WORK/overlay" "$ROOT"
mount_system "$ROOT"
mount --bind "$ARCHIVES" "$ROOT/var/cache/apt/archives"
[ ! -e "$ROOT$SOURCE" ] || fail "the test root sees the source tree at $SOURCE"

# --- The .deb --------------------------------------------------------------

say "building the release tree and its .deb"
if ! (cd "$SOURCE" && cmake --preset release >/dev/null && cmake --build --preset release &&
    cpack --preset release -G DEB -B "$WORK/dist") >"$WORK/build.log" 2>&1; then
    tail -n 40 "$WORK/build.log" >&2
    fail "building the .deb failed"
fi
DEB=$(find "$WORK/dist" -maxdepth 1 -name 'soliloquy_*.deb' | head -n 1)
[ -n "$DEB" ] || fail "cpack wrote no .deb"
phase "built $(basename "$DEB")"
# A release build has no way to weaken Argon2: the tests' hook for cheaper parameters is not in it.
if nm -C "$SOURCE/build/release/bin/soliloquy" 2>/dev/null | grep -q 'setParametersForTesting'; then
    fail "the release build holds PasswordHasher::setParametersForTesting"
fi
# Japanese, Chinese and emoji posts need fonts a minimal system lacks: the package recommends them.
recommends=$(dpkg-deb -f "$DEB" Recommends)
for font in fonts-noto-cjk fonts-noto-color-emoji; do
    case ", $recommends," in
    *", $font,"*) ;;
    *) fail "the package does not recommend $font (Recommends: $recommends)" ;;
    esac
done

# --- Install it with apt, which brings in what it depends on ---------------

cp "$DEB" "$ROOT/tmp/soliloquy.deb"
install_deb() {
    # The root is thrown away after the test: dpkg need not fsync.
    # xdotool types the password into the login window, as a user would.
    in_root apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-unsafe-io \
        /tmp/soliloquy.deb xdotool >"$WORK/apt.log" 2>&1
}
exec 9>"$ARCHIVES.lock" # one apt at a time in the shared download cache
flock 9
if ! install_deb; then
    # The cached package lists may name versions the mirror no longer has.
    say "installing failed; refreshing the package lists and trying again"
    in_root apt-get update -q >>"$WORK/apt.log" 2>&1 || true
    install_deb || {
        tail -n 40 "$WORK/apt.log" >&2
        fail "apt could not install the .deb"
    }
fi
flock -u 9
in_root dpkg-query -W -f '${Status}\n' soliloquy | grep -qx 'install ok installed' ||
    fail "dpkg does not list soliloquy as installed"
in_root dpkg -L soliloquy | sort >"$WORK/files"
phase "installed with $(grep -c '^Unpacking' "$WORK/apt.log") packages"

for file in /usr/bin/soliloquy /usr/lib/soliloquy/libsoliloquy-crypto.so /usr/lib/soliloquy/libsoliloquy-channel.so \
    /usr/share/applications/soliloquy.desktop \
    /usr/share/metainfo/invalid.soliloquy.Soliloquy.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/soliloquy.svg /usr/share/doc/soliloquy/copyright; do
    grep -qx "$file" "$WORK/files" || fail "the package lacks $file"
done
for size in 16 22 24 32 48 64 128 256 512; do
    icon="/usr/share/icons/hicolor/${size}x${size}/apps/soliloquy.png"
    grep -qx "$icon" "$WORK/files" || fail "the package lacks $icon"
    # A PNG of the size its folder names: width and height in the IHDR chunk.
    dimensions=$(od -An -tu1 -j16 -N8 "$ROOT$icon" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }')
    [ "$dimensions" = "${size}x${size}" ] || fail "$icon is $dimensions"
done

# --- Use the installed app ---------------------------------------------------

mkdir -p "$ROOT/root/journal"
DB=/root/journal/journal.sqlite3
printf '%s\n' "$PASSWORD" |
    in_root soliloquy --database "$DB" register --username ann --email ann@example.org --password-stdin \
        >"$WORK/register.out" 2>&1 || {
    cat "$WORK/register.out" >&2
    fail "soliloquy register failed"
}
printf '%s\n' "$PASSWORD" |
    in_root soliloquy --database "$DB" write --username ann --password-stdin "Written by the installed package" \
        >"$WORK/write.out" 2>&1 || {
    cat "$WORK/write.out" >&2
    fail "soliloquy write failed"
}
in_root soliloquy --database "$DB" db check >"$WORK/check.out" 2>&1 || {
    cat "$WORK/check.out" >&2
    fail "soliloquy db check failed after writing"
}
# The body is sealed: the journal file must not hold the text.
! grep -rq "Written by the installed package" "$ROOT/root/journal" || fail "the post is stored in plain text"
phase "registered and wrote a post from the command line"

# The QCA plugin comes from libqca-qt6-plugins: without it the app must say so.
PLUGINS=$(in_root dpkg -L libqca-qt6-plugins | grep '/crypto$' | head -n 1)
[ -n "$PLUGINS" ] || fail "libqca-qt6-plugins has no crypto/ folder"
mv "$ROOT$PLUGINS" "$ROOT$PLUGINS.away"
status=0
printf '%s\n' "$PASSWORD" |
    in_root soliloquy --database /root/journal/other.sqlite3 register --username bob --email bob@example.org \
        --password-stdin >"$WORK/noplugin.out" 2>&1 || status=$?
mv "$ROOT$PLUGINS.away" "$ROOT$PLUGINS"
[ "$status" -ne 0 ] || fail "register worked without QCA's plugin, so the plugin check proves nothing"
grep -q "libqca-qt6-plugins" "$WORK/noplugin.out" || {
    cat "$WORK/noplugin.out" >&2
    fail "without QCA's plugin the message does not name libqca-qt6-plugins"
}
phase "the installed app finds QCA's plugin, and says so when it is missing"

# The window, on an X server outside the test root that the app reaches
# through the socket folder.
mkdir -p /tmp/.X11-unix "$ROOT/tmp/.X11-unix"
chmod 1777 /tmp/.X11-unix
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$WORK/display" 2>"$WORK/xvfb.log" &
XVFB_PID=$!
for _ in $(seq 100); do
    [ -s "$WORK/display" ] && break
    sleep 0.1
done
[ -s "$WORK/display" ] || fail "Xvfb did not start: $(cat "$WORK/xvfb.log")"
DISPLAY_NAME=":$(head -n 1 "$WORK/display")"
mount --bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"
# A simple command, so that $! is the app itself (chroot and env exec it).
chroot "$ROOT" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 DISPLAY="$DISPLAY_NAME" \
    soliloquy --database "$DB" >"$WORK/gui.out" 2>&1 &
APP_PID=$!
titles=
for _ in $(seq 150); do
    kill -0 "$APP_PID" 2>/dev/null || break
    titles=$(DISPLAY=$DISPLAY_NAME "$X11WINDOWS" 2>/dev/null || true)
    grep -q "Soliloquy" <<<"$titles" && break
    sleep 0.2
done
grep -q "Soliloquy" <<<"$titles" || {
    cat "$WORK/gui.out" >&2
    fail "no Soliloquy window appeared (windows: ${titles:-none})"
}
# Unlock through the login window: the journal's main window must open.
xdotool_in_root() {
    chroot "$ROOT" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root DISPLAY="$DISPLAY_NAME" xdotool "$@"
}
login=$(xdotool_in_root search --sync --limit 1 --name "Unlock Soliloquy") || fail "no login window to unlock"
# A journal of one account: the login names it and waits in the password field.
xdotool_in_root windowfocus --sync "$login" type --delay 15 "$PASSWORD" >/dev/null 2>&1 || true
xdotool_in_root key Return >/dev/null 2>&1 || true
for _ in $(seq 150); do
    kill -0 "$APP_PID" 2>/dev/null || break
    titles=$(DISPLAY=$DISPLAY_NAME "$X11WINDOWS" 2>/dev/null || true)
    grep -qE "ann.{1,8}Soliloquy" <<<"$titles" && break
    sleep 0.2
done
grep -qE "ann.{1,8}Soliloquy" <<<"$titles" || {
    cat "$WORK/gui.out" >&2
    fail "the main window did not open after unlocking (windows: ${titles:-none})"
}
sleep 2
kill -0 "$APP_PID" 2>/dev/null || {
    cat "$WORK/gui.out" >&2
    fail "the app quit after showing its window"
}
kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=
umount "$ROOT/tmp/.X11-unix"
phase "the app showed its window: $(tr '\n' ' ' <<<"$titles")"

# --- Purge, and look for what is left ----------------------------------------

in_root apt-get purge -y -q -o Dpkg::Options::=--force-unsafe-io soliloquy >"$WORK/purge.log" 2>&1 || {
    cat "$WORK/purge.log" >&2
    fail "apt-get purge failed"
}
state=$(in_root dpkg-query -W -f '${db:Status-Status}' soliloquy 2>/dev/null || true)
[ -z "$state" ] || [ "$state" = not-installed ] || fail "dpkg still lists soliloquy ($state)"
left=
while IFS= read -r path; do
    [ "$path" = "/." ] && continue
    if [ -L "$ROOT$path" ] || [ -f "$ROOT$path" ]; then
        left+=" $path"
    elif [ -d "$ROOT$path" ] && ! in_root dpkg-query -S "$path" >/dev/null 2>&1; then
        left+=" $path/" # a folder no other package owns
    fi
done <"$WORK/files"
[ -z "$left" ] || fail "the purge left behind:$left"
phase "purged without leaving a file ($(wc -l <"$WORK/files") paths checked)"
say "PASS in $((SECONDS - started)) s"

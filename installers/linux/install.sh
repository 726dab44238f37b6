#!/bin/sh
# Install the Packetizer build from this archive for the current user (~/.local), with its
# menu entry, icons and file types. Run from the unpacked archive:  ./install.sh
# Remove with:  ./install.sh --uninstall
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-"$HOME/.local"}
TARGET="$PREFIX/lib/packetizer"
if [ "${1:-}" = "--uninstall" ]; then
    "$TARGET/packetizer" --uninstall-desktop-entry || true
    rm -rf "$TARGET" "$PREFIX/bin/packetizer"
    echo "Packetizer removed."
    exit 0
fi
mkdir -p "$PREFIX/lib" "$PREFIX/bin"
rm -rf "$TARGET"
cp -R "$HERE/packetizer" "$TARGET"
ln -sf "$TARGET/packetizer" "$PREFIX/bin/packetizer"
"$TARGET/packetizer" --install-desktop-entry
echo "Packetizer installed in $TARGET; run 'packetizer' or find it in the applications menu."

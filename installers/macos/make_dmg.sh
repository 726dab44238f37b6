#!/bin/sh
# Build Packetizer.app and a .dmg on macOS. Needs Python 3.11+, and hdiutil (part of macOS).
#   sh installers/macos/make_dmg.sh
# The app bundle comes from the BUNDLE section of installers/packetizer.spec: bundle id
# org.packetizer.Packetizer, document types for .packet and .packetz (Info.plist). Sign and
# notarize it before giving it to others (codesign, xcrun notarytool); this script does not.
set -eu
cd "$(dirname "$0")/../.."
make dist
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' packetizer/__init__.py)
STAGE=$(mktemp -d)
cp -R dist/Packetizer.app "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Packetizer $VERSION" -srcfolder "$STAGE" -ov -format UDZO \
    "dist/Packetizer-$VERSION.dmg"
rm -rf "$STAGE"
echo "wrote dist/Packetizer-$VERSION.dmg"

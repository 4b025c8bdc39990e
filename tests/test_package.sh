#!/bin/bash
# The Debian package: cpack -G DEB builds it from the build tree; it is installed into a
# scratch root with dpkg; its files are checked (executables, desktop entry, AppStream
# metadata that appstreamcli validates, icon), its dependencies must be installed on this
# machine, and the installed cxrfair-cli reports its version and audits the demo. Skipped
# (status 77) without cpack's DEB tools.
set -euo pipefail
build=${CXRFAIR_BUILD_DIR:?the build folder}
for tool in cpack dpkg dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$build" && cpack -G DEB -B "$tmp/package" >"$tmp/cpack.log" 2>&1) ||
    { cat "$tmp/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$tmp"/package/cxrfair_*.deb)
echo "package: $(basename "$deb") ($(($(stat -c %s "$deb") / 1024 / 1024)) MiB)"

# Every dependency the package declares is a package this machine has installed.
IFS=',' read -ra depends <<<"$(dpkg-deb -f "$deb" Depends)"
for dependency in "${depends[@]}"; do
    name=$(echo "$dependency" | sed -E 's/^ *([^ (]+).*/\1/')
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$name" 2>/dev/null) == installed ]] ||
        { echo "FAIL: the package depends on $name, which is not installed"; exit 1; }
done

# The exporter's Python needs are suggested, not required.
dpkg-deb -f "$deb" Suggests | grep -q python3-torch ||
    { echo "FAIL: the package does not suggest python3-torch"; exit 1; }

# Installed with dpkg into a root of its own.
root=$tmp/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-depends --force-not-root --force-script-chrootless \
    --log=/dev/null -i "$deb" >"$tmp/dpkg.log" 2>&1 ||
    { cat "$tmp/dpkg.log"; echo "FAIL: dpkg -i"; exit 1; }
for file in usr/bin/cxrfair usr/bin/cxrfair-cli \
    usr/share/applications/org.cxrfair.cxrfair.desktop \
    usr/share/metainfo/org.cxrfair.cxrfair.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.cxrfair.cxrfair.svg \
    usr/share/cxrfair/export/cxrfair_export.py usr/share/cxrfair/export/cxrexport/clip_model.py; do
    [[ -s $root/$file ]] || { echo "FAIL: $file is not installed"; exit 1; }
done
grep -q '^Exec=cxrfair' "$root/usr/share/applications/org.cxrfair.cxrfair.desktop"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/org.cxrfair.cxrfair.metainfo.xml"
else
    echo "note: appstreamcli is not installed; the metadata was not validated"
fi

cli=$root/usr/bin/cxrfair-cli
version=$("$cli" --version)
echo "$version"
[[ $version == "cxrfair-cli "* ]] || { echo "FAIL: --version printed '$version'"; exit 1; }
"$cli" demo --out "$tmp/demo" --nih 200 --mimic 200 --size 64 >/dev/null
"$cli" audit --preset faimi2025 --mimic "$tmp/demo/mimic" --nih "$tmp/demo/nih" \
    --model "$tmp/demo/demo-clip.cxrmodel" --bootstrap 100 --out "$tmp/audit" 2>"$tmp/audit.log" ||
    { cat "$tmp/audit.log"; echo "FAIL: the installed cxrfair-cli could not audit the demo"; exit 1; }
for file in report.html report.pdf manifest.json mimic/metrics.csv nih/figures/shortcut.svg; do
    [[ -s $tmp/audit/$file ]] || { echo "FAIL: the audit wrote no $file"; exit 1; }
done
# The installed cxrfair-cli finds the installed exporter: its own error for a missing file.
set +e
"$cli" model export chexzero --checkpoint "$tmp/none.pt" --out "$tmp/none.cxrmodel" 2>"$tmp/export.log"
status=$?
set -e
[[ $status == 2 ]] && grep -q 'cxrfair_export.py: error' "$tmp/export.log" ||
    { cat "$tmp/export.log"; echo "FAIL: cxrfair-cli model export did not run the installed exporter"; exit 1; }
echo "PASS: the package installs, its cxrfair-cli audits the demo and finds the model exporter"

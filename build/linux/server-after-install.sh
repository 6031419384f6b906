# ---- 薪安服务器 (the bureau server as a systemd service): appended to electron-builder's own after-install by
# build/scripts/linux-scripts.mjs. Installs the unit but never enables or starts it on a fresh install: a bureau
# chooses one server (`sudo systemctl enable --now xinan-server`); the desks install the same deb. docs/server.md.
# On an upgrade a server that is running is restarted on the new version (its migrations back the database up first).
# Plain $VAR only below: electron-builder fills its dollar-brace macros (sanitizedProductName, executable) in this file.

XINAN_UNIT_SOURCE='/opt/${sanitizedProductName}/resources/linux/xinan-server.service'
XINAN_UNIT_TARGET=/usr/lib/systemd/system/xinan-server.service
XINAN_DATA=/var/lib/xinan

# The data dir first (the user's home; adduser warns about a missing one), then the xinan system user and group (no
# login shell; adduser --system is Debian's way), then the dir handed to it: mode 0750, case files hold personal data.
# An existing data dir (a reinstall) is never touched.
XINAN_NEW_DATA=no
if [ ! -d "$XINAN_DATA" ]; then
    install -d -m 0750 "$XINAN_DATA"
    XINAN_NEW_DATA=yes
fi
if ! getent passwd xinan >/dev/null 2>&1; then
    if command -v adduser >/dev/null 2>&1; then
        adduser --system --group --home "$XINAN_DATA" --no-create-home --gecos 'XinAn server' xinan >/dev/null
    else
        useradd --system --user-group --home-dir "$XINAN_DATA" --no-create-home --shell /usr/sbin/nologin --comment 'XinAn server' xinan
    fi
fi
if [ "$XINAN_NEW_DATA" = yes ]; then
    chown xinan:xinan "$XINAN_DATA"
fi

if [ -f "$XINAN_UNIT_SOURCE" ]; then
    install -D -m 0644 "$XINAN_UNIT_SOURCE" "$XINAN_UNIT_TARGET"
    if [ -d /run/systemd/system ]; then
        systemctl daemon-reload || true
        # try-restart: only a server that is already running; a desk (service not enabled) is left alone.
        systemctl try-restart xinan-server.service || true
    fi
fi

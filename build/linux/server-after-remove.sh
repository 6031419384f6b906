# ---- 薪安服务器: appended to electron-builder's own after-remove by build/scripts/linux-scripts.mjs.
# On remove and purge: stop and disable the service and delete the unit. NEVER the data dir /var/lib/xinan nor the
# xinan user that owns it: the law keeps arbitration files 5–10 years (docs/server.md, "Uninstalling").
# On upgrade (the old package's postrm) nothing is done: the new package's postinst restarts the server.
# Plain $VAR only below: electron-builder fills its dollar-brace macros (sanitizedProductName, executable) in this file.

case "$1" in
    remove|purge)
        if [ -d /run/systemd/system ]; then
            systemctl disable --now xinan-server.service >/dev/null 2>&1 || true
        fi
        rm -f /usr/lib/systemd/system/xinan-server.service
        if [ -d /run/systemd/system ]; then
            systemctl daemon-reload || true
        fi
        if [ -d /var/lib/xinan ]; then
            echo '薪安服务器的数据目录 /var/lib/xinan 已保留（案件档案须依法保存）；如确需删除，请先备份。'
        fi
        ;;
esac

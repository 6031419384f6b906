#!/bin/bash
# Runs a deb maintainer script fragment as root in a private mount namespace whose /etc (a copy), /opt, /var/lib,
# /usr/lib/systemd/system and /run are throwaway: nothing it does reaches this machine. systemctl is a stand-in that
# records its arguments. Used by tests/integration/service-packaging.test.ts.
#   throwaway-root.sh WORKDIR UNIT_FILE then: SCRIPT ARG [SCRIPT ARG …] (each run in turn); afterwards prints the state.
set -euo pipefail
work=$1 unit=$2
shift 2
mkdir -p "$work/etc" "$work/opt" "$work/varlib" "$work/units" "$work/run" "$work/bin"
cp -a /etc/. "$work/etc/"
cat > "$work/bin/systemctl" <<'STUB'
#!/bin/sh
echo "systemctl $*" >> /run/systemctl.log
STUB
chmod 755 "$work/bin/systemctl"
# shellcheck disable=SC2016 # the inner script is single-quoted on purpose: it expands in the namespace
exec unshare --mount --propagation private bash -euo pipefail -c '
  work=$1 unit=$2; shift 2
  mount --bind "$work/etc" /etc
  mount -t tmpfs none /opt
  mount --bind "$work/varlib" /var/lib
  mount --bind "$work/units" /usr/lib/systemd/system
  mount -t tmpfs none /run
  mkdir -p /run/systemd/system "/opt/薪安/resources/linux"
  cp "$unit" "/opt/薪安/resources/linux/xinan-server.service"
  export PATH="$work/bin:$PATH"
  while [ $# -gt 0 ]; do
    bash "$1" "$2"
    [ -d /var/lib/xinan ] && echo keep > /var/lib/xinan/case-file.txt
    shift 2
  done
  echo "passwd: $(getent passwd xinan || echo none)"
  echo "group: $(getent group xinan || echo none)"
  if [ -d /var/lib/xinan ]; then echo "datadir: $(stat -c "%U:%G %a" /var/lib/xinan) $(ls /var/lib/xinan | tr "\n" " ")"; else echo "datadir: none"; fi
  if [ -f /usr/lib/systemd/system/xinan-server.service ]; then echo "unit: $(stat -c %a /usr/lib/systemd/system/xinan-server.service) $(cmp -s /usr/lib/systemd/system/xinan-server.service "$unit" && echo same || echo differs)"; else echo "unit: none"; fi
  cat /run/systemctl.log 2>/dev/null || true
' bash "$work" "$unit" "$@"

; 薪安 NSIS additions (electron-builder nsis.include): the optional "本局服务器" step — the bureau server as a Windows
; service (issue #16; docs/server.md "As a service"). Compiled here only for syntax (tests/integration/service-packaging.test.ts
; with Debian's makensis); it runs only on Windows.
;   - Offered only for an installation for all users (it needs administrator rights), after the files are copied.
;     Silent installs: `xinan-setup.exe /S /allusers /XINAN-SERVER` makes this PC the server; without the switch, no service.
;   - The host is WinSW (resources\service\xinan-server.exe + xinan-server.xml): it runs
;     `xinan.exe --server --data-dir %ProgramData%\XinAn --listen 0.0.0.0:8443` under the virtual account
;     NT SERVICE\xinan-server, which alone (with SYSTEM and Administrators) may read the data dir.
;   - Updating stops the service before the files are replaced and starts it again after; uninstalling stops and
;     removes the service and its firewall rule, and NEVER deletes %ProgramData%\XinAn (arbitration files are kept 5–10 years).

!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define XINAN_SERVICE "xinan-server"
!define XINAN_HOST "$INSTDIR\resources\service\xinan-server.exe"
!define XINAN_FIREWALL_RULE "XinAn Server (TCP 8443)"

!macro xinanServiceExists _result
  ; sc query answers 0 for an installed service (1060: no such service).
  nsExec::ExecToLog '"$SYSDIR\sc.exe" query ${XINAN_SERVICE}'
  Pop ${_result}
!macroend

!macro xinanStopService
  ; net stop waits until the service has stopped (the server closes its database first).
  nsExec::ExecToLog '"$SYSDIR\net.exe" stop ${XINAN_SERVICE}'
  Pop $0
!macroend

!macro customInit
  ; An update replaces the files the running service uses: stop it first (customInstall starts it again).
  !insertmacro xinanServiceExists $0
  ${If} $0 == 0
    !insertmacro xinanStopService
  ${EndIf}
!macroend

!macro xinanInstallService
  ReadEnvStr $R2 PROGRAMDATA
  CreateDirectory "$R2\XinAn"
  CreateDirectory "$R2\XinAn\logs\service"
  DetailPrint "安装薪安服务器服务（数据目录 $R2\XinAn）"
  nsExec::ExecToLog '"${XINAN_HOST}" install'
  Pop $0
  ${If} $0 != 0
    MessageBox MB_OK|MB_ICONEXCLAMATION "未能安装薪安服务器服务（代码 $0）。薪安已安装，可稍后以管理员身份重新运行安装程序。" /SD IDOK
  ${Else}
    !insertmacro xinanConfigureService
  ${EndIf}
!macroend

!macro xinanConfigureService
  ; A per-service virtual account instead of LocalSystem: no password, no rights beyond what is granted here.
  nsExec::ExecToLog '"$SYSDIR\sc.exe" config ${XINAN_SERVICE} obj= "NT SERVICE\${XINAN_SERVICE}"'
  Pop $0
  ; The data dir holds personal data: only SYSTEM, Administrators and the service (modify); no inherited Users access.
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$R2\XinAn" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F "NT SERVICE\${XINAN_SERVICE}:(OI)(CI)M"'
  Pop $0
  nsExec::ExecToLog '"$SYSDIR\netsh.exe" advfirewall firewall add rule name="${XINAN_FIREWALL_RULE}" dir=in action=allow protocol=TCP localport=8443 program="$INSTDIR\xinan.exe"'
  Pop $0
  nsExec::ExecToLog '"$SYSDIR\net.exe" start ${XINAN_SERVICE}'
  Pop $0
  ${If} $0 != 0
    MessageBox MB_OK|MB_ICONEXCLAMATION "薪安服务器服务已安装但未能启动（代码 $0）。请查看 $R2\XinAn\logs\service 中的日志。" /SD IDOK
  ${EndIf}
!macroend

!macro customInstall
  ${If} $installMode == "all"
    !insertmacro xinanServiceExists $0
    ${If} $0 == 0
      ; An update of a server: the same service, started again on the new files (its migrations back the database up first).
      nsExec::ExecToLog '"$SYSDIR\net.exe" start ${XINAN_SERVICE}'
      Pop $0
    ${Else}
      ${GetParameters} $R0
      ClearErrors
      ${GetOptions} $R0 "/XINAN-SERVER" $R1
      ${IfNot} ${Errors}
        !insertmacro xinanInstallService
      ${ElseIf} ${Cmd} `MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "是否将本机设为本局的薪安服务器？$\r$\n$\r$\n选“是”：安装并启动“薪安服务器”系统服务，各科室电脑经局域网（HTTPS 8443 端口）使用本机的数据，数据保存在 ProgramData\XinAn 文件夹。一个局只设一台服务器。$\r$\n选“否”：只安装薪安桌面程序（科室电脑选此项）。" /SD IDNO IDYES`
        !insertmacro xinanInstallService
      ${EndIf}
    ${EndIf}
  ${EndIf}
!macroend

!macro customUnInstall
  !insertmacro xinanServiceExists $0
  ${If} $0 == 0
    !insertmacro xinanStopService
    ${IfNot} ${isUpdated}
      nsExec::ExecToLog '"${XINAN_HOST}" uninstall'
      Pop $0
      nsExec::ExecToLog '"$SYSDIR\netsh.exe" advfirewall firewall delete rule name="${XINAN_FIREWALL_RULE}"'
      Pop $0
      ; The data dir stays: %ProgramData%\XinAn is never deleted by the uninstaller.
      DetailPrint "已删除薪安服务器服务；数据目录 %ProgramData%\XinAn 已保留"
    ${EndIf}
  ${EndIf}
!macroend

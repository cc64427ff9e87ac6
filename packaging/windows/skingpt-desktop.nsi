; NSIS recipe for the Windows installer of SkinGPT Desktop, built on Linux with Debian's makensis
; (packaging/windows_build.py):
;
;   makensis -INPUTCHARSET UTF8 -DAPP_VERSION=0.1.0 -DSOURCE_DIR=dist/SkinGPT-Desktop-win64
;            -DOUT_FILE=dist/SkinGPT-Desktop-0.1.0-setup.exe -DREPO_ROOT=. -DLICENSE_FILE=...
;            packaging/windows/skingpt-desktop.nsi
;
; The installer is per user: no administrator rights, no UAC prompt, nothing written outside the
; user's profile (clinic PCs are often locked down, and the app keeps its data per user anyway).
; It installs into %LOCALAPPDATA%\Programs\SkinGPT Desktop, adds a Start-menu shortcut (and a
; desktop one if ticked) and an entry in Settings > Apps & features.
;
; Uninstalling removes the program files only. The user's data (the encrypted vault with cases,
; photos and conversations, and the imported model packs, several GB) lives in
; %LOCALAPPDATA%\SkinGPT\SkinGPT Desktop (platformdirs' user data folder, see
; skingpt_desktop\core\storage\paths.py) and is kept, so a reinstall or an upgrade finds it.
;
; Silent use: setup.exe /S [/D=C:\path with spaces\SkinGPT Desktop]  (/D last, unquoted);
; uninstall.exe /S.

; A 64-bit installer (Unicode) for the 64-bit app; it also runs under a 64-bit-only Wine.
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 64

!ifndef APP_VERSION
  !error "APP_VERSION is required (-DAPP_VERSION=...)"
!endif
!ifndef SOURCE_DIR
  !error "SOURCE_DIR is required: the PyInstaller folder with skingpt-desktop.exe"
!endif
!ifndef OUT_FILE
  !error "OUT_FILE is required"
!endif
!ifndef REPO_ROOT
  !error "REPO_ROOT is required"
!endif
!ifndef LICENSE_FILE
  !error "LICENSE_FILE is required: the text of the licence page"
!endif

!define APP_NAME "SkinGPT Desktop"
!define APP_PUBLISHER "SkinGPT"
!define APP_EXE "skingpt-desktop.exe"
!define CLI_EXE "skingpt-desktop-cli.exe"
; Fixed forever: Windows and later installers find the installed copy by this key.
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SkinGPTDesktop"
!define ICON "${REPO_ROOT}/resources/icons/skingpt-desktop.ico"

Name "${APP_NAME}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
; An upgrade goes where the previous version is.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${APP_VERSION}"

VIProductVersion "0.0.0.0"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${APP_VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} Setup"
VIAddVersionKey "FileVersion" "${APP_VERSION}"
VIAddVersionKey "CompanyName" "${APP_PUBLISHER}"
VIAddVersionKey "LegalCopyright" "Apache License 2.0"

!include "MUI2.nsh"
!include "x64.nsh"
!include "WinVer.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP_NAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ; The bundle is 64-bit Python, Qt and llama.cpp; Qt 6 needs Windows 10 1809 or newer.
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP_NAME} needs 64-bit Windows 10 or 11." /SD IDOK
    Abort
  ${EndIf}
  ${IfNot} ${AtLeastWin10}
    MessageBox MB_ICONSTOP "${APP_NAME} needs Windows 10 or 11." /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Section "${APP_NAME}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade must not leave the previous version's libraries behind: Qt would still load
  ; stale plugin DLLs from _internal. Only the program's own files are touched.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}/*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${APP_VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  SectionGetSize ${SecApp} $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section /o "Desktop shortcut" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Section "Uninstall"
  ; Program files only: the encrypted vault and model packs in
  ; %LOCALAPPDATA%\SkinGPT\SkinGPT Desktop stay, and so does anything else in a folder the user
  ; chose (no recursive delete of $INSTDIR itself).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  IfSilent done
  MessageBox MB_ICONINFORMATION "${APP_NAME} was removed. Your data was kept in$\r$\n$\r$\n$LOCALAPPDATA\SkinGPT\SkinGPT Desktop$\r$\n$\r$\nIt holds your encrypted vault (cases, photos, conversations) and the model packs you imported. Installing ${APP_NAME} again finds it. To remove it for good, back up what you need and delete that folder."
  done:
SectionEnd

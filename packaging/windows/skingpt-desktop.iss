; Inno Setup 6 recipe for the Windows installer of SkinGPT Desktop.
;
; It wraps the PyInstaller folder dist\SkinGPT-Desktop\ (built by packaging\build.py from
; packaging\skingpt-desktop.spec) into dist\SkinGPT-Desktop-<version>-setup.exe. build.py calls:
;
;   iscc /DAppVersion=<version> /DSourceDir=<repo>\dist\SkinGPT-Desktop /DOutputDir=<repo>\dist
;        packaging\windows\skingpt-desktop.iss
;
; Run by hand (after build.py) the three defines may be left out: the defaults below point at
; the same folders, found relative to this script.
;
; The installer is per user: no administrator rights, no UAC prompt, nothing written outside
; the user's profile. Clinics often run locked-down PCs where staff cannot elevate, and the app
; keeps its data per user anyway.
;
; Uninstalling removes the program folder only. The user's data (the encrypted vault with
; cases, photos and conversations, and the imported model packs, several GB) lives in
; %LOCALAPPDATA%\SkinGPT\SkinGPT Desktop (platformdirs' user data folder for app "SkinGPT
; Desktop" by "SkinGPT", see skingpt_desktop\core\storage\paths.py) and is kept, so a reinstall
; or an upgrade finds it again; the uninstaller says where it is.

; x64compatible (used below) is new in Inno Setup 6.3.
#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is required
#endif

#define AppName "SkinGPT Desktop"
#define AppPublisher "SkinGPT"
#define AppExeName "skingpt-desktop.exe"
#define RepoRoot AddBackslash(SourcePath) + "..\.."

; A build without /DAppVersion is a local test build; its file name says so.
#ifndef AppVersion
  #define AppVersion "0.0.0-dev"
#endif
#ifndef SourceDir
  #define SourceDir RepoRoot + "\dist\SkinGPT-Desktop"
#endif
#ifndef OutputDir
  #define OutputDir RepoRoot + "\dist"
#endif

#if !FileExists(AddBackslash(SourceDir) + AppExeName)
  #error No skingpt-desktop.exe in SourceDir: run python packaging\build.py first
#endif

[Setup]
; The AppId identifies the product to Windows' "Installed apps" list and to later installers
; (upgrades replace the installed version in place). Never change it, or upgrades install a
; second copy. The doubled brace is Inno's escape for a literal "{".
AppId={{DE6BBE79-9429-4239-824C-D69F9443B30A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
; VersionInfoVersion (the setup.exe's numeric file version) is left at its default: it only
; takes up to four numbers, and Python versions such as 0.2.0rc1 are not of that form. The
; textual product version shown by Explorer defaults to AppVersion.
VersionInfoDescription={#AppName} Setup

PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
; One Start-menu shortcut, no folder for it: nothing to choose, so no page for it.
DisableProgramGroupPage=yes
; The PyInstaller bundle is 64-bit (64-bit Python, Qt and llama.cpp). x64compatible also admits
; Windows 11 on Arm, which runs x64 programs under emulation.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or newer.
MinVersion=10.0.17763

SetupIconFile={#RepoRoot}\resources\icons\skingpt-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern

OutputDir={#OutputDir}
OutputBaseFilename=SkinGPT-Desktop-{#AppVersion}-setup
; Solid LZMA2: the bundle is hundreds of MB of DLLs that compress far better as one stream.
Compression=lzma2/max
SolidCompression=yes
; A log in %TEMP% (Setup Log *.txt) makes failed installs on users' machines diagnosable.
SetupLogging=yes
; Offer to close a running copy (Restart Manager) instead of failing on locked DLLs.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade must not leave the previous version's libraries behind: Qt would still find and
; load stale plugin DLLs from the bundle's _internal folder. Only the program folder is touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[Code]
const
  { platformdirs.user_data_dir('SkinGPT Desktop', 'SkinGPT', roaming=False) on Windows }
  UserDataFolder = '{localappdata}\SkinGPT\SkinGPT Desktop';

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Folder := ExpandConstant(UserDataFolder);
  if DirExists(Folder) and not UninstallSilent then
    MsgBox('SkinGPT Desktop was removed. Your data was kept:' + #13#10 + #13#10 +
      Folder + #13#10 + #13#10 +
      'It holds your encrypted vault (cases, photos, conversations) and the model packs you ' +
      'imported. Installing SkinGPT Desktop again finds it. To remove it for good, back up ' +
      'what you need and delete that folder.', mbInformation, MB_OK);
end;

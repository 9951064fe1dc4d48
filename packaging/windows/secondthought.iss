; Inno Setup script for the Windows installer (NOT built on the project's Linux machines;
; .github/workflows/release.yml builds it on a hosted Windows runner, see docs/packaging.md).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\secondthought.iss
;
; Input: dist\secondthought\ from `pyinstaller packaging\secondthought.spec` (secondthought.exe
; for the window, secondthought-cli.exe for the command line) and build\icons\secondthought.ico
; from packaging\scripts\render_icons.py. Output: dist\SecondThought-<version>-setup.exe.
;
; Per-user install by default (no administrator rights needed; the user may choose an
; install for everyone), a Start-menu entry, an optional desktop shortcut, an uninstaller.
; Uninstalling keeps the user's drafts (%LOCALAPPDATA%\secondthought): they are the user's,
; not the program's.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z secondthought.iss
#endif

#define AppName "Second Thought"
#define AppId "io.github.secondthought.SecondThought"

[Setup]
; A fixed GUID: upgrades replace the installed version instead of adding a second one.
AppId={{6F1C3E2A-7B5D-4C1E-9A43-5D2B8E0F7C61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Second Thought developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=SecondThought-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\secondthought.ico
UninstallDisplayIcon={app}\secondthought.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\secondthought\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; AppUserModelID: the taskbar groups the window with its Start-menu entry (the app sets the
; same id on start).
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\secondthought.exe"; AppUserModelID: "{#AppId}"
Name: "{autoprograms}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\secondthought.exe"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\secondthought.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

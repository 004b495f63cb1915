; Inno Setup script for Shelter Desk on Windows (Inno Setup 6.x: https://jrsoftware.org/isinfo.php).
;
; UNTESTED: this script was written on Linux and has not been compiled or run on Windows
; yet. See packaging/README.md, "Building on Windows", before shipping it.
;
; Build the program folder first (py packaging\build.py makes dist\shelter-desk\ and
; self-tests it), then, from this folder:
;     iscc /DAppVersion=0.1.0 shelter-desk.iss
; The installer lands in dist\installer\.
;
; What it does:
; - installs the program folder into Program Files (or the user's own programs folder
;   when not run as an administrator) and a Start-menu entry;
; - never touches the shelter's vault. The vault is in the Windows user's
;   %LOCALAPPDATA%\Shelter Desk\vault (or wherever --vault points), which this script
;   neither installs nor lists, so the uninstaller cannot delete it: the uninstaller
;   removes only the files it installed. It says so before it starts.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Shelter Desk"
#define AppExe "shelter-desk.exe"

[Setup]
; A fixed id: upgrades replace the program in place. Never change it.
AppId={{6B1C5B7E-2E0B-4F5E-9A57-5C2C3B1E8D41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Shelter Desk contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=shelter-desk-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} (the program only; the shelter's records stay)
LicenseFile=..\..\resources\licenses\gpl-3.0.txt
; Code signing (see packaging/README.md): define a sign tool named "signtool" in the
; Inno Setup IDE (Tools > Configure Sign Tools) or with iscc /S, then uncomment:
; SignTool=signtool
; SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
; The whole PyInstaller folder: the .exe alone does not run.
Source: "..\..\dist\shelter-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{#AppName} self-test"; Filename: "{cmd}"; \
  Parameters: "/k ""{app}\shelter-desk-cli.exe"" self-test"; WorkingDir: "{app}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries on purpose: the uninstaller removes only what it installed.

[Code]
function InitializeUninstall(): Boolean;
begin
  Result := MsgBox('This removes the Shelter Desk program only.' #13#10 #13#10 +
    'The shelter''s records (the encrypted vault in your user''s AppData\Local\Shelter Desk folder, ' +
    'with its backups) are NOT deleted. To move them to another computer, make a backup first ' +
    '(Admin, Backups, Back up now).' #13#10 #13#10 + 'Remove the program?',
    mbConfirmation, MB_YESNO) = IDYES;
end;

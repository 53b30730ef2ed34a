; Inno Setup script: turns the one-folder build dist\sizer\ into dist\SizerSetup-<version>.exe.
; After `python scripts\build_release.py` on Windows, from the repository root:
;     iscc /DAppVersion=0.1.0 packaging\windows\sizer.iss
; (the version is sizer.__version__; paths below are relative to this script's folder)
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\sizer.iss
#endif

[Setup]
AppId={{5E0D7C2A-8B1F-4F3A-9C64-2A7E1B9D4C10}
AppName=Sizer
AppVersion={#AppVersion}
AppVerName=Sizer {#AppVersion}
AppPublisher=Sizer
DefaultDirName={autopf}\Sizer
DefaultGroupName=Sizer
DisableProgramGroupPage=yes
; per-user install without admin rights when the person chooses so (merchandisers' laptops)
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=SizerSetup-{#AppVersion}
SetupIconFile=..\..\dist\sizer\sizer.ico
UninstallDisplayIcon={app}\sizer.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\sizer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Sizer"; Filename: "{app}\sizer.exe"
Name: "{autodesktop}\Sizer"; Filename: "{app}\sizer.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\sizer.exe"; Description: "{cm:LaunchProgram,Sizer}"; Flags: nowait postinstall skipifsilent

; Inno Setup script for Packetizer on Windows (https://jrsoftware.org/isinfo.php).
; Build the one-folder app first on Windows:  make dist   (or: pyinstaller installers\packetizer.spec)
; then:  iscc /DVersion=0.1.0 installers\windows\packetizer.iss
; It installs per user (no admin rights), adds a Start-menu entry, and opens .packet and
; .packetz files with Packetizer.

#ifndef Version
  #define Version "0.1.0"
#endif
#define AppId "org.packetizer.Packetizer"

[Setup]
AppId={#AppId}
AppName=Packetizer
AppVersion={#Version}
AppPublisher=The Packetizer team
DefaultDirName={localappdata}\Programs\Packetizer
DefaultGroupName=Packetizer
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=Packetizer-{#Version}-setup
SetupIconFile=..\..\resources\icons\packetizer.ico
UninstallDisplayIcon={app}\packetizer-gui.exe
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\..\dist\packetizer\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Packetizer"; Filename: "{app}\packetizer-gui.exe"
Name: "{group}\Uninstall Packetizer"; Filename: "{uninstallexe}"

[Registry]
Root: HKCU; Subkey: "Software\Classes\.packet"; ValueType: string; ValueData: "Packetizer.Packet"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Packetizer.Packet"; ValueType: string; ValueData: "Packetizer packet"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Packetizer.Packet\DefaultIcon"; ValueType: string; ValueData: "{app}\packetizer-gui.exe,0"
Root: HKCU; Subkey: "Software\Classes\Packetizer.Packet\shell\open\command"; ValueType: string; ValueData: """{app}\packetizer-gui.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.packetz"; ValueType: string; ValueData: "Packetizer.Bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Packetizer.Bundle"; ValueType: string; ValueData: "Packetizer bundle"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Packetizer.Bundle\DefaultIcon"; ValueType: string; ValueData: "{app}\packetizer-gui.exe,0"
Root: HKCU; Subkey: "Software\Classes\Packetizer.Bundle\shell\open\command"; ValueType: string; ValueData: """{app}\packetizer-gui.exe"" ""%1"""

[Run]
Filename: "{app}\packetizer-gui.exe"; Description: "Start Packetizer"; Flags: nowait postinstall skipifsilent

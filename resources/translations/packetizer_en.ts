<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicantDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="257"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="262"/>
        <source>As on your CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="264"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="265"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="266"/>
        <source>Use for new packets too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="159"/>
        <location filename="../../packetizer/gui/dialogs.py" line="230"/>
        <source>Export packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="162"/>
        <source>One PDF with cover, bookmarks and page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="163"/>
        <source>Separate files, one per item, for upload portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="170"/>
        <source>Output file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="171"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="172"/>
        <location filename="../../packetizer/gui/dialogs.py" line="222"/>
        <source>Cover page with a clickable checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="175"/>
        <source>Footer with page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="179"/>
        <source>Fields: {applicant} {job_id} {page} {pages} {label} {section} {title} {organization}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="183"/>
        <source>Footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="185"/>
        <source>Per item (CV-1, RS-1, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="186"/>
        <source>Continuous (1, 2, 3, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="188"/>
        <source>Page labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="190"/>
        <source>Keep each page&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="194"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="199"/>
        <source>The upload portal whose limits apply (file size, file-name length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="201"/>
        <source>Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="202"/>
        <source>Keep each document&apos;s own bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="208"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="221"/>
        <source>Index file naming each item&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="227"/>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="187"/>
        <source>Posting text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="193"/>
        <source>&lt;b&gt;Checklist&lt;/b&gt; — drop files on an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="196"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="217"/>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="219"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="221"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="224"/>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="237"/>
        <location filename="../../packetizer/gui/mainwindow.py" line="249"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="242"/>
        <source>Double-click a finding to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="250"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="266"/>
        <source>&amp;New Packet from Posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="268"/>
        <source>New Packet from &amp;Pasted Posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="270"/>
        <source>&amp;Open Packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="272"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="273"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="275"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="277"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="278"/>
        <source>&amp;Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="280"/>
        <source>&amp;Remove Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="282"/>
        <source>&amp;Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="283"/>
        <source>Add &amp;Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="284"/>
        <source>&amp;Edit Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="285"/>
        <source>Remove Ite&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="286"/>
        <source>&amp;Read Posting Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="287"/>
        <source>&amp;About Packetizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="288"/>
        <source>A&amp;pplicant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="289"/>
        <source>&amp;Review Folder of Packets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="290"/>
        <source>Open &amp;Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="291"/>
        <source>Export B&amp;undle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="292"/>
        <source>Add &amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="294"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="297"/>
        <source>&amp;Open in Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="299"/>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="300"/>
        <source>Re&amp;place File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="301"/>
        <source>Re&amp;name Bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="302"/>
        <source>Select &amp;Pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="303"/>
        <source>Ro&amp;tate Clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="305"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="307"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="310"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="311"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="320"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="323"/>
        <source>&amp;Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="330"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="340"/>
        <source>No recent packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="372"/>
        <source>Untitled packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="381"/>
        <source>Deadline {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="432"/>
        <source>Autosave failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="447"/>
        <source>an untitled packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="448"/>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="449"/>
        <source>Packetizer did not close properly last time. Unsaved changes to {0} from {1} were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="452"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="453"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="473"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="520"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="542"/>
        <source>Save the changes to this packet first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="550"/>
        <source>Open packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="569"/>
        <source>Open the job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="610"/>
        <source>Making the sample packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="627"/>
        <source>Save packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="648"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="674"/>
        <source>Select a checklist item to attach files to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="676"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="693"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="693"/>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="700"/>
        <source>Converting {0} to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="702"/>
        <location filename="../../packetizer/gui/mainwindow.py" line="924"/>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="715"/>
        <source>Attaching cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="726"/>
        <source>Attach {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="728"/>
        <source>{0} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="731"/>
        <source>Cannot attach this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="758"/>
        <source>Move {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="768"/>
        <source>Remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="788"/>
        <source>Add “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="806"/>
        <source>Edit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="818"/>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="819"/>
        <source>Remove “{0}” and the {1} document(s) attached to it? The files themselves are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="824"/>
        <source>Remove “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="838"/>
        <source>Read Posting Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="864"/>
        <source>Rename bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="865"/>
        <source>Bookmark title in the packet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="872"/>
        <source>Rename {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="884"/>
        <location filename="../../packetizer/gui/mainwindow.py" line="897"/>
        <source>Select pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="885"/>
        <source>Pages of {0} to include (of {1}), e.g. 1-3,5 — empty for all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="902"/>
        <source>Select pages of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="909"/>
        <source>Rotate {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="917"/>
        <source>Replace {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="933"/>
        <source>Replace with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="948"/>
        <location filename="../../packetizer/gui/mainwindow.py" line="958"/>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="949"/>
        <source>Comment for the applicant (shown with the findings and in the report):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="985"/>
        <source>Open bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="986"/>
        <location filename="../../packetizer/gui/mainwindow.py" line="1016"/>
        <source>Packet bundles (*.packetz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1002"/>
        <source>Cannot open this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1010"/>
        <location filename="../../packetizer/gui/mainwindow.py" line="1015"/>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1011"/>
        <source>Save the packet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1024"/>
        <source>Bundle written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1040"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1077"/>
        <source>“{0}” sent separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1150"/>
        <source>{0} cannot be shown: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1187"/>
        <source>Export an incomplete packet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1188"/>
        <source>The check found {0} problem(s). Export anyway? The PDF will include only the documents that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1209"/>
        <source>Export settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1213"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1214"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1240"/>
        <source>Exported {0} files to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1224"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1227"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1254"/>
        <source>Exported {0} ({1} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1257"/>
        <source>Exported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1269"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1283"/>
        <source>Wrote {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1286"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1288"/>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1289"/>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1290"/>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1301"/>
        <source>About Packetizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1302"/>
        <source>&lt;h3&gt;Packetizer {0}&lt;/h3&gt;&lt;p&gt;Builds job-application packets from the posting. Works offline; nothing leaves your computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastePostingDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="137"/>
        <source>Paste a job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="140"/>
        <source>Paste the whole job advertisement; Packetizer finds the materials it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="143"/>
        <source>Posting text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="48"/>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="54"/>
        <location filename="../../packetizer/gui/preview.py" line="109"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="62"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="69"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="71"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="74"/>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="74"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="75"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="75"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="76"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="76"/>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="96"/>
        <location filename="../../packetizer/gui/preview.py" line="110"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="117"/>
        <source>Select a document in the checklist to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="144"/>
        <source>This file cannot be shown ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="154"/>
        <source>of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="33"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="67"/>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="67"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="74"/>
        <source>e.g. Copy of PhD diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="75"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="76"/>
        <source>Sent separately (e.g. by referees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="79"/>
        <source> pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="80"/>
        <source> words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="82"/>
        <source>What it must cover, as the posting says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="84"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="84"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="86"/>
        <source>At &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="87"/>
        <source>At &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="88"/>
        <source>&amp;Page limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="89"/>
        <source>&amp;Word limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="90"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="94"/>
        <source>From the posting: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../packetizer/gui/review.py" line="61"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="61"/>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="61"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="62"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="62"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="105"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="105"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../packetizer/gui/review.py" line="144"/>
        <source>Review packets — Packetizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="152"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="161"/>
        <source>Choose a folder with students&apos; packets (.packet) or bundles (.packetz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="163"/>
        <source>Choose Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="165"/>
        <source>Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="168"/>
        <source>Filter by student or posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="169"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="170"/>
        <source>Only packets that are not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="174"/>
        <source>Export Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="176"/>
        <source>Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="207"/>
        <source>Folder of packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="216"/>
        <source>{0}: checking {1} packets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="218"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="225"/>
        <source>Exported {0} of {1} packets to {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="228"/>
        <source>{0}: {1} of {2} packets ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="236"/>
        <source>Checked {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="252"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="259"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="260"/>
        <source>None of these packets is ready to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="262"/>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="271"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="272"/>
        <source>Web page (*.html);;Spreadsheet (*.csv);;Data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="282"/>
        <source>Report written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="282"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="288"/>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="289"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="291"/>
        <source>The packet&apos;s own folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="292"/>
        <source>Export to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="294"/>
        <source>For new packets. Fields: {applicant} {job_id} {page} {pages} {label} {section} {title} {organization}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="296"/>
        <source>Footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="298"/>
        <source>Automatic (from your country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="302"/>
        <source>The paper that text files and images are put on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="303"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="305"/>
        <location filename="../../packetizer/gui/dialogs.py" line="311"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="306"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="306"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="309"/>
        <source>Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="315"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="320"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="88"/>
        <source>&lt;h1&gt;Packetizer&lt;/h1&gt;&lt;p&gt;Turn a job posting into a checklist, check your files against it, and export one bookmarked PDF.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="95"/>
        <source>New packet from posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="96"/>
        <source>Paste a posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="97"/>
        <source>Open packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="98"/>
        <source>Try the sample packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="106"/>
        <source>Recent packets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="108"/>
        <source>Recent packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="116"/>
        <source>No recent packets yet — start with a posting or try the sample packet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicantDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="253"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="258"/>
        <source>As on your CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="260"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="261"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="262"/>
        <source>Use for new packets too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="155"/>
        <location filename="../../packetizer/gui/dialogs.py" line="226"/>
        <source>Export packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="158"/>
        <source>One PDF with cover, bookmarks and page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="159"/>
        <source>Separate files, one per item, for upload portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="166"/>
        <source>Output file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="167"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="168"/>
        <location filename="../../packetizer/gui/dialogs.py" line="218"/>
        <source>Cover page with a clickable checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="171"/>
        <source>Footer with page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="175"/>
        <source>Fields: {applicant} {job_id} {page} {pages} {label} {section} {title} {organization}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="179"/>
        <source>Footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="181"/>
        <source>Per item (CV-1, RS-1, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="182"/>
        <source>Continuous (1, 2, 3, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="184"/>
        <source>Page labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="186"/>
        <source>Keep each page&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="190"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="195"/>
        <source>The upload portal whose limits apply (file size, file-name length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="197"/>
        <source>Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="198"/>
        <source>Keep each document&apos;s own bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="204"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="217"/>
        <source>Index file naming each item&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="223"/>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="186"/>
        <source>Posting text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="192"/>
        <source>&lt;b&gt;Checklist&lt;/b&gt; — drop files on an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="195"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="216"/>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="218"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="220"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="223"/>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="236"/>
        <location filename="../../packetizer/gui/mainwindow.py" line="248"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="241"/>
        <source>Double-click a finding to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="249"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="265"/>
        <source>&amp;New Packet from Posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="267"/>
        <source>New Packet from &amp;Pasted Posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="269"/>
        <source>&amp;Open Packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="271"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="272"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="274"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="276"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="277"/>
        <source>&amp;Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="279"/>
        <source>&amp;Remove Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="281"/>
        <source>&amp;Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="282"/>
        <source>Add &amp;Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="283"/>
        <source>&amp;Edit Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="284"/>
        <source>Remove Ite&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="285"/>
        <source>&amp;Read Posting Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="286"/>
        <source>&amp;About Packetizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="287"/>
        <source>A&amp;pplicant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="288"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="291"/>
        <source>&amp;Open in Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="293"/>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="294"/>
        <source>Re&amp;place File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="295"/>
        <source>Re&amp;name Bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="296"/>
        <source>Select &amp;Pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="297"/>
        <source>Ro&amp;tate Clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="299"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="301"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="304"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="309"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="312"/>
        <source>&amp;Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="319"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="351"/>
        <source>Untitled packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="360"/>
        <source>Deadline {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="411"/>
        <source>Autosave failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="426"/>
        <source>an untitled packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="427"/>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="428"/>
        <source>Packetizer did not close properly last time. Unsaved changes to {0} from {1} were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="431"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="432"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="452"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="499"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="521"/>
        <source>Save the changes to this packet first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="529"/>
        <source>Open packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="548"/>
        <source>Open the job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="589"/>
        <source>Making the sample packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="606"/>
        <source>Save packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="627"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="653"/>
        <source>Select a checklist item to attach files to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="655"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="672"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="672"/>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="679"/>
        <source>Converting {0} to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="681"/>
        <location filename="../../packetizer/gui/mainwindow.py" line="903"/>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="694"/>
        <source>Attaching cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="705"/>
        <source>Attach {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="707"/>
        <source>{0} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="710"/>
        <source>Cannot attach this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="737"/>
        <source>Move {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="747"/>
        <source>Remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="767"/>
        <source>Add “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="785"/>
        <source>Edit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="797"/>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="798"/>
        <source>Remove “{0}” and the {1} document(s) attached to it? The files themselves are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="803"/>
        <source>Remove “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="817"/>
        <source>Read Posting Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="843"/>
        <source>Rename bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="844"/>
        <source>Bookmark title in the packet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="851"/>
        <source>Rename {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="863"/>
        <location filename="../../packetizer/gui/mainwindow.py" line="876"/>
        <source>Select pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="864"/>
        <source>Pages of {0} to include (of {1}), e.g. 1-3,5 — empty for all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="881"/>
        <source>Select pages of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="888"/>
        <source>Rotate {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="896"/>
        <source>Replace {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="912"/>
        <source>Replace with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="930"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="967"/>
        <source>“{0}” sent separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1040"/>
        <source>{0} cannot be shown: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1077"/>
        <source>Export an incomplete packet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1078"/>
        <source>The check found {0} problem(s). Export anyway? The PDF will include only the documents that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1099"/>
        <source>Export settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1105"/>
        <location filename="../../packetizer/gui/mainwindow.py" line="1137"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1106"/>
        <location filename="../../packetizer/gui/mainwindow.py" line="1138"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1111"/>
        <source>Exported {0} files to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1128"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1131"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1143"/>
        <source>Exported {0} ({1} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1146"/>
        <source>Exported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1162"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1176"/>
        <source>Wrote {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1179"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1181"/>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1182"/>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1183"/>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1194"/>
        <source>About Packetizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="1195"/>
        <source>&lt;h3&gt;Packetizer {0}&lt;/h3&gt;&lt;p&gt;Builds job-application packets from the posting. Works offline; nothing leaves your computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastePostingDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="130"/>
        <source>Paste a job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="133"/>
        <source>Paste the whole job advertisement; Packetizer finds the materials it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="136"/>
        <source>Posting text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="42"/>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="48"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="56"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="63"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="65"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="68"/>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="68"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="69"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="69"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="70"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="70"/>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="91"/>
        <source>Select a document in the checklist to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="118"/>
        <source>This file cannot be shown ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="128"/>
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
        <location filename="../../packetizer/gui/dialogs.py" line="56"/>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="56"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="63"/>
        <source>e.g. Copy of PhD diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="64"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="65"/>
        <source>Sent separately (e.g. by referees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="68"/>
        <source> pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="69"/>
        <source> words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="71"/>
        <source>What it must cover, as the posting says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="73"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="73"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="75"/>
        <source>At &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="76"/>
        <source>At &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="77"/>
        <source>&amp;Page limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="78"/>
        <source>&amp;Word limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="79"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="83"/>
        <source>From the posting: “{0}”</source>
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
        <location filename="../../packetizer/gui/dialogs.py" line="324"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="87"/>
        <source>&lt;h1&gt;Packetizer&lt;/h1&gt;&lt;p&gt;Turn a job posting into a checklist, check your files against it, and export one bookmarked PDF.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="94"/>
        <source>New packet from posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="95"/>
        <source>Paste a posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="96"/>
        <source>Open packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="97"/>
        <source>Try the sample packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="105"/>
        <source>Recent packets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="107"/>
        <source>Recent packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow.py" line="115"/>
        <source>No recent packets yet — start with a posting or try the sample packet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

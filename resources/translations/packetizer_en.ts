<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicantDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="267"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="272"/>
        <source>As on your CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="274"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="275"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="276"/>
        <source>Use for new packets too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../packetizer/gui/models.py" line="33"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="34"/>
        <location filename="../../packetizer/gui/models.py" line="273"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="35"/>
        <location filename="../../packetizer/gui/models.py" line="272"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="36"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="37"/>
        <source>Sent separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="38"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="41"/>
        <source>What the posting asks for, with the documents attached to each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="43"/>
        <source>Pages attached, and the posting&apos;s page limit after the slash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="45"/>
        <source>Whether the item is ready; on a document row, a problem found in that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="93"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="94"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="210"/>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="222"/>
        <source>Must cover: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="224"/>
        <source>Only: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="226"/>
        <source>Sent by the referees, not part of the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="228"/>
        <source>Sent by {0}, not part of the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="232"/>
        <source>From the posting: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="235"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="242"/>
        <source>{0}: confirmed {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="244"/>
        <source>{0}: asked {1}, not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="246"/>
        <source>{0}: not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="257"/>
        <source> (pages {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="451"/>
        <source>page {0} by {1}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="454"/>
        <source>the other pages by {0}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="455"/>
        <source>all pages by {0}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="457"/>
        <source>Turned clockwise in the export: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="252"/>
        <source>&lt;b&gt;Checklist&lt;/b&gt; — drop files on an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="255"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="279"/>
        <source>&lt;p&gt;&lt;b&gt;No application materials were found in this posting.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The posting may list them on another page, or in words the reader does not know. Add the items yourself, or paste just the “How to apply” part of the posting.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="285"/>
        <source>Add Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="286"/>
        <source>Paste the How-to-Apply Part…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="52"/>
        <source>Select a checklist item to attach files to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="54"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="67"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="67"/>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="79"/>
        <source>Attaching cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="92"/>
        <source>Cannot attach these files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="94"/>
        <source>Cannot attach this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="106"/>
        <source>Move {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="113"/>
        <source>Remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="121"/>
        <source>Rename bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="122"/>
        <source>Bookmark title in the packet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="127"/>
        <source>Rename {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="159"/>
        <source>Select pages of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="167"/>
        <source>Rotate {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="177"/>
        <source>Replace {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="201"/>
        <source>Make Searchable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="202"/>
        <source>Recognising the text of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="196"/>
        <source>{0} is searchable now; check and export use the searchable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="203"/>
        <source>Text recognition stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="204"/>
        <source>Could not make it searchable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="233"/>
        <source>{0} cannot be shown: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/documents.py" line="254"/>
        <source>{0} — the pages that go in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="46"/>
        <source>Export an incomplete packet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="39"/>
        <source>… and {0} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="40"/>
        <source>The check found these problems:
{0}

The PDF would include only what can be read and is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="43"/>
        <source>The packet has not been checked yet. The PDF would include only what can be read and is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="47"/>
        <source>Export Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="48"/>
        <source>Review Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="82"/>
        <source>Export settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="89"/>
        <source>Exported {0} ({1} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="92"/>
        <source>Exported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="105"/>
        <source>Exported {0} files to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="120"/>
        <source>{0}: images resampled to fit its size limit ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="126"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="126"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="127"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="128"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="133"/>
        <source>Wrote {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="137"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="138"/>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="138"/>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="140"/>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/exporting.py" line="141"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="163"/>
        <location filename="../../packetizer/gui/dialogs.py" line="239"/>
        <source>Export packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="166"/>
        <source>One PDF with cover, bookmarks and page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="167"/>
        <source>Separate files, one per item, for upload portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="174"/>
        <source>Output file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="175"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="176"/>
        <location filename="../../packetizer/gui/dialogs.py" line="231"/>
        <source>Cover page with a clickable checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="179"/>
        <source>Footer with page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="183"/>
        <source>Fields: {applicant} {job_id} {page} {pages} {label} {section} {title} {organization}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="187"/>
        <source>Footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="189"/>
        <source>None (e.g. {applicant} — {title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="190"/>
        <source>A line at the top of every page, for portals that ask for your name on each page; the footer&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="192"/>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="194"/>
        <source>Per item (CV-1, RS-1, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="195"/>
        <source>Continuous (1, 2, 3, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="197"/>
        <source>Page labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="199"/>
        <source>Keep each page&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="203"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="208"/>
        <source>The upload portal whose limits apply (file size, file-name length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="210"/>
        <source>Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="211"/>
        <source>Keep each document&apos;s own bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="217"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="230"/>
        <source>Index file naming each item&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="236"/>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="45"/>
        <source>the untitled packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="47"/>
        <source>Save the changes to {0} first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="67"/>
        <source>an untitled packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="69"/>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="70"/>
        <source>Packetizer did not close properly last time. Unsaved changes to {0} from {1} were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="72"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="73"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="113"/>
        <source>Open packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="130"/>
        <source>Open the job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="170"/>
        <source>No application materials were found in this posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="172"/>
        <source>The part most likely to list them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="173"/>
        <source>Add the items yourself, or paste just the “How to apply” part of the posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="176"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="177"/>
        <source>Add Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="178"/>
        <source>Paste the How-to-Apply Part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="179"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="187"/>
        <source>Making the sample packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="214"/>
        <source>Save packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="230"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="250"/>
        <source>No recent packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="255"/>
        <source>Open bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="255"/>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="283"/>
        <source>Packet bundles (*.packetz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="269"/>
        <source>Cannot open this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="277"/>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="282"/>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="278"/>
        <source>Save the packet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/files.py" line="290"/>
        <source>Bundle written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message numerus="yes">
        <location filename="../../packetizer/gui/models.py" line="406"/>
        <source>{0} (and %n more like it)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="416"/>
        <source>Evidence: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="418"/>
        <source>Fix: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../packetizer/gui/models.py" line="420"/>
        <source>All %n:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="442"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="443"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/models.py" line="444"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="384"/>
        <source>Show findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="385"/>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="385"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="386"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="386"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="393"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="407"/>
        <source>Selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="412"/>
        <source>Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="438"/>
        <source>Select a finding to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="440"/>
        <source>Nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../packetizer/gui/help.py" line="17"/>
        <source>1. Read the posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="18"/>
        <source>Choose &lt;i&gt;File → New Packet from Posting…&lt;/i&gt; (a .txt, .md, .html or .pdf file) or &lt;i&gt;New Packet from Pasted Posting…&lt;/i&gt; and paste the advertisement; a posting or a packet can also be dropped on the window. The materials the posting asks for become the checklist; select an item to see the sentence it came from, marked in the posting on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="23"/>
        <source>2. Attach your documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="24"/>
        <source>Drop files on an item in the checklist, or select the item and choose &lt;i&gt;Packet → Attach Files…&lt;/i&gt;. PDF files are used as they are; Word, OpenDocument, text and image files are converted. Your own files are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="28"/>
        <source>3. Check the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="29"/>
        <source>The findings on the right say what is missing, what breaks a limit and what looks wrong, each with its evidence and a fix. Select a finding to read it in full; &lt;i&gt;Fix…&lt;/i&gt; does what it suggests where the app can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="33"/>
        <source>4. Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="34"/>
        <source>&lt;i&gt;File → Export PDF…&lt;/i&gt; writes one PDF with a cover page, bookmarks and page numbers, or one file per item for upload portals. A failed or cancelled export leaves no file behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="37"/>
        <source>A whole season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="38"/>
        <source>&lt;i&gt;File → Season Overview…&lt;/i&gt; lists every application in a folder — deadline and days left, how ready, when exported and submitted, what came of it. Double-click one to open it; &lt;i&gt;Mark As&lt;/i&gt; records an outcome; the deadlines can be saved as a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="42"/>
        <source>Undo and saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="43"/>
        <source>Every change can be undone. Packets are saved as .packet files; unsaved changes are kept safe and offered again if the app closes unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="46"/>
        <source>Offline and private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="47"/>
        <source>Packetizer never goes online. Nothing you open or write leaves your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="68"/>
        <source>In the preview, Page Up and Page Down turn the pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="78"/>
        <source>Packetizer Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="82"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/help.py" line="83"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow/items.py" line="55"/>
        <source>Add “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/items.py" line="73"/>
        <source>Edit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/items.py" line="82"/>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/items.py" line="83"/>
        <source>Remove “{0}” and the {1} document(s) attached to it? The files themselves are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/items.py" line="86"/>
        <source>Remove “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/items.py" line="91"/>
        <source>Read Posting Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/items.py" line="96"/>
        <source>“{0}” sent separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/items.py" line="108"/>
        <location filename="../../packetizer/gui/mainwindow/items.py" line="113"/>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/items.py" line="109"/>
        <source>Comment for the applicant (shown with the findings and in the report):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/items.py" line="128"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="34"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="35"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="36"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="37"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="38"/>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="39"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="103"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="107"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="109"/>
        <source>Update With New Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="111"/>
        <source>Give the applications using this document a new version of it, such as a revised CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="114"/>
        <source>Each document once, with the applications using it. A document used in several applications is updated here in all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="146"/>
        <source>Select a document to see its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="155"/>
        <source>New version of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow/window.py" line="99"/>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/window.py" line="100"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/window.py" line="102"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/window.py" line="101"/>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/window.py" line="113"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/window.py" line="114"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/window.py" line="72"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/window.py" line="179"/>
        <source>Untitled packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/window.py" line="212"/>
        <source>The checklist is empty: add the items the posting asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../packetizer/gui/mainwindow/window.py" line="214"/>
        <source>%n of {0} required items ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packetizer/gui/mainwindow/window.py" line="216"/>
        <source>, %n with warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/window.py" line="219"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/window.py" line="220"/>
        <source>{0} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/window.py" line="304"/>
        <source>About Packetizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/window.py" line="305"/>
        <source>&lt;h3&gt;Packetizer {0}&lt;/h3&gt;&lt;p&gt;Builds job-application packets from the posting. Works offline; nothing leaves your computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="26"/>
        <source>&amp;New Packet from Posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="28"/>
        <source>New Packet from &amp;Pasted Posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="30"/>
        <source>&amp;Open Packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="32"/>
        <source>Open &amp;Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="34"/>
        <source>Season Overvie&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="36"/>
        <source>Re&amp;view Folder of Packets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="38"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="40"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="42"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="44"/>
        <source>Export B&amp;undle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="46"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="48"/>
        <source>&amp;Close Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="50"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="51"/>
        <source>A&amp;pplicant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="53"/>
        <source>Trac&amp;k Referees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="55"/>
        <source>Add &amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="57"/>
        <source>&amp;Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="59"/>
        <source>Cop&amp;y From Another Application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="61"/>
        <source>&amp;Remove Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="63"/>
        <source>Rep&amp;lace File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="65"/>
        <source>Re&amp;name Bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="67"/>
        <source>Select Pa&amp;ges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="69"/>
        <source>Ro&amp;tate Clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="71"/>
        <source>Make &amp;Searchable (OCR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="73"/>
        <source>&amp;Open in Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="75"/>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="77"/>
        <source>Add &amp;Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="79"/>
        <source>&amp;Edit Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="81"/>
        <source>Remove Ite&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="83"/>
        <source>Rea&amp;d Posting Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="85"/>
        <source>C&amp;heck Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="87"/>
        <source>Packetizer &amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="89"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="91"/>
        <source>&amp;About Packetizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="96"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="99"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="100"/>
        <source>&amp;Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="104"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="135"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="138"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/actions.py" line="160"/>
        <source>Main actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../packetizer/gui/messages.py" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenPacket</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow/open_packet.py" line="154"/>
        <source>Autosave failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/open_packet.py" line="175"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/open_packet.py" line="217"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/open_packet.py" line="245"/>
        <source>Attach {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/open_packet.py" line="244"/>
        <source>{0} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/open_packet.py" line="260"/>
        <source>Replace with {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSelectDialog</name>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="56"/>
        <source>Select pages of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="61"/>
        <source>Tick the pages that go into the packet; drag a page to move it; turn the selected pages with Rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="66"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="76"/>
        <source>Include Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="77"/>
        <source>Leave Out Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="78"/>
        <source>All Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="83"/>
        <source>Rotate Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="85"/>
        <source>Turn the selected pages 90° clockwise in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="92"/>
        <source>Pages as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="93"/>
        <source>e.g. 1-3,5 — empty for all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="95"/>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="155"/>
        <source>Page {0}, turned {1}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="156"/>
        <source>Page {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/pages_dialog.py" line="227"/>
        <source>{0} — left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastePostingDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="138"/>
        <source>Paste a job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="141"/>
        <source>Paste the whole job advertisement; Packetizer finds the materials it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="144"/>
        <source>Posting text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="151"/>
        <source>Read the posting (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingPanel</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="150"/>
        <source>Posting text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="159"/>
        <source>Deadline {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="161"/>
        <source>Review begins {0}</source>
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
        <location filename="../../packetizer/gui/preview.py" line="114"/>
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
        <location filename="../../packetizer/gui/preview.py" line="101"/>
        <location filename="../../packetizer/gui/preview.py" line="115"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="122"/>
        <source>Select a document in the checklist to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="149"/>
        <source>This file cannot be shown ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/preview.py" line="159"/>
        <source>of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="34"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefereesDialog</name>
    <message>
        <location filename="../../packetizer/gui/referees_dialog.py" line="32"/>
        <source>Referees for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/referees_dialog.py" line="36"/>
        <source>Who you asked for a letter, and when each confirmed sending it. Check warns when a letter is not confirmed a week before the deadline. Dates are YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/referees_dialog.py" line="42"/>
        <source>Referees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/referees_dialog.py" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/referees_dialog.py" line="43"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/referees_dialog.py" line="44"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/referees_dialog.py" line="44"/>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/referees_dialog.py" line="45"/>
        <source>Confirmed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/referees_dialog.py" line="52"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/referees_dialog.py" line="53"/>
        <source>Confirmed Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/referees_dialog.py" line="55"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="68"/>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="68"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="75"/>
        <source>e.g. Copy of PhD diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="76"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="77"/>
        <source>Sent separately (e.g. by referees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="80"/>
        <source> pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="81"/>
        <source> words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="83"/>
        <source>What it must cover, as the posting says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="85"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="85"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="87"/>
        <source>At &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="88"/>
        <source>At &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="89"/>
        <source>&amp;Page limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="90"/>
        <source>&amp;Word limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="91"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="95"/>
        <source>From the posting: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../packetizer/gui/review.py" line="118"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="118"/>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="118"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="119"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="119"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="118"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="123"/>
        <source>{0} (bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="131"/>
        <source>Comment: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="140"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="140"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../packetizer/gui/review.py" line="195"/>
        <source>Review packets — Packetizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="201"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="204"/>
        <source>Choose a folder with students&apos; packets (.packet) or bundles (.packetz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="206"/>
        <source>Choose Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="208"/>
        <source>Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="210"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="212"/>
        <source>Stop checking; packets being checked finish first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="216"/>
        <source>Filter by student or posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="217"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="218"/>
        <source>Only packets that are not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="222"/>
        <source>Export Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="224"/>
        <source>Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="257"/>
        <source>Folder of packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="266"/>
        <source>{0}: checking {1} packets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="268"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="275"/>
        <source>Exported {0} of {1} packets to {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="278"/>
        <source>{0}: {1} of {2} packets ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="286"/>
        <source>Checked {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="292"/>
        <source>{0}: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="293"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="320"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="327"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="328"/>
        <source>None of these packets is ready to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="330"/>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="339"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="340"/>
        <source>Web page (*.html);;Spreadsheet (*.csv);;Data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/review.py" line="350"/>
        <source>Report written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeasonActions</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="50"/>
        <source>{0} was added to the season in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="87"/>
        <source>The folder of applications {0} is not there any more. Choose where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="121"/>
        <source>Open the job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="162"/>
        <source>Mark as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="164"/>
        <source>Recorded in the open packet: save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="194"/>
        <source>Due soon and not submitted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="239"/>
        <source>New version of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="242"/>
        <source>The open packet took it too: save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="251"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="252"/>
        <source>Giving the applications {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="253"/>
        <source>Update stopped: the applications updated so far keep the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="254"/>
        <source>Update failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="258"/>
        <source>{0} replaces {1} in 1 application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="259"/>
        <source>{0} replaces {1} in {2} applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="263"/>
        <source>Now with problems to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="267"/>
        <source>Exports made before are out of date: export those applications again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="269"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="290"/>
        <source>Select the checklist item to attach the copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="291"/>
        <source>Save the packet first: the copy is made in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="293"/>
        <source>There is no season yet: File → Season Overview shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="317"/>
        <source>The season&apos;s applications have no documents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="320"/>
        <source>Copy From Another Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="321"/>
        <source>A copy goes beside this packet and into “{0}”; edit it for this application alone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="343"/>
        <source>this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/season.py" line="346"/>
        <source>Referees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeasonModel</name>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="19"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="20"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="21"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="22"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="23"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="24"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="25"/>
        <location filename="../../packetizer/gui/season_model.py" line="31"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="26"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="27"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="28"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="29"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="32"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="33"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="34"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_model.py" line="35"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeasonWindow</name>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="44"/>
        <source>All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="45"/>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="46"/>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="47"/>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="65"/>
        <source>Season — Packetizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="71"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="78"/>
        <source>Choose the folder that holds your applications (.packet files, in folders of their own or not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="83"/>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="84"/>
        <source>The folders of applications you have used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="87"/>
        <source>Choose Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="89"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="92"/>
        <source>Search applications and organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="93"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="95"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="99"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="104"/>
        <source>New Application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="105"/>
        <source>A packet from a posting, in a folder of its own in this workspace (or drop the posting&apos;s file here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="109"/>
        <source>From a Posting &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="110"/>
        <source>From &amp;Pasted Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="113"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="115"/>
        <source>Mark As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="122"/>
        <source>Save Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="123"/>
        <source>The deadlines as an iCalendar file any calendar imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="126"/>
        <source>Save Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="128"/>
        <source>Leave Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="129"/>
        <source>Take applications kept in other folders out of this workspace (their files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="133"/>
        <source>Check All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="134"/>
        <source>Check every application in full, as a career office&apos;s batch review does, with a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="165"/>
        <source>&amp;Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="166"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="196"/>
        <source>All applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="198"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="221"/>
        <source>Folder of applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="233"/>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="244"/>
        <source>{0}: 1 application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="245"/>
        <source>{0}: {1} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../packetizer/gui/season_window.py" line="247"/>
        <source>%n due within a week and not submitted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../packetizer/gui/season_window.py" line="250"/>
        <source>%n past the deadline and not submitted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="294"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="295"/>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="296"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/season_window.py" line="313"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="292"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="298"/>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="299"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="301"/>
        <source>The packet&apos;s own folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="302"/>
        <source>Export to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="304"/>
        <source>For new packets. Fields: {applicant} {job_id} {page} {pages} {label} {section} {title} {organization}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="306"/>
        <source>Footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="308"/>
        <source>Automatic (from your country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="312"/>
        <source>The paper that text files and images are put on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="313"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="315"/>
        <location filename="../../packetizer/gui/dialogs.py" line="321"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="316"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="316"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="319"/>
        <source>Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="325"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/dialogs.py" line="330"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeVersionDialog</name>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="168"/>
        <source>Update {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="169"/>
        <source>Which applications take {0} in place of {1}? Each is checked again; exports made before are marked out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="174"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/library_panel.py" line="184"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="58"/>
        <source>&lt;h1&gt;Packetizer&lt;/h1&gt;&lt;p&gt;Turn a job posting into a checklist, check your files against it, and export one bookmarked PDF.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="65"/>
        <source>New packet from posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="66"/>
        <source>Paste a posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="67"/>
        <source>Open packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="68"/>
        <source>Try the sample packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="80"/>
        <source>Season Overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="92"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="99"/>
        <source>Recent packets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="101"/>
        <source>Recent packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="110"/>
        <source>Your applications in {0} — double-click to open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../packetizer/gui/mainwindow/panels.py" line="128"/>
        <source>No recent packets yet — start with a posting or try the sample packet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

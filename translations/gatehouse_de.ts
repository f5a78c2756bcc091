<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Gatehouse::AboutDialog</name>
    <message>
        <location filename="../views/aboutdialog.cpp" line="49" />
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="56" />
        <source>Gatehouse icon</source>
        <translation>Gatehouse-Symbol</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="58" />
        <source>Gatehouse %1</source>
        <translation>Gatehouse %1</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="61" />
        <source>A desktop console for datastore access control: platform roles, teams and the access they grant.</source>
        <translation>Eine Desktop-Konsole für die Zugriffskontrolle auf Datenspeicher: Plattformrollen, Teams und der Zugriff, den sie gewähren.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="66" />
        <source>Using Qt %1 (built with Qt %2).</source>
        <translation>Verwendet Qt %1 (erstellt mit Qt %2).</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="71" />
        <source>Read the README: what Gatehouse does and how</source>
        <translation>Das README lesen: was Gatehouse tut und wie</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="75" />
        <source>Project README</source>
        <translation>README des Projekts</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="88" />
        <source>Copyright © The Gatehouse developers.</source>
        <translation>Copyright © Die Gatehouse-Entwickler.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="89" />
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.</source>
        <translation>Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="92" />
        <source>This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.</source>
        <translation>Dieses Programm wird in der Hoffnung verbreitet, dass es nützlich ist, aber OHNE JEDE GEWÄHRLEISTUNG, sogar ohne die implizite Gewährleistung der MARKTFÄHIGKEIT oder EIGNUNG FÜR EINEN BESTIMMTEN ZWECK. Einzelheiten finden Sie in der GNU General Public License.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="95" />
        <source>You should have received a copy of the GNU General Public License along with this program. If not, see &lt;a href="https://www.gnu.org/licenses/"&gt;https://www.gnu.org/licenses/&lt;/a&gt;.</source>
        <translation>Sie sollten eine Kopie der GNU General Public License zusammen mit diesem Programm erhalten haben. Wenn nicht, siehe &lt;a href="https://www.gnu.org/licenses/"&gt;https://www.gnu.org/licenses/&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="100" />
        <source>Gatehouse is built on these libraries:</source>
        <translation>Gatehouse baut auf diesen Bibliotheken auf:</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="101" />
        <source>&lt;b&gt;Qt&lt;/b&gt; %1 — the GNU Lesser General Public License, version 3 (&lt;a href="https://www.gnu.org/licenses/lgpl-3.0.html"&gt;LGPL-3.0&lt;/a&gt;); &lt;a href="https://www.qt.io/licensing/"&gt;Qt licensing&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Qt&lt;/b&gt; %1 — GNU Lesser General Public License, Version 3 (&lt;a href="https://www.gnu.org/licenses/lgpl-3.0.html"&gt;LGPL-3.0&lt;/a&gt;); &lt;a href="https://www.qt.io/licensing/"&gt;Qt-Lizenzierung&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="105" />
        <source>&lt;b&gt;SQLite&lt;/b&gt; — in the public domain (&lt;a href="https://www.sqlite.org/copyright.html"&gt;SQLite copyright&lt;/a&gt;).</source>
        <translation>&lt;b&gt;SQLite&lt;/b&gt; — gemeinfrei (&lt;a href="https://www.sqlite.org/copyright.html"&gt;SQLite-Copyright&lt;/a&gt;).</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="107" />
        <source>&lt;b&gt;libpq&lt;/b&gt;, the PostgreSQL client library — the PostgreSQL Licence (&lt;a href="https://www.postgresql.org/about/licence/"&gt;PostgreSQL licence&lt;/a&gt;).</source>
        <translation>&lt;b&gt;libpq&lt;/b&gt;, die PostgreSQL-Clientbibliothek — PostgreSQL-Lizenz (&lt;a href="https://www.postgresql.org/about/licence/"&gt;PostgreSQL-Lizenz&lt;/a&gt;).</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="111" />
        <source>Licence notice</source>
        <translation>Lizenzhinweis</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="111" />
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="112" />
        <source>Third-party licences</source>
        <translation>Lizenzen Dritter</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="112" />
        <source>&amp;Third-party licences</source>
        <translation>Lizenzen &amp;Dritter</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AccessDiffModel</name>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="100" />
        <location filename="../models/accessdiffmodel.cpp" line="101" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="104" />
        <source>gains</source>
        <translation>erhält</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="105" />
        <source>loses</source>
        <translation>verliert</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="106" />
        <source>raised</source>
        <translation>erhöht</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="107" />
        <source>lowered</source>
        <translation>gesenkt</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="136" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="137" />
        <source>Datastore</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="138" />
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="139" />
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="140" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AccountDialog</name>
    <message>
        <location filename="../views/accountdialog.cpp" line="21" />
        <source>Edit Account '%1'</source>
        <translation>Konto „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="33" />
        <source>Deactivated %1</source>
        <translation>Deaktiviert %1</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="37" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="44" />
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="44" />
        <source>Re&amp;activate…</source>
        <translation>Re&amp;aktivieren…</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="48" />
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="49" />
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="50" />
        <source>&amp;Teams:</source>
        <translation>&amp;Teams:</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="103" />
        <source>The account '%1' no longer exists.</source>
        <translation>Das Konto „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="117" />
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="117" />
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="118" />
        <source>Deactivate %1? The account keeps its role and teams but loses all access and cannot sign in.</source>
        <translation>%1 deaktivieren? Das Konto behält Rolle und Teams, verliert aber jeden Zugriff und kann sich nicht anmelden.</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="120" />
        <source>Reactivate %1? Its role and teams apply again.</source>
        <translation>%1 reaktivieren? Rolle und Teams gelten dann wieder.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AccountFilterBar</name>
    <message>
        <location filename="../views/accountfilterbar.cpp" line="22" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../views/accountfilterbar.cpp" line="23" />
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location filename="../views/accountfilterbar.cpp" line="24" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../views/accountfilterbar.cpp" line="25" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../views/accountfilterbar.cpp" line="26" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../views/accountfilterbar.cpp" line="28" />
        <source>Only service accounts</source>
        <translation>Nur Dienstkonten</translation>
    </message>
    <message>
        <location filename="../views/accountfilterbar.cpp" line="29" />
        <source>Show deactivated</source>
        <translation>Deaktivierte anzeigen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AccountTableModel</name>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="259" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="260" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="260" />
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="274" />
        <source>Never signed in or used a token</source>
        <translation>Nie angemeldet oder ein Token verwendet</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="277" />
        <source>Deactivated %1</source>
        <translation>Deaktiviert %1</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="315" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="316" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="317" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="318" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="319" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="320" />
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="321" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="322" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AdminActions</name>
    <message>
        <location filename="../views/adminactions.cpp" line="27" />
        <location filename="../views/adminactions.cpp" line="116" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="29" />
        <location filename="../views/adminactions.cpp" line="117" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="31" />
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="33" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="36" />
        <location filename="../views/adminactions.cpp" line="136" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="39" />
        <source>Team &amp;History…</source>
        <translation>Team-&amp;Verlauf…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="41" />
        <source>New &amp;Team…</source>
        <translation>Neues &amp;Team…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="42" />
        <source>New &amp;Service Account…</source>
        <translation>Neues &amp;Dienstkonto…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="43" />
        <source>New D&amp;atastore…</source>
        <translation>Neuer D&amp;atenspeicher…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="116" />
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="117" />
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="130" />
        <source>&amp;New Service Account…</source>
        <translation>&amp;Neues Dienstkonto…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="133" />
        <source>&amp;Edit Account…</source>
        <translation>Konto &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="133" />
        <source>&amp;View Account…</source>
        <translation>Konto &amp;anzeigen…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="135" />
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto aus.</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="137" />
        <source>Accounts are never deleted: deactivate them instead (Edit Account).</source>
        <translation>Konten werden nie gelöscht: Deaktivieren Sie sie stattdessen (Konto bearbeiten).</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="140" />
        <source>&amp;New Team…</source>
        <translation>&amp;Neues Team…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="142" />
        <source>&amp;Edit Team…</source>
        <translation>Team &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="142" />
        <source>&amp;View Team…</source>
        <translation>Team &amp;anzeigen…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="144" />
        <location filename="../views/adminactions.cpp" line="146" />
        <location filename="../views/adminactions.cpp" line="171" />
        <source>Select a team first.</source>
        <translation>Wählen Sie zuerst ein Team aus.</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="145" />
        <source>&amp;Delete Team…</source>
        <translation>Team &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="159" />
        <source>&amp;New Datastore…</source>
        <translation>&amp;Neuer Datenspeicher…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="161" />
        <source>&amp;Edit Datastore…</source>
        <translation>Datenspeicher &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="161" />
        <source>&amp;View Datastore…</source>
        <translation>Datenspeicher &amp;anzeigen…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="163" />
        <location filename="../views/adminactions.cpp" line="166" />
        <source>Select a datastore first.</source>
        <translation>Wählen Sie zuerst einen Datenspeicher aus.</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="164" />
        <source>&amp;Delete Datastore…</source>
        <translation>Datenspeicher &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="174" />
        <source>A change is being applied.</source>
        <translation>Eine Änderung wird gerade angewendet.</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="247" />
        <source>Delete Team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="248" />
        <source>Delete the team '%1'? Its members lose the access it gives; accounts and datastores stay.</source>
        <translation>Das Team „%1“ löschen? Seine Mitglieder verlieren den Zugriff, den es gewährt; Konten und Datenspeicher bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="289" />
        <source>Delete Datastore</source>
        <translation>Datenspeicher löschen</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="290" />
        <source>Delete the datastore '%1'? Every team loses it.</source>
        <translation>Den Datenspeicher „%1“ löschen? Alle Teams verlieren ihn.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AdminDialog</name>
    <message>
        <location filename="../views/admindialog.cpp" line="46" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="50" />
        <location filename="../views/admindialog.cpp" line="257" />
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="56" />
        <location filename="../views/admindialog.cpp" line="243" />
        <source>&amp;Reload and Re-apply</source>
        <translation>&amp;Neu laden und erneut anwenden</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="58" />
        <source>Read the organisation again and put your changes on top of it</source>
        <translation>Die Organisation neu lesen und Ihre Änderungen darauf anwenden</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="61" />
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="80" />
        <source>Computing the preview…</source>
        <translation>Vorschau wird berechnet…</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="94" />
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="103" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="241" />
        <source>Reload and Re-apply reads the organisation again and puts your changes on top of it, for you to apply again.</source>
        <translation>„Neu laden und erneut anwenden“ liest die Organisation neu und setzt Ihre Änderungen darauf, damit Sie sie erneut anwenden können.</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="254" />
        <source>Reloading…</source>
        <translation>Wird neu geladen…</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AdminSession</name>
    <message>
        <location filename="../views/adminsession.cpp" line="19" />
        <source>No organisation database is open.</source>
        <translation>Keine Organisationsdatenbank ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../views/adminsession.cpp" line="102" />
        <source>Another change is still being applied.</source>
        <translation>Eine andere Änderung wird noch angewendet.</translation>
    </message>
    <message>
        <location filename="../views/adminsession.cpp" line="221" />
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location filename="../views/adminsession.cpp" line="221" />
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AdminText</name>
    <message>
        <location filename="../views/admintext.cpp" line="50" />
        <source>Create team '%1'</source>
        <translation>Team „%1“ erstellen</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="51" />
        <source>Update team '%1'</source>
        <translation>Team „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="52" />
        <source>Delete team '%1'</source>
        <translation>Team „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="53" />
        <source>Set role of '%1'</source>
        <translation>Rolle von „%1“ festlegen</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="54" />
        <source>Set teams of '%1'</source>
        <translation>Teams von „%1“ festlegen</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="55" />
        <source>Deactivate '%1'</source>
        <translation>„%1“ deaktivieren</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="56" />
        <source>Reactivate '%1'</source>
        <translation>„%1“ reaktivieren</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="57" />
        <source>Create service account '%1'</source>
        <translation>Dienstkonto „%1“ erstellen</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="58" />
        <source>Create datastore '%1'</source>
        <translation>Datenspeicher „%1“ erstellen</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="59" />
        <source>Update datastore '%1'</source>
        <translation>Datenspeicher „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="60" />
        <source>Delete datastore '%1'</source>
        <translation>Datenspeicher „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="69" />
        <source>Full datastore management: settings, enrichment, scoring, operations, field masking.</source>
        <translation>Volle Verwaltung des Datenspeichers: Einstellungen, Anreicherung, Bewertung, Vorgänge, Feldmaskierung.</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="71" />
        <source>Quality-check lifecycle: create, activate, validate checks; anomaly status.</source>
        <translation>Lebenszyklus der Qualitätsprüfungen: Prüfungen erstellen, aktivieren, validieren; Anomaliestatus.</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="73" />
        <source>Create and save checks as drafts only.</source>
        <translation>Prüfungen nur als Entwürfe erstellen und speichern.</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="75" />
        <source>Read access including anomaly source records; comment.</source>
        <translation>Lesezugriff einschließlich der Quelldatensätze von Anomalien; kommentieren.</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="77" />
        <source>Reports, dashboards, overviews, anomalies; no source records.</source>
        <translation>Berichte, Dashboards, Übersichten, Anomalien; keine Quelldatensätze.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApplyRevocationsDialog</name>
    <message>
        <location filename="../views/applyrevocationsdialog.cpp" line="16" />
        <source>Apply Revocations</source>
        <translation>Entzüge anwenden</translation>
    </message>
    <message>
        <location filename="../views/applyrevocationsdialog.cpp" line="45" />
        <source>Nothing to apply: every revoked membership and assignment is already gone.</source>
        <translation>Nichts anzuwenden: Jede entzogene Mitgliedschaft und Zuweisung ist bereits entfernt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applyrevocationsdialog.cpp" line="29" />
        <source>Review “%1” revokes %Ln membership(s) and %2. Teams are changed as they are now; what is already gone is skipped.</source>
        <translation><numerusform>Die Prüfung „%1“ entzieht %Ln Mitgliedschaft und %2. Die Teams werden in ihrem jetzigen Zustand geändert; was schon entfernt ist, wird übersprungen.</numerusform><numerusform>Die Prüfung „%1“ entzieht %Ln Mitgliedschaften und %2. Die Teams werden in ihrem jetzigen Zustand geändert; was schon entfernt ist, wird übersprungen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applyrevocationsdialog.cpp" line="32" />
        <source>%Ln assignment(s)</source>
        <translation><numerusform>%Ln Zuweisung</numerusform><numerusform>%Ln Zuweisungen</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::AssignmentDialog</name>
    <message>
        <location filename="../views/assignmentdialog.cpp" line="16" />
        <source>Assign Datastore</source>
        <translation>Datenspeicher zuweisen</translation>
    </message>
    <message>
        <location filename="../views/assignmentdialog.cpp" line="16" />
        <source>Remove Assignment</source>
        <translation>Zuweisung entfernen</translation>
    </message>
    <message>
        <location filename="../views/assignmentdialog.cpp" line="25" />
        <source>Give the members of %1 %2 on %3.</source>
        <translation>Den Mitgliedern von %1 die Stufe %2 auf %3 geben.</translation>
    </message>
    <message>
        <location filename="../views/assignmentdialog.cpp" line="27" />
        <source>Remove %1 from %2: its members lose what the team gave them there.</source>
        <translation>%1 aus %2 entfernen: Seine Mitglieder verlieren, was das Team ihnen dort gab.</translation>
    </message>
    <message>
        <location filename="../views/assignmentdialog.cpp" line="57" />
        <source>The team '%1' or the datastore no longer exists.</source>
        <translation>Das Team „%1“ oder der Datenspeicher existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AuditChange</name>
    <message>
        <location filename="../models/auditchange.cpp" line="61" />
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="62" />
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="63" />
        <source>permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="64" />
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="65" />
        <source>datastores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="66" />
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="67" />
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="68" />
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="69" />
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="70" />
        <source>subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="71" />
        <source>external id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="72" />
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="73" />
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="81" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="81" />
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="83" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="83" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="87" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="141" />
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="207" />
        <source>%1 added: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="209" />
        <source>%1 removed: %2</source>
        <translation>%1 entfernt: %2</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="228" />
        <source>no visible change</source>
        <translation>keine sichtbare Änderung</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditchange.cpp" line="164" />
        <source>%Ln account(s), %1, %2</source>
        <translation><numerusform>%Ln Konto, %1, %2</numerusform><numerusform>%Ln Konten, %1, %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditchange.cpp" line="165" />
        <source>%Ln team(s)</source>
        <translation><numerusform>%Ln Team</numerusform><numerusform>%Ln Teams</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditchange.cpp" line="165" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln Datenspeicher</numerusform><numerusform>%Ln Datenspeicher</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ChangesDialog</name>
    <message>
        <location filename="../views/changesdialog.cpp" line="31" />
        <source>Changes in Access</source>
        <translation>Änderungen am Zugriff</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="40" />
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="43" />
        <source>Choose two moments and press Compare.</source>
        <translation>Wählen Sie zwei Zeitpunkte und klicken Sie auf „Vergleichen“.</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="59" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="61" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="83" />
        <source>No database: the history cannot be read.</source>
        <translation>Keine Datenbank: Der Verlauf kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="91" />
        <source>Reading history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="112" />
        <source>No change in effective access between these moments.</source>
        <translation>Keine Änderung am tatsächlichen Zugriff zwischen diesen Zeitpunkten.</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="117" />
        <source>The history cannot be read by this build.</source>
        <translation>Diese Version kann den Verlauf nicht lesen.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::CompareDialog</name>
    <message>
        <location filename="../views/comparedialog.cpp" line="47" />
        <source>Compare Access</source>
        <translation>Zugriff vergleichen</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="51" />
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="54" />
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="57" />
        <source>Left account</source>
        <translation>Linkes Konto</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="58" />
        <source>Right account or team</source>
        <translation>Rechtes Konto oder Team</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="67" />
        <source>Access side by side</source>
        <translation>Zugriff im Vergleich</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="77" />
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="78" />
        <source>&amp;With account or team:</source>
        <translation>&amp;Mit Konto oder Team:</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="108" />
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="108" />
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="121" />
        <source>Same access on every datastore.</source>
        <translation>Gleicher Zugriff auf jeden Datenspeicher.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/comparedialog.cpp" line="122" />
        <source>%Ln datastore(s) differ(s).</source>
        <translation><numerusform>%Ln Datenspeicher unterscheidet sich.</numerusform><numerusform>%Ln Datenspeicher unterscheiden sich.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::CompareModel</name>
    <message>
        <location filename="../models/comparemodel.cpp" line="12" />
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../models/comparemodel.cpp" line="12" />
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../models/comparemodel.cpp" line="58" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/comparemodel.cpp" line="75" />
        <source>Datastore</source>
        <translation>Datenspeicher</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConfirmDialog</name>
    <message>
        <location filename="../views/confirmdialog.cpp" line="25" />
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="32" />
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="57" />
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="93" />
        <source>Nobody's access changes.</source>
        <translation>Niemandes Zugriff ändert sich.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/confirmdialog.cpp" line="80" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln Datenspeicher</numerusform><numerusform>%Ln Datenspeicher</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/confirmdialog.cpp" line="83" />
        <source>%Ln account(s) lose(s) access to %1.</source>
        <translation><numerusform>Kein Zugriff mehr auf %1 für %Ln Konto.</numerusform><numerusform>Kein Zugriff mehr auf %1 für %Ln Konten.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/confirmdialog.cpp" line="87" />
        <source>%Ln account(s) get(s) a lower level on %1.</source>
        <translation><numerusform>Niedrigere Stufe auf %1 für %Ln Konto.</numerusform><numerusform>Niedrigere Stufe auf %1 für %Ln Konten.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/confirmdialog.cpp" line="91" />
        <source>%Ln account(s) gain(s) access.</source>
        <translation><numerusform>Neuer Zugriff für %Ln Konto.</numerusform><numerusform>Neuer Zugriff für %Ln Konten.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConnectDialog</name>
    <message>
        <location filename="../views/connectdialog.cpp" line="72" />
        <source>%1: %2 starts or ends with a space.</source>
        <translation>%1: %2 beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="74" />
        <source>%1: %2 holds a control character.</source>
        <translation>%1: %2 enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="76" />
        <source>%1: %2 is longer than PostgreSQL's limit of 63 bytes.</source>
        <translation>%1: %2 ist länger als die PostgreSQL-Grenze von 63 Byte.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="125" />
        <source>Connect to Database</source>
        <translation>Mit Datenbank verbinden</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="129" />
        <source>&amp;PostgreSQL server</source>
        <translation>&amp;PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="130" />
        <source>&amp;Local file</source>
        <translation>&amp;Lokale Datei</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="131" />
        <source>Kind of database</source>
        <translation>Art der Datenbank</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="137" />
        <source>Problem with the fields</source>
        <translation>Problem mit den Feldern</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="139" />
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="145" />
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="147" />
        <source>Cancel &amp;test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="160" />
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="163" />
        <source>Deta&amp;ils</source>
        <translation>Deta&amp;ils</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="172" />
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="178" />
        <source>&amp;Recent databases (double-click to connect):</source>
        <translation>&amp;Zuletzt verwendete Datenbanken (Doppelklick zum Verbinden):</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="181" />
        <source>Recent databases</source>
        <translation>Zuletzt verwendete Datenbanken</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="191" />
        <location filename="../views/connectdialog.cpp" line="508" />
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="253" />
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="254" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="260" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="263" />
        <source>gatehouse</source>
        <translation>gatehouse</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="264" />
        <location filename="../views/connectdialog.cpp" line="474" />
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="267" />
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="268" />
        <location filename="../views/connectdialog.cpp" line="476" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="274" />
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="278" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="279" />
        <source>Used for this connection only, never saved.</source>
        <translation>Nur für diese Verbindung verwendet, nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="280" />
        <source>Leave empty to use PGPASSWORD or ~/.pgpass. A password typed here is used for this connection only and never saved.</source>
        <translation>Leer lassen, um PGPASSWORD oder ~/.pgpass zu verwenden. Ein hier eingegebenes Passwort gilt nur für diese Verbindung und wird nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="291" />
        <location filename="../views/connectdialog.cpp" line="333" />
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="294" />
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="295" />
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="296" />
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="297" />
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="298" />
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="299" />
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="301" />
        <location filename="../views/connectdialog.cpp" line="341" />
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="315" />
        <source>/path/to/organisation.gatehouse</source>
        <translation>/pfad/zur/organisation.gatehouse</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="316" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="317" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="318" />
        <source>Browse for the file</source>
        <translation>Nach der Datei suchen</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="322" />
        <source>&amp;Open an existing organisation</source>
        <translation>Eine bestehende Organisation ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="325" />
        <source>Create a &amp;new organisation, with you as its first Admin</source>
        <translation>Eine &amp;neue Organisation erstellen, mit Ihnen als erstem Admin</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="336" />
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="463" />
        <source>Host: enter the server's name or address.</source>
        <translation>Host: Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="467" />
        <source>Host: %1 is not a host name or address.</source>
        <translation>Host: %1 ist kein Hostname und keine Adresse.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="469" />
        <source>Port: %1 is out of range; a port is a number from 1 to 65535.</source>
        <translation>Port: %1 liegt außerhalb des Bereichs; ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="473" />
        <source>Database: enter the name of the database.</source>
        <translation>Datenbank: Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="482" />
        <source>File: choose the database file, or type its path.</source>
        <translation>Datei: Wählen Sie die Datenbankdatei oder geben Sie ihren Pfad ein.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="486" />
        <source>File: %1 does not exist; choose "Create a new organisation" to make one there.</source>
        <translation>Datei: %1 existiert nicht; wählen Sie „Eine neue Organisation erstellen“, um dort eine anzulegen.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="489" />
        <source>File: %1 is a folder, not a database file.</source>
        <translation>Datei: %1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="493" />
        <source>File: %1 exists already; choose "Open an existing organisation" to open it.</source>
        <translation>Datei: %1 existiert bereits; wählen Sie „Eine bestehende Organisation öffnen“, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="496" />
        <source>File: the folder %1 does not exist.</source>
        <translation>Datei: Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="508" />
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="510" />
        <source>There is nothing to test before the file is created.</source>
        <translation>Vor dem Erstellen der Datei gibt es nichts zu testen.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="519" />
        <source>Gatehouse databases (*.gatehouse);;All files (*)</source>
        <translation>Gatehouse-Datenbanken (*.gatehouse);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="522" />
        <source>New Organisation File</source>
        <translation>Neue Organisationsdatei</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="528" />
        <source>Open Organisation File</source>
        <translation>Organisationsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="584" />
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="606" />
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConnectionBanner</name>
    <message>
        <location filename="../views/connectionbanner.cpp" line="21" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../views/connectionbanner.cpp" line="40" />
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../views/connectionbanner.cpp" line="41" />
        <source>Try to reach the database now</source>
        <translation>Jetzt versuchen, die Datenbank zu erreichen</translation>
    </message>
    <message>
        <location filename="../views/connectionbanner.cpp" line="70" />
        <source>Disconnected from the database — changes are off until it is back.</source>
        <translation>Verbindung zur Datenbank getrennt — Änderungen sind gesperrt, bis sie wieder erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../views/connectionbanner.cpp" line="71" />
        <source>Disconnected from %1 — changes are off until it is back.</source>
        <translation>Verbindung zu %1 getrennt — Änderungen sind gesperrt, bis sie wieder erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../views/connectionbanner.cpp" line="120" />
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/connectionbanner.cpp" line="122" />
        <source>Trying again in %n s.</source>
        <translation><numerusform>Neuer Versuch in %n s.</numerusform><numerusform>Neuer Versuch in %n s.</numerusform></translation>
    </message>
    <message>
        <location filename="../views/connectionbanner.cpp" line="124" />
        <source>Trying again now.</source>
        <translation>Neuer Versuch läuft.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::DatastoreDialog</name>
    <message>
        <location filename="../views/datastoredialog.cpp" line="23" />
        <source>New Datastore</source>
        <translation>Neuer Datenspeicher</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="23" />
        <source>Edit Datastore '%1'</source>
        <translation>Datenspeicher „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="28" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="31" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="37" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="52" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="53" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="54" />
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="63" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="68" />
        <source>Delete this datastore</source>
        <translation>Diesen Datenspeicher löschen</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="97" />
        <source>Type the datastore's name.</source>
        <translation>Geben Sie den Namen des Datenspeichers ein.</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="107" />
        <source>The datastore '%1' no longer exists.</source>
        <translation>Der Datenspeicher „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="116" />
        <source>Delete Datastore</source>
        <translation>Datenspeicher löschen</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="117" />
        <source>Delete the datastore '%1'? Every team loses it.</source>
        <translation>Den Datenspeicher „%1“ löschen? Alle Teams verlieren ihn.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::DatastoreFilterBar</name>
    <message>
        <location filename="../views/datastorefilterbar.cpp" line="18" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/datastorefilterbar.cpp" line="19" />
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../views/datastorefilterbar.cpp" line="20" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../views/datastorefilterbar.cpp" line="21" />
        <source>Enrichment</source>
        <translation>Anreicherung</translation>
    </message>
</context>
<context>
    <name>Gatehouse::DatastoreTableModel</name>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="98" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="151" />
        <source>In no team: only Admins reach it</source>
        <translation>In keinem Team: nur Admins erreichen ihn</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="153" />
        <source>Active accounts with any access, Admins included</source>
        <translation>Aktive Konten mit irgendeinem Zugriff, Admins eingeschlossen</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="184" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="185" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="186" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="187" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="188" />
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="189" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::DetailsPane</name>
    <message>
        <location filename="../views/detailspane.cpp" line="116" />
        <source>Double-click or press Enter to go to it.</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um dorthin zu gehen.</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="173" />
        <source>What can this account reach…</source>
        <translation>Was kann dieses Konto erreichen…</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="175" />
        <source>Who reaches this…</source>
        <translation>Wer erreicht dies…</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="177" />
        <source>Ctrl+L in the table</source>
        <translation>Strg+L in der Tabelle</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="183" />
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="184" />
        <source>Select a row to see what it is connected to.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, womit sie verbunden ist.</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="217" />
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="221" />
        <location filename="../views/detailspane.cpp" line="328" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="221" />
        <location filename="../views/detailspane.cpp" line="235" />
        <location filename="../views/detailspane.cpp" line="328" />
        <location filename="../views/detailspane.cpp" line="338" />
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="231" />
        <location filename="../views/detailspane.cpp" line="336" />
        <source>Teams (%1)</source>
        <translation>Teams (%1)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="235" />
        <location filename="../views/detailspane.cpp" line="304" />
        <source>Datastore</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="235" />
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="253" />
        <source>Admin role</source>
        <translation>Rolle Admin</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="261" />
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="265" />
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="268" />
        <location filename="../views/detailspane.cpp" line="300" />
        <location filename="../views/detailspane.cpp" line="316" />
        <location filename="../views/detailspane.cpp" line="351" />
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="270" />
        <source>Deactivated: no access to any datastore</source>
        <translation>Deaktiviert: kein Zugriff auf irgendeinen Datenspeicher</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="271" />
        <source>Datastores reached (%1)</source>
        <translation>Erreichte Datenspeicher (%1)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="278" />
        <source>Level: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="283" />
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="283" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="289" />
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="301" />
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="304" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="317" />
        <source>Datastores (%1)</source>
        <translation>Datenspeicher (%1)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="335" />
        <source>No team: only Admins reach it</source>
        <translation>Kein Team: nur Admins erreichen ihn</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="338" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/detailspane.cpp" line="287" />
        <source>Everyone (%Ln account(s))</source>
        <translation><numerusform>Alle (%Ln Konto)</numerusform><numerusform>Alle (%Ln Konten)</numerusform></translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="104" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="105" />
        <source>What the selected row is connected to</source>
        <translation>Womit die ausgewählte Zeile verbunden ist</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/detailspane.cpp" line="352" />
        <source>Reached by (%Ln account(s))</source>
        <translation><numerusform>Erreicht von (%Ln Konto)</numerusform><numerusform>Erreicht von (%Ln Konten)</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::DisplayText</name>
    <message>
        <location filename="../models/displaytext.cpp" line="11" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="12" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="13" />
        <location filename="../models/displaytext.cpp" line="27" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="22" />
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="23" />
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="24" />
        <source>Drafter</source>
        <translation>Drafter</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="25" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="26" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="35" />
        <source>Human</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="36" />
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="44" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="45" />
        <source>Enrichment</source>
        <translation>Anreicherung</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="56" />
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="77" />
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="59" />
        <source>%n minute(s) ago</source>
        <translation><numerusform>vor %n Minute</numerusform><numerusform>vor %n Minuten</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="62" />
        <source>%n hour(s) ago</source>
        <translation><numerusform>vor %n Stunde</numerusform><numerusform>vor %n Stunden</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="65" />
        <source>%n day(s) ago</source>
        <translation><numerusform>vor %n Tag</numerusform><numerusform>vor %n Tagen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="68" />
        <source>%n month(s) ago</source>
        <translation><numerusform>vor %n Monat</numerusform><numerusform>vor %n Monaten</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="70" />
        <source>%n year(s) ago</source>
        <translation><numerusform>vor %n Jahr</numerusform><numerusform>vor %n Jahren</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ErrorDialog</name>
    <message>
        <location filename="../views/errordialog.cpp" line="13" />
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgelaufen.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ExplainPanel</name>
    <message>
        <location filename="../views/explainpanel.cpp" line="26" />
        <source>no access</source>
        <translation>kein Zugriff</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="37" />
        <source>View datastore, activity, profiles, checks, anomalies, tags, field status</source>
        <translation>Datenspeicher, Aktivität, Profile, Prüfungen, Anomalien, Tags und Feldstatus ansehen</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="39" />
        <source>Preview data, view anomaly source records, comment, view/preview enrichment</source>
        <translation>Datenvorschau, Quelldatensätze von Anomalien ansehen, kommentieren, Anreicherung ansehen/vorschauen</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="41" />
        <source>Create draft checks, dry-run a check</source>
        <translation>Prüfungsentwürfe erstellen, eine Prüfung probeweise ausführen</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="42" />
        <source>Create/edit/activate/validate/archive checks, change anomaly status, assign anomalies</source>
        <translation>Prüfungen erstellen/bearbeiten/aktivieren/validieren/archivieren, Anomaliestatus ändern, Anomalien zuweisen</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="44" />
        <source>Edit settings, run/schedule operations, computed assets, scoring, enrichment, mask/unmask/reveal fields</source>
        <translation>Einstellungen bearbeiten, Vorgänge ausführen/planen, berechnete Assets, Bewertung, Anreicherung, Felder maskieren/demaskieren/aufdecken</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="47" />
        <source>Delete the datastore, unlink enrichment (Admin role only)</source>
        <translation>Datenspeicher löschen, Anreicherung trennen (nur Rolle Admin)</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="92" />
        <source>No cell selected</source>
        <translation>Keine Zelle ausgewählt</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="93" />
        <source>Select a cell of the matrix to see why the account has its level there.</source>
        <translation>Wählen Sie eine Zelle der Matrix, um zu sehen, warum das Konto dort seine Stufe hat.</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="102" />
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="117" />
        <source>Seen through %1 only (the role and other teams are not counted).</source>
        <translation>Nur über %1 betrachtet (die Rolle und andere Teams zählen nicht).</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="125" />
        <source>The account is deactivated: it has no access at all.</source>
        <translation>Das Konto ist deaktiviert: Es hat überhaupt keinen Zugriff.</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="129" />
        <source>From the &lt;b&gt;Admin role&lt;/b&gt;: Admins reach every datastore and are not subject to teams.</source>
        <translation>Aus der &lt;b&gt;Rolle Admin&lt;/b&gt;: Admins erreichen jeden Datenspeicher und unterliegen keinen Teams.</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="133" />
        <source>No team of this account holds this datastore.</source>
        <translation>Kein Team dieses Kontos enthält diesen Datenspeicher.</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="145" />
        <source>Without %1 the level would be %2.</source>
        <translation>Ohne %1 wäre die Stufe %2.</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="154" />
        <source>Also granting less:</source>
        <translation>Gewähren auch weniger:</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="163" />
        <source>What this level allows</source>
        <translation>Was diese Stufe erlaubt</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/explainpanel.cpp" line="140" />
        <source>Granted by the team(s) %1.</source>
        <translation><numerusform>Gewährt durch das Team %1.</numerusform><numerusform>Gewährt durch die Teams %1 (gleiche Stufe).</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ExportActions</name>
    <message>
        <location filename="../views/exportactions.cpp" line="33" />
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="42" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="44" />
        <source>Export the current view as CSV, HTML or PDF</source>
        <translation>Die aktuelle Ansicht als CSV, HTML oder PDF exportieren</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="45" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="132" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="133" />
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="134" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="136" />
        <location filename="../views/exportactions.cpp" line="156" />
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="145" />
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="171" />
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
</context>
<context>
    <name>Gatehouse::FindingItemsModel</name>
    <message>
        <location filename="../models/findingitemsmodel.cpp" line="80" />
        <location filename="../models/findingitemsmodel.cpp" line="96" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../models/findingitemsmodel.cpp" line="83" />
        <source>%1 · deactivated</source>
        <translation>%1 · deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/findingitemsmodel.cpp" line="85" />
        <source>%1 · never active</source>
        <translation>%1 · nie aktiv</translation>
    </message>
    <message>
        <location filename="../models/findingitemsmodel.cpp" line="124" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../models/findingitemsmodel.cpp" line="125" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../models/findingitemsmodel.cpp" line="126" />
        <source>Datastore</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../models/findingitemsmodel.cpp" line="129" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/findingitemsmodel.cpp" line="91" />
        <source>%1 · %Ln member(s) · %2</source>
        <translation><numerusform>%1 · %Ln Mitglied · %2</numerusform><numerusform>%1 · %Ln Mitglieder · %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/findingitemsmodel.cpp" line="92" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln Datenspeicher</numerusform><numerusform>%Ln Datenspeicher</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::FindingsModel</name>
    <message>
        <location filename="../models/findingsmodel.cpp" line="28" />
        <source>Admins</source>
        <translation>Admins</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="29" />
        <source>Service accounts with Admin</source>
        <translation>Dienstkonten mit Admin</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="30" />
        <source>Datastores on Public</source>
        <translation>Datenspeicher in Public</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="31" />
        <source>Deactivated accounts still in teams</source>
        <translation>Deaktivierte Konten noch in Teams</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="32" />
        <source>Accounts never active</source>
        <translation>Nie aktive Konten</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="33" />
        <source>Teams with one member</source>
        <translation>Teams mit einem Mitglied</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="34" />
        <source>Teams without datastores</source>
        <translation>Teams ohne Datenspeicher</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="35" />
        <source>Datastores in no team</source>
        <translation>Datenspeicher in keinem Team</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="44" />
        <source>Admins reach every datastore and can change everything; keep them few.</source>
        <translation>Admins erreichen jeden Datenspeicher und können alles ändern; halten Sie ihre Zahl klein.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="46" />
        <source>Automation with full rights: a leaked token gives away the organisation.</source>
        <translation>Automatisierung mit vollen Rechten: Ein kompromittiertes Token gibt die Organisation preis.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="48" />
        <source>Every account, people and automation, reaches these datastores.</source>
        <translation>Jedes Konto, Personen wie Automatisierung, erreicht diese Datenspeicher.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="50" />
        <source>Reactivating these accounts would restore their access at once.</source>
        <translation>Eine Reaktivierung dieser Konten würde ihren Zugriff sofort wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="52" />
        <source>Accounts that never signed in may no longer be needed.</source>
        <translation>Konten, die sich nie angemeldet haben, werden vielleicht nicht mehr gebraucht.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="54" />
        <source>A team of one is a permission given to a person directly.</source>
        <translation>Ein Team mit einer Person ist eine direkt an diese Person vergebene Berechtigung.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="56" />
        <source>These teams grant nothing: remove them or assign datastores.</source>
        <translation>Diese Teams gewähren nichts: Entfernen Sie sie oder weisen Sie Datenspeicher zu.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="58" />
        <source>Only Admins reach these datastores.</source>
        <translation>Nur Admins erreichen diese Datenspeicher.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="133" />
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="134" />
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="135" />
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
</context>
<context>
    <name>Gatehouse::FindingsPage</name>
    <message>
        <location filename="../views/findingspage.cpp" line="65" />
        <source>&lt;b&gt;Findings&lt;/b&gt; — facts about the organisation that often need action. Select one to list its items; Enter or a double-click goes to an item.</source>
        <translation>&lt;b&gt;Befunde&lt;/b&gt; — Fakten über die Organisation, die oft Handlungsbedarf anzeigen. Wählen Sie einen aus, um seine Einträge aufzulisten; Eingabetaste oder Doppelklick springt zu einem Eintrag.</translation>
    </message>
    <message>
        <location filename="../views/findingspage.cpp" line="74" />
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../views/findingspage.cpp" line="83" />
        <source>Items of the finding</source>
        <translation>Einträge des Befunds</translation>
    </message>
    <message>
        <location filename="../views/findingspage.cpp" line="151" />
        <source>Select a finding to list its items.</source>
        <translation>Wählen Sie einen Befund, um seine Einträge aufzulisten.</translation>
    </message>
    <message>
        <location filename="../views/findingspage.cpp" line="157" />
        <source>%1: none.</source>
        <translation>%1: keine.</translation>
    </message>
    <message>
        <location filename="../views/findingspage.cpp" line="158" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::GuiController</name>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="200" />
        <source>Importing organisation…</source>
        <translation>Organisation wird importiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="220" />
        <source>Loading the organisation as changed elsewhere…</source>
        <translation>Die anderswo geänderte Organisation wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="244" />
        <source>Opening organisation…</source>
        <translation>Organisation wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="260" />
        <source>The organisation's sign-in settings cannot be read: %1</source>
        <translation>Die Anmeldeeinstellungen der Organisation können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="292" />
        <source>Opening the sign-in page in your browser…</source>
        <translation>Die Anmeldeseite wird in Ihrem Browser geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="322" />
        <source>Signed in as %1. Opening the organisation…</source>
        <translation>Angemeldet als %1. Die Organisation wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="328" />
        <source>Signing in could not be recorded: %1</source>
        <translation>Die Anmeldung konnte nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="334" />
        <location filename="../app/gui/guicontroller.cpp" line="442" />
        <source>Loading organisation…</source>
        <translation>Organisation wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="391" />
        <source>Open Organisation</source>
        <translation>Organisation öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="392" />
        <source>There is no organisation database at %1.

Create a new, empty organisation there, with you as its first Admin?</source>
        <translation>Unter %1 gibt es keine Organisationsdatenbank.

Dort eine neue, leere Organisation erstellen, mit Ihnen als erstem Admin?</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="400" />
        <source>Cannot Open Organisation</source>
        <translation>Organisation kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="427" />
        <source>Loading the demo organisation…</source>
        <translation>Die Demo-Organisation wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="439" />
        <source>Cannot Import Organisation</source>
        <translation>Organisation kann nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>Gatehouse::HistoryPage</name>
    <message>
        <location filename="../views/historypage.cpp" line="42" />
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="43" />
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="44" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="45" />
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="46" />
        <source>Datastores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="47" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="50" />
        <source>Actor subject</source>
        <translation>Subjekt des Akteurs</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="51" />
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="54" />
        <location filename="../views/historypage.cpp" line="55" />
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="57" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="61" />
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="62" />
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="66" />
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="69" />
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="70" />
        <source>Show the history of every entity</source>
        <translation>Den Verlauf aller Objekte anzeigen</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="84" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="102" />
        <source>Change details</source>
        <translation>Details der Änderung</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="103" />
        <source>Select a change to see it before and after.</source>
        <translation>Wählen Sie eine Änderung, um den Zustand vorher und nachher zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="172" />
        <source>History of team '%1'</source>
        <translation>Verlauf des Teams „%1“</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="206" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/historypage.cpp" line="220" />
        <source>%Ln change(s)</source>
        <translation><numerusform>%Ln Änderung</numerusform><numerusform>%Ln Änderungen</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::HistoryTableModel</name>
    <message>
        <location filename="../models/historytablemodel.cpp" line="59" />
        <source>Created team</source>
        <translation>Team erstellt</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="60" />
        <source>Updated team</source>
        <translation>Team geändert</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="61" />
        <source>Deleted team</source>
        <translation>Team gelöscht</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="62" />
        <source>Changed role</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="63" />
        <source>Changed an account's teams</source>
        <translation>Teams eines Kontos geändert</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="64" />
        <source>Deactivated account</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="65" />
        <source>Reactivated account</source>
        <translation>Konto reaktiviert</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="66" />
        <source>Created service account</source>
        <translation>Dienstkonto erstellt</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="67" />
        <source>Created datastore</source>
        <translation>Datenspeicher erstellt</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="68" />
        <source>Updated datastore</source>
        <translation>Datenspeicher geändert</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="69" />
        <source>Deleted datastore</source>
        <translation>Datenspeicher gelöscht</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="70" />
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="71" />
        <source>Directory sync</source>
        <translation>Verzeichnisabgleich</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="72" />
        <source>Created token</source>
        <translation>Token erstellt</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="73" />
        <source>Revoked token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="74" />
        <source>Restored token</source>
        <translation>Token wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="75" />
        <source>Deleted token</source>
        <translation>Token gelöscht</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="76" />
        <source>Changed settings</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="77" />
        <source>Created organisation</source>
        <translation>Organisation erstellt</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="78" />
        <source>Imported organisation</source>
        <translation>Organisation importiert</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="97" />
        <source>(no account)</source>
        <translation>(kein Konto)</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="156" />
        <source>Team '%1'</source>
        <translation>Team „%1“</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="158" />
        <source>Account '%1'</source>
        <translation>Konto „%1“</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="160" />
        <source>Datastore '%1'</source>
        <translation>Datenspeicher „%1“</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="162" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="164" />
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="164" />
        <source>Token '%1'</source>
        <translation>Token „%1“</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="166" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="206" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="207" />
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="208" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="209" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="210" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>Gatehouse::LookupDialog</name>
    <message>
        <location filename="../views/lookupdialog.cpp" line="43" />
        <source>Who reaches %1</source>
        <translation>Wer %1 erreicht</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="44" />
        <source>What %1 can reach</source>
        <translation>Was %1 erreichen kann</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="55" />
        <source>Search name or e-mail</source>
        <translation>Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="55" />
        <source>Search datastores</source>
        <translation>Datenspeicher suchen</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="58" />
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="61" />
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="84" />
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="124" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="158" />
        <location filename="../views/lookupdialog.cpp" line="164" />
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="159" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="165" />
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="78" />
        <location filename="../views/mainwindow.cpp" line="391" />
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="92" />
        <source>Working on the database</source>
        <translation>Arbeit an der Datenbank</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="129" />
        <source>%1 was not done: %2</source>
        <translation>%1 wurde nicht ausgeführt: %2</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="78" />
        <source>Search name or e-mail</source>
        <translation>Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="83" />
        <source>Search teams</source>
        <translation>Teams suchen</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="88" />
        <source>Search datastores</source>
        <translation>Datenspeicher suchen</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="101" />
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="102" />
        <source>Choose the page the window shows</source>
        <translation>Die Seite wählen, die das Fenster zeigt</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="109" />
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="109" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="109" />
        <source>Datastores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="109" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="126" />
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="128" />
        <source>Team grid</source>
        <translation>Team-Raster</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="132" />
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="136" />
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="139" />
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="144" />
        <source>What Can This Account &amp;Reach…</source>
        <translation>Was kann dieses Konto &amp;erreichen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="145" />
        <source>Who &amp;Reaches This…</source>
        <translation>Wer erreic&amp;ht dies…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="173" />
        <source>My &amp;access</source>
        <translation>Mein &amp;Zugriff</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="174" />
        <source>My &amp;tokens</source>
        <translation>Meine &amp;Tokens</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="234" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="235" />
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="237" />
        <source>&amp;Connect to Database…</source>
        <translation>Mit Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="240" />
        <source>&amp;Recent Databases</source>
        <translation>&amp;Zuletzt verwendete Datenbanken</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="243" />
        <source>&amp;Import organisation…</source>
        <translation>Organisation &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="263" />
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="267" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="271" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="274" />
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="279" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="281" />
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="281" />
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="281" />
        <source>&amp;Datastores</source>
        <translation>&amp;Datenspeicher</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="287" />
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="293" />
        <source>F&amp;indings</source>
        <translation>Be&amp;funde</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="295" />
        <source>Team &amp;Grid</source>
        <translation>Team-&amp;Raster</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="558" />
        <source>The new language applies when Gatehouse starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Gatehouse.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="289" />
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="291" />
        <source>T&amp;okens</source>
        <translation>T&amp;okens</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="297" />
        <source>&amp;Reviews</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="300" />
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="304" />
        <source>&lt;opened organisation&gt;</source>
        <translation>&lt;geöffnete Organisation&gt;</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="305" />
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="306" />
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="313" />
        <source>&amp;Undo History</source>
        <translation>Rü&amp;ckgängig-Verlauf</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="316" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="317" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="321" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="322" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="325" />
        <source>&amp;About Gatehouse</source>
        <translation>Über &amp;Gatehouse</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="327" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="219" />
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="229" />
        <source>Settings saved: from the next start, everyone signs in by SSO.</source>
        <translation>Einstellungen gespeichert: Ab dem nächsten Start melden sich alle per SSO an.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="230" />
        <source>Settings saved: SSO is off.</source>
        <translation>Einstellungen gespeichert: SSO ist aus.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="391" />
        <source>%1 — Gatehouse</source>
        <translation>%1 — Gatehouse</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="451" />
        <source>Only Admins can replace the organisation.</source>
        <translation>Nur Admins können die Organisation ersetzen.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="466" />
        <source>Single sign-on for the organisation</source>
        <translation>Single Sign-on für die Organisation</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="173" />
        <source>The database cannot be reached: changes are off until it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar: Änderungen sind gesperrt, bis sie wieder erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="194" />
        <source>Connected to %1 again.</source>
        <translation>Wieder mit %1 verbunden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="210" />
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="211" />
        <source>Gatehouse databases (*.gatehouse);;All files (*)</source>
        <translation>Gatehouse-Datenbanken (*.gatehouse);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="220" />
        <source>Read-only database role</source>
        <translation>Datenbankrolle nur mit Lesezugriff</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="251" />
        <source>No recent databases</source>
        <translation>Keine zuletzt verwendeten Datenbanken</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="255" />
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="261" />
        <location filename="../views/mainwindowdatabase.cpp" line="294" />
        <location filename="../views/mainwindowdatabase.cpp" line="300" />
        <location filename="../views/mainwindowdatabase.cpp" line="306" />
        <source>Import Organisation</source>
        <translation>Organisation importieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="262" />
        <source>Organisation files (*.json);;All files (*)</source>
        <translation>Organisationsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="269" />
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="273" />
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="299" />
        <source>%1 is not a valid organisation file: %2</source>
        <translation>%1 ist keine gültige Organisationsdatei: %2</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="536" />
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="540" />
        <source>%1 (no account)</source>
        <translation>%1 (kein Konto)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="544" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="545" />
        <source>%1, deactivated</source>
        <translation>%1, deaktiviert</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowsetup.cpp" line="79" />
        <source>%1 of %Ln account(s)</source>
        <translation><numerusform>%1 von %Ln Konto</numerusform><numerusform>%1 von %Ln Konten</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowsetup.cpp" line="84" />
        <source>%1 of %Ln team(s)</source>
        <translation><numerusform>%1 von %Ln Team</numerusform><numerusform>%1 von %Ln Teams</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowsetup.cpp" line="90" />
        <source>%1 of %Ln datastore(s)</source>
        <translation><numerusform>%1 von %Ln Datenspeicher</numerusform><numerusform>%1 von %Ln Datenspeichern</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowdatabase.cpp" line="310" />
        <source>%Ln team(s)</source>
        <translation><numerusform>%Ln Team</numerusform><numerusform>%Ln Teams</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowdatabase.cpp" line="311" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln Datenspeicher</numerusform><numerusform>%Ln Datenspeicher</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowdatabase.cpp" line="308" />
        <source>Replace the whole organisation (%Ln account(s), %1, %2) with the content of %3?</source>
        <translation><numerusform>Die gesamte Organisation (%Ln Konto, %1, %2) durch den Inhalt von %3 ersetzen?</numerusform><numerusform>Die gesamte Organisation (%Ln Konten, %1, %2) durch den Inhalt von %3 ersetzen?</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::MatrixModel</name>
    <message>
        <location filename="../models/matrixmodel.cpp" line="251" />
        <source>%1 via %2 (this team only)</source>
        <translation>%1 über %2 (nur dieses Team)</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="256" />
        <source>Admin (role: every datastore)</source>
        <translation>Admin (Rolle: jeder Datenspeicher)</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="258" />
        <source>No access: deactivated account</source>
        <translation>Kein Zugriff: deaktiviertes Konto</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="267" />
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="380" />
        <source>No access</source>
        <translation>Kein Zugriff</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="404" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="405" />
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation>%1 &lt;%2&gt; (%3)</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="419" />
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::MatrixPage</name>
    <message>
        <location filename="../views/matrixpage.cpp" line="144" />
        <location filename="../views/matrixpage.cpp" line="175" />
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="145" />
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="146" />
        <source>Show the matrix as it was at this time (from the history)</source>
        <translation>Die Matrix so anzeigen, wie sie zu diesem Zeitpunkt war (aus dem Verlauf)</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="148" />
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="149" />
        <source>Back to the live organisation</source>
        <translation>Zurück zur aktuellen Organisation</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="156" />
        <source>Changes since…</source>
        <translation>Änderungen seit…</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="158" />
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="163" />
        <source>Show the selected account's row as if it worked only through one of its teams (an Admin counts as a Manager)</source>
        <translation>Die Zeile des ausgewählten Kontos so anzeigen, als wirke es nur über eines seiner Teams (ein Admin zählt als Manager)</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="184" />
        <source>Through team</source>
        <translation>Über Team</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="198" />
        <location filename="../views/matrixpage.cpp" line="221" />
        <source>Search accounts</source>
        <translation>Konten suchen</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="201" />
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="206" />
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="209" />
        <source>Show deactivated</source>
        <translation>Deaktivierte anzeigen</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="210" />
        <source>Only accounts with access</source>
        <translation>Nur Konten mit Zugriff</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="212" />
        <location filename="../views/matrixpage.cpp" line="222" />
        <source>Search datastores</source>
        <translation>Datenspeicher suchen</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="215" />
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="220" />
        <source>Only datastores with access</source>
        <translation>Nur Datenspeicher mit Zugriff</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="223" />
        <source>Role of the accounts</source>
        <translation>Rolle der Konten</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="224" />
        <source>Team of the accounts</source>
        <translation>Team der Konten</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="225" />
        <source>Type of the accounts</source>
        <translation>Typ der Konten</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="226" />
        <source>Kind of the datastores</source>
        <translation>Art der Datenspeicher</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="227" />
        <source>Team of the datastores</source>
        <translation>Team der Datenspeicher</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="228" />
        <source>Connection of the datastores</source>
        <translation>Verbindung der Datenspeicher</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="234" />
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="241" />
        <source>Datastores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="266" />
        <location filename="../views/matrixpage.cpp" line="359" />
        <source>Any team</source>
        <translation>Jedes Team</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="280" />
        <source>Any connection</source>
        <translation>Jede Verbindung</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="339" />
        <source>no access %1</source>
        <translation>kein Zugriff %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="341" />
        <source>(estimated from 1 account in %1)</source>
        <translation>(geschätzt aus 1 von %1 Konten)</translation>
    </message>
    <message>
        <location filename="../views/matrixpagehistory.cpp" line="57" />
        <source>No database: the history cannot be read.</source>
        <translation>Keine Datenbank: Der Verlauf kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../views/matrixpagehistory.cpp" line="61" />
        <source>Reading history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagehistory.cpp" line="78" />
        <source>Rebuilding access as of %1…</source>
        <translation>Zugriff zum Stand %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagehistory.cpp" line="100" />
        <source>Cannot show access as of %1: %2</source>
        <translation>Zugriff zum Stand %1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <location filename="../views/matrixpagehistory.cpp" line="110" />
        <source>Showing access as of %1 UTC — read-only</source>
        <translation>Zugriff zum Stand %1 UTC — schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="25" />
        <location filename="../views/matrixpagereports.cpp" line="53" />
        <source>Export &amp;Row…</source>
        <translation>&amp;Zeile exportieren…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="26" />
        <source>Export this account's row over the datastores in view</source>
        <translation>Die Zeile dieses Kontos über die angezeigten Datenspeicher exportieren</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="27" />
        <location filename="../views/matrixpagereports.cpp" line="54" />
        <source>Export &amp;Column…</source>
        <translation>&amp;Spalte exportieren…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="28" />
        <source>Export this datastore's column over the accounts in view</source>
        <translation>Die Spalte dieses Datenspeichers über die angezeigten Konten exportieren</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="60" />
        <source>Export &amp;Row of %1…</source>
        <translation>&amp;Zeile von %1 exportieren…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="61" />
        <source>Export &amp;Column of %1…</source>
        <translation>&amp;Spalte von %1 exportieren…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="73" />
        <source>Export Row of %1…</source>
        <translation>Zeile von %1 exportieren…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="73" />
        <source>Export Column of %1…</source>
        <translation>Spalte von %1 exportieren…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="94" />
        <source>Accounts matching “%1”</source>
        <translation>Konten, die zu „%1“ passen</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="96" />
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="98" />
        <source>Members of team %1</source>
        <translation>Mitglieder des Teams %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="100" />
        <source>Account type: %1</source>
        <translation>Kontotyp: %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="102" />
        <source>Only accounts with access to a datastore in view</source>
        <translation>Nur Konten mit Zugriff auf einen angezeigten Datenspeicher</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="104" />
        <source>Datastores matching “%1”</source>
        <translation>Datenspeicher, die zu „%1“ passen</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="106" />
        <source>Datastore kind: %1</source>
        <translation>Art des Datenspeichers: %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="108" />
        <source>Datastores of team %1</source>
        <translation>Datenspeicher des Teams %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="110" />
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="112" />
        <source>Only datastores an account in view reaches</source>
        <translation>Nur Datenspeicher, die ein angezeigtes Konto erreicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/matrixpage.cpp" line="330" />
        <source>%Ln account(s) × %1</source>
        <translation><numerusform>%Ln Konto × %1</numerusform><numerusform>%Ln Konten × %1</numerusform></translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="43" />
        <source>Access matrix</source>
        <translation>Zugriffsmatrix</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="44" />
        <source>Accounts in rows, datastores in columns; each cell gives the account's level on the datastore</source>
        <translation>Konten in Zeilen, Datenspeicher in Spalten; jede Zelle nennt die Stufe des Kontos auf dem Datenspeicher</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/matrixpage.cpp" line="331" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln Datenspeicher</numerusform><numerusform>%Ln Datenspeicher</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::MyAccessPage</name>
    <message>
        <location filename="../views/myaccesspage.cpp" line="13" />
        <source>&lt;h2&gt;My access&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mein Zugriff&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../views/myaccesspage.cpp" line="14" />
        <source>Your teams and the datastores they give you, with the level and the team it comes from. Ask an Admin to change them.</source>
        <translation>Ihre Teams und die Datenspeicher, die sie Ihnen geben, mit der Stufe und dem Team, von dem sie stammt. Bitten Sie einen Admin, sie zu ändern.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::NewReviewDialog</name>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="27" />
        <source>New Access Review</source>
        <translation>Neue Zugriffsprüfung</translation>
    </message>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="30" />
        <source>e.g. Finance access, Q4</source>
        <translation>z. B. Zugriff Finanzen, Q4</translation>
    </message>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="35" />
        <source>%1 (datastores only)</source>
        <translation>%1 (nur Datenspeicher)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/newreviewdialog.cpp" line="36" />
        <source>%1 (%Ln member(s), %2)</source>
        <translation><numerusform>%1 (%Ln Mitglied, %2)</numerusform><numerusform>%1 (%Ln Mitglieder, %2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/newreviewdialog.cpp" line="37" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln Datenspeicher</numerusform><numerusform>%Ln Datenspeicher</numerusform></translation>
    </message>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="48" />
        <source>Teams: every membership and datastore</source>
        <translation>Teams: jede Mitgliedschaft und jeder Datenspeicher</translation>
    </message>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="53" />
        <source>Datastores: every team they are assigned to</source>
        <translation>Datenspeicher: jedes Team, dem sie zugewiesen sind</translation>
    </message>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="65" />
        <source>Start Review</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="70" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
</context>
<context>
    <name>Gatehouse::NoAccessPage</name>
    <message>
        <location filename="../views/noaccesspage.cpp" line="32" />
        <location filename="../views/noaccesspage.cpp" line="42" />
        <source>&lt;h2&gt;No access&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kein Zugriff&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../views/noaccesspage.cpp" line="34" />
        <source>The account %1 is deactivated in this organisation. Ask an Admin to reactivate it.</source>
        <translation>Das Konto %1 ist in dieser Organisation deaktiviert. Bitten Sie einen Admin, es zu reaktivieren.</translation>
    </message>
    <message>
        <location filename="../views/noaccesspage.cpp" line="36" />
        <source>%1 has no account in this organisation. Ask an Admin of the organisation for access, or open another organisation.</source>
        <translation>%1 hat kein Konto in dieser Organisation. Bitten Sie einen Admin der Organisation um Zugriff oder öffnen Sie eine andere Organisation.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::PickerWidget</name>
    <message>
        <location filename="../views/pickerwidget.cpp" line="27" />
        <source>Search name or e-mail</source>
        <translation>Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="27" />
        <location filename="../views/pickerwidget.cpp" line="28" />
        <source>Search datastores</source>
        <translation>Datenspeicher suchen</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="28" />
        <source>Search accounts</source>
        <translation>Konten suchen</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="29" />
        <source>Selected only</source>
        <translation>Nur ausgewählte</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="37" />
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="37" />
        <source>Datastores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="108" />
        <source>%1 of %2 selected</source>
        <translation>%1 von %2 ausgewählt</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="109" />
        <source>%1 of %2 selected · %3 shown</source>
        <translation>%1 von %2 ausgewählt · %3 angezeigt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::PreferencesDialog</name>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="39" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="43" />
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="49" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="50" />
        <source>Language of menus, pages and dialogs</source>
        <translation>Sprache der Menüs, Seiten und Dialoge</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="53" />
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="54" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="55" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="56" />
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="57" />
        <source>Light or dark colours; the system's unless chosen here</source>
        <translation>Helle oder dunkle Farben; die des Systems, solange hier nichts gewählt ist</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="59" />
        <source>The language changes the next time Gatehouse starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Gatehouse.</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="64" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="65" />
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
</context>
<context>
    <name>Gatehouse::PreviewPanel</name>
    <message>
        <location filename="../views/previewpanel.cpp" line="24" />
        <source>Show every access change</source>
        <translation>Jede Zugriffsänderung anzeigen</translation>
    </message>
    <message>
        <location filename="../views/previewpanel.cpp" line="29" />
        <source>Access preview</source>
        <translation>Zugriffsvorschau</translation>
    </message>
    <message>
        <location filename="../views/previewpanel.cpp" line="36" />
        <source>Access changes</source>
        <translation>Zugriffsänderungen</translation>
    </message>
    <message>
        <location filename="../views/previewpanel.cpp" line="53" />
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/previewpanel.cpp" line="76" />
        <source>Nobody's access changes.</source>
        <translation>Niemandes Zugriff ändert sich.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/previewpanel.cpp" line="129" />
        <source>Hide the %Ln change(s)</source>
        <translation><numerusform>Die %Ln Änderung ausblenden</numerusform><numerusform>Die %Ln Änderungen ausblenden</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/previewpanel.cpp" line="130" />
        <source>Show the %Ln change(s)</source>
        <translation><numerusform>Die %Ln Änderung anzeigen</numerusform><numerusform>Die %Ln Änderungen anzeigen</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ProgressTask</name>
    <message>
        <location filename="../views/progresstask.cpp" line="20" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ReachModel</name>
    <message>
        <location filename="../models/reachmodel.cpp" line="87" />
        <source>Admin role</source>
        <translation>Rolle Admin</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="118" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="173" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="173" />
        <source>Datastore</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="174" />
        <source>E-mail or subject</source>
        <translation>E-Mail oder Subjekt</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="174" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="175" />
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="176" />
        <source>Via</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ReviewDialog</name>
    <message>
        <location filename="../views/reviewdialog.cpp" line="52" />
        <source>Access Review – %1</source>
        <translation>Zugriffsprüfung – %1</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="64" />
        <source>Only &amp;unmarked</source>
        <translation>Nur &amp;unmarkierte</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="92" />
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="93" />
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="94" />
        <source>Toggle</source>
        <translation>Umschalten</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="96" />
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="97" />
        <source>Keep the selected item (K)</source>
        <translation>Den ausgewählten Eintrag behalten (K)</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="98" />
        <source>Re&amp;voke</source>
        <translation>&amp;Entziehen</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="99" />
        <source>Revoke the selected item (R)</source>
        <translation>Den ausgewählten Eintrag entziehen (R)</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="116" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="117" />
        <source>Sign &amp;Off…</source>
        <translation>&amp;Abzeichnen…</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="118" />
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="119" />
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="120" />
        <source>&amp;Apply Revocations…</source>
        <translation>Entzüge an&amp;wenden…</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="205" />
        <source>Sign Off Review</source>
        <translation>Prüfung abzeichnen</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="206" />
        <source>Sign off “%1” with %2 kept and %3 revoked? A signed-off review can no longer be changed.</source>
        <translation>„%1“ mit %2 behaltenen und %3 entzogenen Einträgen abzeichnen? Eine abgezeichnete Prüfung kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="219" />
        <source>No database is open.</source>
        <translation>Keine Datenbank ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="229" />
        <source>The review was not saved: %1</source>
        <translation>Die Prüfung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="240" />
        <source>Signed off and saved.</source>
        <translation>Abgezeichnet und gespeichert.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="240" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="256" />
        <source>Export Evidence as PDF</source>
        <translation>Nachweis als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="256" />
        <source>Export Evidence as CSV</source>
        <translation>Nachweis als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="257" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="257" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="265" />
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="284" />
        <source>Unsaved Marks</source>
        <translation>Ungespeicherte Markierungen</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="285" />
        <source>Save the marks and comments of “%1”?</source>
        <translation>Die Markierungen und Kommentare von „%1“ speichern?</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="308" />
        <source>&lt;b&gt;%1&lt;/b&gt; – started %2 by %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – gestartet %2 von %3</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="311" />
        <source>&lt;br&gt;Signed off %1 by %2; read-only.</source>
        <translation>&lt;br&gt;Abgezeichnet %1 von %2; schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="315" />
        <source>%1 of %2 marked · %3 keep · %4 revoke</source>
        <translation>%1 von %2 markiert · %3 behalten · %4 entziehen</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="329" />
        <source>Only Admins can apply a review's revocations.</source>
        <translation>Nur Admins können die Entzüge einer Prüfung anwenden.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="332" />
        <source>Sign the review off first.</source>
        <translation>Zeichnen Sie die Prüfung zuerst ab.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="334" />
        <source>Nothing in this review is marked Revoke.</source>
        <translation>Nichts in dieser Prüfung ist als „Entziehen“ markiert.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="336" />
        <source>Every revocation of this review is applied.</source>
        <translation>Alle Entzüge dieser Prüfung sind angewendet.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="338" />
        <source>Remove the revoked memberships and assignments, with a preview</source>
        <translation>Die entzogenen Mitgliedschaften und Zuweisungen entfernen, mit Vorschau</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ReviewItemModel</name>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="35" />
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="36" />
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="81" />
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="81" />
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="100" />
        <source>K keeps, R revokes, Space toggles</source>
        <translation>K behält, R entzieht, Leertaste schaltet um</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="141" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="142" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="143" />
        <source>Account or datastore</source>
        <translation>Konto oder Datenspeicher</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="144" />
        <source>Mark</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="145" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ReviewPage</name>
    <message>
        <location filename="../views/reviewpage.cpp" line="25" />
        <source>&amp;New Review…</source>
        <translation>&amp;Neue Prüfung…</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="26" />
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="27" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="38" />
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="39" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="39" />
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="39" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="39" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="39" />
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="92" />
        <location filename="../views/reviewpage.cpp" line="156" />
        <source>No database is open.</source>
        <translation>Keine Datenbank ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="96" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="122" />
        <source>%1 of %2 marked</source>
        <translation>%1 von %2 markiert</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="124" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="141" />
        <source>Start reviewing memberships and assignments</source>
        <translation>Mitgliedschaften und Zuweisungen prüfen</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="162" />
        <source>The review was not saved: %1</source>
        <translation>Die Prüfung wurde nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/reviewpage.cpp" line="74" />
        <source>%Ln team(s)</source>
        <translation><numerusform>%Ln Team</numerusform><numerusform>%Ln Teams</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/reviewpage.cpp" line="76" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln Datenspeicher</numerusform><numerusform>%Ln Datenspeicher</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/reviewpage.cpp" line="131" />
        <source>%Ln review(s)</source>
        <translation><numerusform>%Ln Prüfung</numerusform><numerusform>%Ln Prüfungen</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SelectionPickerModel</name>
    <message>
        <location filename="../models/selectionpickermodel.cpp" line="251" />
        <source>%1, deactivated: gets no access from its teams until reactivated</source>
        <translation>%1, deaktiviert: erhält bis zur Reaktivierung keinen Zugriff über seine Teams</translation>
    </message>
    <message>
        <location filename="../models/selectionpickermodel.cpp" line="335" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/selectionpickermodel.cpp" line="336" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/selectionpickermodel.cpp" line="336" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/selectionpickermodel.cpp" line="337" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../models/selectionpickermodel.cpp" line="337" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ServiceAccountDialog</name>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="20" />
        <source>New Service Account</source>
        <translation>Neues Dienstkonto</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="24" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="25" />
        <source>e.g. Pipeline Automation</source>
        <translation>z. B. Pipeline-Automatisierung</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="29" />
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="31" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="37" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="38" />
        <source>Identifier:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="39" />
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="40" />
        <source>&amp;Teams:</source>
        <translation>&amp;Teams:</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="54" />
        <source>(type a name)</source>
        <translation>(Namen eingeben)</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="75" />
        <source>Type the service account's name.</source>
        <translation>Geben Sie den Namen des Dienstkontos ein.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::SettingsDialog</name>
    <message>
        <location filename="../views/settingsdialog.cpp" line="56" />
        <source>Organisation Settings</source>
        <translation>Einstellungen der Organisation</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="63" />
        <source>An Admin's e-mail, e.g. ada@example.com</source>
        <translation>E-Mail eines Admins, z. B. ada@example.com</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="64" />
        <source>Whoever signs in by SSO with this verified e-mail takes over that Admin account, so turning SSO on never locks the organisation out.</source>
        <translation>Wer sich per SSO mit dieser bestätigten E-Mail anmeldet, übernimmt dieses Admin-Konto; so sperrt das Einschalten von SSO die Organisation nie aus.</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="68" />
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="69" />
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="70" />
        <source>S&amp;copes:</source>
        <translation>S&amp;copes:</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="71" />
        <source>&amp;Admin e-mail:</source>
        <translation>Admin-&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="72" />
        <source>Single sign-on (OpenID Connect)</source>
        <translation>Single Sign-on (OpenID Connect)</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="80" />
        <source>Register Gatehouse with the identity provider as a native application (public client) with the redirect URI http://127.0.0.1/callback, any port.</source>
        <translation>Registrieren Sie Gatehouse beim Identitätsanbieter als native Anwendung (öffentlicher Client) mit der Weiterleitungs-URI http://127.0.0.1/callback, beliebiger Port.</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="93" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="95" />
        <source>&amp;Disable SSO</source>
        <translation>SSO &amp;deaktivieren</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="110" />
        <source>Reading the settings…</source>
        <translation>Einstellungen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="119" />
        <location filename="../views/settingsdialog.cpp" line="218" />
        <source>No database is open.</source>
        <translation>Keine Datenbank ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="148" />
        <source>SSO is enabled: people sign in with %1.</source>
        <translation>SSO ist aktiviert: Anmeldung erfolgt über %1.</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="149" />
        <source>SSO is off: Gatehouse acts as the operating-system account (local|&lt;name&gt;).</source>
        <translation>SSO ist aus: Gatehouse handelt als das Konto des Betriebssystems (local|&lt;name&gt;).</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ShortcutsDialog</name>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="60" />
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="62" />
        <source>Search commands and keys</source>
        <translation>Befehle und Tasten suchen</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="64" />
        <source>Search shortcuts</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="68" />
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="68" />
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="69" />
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="86" />
        <source>Menus open with Alt and their underlined letter; in tables, type to search, Enter opens the selected row.</source>
        <translation>Menüs öffnen sich mit Alt und ihrem unterstrichenen Buchstaben; in Tabellen tippen Sie zum Suchen, die Eingabetaste öffnet die gewählte Zeile.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::SignInPage</name>
    <message>
        <location filename="../views/signinpage.cpp" line="25" />
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Anmelden&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../views/signinpage.cpp" line="36" />
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../views/signinpage.cpp" line="39" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/signinpage.cpp" line="67" />
        <source>This organisation uses single sign-on. Gatehouse opens your browser to sign you in; come back here when you are done.</source>
        <translation>Diese Organisation verwendet Single Sign-on. Gatehouse öffnet Ihren Browser zur Anmeldung; kehren Sie danach hierher zurück.</translation>
    </message>
    <message>
        <location filename="../views/signinpage.cpp" line="69" />
        <location filename="../views/signinpage.cpp" line="80" />
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <location filename="../views/signinpage.cpp" line="94" />
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TablePage</name>
    <message>
        <location filename="../views/tablepage.cpp" line="42" />
        <source>Shows only the rows that match, as you type</source>
        <translation>Zeigt beim Tippen nur die passenden Zeilen</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TeamChecklist</name>
    <message>
        <location filename="../views/teamchecklist.cpp" line="27" />
        <location filename="../views/teamchecklist.cpp" line="28" />
        <source>Search teams</source>
        <translation>Teams suchen</translation>
    </message>
    <message>
        <location filename="../views/teamchecklist.cpp" line="31" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../views/teamchecklist.cpp" line="112" />
        <source>%1 of %2 selected</source>
        <translation>%1 von %2 ausgewählt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TeamDialog</name>
    <message>
        <location filename="../views/teamdialog.cpp" line="26" />
        <source>New Team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="26" />
        <source>Edit Team '%1'</source>
        <translation>Team „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="32" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="35" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="39" />
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="59" />
        <source>The Public team cannot be renamed.</source>
        <translation>Das Team Public kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="60" />
        <source>Everyone is a member of Public: its members cannot be edited. Its level and datastores can.</source>
        <translation>Jeder ist Mitglied von Public: Seine Mitglieder können nicht bearbeitet werden, seine Stufe und Datenspeicher schon.</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="65" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="66" />
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="67" />
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="134" />
        <source>The team '%1' no longer exists.</source>
        <translation>Das Team „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="168" />
        <source>Type the team's name.</source>
        <translation>Geben Sie den Namen des Teams ein.</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="174" />
        <source>&amp;Members (everyone)</source>
        <translation>&amp;Mitglieder (alle)</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="175" />
        <source>&amp;Members (%1)</source>
        <translation>&amp;Mitglieder (%1)</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="176" />
        <source>Data&amp;stores (%1)</source>
        <translation>Daten&amp;speicher (%1)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TeamGridModel</name>
    <message>
        <location filename="../models/teamgridmodel.cpp" line="169" />
        <source>%1 grants %2 on %3</source>
        <translation>%1 gewährt %2 auf %3</translation>
    </message>
    <message>
        <location filename="../models/teamgridmodel.cpp" line="170" />
        <source>%1 is not assigned %2</source>
        <translation>%1 ist %2 nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../models/teamgridmodel.cpp" line="199" />
        <location filename="../models/teamgridmodel.cpp" line="205" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TeamGridPage</name>
    <message>
        <location filename="../views/teamgridpage.cpp" line="31" />
        <location filename="../views/teamgridpage.cpp" line="35" />
        <source>Filter teams</source>
        <translation>Teams filtern</translation>
    </message>
    <message>
        <location filename="../views/teamgridpage.cpp" line="34" />
        <location filename="../views/teamgridpage.cpp" line="36" />
        <source>Filter datastores</source>
        <translation>Datenspeicher filtern</translation>
    </message>
    <message>
        <location filename="../views/teamgridpage.cpp" line="62" />
        <source>Team and datastore grid</source>
        <translation>Raster aus Teams und Datenspeichern</translation>
    </message>
    <message>
        <location filename="../views/teamgridpage.cpp" line="64" />
        <source>&amp;Assign to Team</source>
        <translation>Dem Team &amp;zuweisen</translation>
    </message>
    <message>
        <location filename="../views/teamgridpage.cpp" line="67" />
        <source>&amp;Remove from Team</source>
        <translation>Aus dem Team &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../views/teamgridpage.cpp" line="114" />
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/teamgridpage.cpp" line="97" />
        <source>%Ln team(s) × %1</source>
        <translation><numerusform>%Ln Team × %1</numerusform><numerusform>%Ln Teams × %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/teamgridpage.cpp" line="98" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln Datenspeicher</numerusform><numerusform>%Ln Datenspeicher</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::TeamPickerButton</name>
    <message>
        <location filename="../views/teampickerbutton.cpp" line="32" />
        <source>Search teams</source>
        <translation>Teams suchen</translation>
    </message>
    <message>
        <location filename="../views/teampickerbutton.cpp" line="37" />
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../views/teampickerbutton.cpp" line="127" />
        <source>Teams: any</source>
        <translation>Teams: beliebig</translation>
    </message>
    <message>
        <location filename="../views/teampickerbutton.cpp" line="130" />
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/teampickerbutton.cpp" line="131" />
        <location filename="../views/teampickerbutton.cpp" line="133" />
        <source>Teams: %Ln selected</source>
        <translation><numerusform>Teams: %Ln ausgewählt</numerusform><numerusform>Teams: %Ln ausgewählt</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::TeamTableModel</name>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="155" />
        <source>Every account is a member of the Public team.</source>
        <translation>Jedes Konto ist Mitglied des Teams Public.</translation>
    </message>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="198" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="199" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="200" />
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="201" />
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="202" />
        <source>Datastores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="203" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TokenDialog</name>
    <message>
        <location filename="../views/tokendialog.cpp" line="34" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="43" />
        <source>New Token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="50" />
        <source>What the token is for, e.g. “nightly export”</source>
        <translation>Wofür das Token ist, z. B. „nächtlicher Export“</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="57" />
        <source>Personal tokens act as you; service tokens as a service account; SCIM tokens only reach the directory-sync endpoints.</source>
        <translation>Persönliche Tokens handeln als Sie, Dienst-Tokens als ein Dienstkonto; SCIM-Tokens erreichen nur die Endpunkte für den Verzeichnisabgleich.</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="63" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="78" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="79" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="80" />
        <source>&amp;Service account:</source>
        <translation>&amp;Dienstkonto:</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="83" />
        <source>&amp;Expires after:</source>
        <translation>&amp;Läuft ab nach:</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="85" />
        <location filename="../views/tokendialog.cpp" line="223" />
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="97" />
        <source>&lt;b&gt;Copy this token now — it will not be shown again.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kopieren Sie dieses Token jetzt — es wird nicht noch einmal angezeigt.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="105" />
        <source>Token secret</source>
        <translation>Token-Geheimnis</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="107" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="108" />
        <source>&amp;Save to File…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="171" />
        <source>You cannot create tokens here.</source>
        <translation>Sie können hier keine Tokens erstellen.</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="197" />
        <source>Service account: pick the account the token acts as.</source>
        <translation>Dienstkonto: Wählen Sie das Konto, als das das Token handelt.</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="202" />
        <source>No database is open.</source>
        <translation>Keine Datenbank ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="219" />
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="241" />
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="242" />
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="243" />
        <source>%1 token “%2” for %3, %4.</source>
        <translation>Token „%2“ (%1) für %3, %4.</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="247" />
        <source>Token Created</source>
        <translation>Token erstellt</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="258" />
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="263" />
        <source>Save Token</source>
        <translation>Token speichern</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="281" />
        <source>Cannot save the token to %1: %2</source>
        <translation>Das Token kann nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="285" />
        <source>Saved to %1 (readable by you only).</source>
        <translation>Unter %1 gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tokendialog.cpp" line="34" />
        <source>%Ln day(s)</source>
        <translation><numerusform>%Ln Tag</numerusform><numerusform>%Ln Tage</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::TokenTableModel</name>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="26" />
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="27" />
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="28" />
        <source>SCIM</source>
        <translation>SCIM</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="36" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="37" />
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="38" />
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="116" />
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="120" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="131" />
        <location filename="../models/tokentablemodel.cpp" line="133" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="149" />
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="151" />
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="153" />
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="155" />
        <source>Revoked %1</source>
        <translation>Widerrufen %1</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="183" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="184" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="185" />
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="186" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="187" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="188" />
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="189" />
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="190" />
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TokensPage</name>
    <message>
        <location filename="../views/tokenspage.cpp" line="34" />
        <source>&amp;New Token…</source>
        <translation>&amp;Neues Token…</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="36" />
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="38" />
        <source>Re&amp;store</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="40" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="42" />
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="56" />
        <location filename="../views/tokenspage.cpp" line="57" />
        <source>Search name, owner or hint</source>
        <translation>Name, Inhaber oder Hinweis suchen</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="62" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="63" />
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="72" />
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="152" />
        <location filename="../views/tokenspage.cpp" line="286" />
        <location filename="../views/tokenspage.cpp" line="348" />
        <source>No database is open.</source>
        <translation>Keine Datenbank ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="157" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="162" />
        <source>The tokens cannot be read: %1</source>
        <translation>Die Tokens können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="223" />
        <source>You cannot create tokens.</source>
        <translation>Sie können keine Tokens erstellen.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="226" />
        <source>Create an API token (Ctrl+Shift+T)</source>
        <translation>Ein API-Token erstellen (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="233" />
        <source>Select a token first.</source>
        <translation>Wählen Sie zuerst ein Token aus.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="243" />
        <source>The token is revoked already.</source>
        <translation>Das Token ist bereits widerrufen.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="245" />
        <source>Stop the token from working, now (Ctrl+R)</source>
        <translation>Das Token sofort unwirksam machen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="246" />
        <source>Only a revoked token can be restored.</source>
        <translation>Nur ein widerrufenes Token kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="248" />
        <source>Let the revoked token work again (Ctrl+Shift+R)</source>
        <translation>Das widerrufene Token wieder wirksam machen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="249" />
        <source>Revoke the token before deleting it.</source>
        <translation>Widerrufen Sie das Token, bevor Sie es löschen.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="251" />
        <source>Delete the revoked token for good (Del)</source>
        <translation>Das widerrufene Token endgültig löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="263" />
        <source>Created token “%1”</source>
        <translation>Token „%1“ erstellt</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="274" />
        <source>%1: not done. %2</source>
        <translation>%1: nicht ausgeführt. %2</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="313" />
        <source>Revoked token “%1”</source>
        <translation>Token „%1“ widerrufen</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="323" />
        <source>Restored token “%1”</source>
        <translation>Token „%1“ wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="333" />
        <source>Delete Token</source>
        <translation>Token löschen</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="334" />
        <source>Delete the revoked token “%1” for good? Its history stays.</source>
        <translation>Das widerrufene Token „%1“ endgültig löschen? Sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="338" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="344" />
        <source>Deleted token “%1”</source>
        <translation>Token „%1“ gelöscht</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tokenspage.cpp" line="178" />
        <source>%Ln token(s), %1 active</source>
        <translation><numerusform>%Ln Token, %1 aktiv</numerusform><numerusform>%Ln Tokens, %1 aktiv</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::WelcomeDialog</name>
    <message>
        <location filename="../views/welcomedialog.cpp" line="15" />
        <source>Welcome to Gatehouse</source>
        <translation>Willkommen bei Gatehouse</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="16" />
        <source>This organisation is empty: it holds only you, as its first Admin, and the Public team. How would you like to begin?</source>
        <translation>Diese Organisation ist leer: Sie enthält nur Sie als ersten Admin und das Team Public. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="20" />
        <source>Load a demo organisation</source>
        <translation>Eine Demo-Organisation laden</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="21" />
        <source>2,000 generated accounts, 60 teams and 300 datastores to explore. You stay an Admin.</source>
        <translation>2.000 generierte Konten, 60 Teams und 300 Datenspeicher zum Erkunden. Sie bleiben Admin.</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="24" />
        <source>Import a file…</source>
        <translation>Eine Datei importieren…</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="25" />
        <source>An organisation file (gatehouse-org/1 JSON).</source>
        <translation>Eine Organisationsdatei (gatehouse-org/1 JSON).</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="26" />
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="27" />
        <source>Accounts appear as people sign in.</source>
        <translation>Konten erscheinen, sobald sich Personen anmelden.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/gui/main.cpp" line="153" />
        <source>Displays version information.</source>
        <translation>Zeigt Versionsinformationen an.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="147" />
        <source>Desktop console for datastore access control.</source>
        <translation>Desktop-Konsole für die Zugriffskontrolle auf Datenspeicher.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="156" />
        <source>Organisation database: sqlite:/path/file.gatehouse, postgresql://user@host/db, or a file path (default: %1).</source>
        <translation>Organisationsdatenbank: sqlite:/pfad/datei.gatehouse, postgresql://benutzer@host/db oder ein Dateipfad (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="162" />
        <source>Load a demo organisation, without asking, if the organisation is empty.</source>
        <translation>Ohne Rückfrage eine Demo-Organisation laden, wenn die Organisation leer ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="166" />
        <source>Page to show first: accounts, teams, datastores, history, matrix, findings, reviews, grid (the team grid) or tokens.</source>
        <translation>Zuerst anzuzeigende Seite: accounts, teams, datastores, history, matrix, findings, reviews, grid (das Team-Raster) oder tokens.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="170" />
        <source>Id of the row to select on that page.</source>
        <translation>ID der Zeile, die auf dieser Seite ausgewählt werden soll.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="176" />
        <source>Show what SUBJECT sees, read-only (nothing can be changed).</source>
        <translation>Anzeigen, was SUBJECT sieht, schreibgeschützt (nichts kann geändert werden).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="180" />
        <source>Language of the window, e.g. de or fr, instead of the system's (and of the one chosen in Preferences).</source>
        <translation>Sprache des Fensters, z. B. de oder fr, statt der des Systems (und der in den Einstellungen gewählten).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="200" />
        <source>Unknown page: %1. Pages: %2.</source>
        <translation>Unbekannte Seite: %1. Seiten: %2.</translation>
    </message>
</context>
</TS>

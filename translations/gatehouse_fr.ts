<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Gatehouse::AboutDialog</name>
    <message>
        <location filename="../views/aboutdialog.cpp" line="49" />
        <source>About Gatehouse</source>
        <translation>À propos de Gatehouse</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="56" />
        <source>Gatehouse icon</source>
        <translation>Icône de Gatehouse</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="58" />
        <source>Gatehouse %1</source>
        <translation>Gatehouse %1</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="61" />
        <source>A desktop console for datastore access control: platform roles, teams and the access they grant.</source>
        <translation>Une console de bureau pour le contrôle d'accès aux magasins de données : rôles de la plateforme, équipes et accès qu'elles accordent.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="66" />
        <source>Using Qt %1 (built with Qt %2).</source>
        <translation>Utilise Qt %1 (compilé avec Qt %2).</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="71" />
        <source>Read the README: what Gatehouse does and how</source>
        <translation>Lire le README : ce que fait Gatehouse et comment</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="75" />
        <source>Project README</source>
        <translation>README du projet</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="88" />
        <source>Copyright © The Gatehouse developers.</source>
        <translation>Copyright © Les développeurs de Gatehouse.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="89" />
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.</source>
        <translation>Ce programme est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la Licence publique générale GNU telle que publiée par la Free Software Foundation, soit la version 3 de la Licence, soit (à votre choix) toute version ultérieure.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="92" />
        <source>This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.</source>
        <translation>Ce programme est distribué dans l'espoir qu'il sera utile, mais SANS AUCUNE GARANTIE, sans même la garantie implicite de QUALITÉ MARCHANDE ou d'ADÉQUATION À UN USAGE PARTICULIER. Voir la Licence publique générale GNU pour plus de détails.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="95" />
        <source>You should have received a copy of the GNU General Public License along with this program. If not, see &lt;a href="https://www.gnu.org/licenses/"&gt;https://www.gnu.org/licenses/&lt;/a&gt;.</source>
        <translation>Vous devriez avoir reçu une copie de la Licence publique générale GNU avec ce programme. Sinon, voir &lt;a href="https://www.gnu.org/licenses/"&gt;https://www.gnu.org/licenses/&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="100" />
        <source>Gatehouse is built on these libraries:</source>
        <translation>Gatehouse repose sur ces bibliothèques :</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="101" />
        <source>&lt;b&gt;Qt&lt;/b&gt; %1 — the GNU Lesser General Public License, version 3 (&lt;a href="https://www.gnu.org/licenses/lgpl-3.0.html"&gt;LGPL-3.0&lt;/a&gt;); &lt;a href="https://www.qt.io/licensing/"&gt;Qt licensing&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Qt&lt;/b&gt; %1 — Licence publique générale limitée GNU, version 3 (&lt;a href="https://www.gnu.org/licenses/lgpl-3.0.html"&gt;LGPL-3.0&lt;/a&gt;) ; &lt;a href="https://www.qt.io/licensing/"&gt;licences de Qt&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="105" />
        <source>&lt;b&gt;SQLite&lt;/b&gt; — in the public domain (&lt;a href="https://www.sqlite.org/copyright.html"&gt;SQLite copyright&lt;/a&gt;).</source>
        <translation>&lt;b&gt;SQLite&lt;/b&gt; — dans le domaine public (&lt;a href="https://www.sqlite.org/copyright.html"&gt;copyright de SQLite&lt;/a&gt;).</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="107" />
        <source>&lt;b&gt;libpq&lt;/b&gt;, the PostgreSQL client library — the PostgreSQL Licence (&lt;a href="https://www.postgresql.org/about/licence/"&gt;PostgreSQL licence&lt;/a&gt;).</source>
        <translation>&lt;b&gt;libpq&lt;/b&gt;, la bibliothèque cliente de PostgreSQL — Licence PostgreSQL (&lt;a href="https://www.postgresql.org/about/licence/"&gt;licence PostgreSQL&lt;/a&gt;).</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="111" />
        <source>Licence notice</source>
        <translation>Avis de licence</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="111" />
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="112" />
        <source>Third-party licences</source>
        <translation>Licences tierces</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="112" />
        <source>&amp;Third-party licences</source>
        <translation>Licences &amp;tierces</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AccessDiffModel</name>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="100" />
        <location filename="../models/accessdiffmodel.cpp" line="101" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="104" />
        <source>gains</source>
        <translation>obtient</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="105" />
        <source>loses</source>
        <translation>perd</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="106" />
        <source>raised</source>
        <translation>relevé</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="107" />
        <source>lowered</source>
        <translation>abaissé</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="136" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="137" />
        <source>Datastore</source>
        <translation>Magasin de données</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="138" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="139" />
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../models/accessdiffmodel.cpp" line="140" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AccountDialog</name>
    <message>
        <location filename="../views/accountdialog.cpp" line="21" />
        <source>Edit Account '%1'</source>
        <translation>Modifier le compte « %1 »</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="33" />
        <source>Deactivated %1</source>
        <translation>Désactivé %1</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="37" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="44" />
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="44" />
        <source>Re&amp;activate…</source>
        <translation>Ré&amp;activer…</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="48" />
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="49" />
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="50" />
        <source>&amp;Teams:</source>
        <translation>É&amp;quipes :</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="103" />
        <source>The account '%1' no longer exists.</source>
        <translation>Le compte « %1 » n'existe plus.</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="117" />
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="117" />
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="118" />
        <source>Deactivate %1? The account keeps its role and teams but loses all access and cannot sign in.</source>
        <translation>Désactiver %1 ? Le compte garde son rôle et ses équipes, mais perd tout accès et ne peut plus se connecter.</translation>
    </message>
    <message>
        <location filename="../views/accountdialog.cpp" line="120" />
        <source>Reactivate %1? Its role and teams apply again.</source>
        <translation>Réactiver %1 ? Son rôle et ses équipes s'appliquent de nouveau.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AccountFilterBar</name>
    <message>
        <location filename="../views/accountfilterbar.cpp" line="22" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../views/accountfilterbar.cpp" line="23" />
        <source>All roles</source>
        <translation>Tous les rôles</translation>
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
        <translation>Comptes de service uniquement</translation>
    </message>
    <message>
        <location filename="../views/accountfilterbar.cpp" line="29" />
        <source>Show deactivated</source>
        <translation>Afficher les désactivés</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AccountTableModel</name>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="259" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="260" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="260" />
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="274" />
        <source>Never signed in or used a token</source>
        <translation>Jamais connecté ni utilisé de jeton</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="277" />
        <source>Deactivated %1</source>
        <translation>Désactivé %1</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="315" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="316" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="317" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="318" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="319" />
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="320" />
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="321" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/accounttablemodel.cpp" line="322" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AdminActions</name>
    <message>
        <location filename="../views/adminactions.cpp" line="27" />
        <location filename="../views/adminactions.cpp" line="116" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="29" />
        <location filename="../views/adminactions.cpp" line="117" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="31" />
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="33" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="36" />
        <location filename="../views/adminactions.cpp" line="136" />
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="39" />
        <source>Team &amp;History…</source>
        <translation>&amp;Historique de l'équipe…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="41" />
        <source>New &amp;Team…</source>
        <translation>Nouvelle &amp;équipe…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="42" />
        <source>New &amp;Service Account…</source>
        <translation>Nouveau compte de ser&amp;vice…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="43" />
        <source>New D&amp;atastore…</source>
        <translation>Nouveau magasin de &amp;données…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="116" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="117" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="130" />
        <source>&amp;New Service Account…</source>
        <translation>&amp;Nouveau compte de service…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="133" />
        <source>&amp;Edit Account…</source>
        <translation>&amp;Modifier le compte…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="133" />
        <source>&amp;View Account…</source>
        <translation>&amp;Afficher le compte…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="135" />
        <source>Select an account first.</source>
        <translation>Sélectionnez d'abord un compte.</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="137" />
        <source>Accounts are never deleted: deactivate them instead (Edit Account).</source>
        <translation>Les comptes ne sont jamais supprimés : désactivez-les plutôt (Modifier le compte).</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="140" />
        <source>&amp;New Team…</source>
        <translation>&amp;Nouvelle équipe…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="142" />
        <source>&amp;Edit Team…</source>
        <translation>&amp;Modifier l'équipe…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="142" />
        <source>&amp;View Team…</source>
        <translation>&amp;Afficher l'équipe…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="144" />
        <location filename="../views/adminactions.cpp" line="146" />
        <location filename="../views/adminactions.cpp" line="171" />
        <source>Select a team first.</source>
        <translation>Sélectionnez d'abord une équipe.</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="145" />
        <source>&amp;Delete Team…</source>
        <translation>&amp;Supprimer l'équipe…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="159" />
        <source>&amp;New Datastore…</source>
        <translation>&amp;Nouveau magasin de données…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="161" />
        <source>&amp;Edit Datastore…</source>
        <translation>&amp;Modifier le magasin de données…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="161" />
        <source>&amp;View Datastore…</source>
        <translation>&amp;Afficher le magasin de données…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="163" />
        <location filename="../views/adminactions.cpp" line="166" />
        <source>Select a datastore first.</source>
        <translation>Sélectionnez d'abord un magasin de données.</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="164" />
        <source>&amp;Delete Datastore…</source>
        <translation>&amp;Supprimer le magasin de données…</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="174" />
        <source>A change is being applied.</source>
        <translation>Une modification est en cours d'application.</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="247" />
        <source>Delete Team</source>
        <translation>Supprimer l'équipe</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="248" />
        <source>Delete the team '%1'? Its members lose the access it gives; accounts and datastores stay.</source>
        <translation>Supprimer l'équipe « %1 » ? Ses membres perdent l'accès qu'elle donne ; les comptes et les magasins de données restent.</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="289" />
        <source>Delete Datastore</source>
        <translation>Supprimer le magasin de données</translation>
    </message>
    <message>
        <location filename="../views/adminactions.cpp" line="290" />
        <source>Delete the datastore '%1'? Every team loses it.</source>
        <translation>Supprimer le magasin de données « %1 » ? Toutes les équipes le perdent.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AdminDialog</name>
    <message>
        <location filename="../views/admindialog.cpp" line="46" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="50" />
        <location filename="../views/admindialog.cpp" line="257" />
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="56" />
        <location filename="../views/admindialog.cpp" line="243" />
        <source>&amp;Reload and Re-apply</source>
        <translation>&amp;Recharger et réappliquer</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="58" />
        <source>Read the organisation again and put your changes on top of it</source>
        <translation>Relire l'organisation et y appliquer vos modifications</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="61" />
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="80" />
        <source>Computing the preview…</source>
        <translation>Calcul de l'aperçu…</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="94" />
        <source>Nothing changed yet.</source>
        <translation>Rien n'a encore changé.</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="103" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="241" />
        <source>Reload and Re-apply reads the organisation again and puts your changes on top of it, for you to apply again.</source>
        <translation>« Recharger et réappliquer » relit l'organisation et y replace vos modifications, pour que vous les appliquiez de nouveau.</translation>
    </message>
    <message>
        <location filename="../views/admindialog.cpp" line="254" />
        <source>Reloading…</source>
        <translation>Rechargement…</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AdminSession</name>
    <message>
        <location filename="../views/adminsession.cpp" line="19" />
        <source>No organisation database is open.</source>
        <translation>Aucune base de données d'organisation n'est ouverte.</translation>
    </message>
    <message>
        <location filename="../views/adminsession.cpp" line="102" />
        <source>Another change is still being applied.</source>
        <translation>Une autre modification est encore en cours d'application.</translation>
    </message>
    <message>
        <location filename="../views/adminsession.cpp" line="221" />
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <location filename="../views/adminsession.cpp" line="221" />
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AdminText</name>
    <message>
        <location filename="../views/admintext.cpp" line="50" />
        <source>Create team '%1'</source>
        <translation>Créer l'équipe « %1 »</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="51" />
        <source>Update team '%1'</source>
        <translation>Modifier l'équipe « %1 »</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="52" />
        <source>Delete team '%1'</source>
        <translation>Supprimer l'équipe « %1 »</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="53" />
        <source>Set role of '%1'</source>
        <translation>Définir le rôle de « %1 »</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="54" />
        <source>Set teams of '%1'</source>
        <translation>Définir les équipes de « %1 »</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="55" />
        <source>Deactivate '%1'</source>
        <translation>Désactiver « %1 »</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="56" />
        <source>Reactivate '%1'</source>
        <translation>Réactiver « %1 »</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="57" />
        <source>Create service account '%1'</source>
        <translation>Créer le compte de service « %1 »</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="58" />
        <source>Create datastore '%1'</source>
        <translation>Créer le magasin de données « %1 »</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="59" />
        <source>Update datastore '%1'</source>
        <translation>Modifier le magasin de données « %1 »</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="60" />
        <source>Delete datastore '%1'</source>
        <translation>Supprimer le magasin de données « %1 »</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="69" />
        <source>Full datastore management: settings, enrichment, scoring, operations, field masking.</source>
        <translation>Gestion complète du magasin de données : paramètres, enrichissement, notation, opérations, masquage de champs.</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="71" />
        <source>Quality-check lifecycle: create, activate, validate checks; anomaly status.</source>
        <translation>Cycle de vie des contrôles qualité : créer, activer, valider des contrôles ; état des anomalies.</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="73" />
        <source>Create and save checks as drafts only.</source>
        <translation>Créer et enregistrer des contrôles en brouillon seulement.</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="75" />
        <source>Read access including anomaly source records; comment.</source>
        <translation>Accès en lecture, y compris aux enregistrements sources des anomalies ; commenter.</translation>
    </message>
    <message>
        <location filename="../views/admintext.cpp" line="77" />
        <source>Reports, dashboards, overviews, anomalies; no source records.</source>
        <translation>Rapports, tableaux de bord, vues d'ensemble, anomalies ; pas d'enregistrements sources.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApplyRevocationsDialog</name>
    <message>
        <location filename="../views/applyrevocationsdialog.cpp" line="16" />
        <source>Apply Revocations</source>
        <translation>Appliquer les révocations</translation>
    </message>
    <message>
        <location filename="../views/applyrevocationsdialog.cpp" line="45" />
        <source>Nothing to apply: every revoked membership and assignment is already gone.</source>
        <translation>Rien à appliquer : chaque appartenance et affectation révoquée a déjà disparu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applyrevocationsdialog.cpp" line="29" />
        <source>Review “%1” revokes %Ln membership(s) and %2. Teams are changed as they are now; what is already gone is skipped.</source>
        <translation><numerusform>La revue « %1 » révoque %Ln appartenance et %2. Les équipes sont modifiées telles qu'elles sont maintenant ; ce qui n'existe plus est ignoré.</numerusform><numerusform>La revue « %1 » révoque %Ln appartenances et %2. Les équipes sont modifiées telles qu'elles sont maintenant ; ce qui n'existe plus est ignoré.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applyrevocationsdialog.cpp" line="32" />
        <source>%Ln assignment(s)</source>
        <translation><numerusform>%Ln affectation</numerusform><numerusform>%Ln affectations</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::AssignmentDialog</name>
    <message>
        <location filename="../views/assignmentdialog.cpp" line="16" />
        <source>Assign Datastore</source>
        <translation>Affecter le magasin de données</translation>
    </message>
    <message>
        <location filename="../views/assignmentdialog.cpp" line="16" />
        <source>Remove Assignment</source>
        <translation>Retirer l'affectation</translation>
    </message>
    <message>
        <location filename="../views/assignmentdialog.cpp" line="25" />
        <source>Give the members of %1 %2 on %3.</source>
        <translation>Donner aux membres de %1 le niveau %2 sur %3.</translation>
    </message>
    <message>
        <location filename="../views/assignmentdialog.cpp" line="27" />
        <source>Remove %1 from %2: its members lose what the team gave them there.</source>
        <translation>Retirer %1 de %2 : ses membres perdent ce que l'équipe leur y donnait.</translation>
    </message>
    <message>
        <location filename="../views/assignmentdialog.cpp" line="57" />
        <source>The team '%1' or the datastore no longer exists.</source>
        <translation>L'équipe « %1 » ou le magasin de données n'existe plus.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AuditChange</name>
    <message>
        <location filename="../models/auditchange.cpp" line="61" />
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="62" />
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="63" />
        <source>permission</source>
        <translation>autorisation</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="64" />
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="65" />
        <source>datastores</source>
        <translation>magasins de données</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="66" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="67" />
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="68" />
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="69" />
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="70" />
        <source>subject</source>
        <translation>sujet</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="71" />
        <source>external id</source>
        <translation>identifiant externe</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="72" />
        <source>kind</source>
        <translation>nature</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="73" />
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="81" />
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="81" />
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="83" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="83" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="87" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="141" />
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="207" />
        <source>%1 added: %2</source>
        <translation>%1 ajouté(s) : %2</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="209" />
        <source>%1 removed: %2</source>
        <translation>%1 retiré(s) : %2</translation>
    </message>
    <message>
        <location filename="../models/auditchange.cpp" line="228" />
        <source>no visible change</source>
        <translation>aucune modification visible</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditchange.cpp" line="164" />
        <source>%Ln account(s), %1, %2</source>
        <translation><numerusform>%Ln compte, %1, %2</numerusform><numerusform>%Ln comptes, %1, %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditchange.cpp" line="165" />
        <source>%Ln team(s)</source>
        <translation><numerusform>%Ln équipe</numerusform><numerusform>%Ln équipes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditchange.cpp" line="165" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln magasin de données</numerusform><numerusform>%Ln magasins de données</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ChangesDialog</name>
    <message>
        <location filename="../views/changesdialog.cpp" line="31" />
        <source>Changes in Access</source>
        <translation>Modifications des accès</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="40" />
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="43" />
        <source>Choose two moments and press Compare.</source>
        <translation>Choisissez deux moments et cliquez sur « Comparer ».</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="59" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="61" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="83" />
        <source>No database: the history cannot be read.</source>
        <translation>Aucune base de données : l'historique ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="91" />
        <source>Reading history…</source>
        <translation>Lecture de l'historique…</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="112" />
        <source>No change in effective access between these moments.</source>
        <translation>Aucune modification de l'accès effectif entre ces moments.</translation>
    </message>
    <message>
        <location filename="../views/changesdialog.cpp" line="117" />
        <source>The history cannot be read by this build.</source>
        <translation>Cette version ne peut pas lire l'historique.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::CompareDialog</name>
    <message>
        <location filename="../views/comparedialog.cpp" line="47" />
        <source>Compare Access</source>
        <translation>Comparer les accès</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="51" />
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="54" />
        <source>Team: %1</source>
        <translation>Équipe : %1</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="57" />
        <source>Left account</source>
        <translation>Compte de gauche</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="58" />
        <source>Right account or team</source>
        <translation>Compte ou équipe de droite</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="67" />
        <source>Access side by side</source>
        <translation>Accès côte à côte</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="77" />
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="78" />
        <source>&amp;With account or team:</source>
        <translation>&amp;Avec le compte ou l'équipe :</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="108" />
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="108" />
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="121" />
        <source>Same access on every datastore.</source>
        <translation>Même accès sur chaque magasin de données.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/comparedialog.cpp" line="122" />
        <source>%Ln datastore(s) differ(s).</source>
        <translation><numerusform>%Ln magasin de données diffère.</numerusform><numerusform>%Ln magasins de données diffèrent.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::CompareModel</name>
    <message>
        <location filename="../models/comparemodel.cpp" line="12" />
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../models/comparemodel.cpp" line="12" />
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../models/comparemodel.cpp" line="58" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/comparemodel.cpp" line="75" />
        <source>Datastore</source>
        <translation>Magasin de données</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConfirmDialog</name>
    <message>
        <location filename="../views/confirmdialog.cpp" line="25" />
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="32" />
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="57" />
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Tapez &lt;b&gt;%1&lt;/b&gt; pour confirmer :</translation>
    </message>
    <message>
        <location filename="../views/confirmdialog.cpp" line="93" />
        <source>Nobody's access changes.</source>
        <translation>L'accès de personne ne change.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/confirmdialog.cpp" line="80" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln magasin de données</numerusform><numerusform>%Ln magasins de données</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/confirmdialog.cpp" line="83" />
        <source>%Ln account(s) lose(s) access to %1.</source>
        <translation><numerusform>%Ln compte : perte d'accès à %1.</numerusform><numerusform>%Ln comptes : perte d'accès à %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/confirmdialog.cpp" line="87" />
        <source>%Ln account(s) get(s) a lower level on %1.</source>
        <translation><numerusform>%Ln compte : niveau abaissé sur %1.</numerusform><numerusform>%Ln comptes : niveau abaissé sur %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/confirmdialog.cpp" line="91" />
        <source>%Ln account(s) gain(s) access.</source>
        <translation><numerusform>%Ln compte : nouvel accès.</numerusform><numerusform>%Ln comptes : nouvel accès.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConnectDialog</name>
    <message>
        <location filename="../views/connectdialog.cpp" line="72" />
        <source>%1: %2 starts or ends with a space.</source>
        <translation>%1 : %2 commence ou se termine par une espace.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="74" />
        <source>%1: %2 holds a control character.</source>
        <translation>%1 : %2 contient un caractère de contrôle.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="76" />
        <source>%1: %2 is longer than PostgreSQL's limit of 63 bytes.</source>
        <translation>%1 : %2 dépasse la limite de 63 octets de PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="125" />
        <source>Connect to Database</source>
        <translation>Se connecter à une base de données</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="129" />
        <source>&amp;PostgreSQL server</source>
        <translation>Serveur &amp;PostgreSQL</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="130" />
        <source>&amp;Local file</source>
        <translation>Fichier &amp;local</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="131" />
        <source>Kind of database</source>
        <translation>Type de base de données</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="137" />
        <source>Problem with the fields</source>
        <translation>Problème dans les champs</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="139" />
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="145" />
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="147" />
        <source>Cancel &amp;test</source>
        <translation>Annuler le &amp;test</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="160" />
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="163" />
        <source>Deta&amp;ils</source>
        <translation>Déta&amp;ils</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="172" />
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="178" />
        <source>&amp;Recent databases (double-click to connect):</source>
        <translation>Bases de données &amp;récentes (double-clic pour se connecter) :</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="181" />
        <source>Recent databases</source>
        <translation>Bases de données récentes</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="191" />
        <location filename="../views/connectdialog.cpp" line="508" />
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="253" />
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="254" />
        <source>Host</source>
        <translation>Hôte</translation>
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
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="267" />
        <source>your login name</source>
        <translation>votre nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="268" />
        <location filename="../views/connectdialog.cpp" line="476" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="274" />
        <source>SSL mode</source>
        <translation>Mode SSL</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="278" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="279" />
        <source>Used for this connection only, never saved.</source>
        <translation>Utilisé pour cette connexion seulement, jamais enregistré.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="280" />
        <source>Leave empty to use PGPASSWORD or ~/.pgpass. A password typed here is used for this connection only and never saved.</source>
        <translation>Laissez vide pour utiliser PGPASSWORD ou ~/.pgpass. Un mot de passe saisi ici ne sert que pour cette connexion et n'est jamais enregistré.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="291" />
        <location filename="../views/connectdialog.cpp" line="333" />
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="294" />
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="295" />
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="296" />
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="297" />
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="298" />
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL :</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="299" />
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="301" />
        <location filename="../views/connectdialog.cpp" line="341" />
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="315" />
        <source>/path/to/organisation.gatehouse</source>
        <translation>/chemin/vers/organisation.gatehouse</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="316" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="317" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="318" />
        <source>Browse for the file</source>
        <translation>Rechercher le fichier</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="322" />
        <source>&amp;Open an existing organisation</source>
        <translation>&amp;Ouvrir une organisation existante</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="325" />
        <source>Create a &amp;new organisation, with you as its first Admin</source>
        <translation>Créer une &amp;nouvelle organisation, dont vous êtes le premier Admin</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="336" />
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="463" />
        <source>Host: enter the server's name or address.</source>
        <translation>Hôte : saisissez le nom ou l'adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="467" />
        <source>Host: %1 is not a host name or address.</source>
        <translation>Hôte : %1 n'est ni un nom d'hôte ni une adresse.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="469" />
        <source>Port: %1 is out of range; a port is a number from 1 to 65535.</source>
        <translation>Port : %1 est hors limites ; un port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="473" />
        <source>Database: enter the name of the database.</source>
        <translation>Base de données : saisissez le nom de la base de données.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="482" />
        <source>File: choose the database file, or type its path.</source>
        <translation>Fichier : choisissez le fichier de base de données ou saisissez son chemin.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="486" />
        <source>File: %1 does not exist; choose "Create a new organisation" to make one there.</source>
        <translation>Fichier : %1 n'existe pas ; choisissez « Créer une nouvelle organisation » pour en créer une à cet endroit.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="489" />
        <source>File: %1 is a folder, not a database file.</source>
        <translation>Fichier : %1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="493" />
        <source>File: %1 exists already; choose "Open an existing organisation" to open it.</source>
        <translation>Fichier : %1 existe déjà ; choisissez « Ouvrir une organisation existante » pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="496" />
        <source>File: the folder %1 does not exist.</source>
        <translation>Fichier : le dossier %1 n'existe pas.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="508" />
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="510" />
        <source>There is nothing to test before the file is created.</source>
        <translation>Il n'y a rien à tester avant la création du fichier.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="519" />
        <source>Gatehouse databases (*.gatehouse);;All files (*)</source>
        <translation>Bases de données Gatehouse (*.gatehouse);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="522" />
        <source>New Organisation File</source>
        <translation>Nouveau fichier d'organisation</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="528" />
        <source>Open Organisation File</source>
        <translation>Ouvrir un fichier d'organisation</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="584" />
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="606" />
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConnectionBanner</name>
    <message>
        <location filename="../views/connectionbanner.cpp" line="21" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../views/connectionbanner.cpp" line="40" />
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../views/connectionbanner.cpp" line="41" />
        <source>Try to reach the database now</source>
        <translation>Essayer de joindre la base de données maintenant</translation>
    </message>
    <message>
        <location filename="../views/connectionbanner.cpp" line="70" />
        <source>Disconnected from the database — changes are off until it is back.</source>
        <translation>Déconnecté de la base de données — les modifications sont désactivées jusqu'à son retour.</translation>
    </message>
    <message>
        <location filename="../views/connectionbanner.cpp" line="71" />
        <source>Disconnected from %1 — changes are off until it is back.</source>
        <translation>Déconnecté de %1 — les modifications sont désactivées jusqu'à son retour.</translation>
    </message>
    <message>
        <location filename="../views/connectionbanner.cpp" line="120" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/connectionbanner.cpp" line="122" />
        <source>Trying again in %n s.</source>
        <translation><numerusform>Nouvel essai dans %n s.</numerusform><numerusform>Nouvel essai dans %n s.</numerusform></translation>
    </message>
    <message>
        <location filename="../views/connectionbanner.cpp" line="124" />
        <source>Trying again now.</source>
        <translation>Nouvel essai en cours.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::DatastoreDialog</name>
    <message>
        <location filename="../views/datastoredialog.cpp" line="23" />
        <source>New Datastore</source>
        <translation>Nouveau magasin de données</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="23" />
        <source>Edit Datastore '%1'</source>
        <translation>Modifier le magasin de données « %1 »</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="28" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="31" />
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="37" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="52" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="53" />
        <source>&amp;Kind:</source>
        <translation>Na&amp;ture :</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="54" />
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion :</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="63" />
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="68" />
        <source>Delete this datastore</source>
        <translation>Supprimer ce magasin de données</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="97" />
        <source>Type the datastore's name.</source>
        <translation>Saisissez le nom du magasin de données.</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="107" />
        <source>The datastore '%1' no longer exists.</source>
        <translation>Le magasin de données « %1 » n'existe plus.</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="116" />
        <source>Delete Datastore</source>
        <translation>Supprimer le magasin de données</translation>
    </message>
    <message>
        <location filename="../views/datastoredialog.cpp" line="117" />
        <source>Delete the datastore '%1'? Every team loses it.</source>
        <translation>Supprimer le magasin de données « %1 » ? Toutes les équipes le perdent.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::DatastoreFilterBar</name>
    <message>
        <location filename="../views/datastorefilterbar.cpp" line="18" />
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../views/datastorefilterbar.cpp" line="19" />
        <source>All kinds</source>
        <translation>Toutes les natures</translation>
    </message>
    <message>
        <location filename="../views/datastorefilterbar.cpp" line="20" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../views/datastorefilterbar.cpp" line="21" />
        <source>Enrichment</source>
        <translation>Enrichissement</translation>
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
        <translation>Dans aucune équipe : seuls les Admins y ont accès</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="153" />
        <source>Active accounts with any access, Admins included</source>
        <translation>Comptes actifs ayant un accès quelconque, Admins compris</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="184" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="185" />
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="186" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="187" />
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="188" />
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../models/datastoretablemodel.cpp" line="189" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>Gatehouse::DetailsPane</name>
    <message>
        <location filename="../views/detailspane.cpp" line="116" />
        <source>Double-click or press Enter to go to it.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour y aller.</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="173" />
        <source>What can this account reach…</source>
        <translation>Qu'est-ce que ce compte peut atteindre…</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="175" />
        <source>Who reaches this…</source>
        <translation>Qui y a accès…</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="177" />
        <source>Ctrl+L in the table</source>
        <translation>Ctrl+L dans le tableau</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="183" />
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="184" />
        <source>Select a row to see what it is connected to.</source>
        <translation>Sélectionnez une ligne pour voir à quoi elle est liée.</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="217" />
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="221" />
        <location filename="../views/detailspane.cpp" line="328" />
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="221" />
        <location filename="../views/detailspane.cpp" line="235" />
        <location filename="../views/detailspane.cpp" line="328" />
        <location filename="../views/detailspane.cpp" line="338" />
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="231" />
        <location filename="../views/detailspane.cpp" line="336" />
        <source>Teams (%1)</source>
        <translation>Équipes (%1)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="235" />
        <location filename="../views/detailspane.cpp" line="304" />
        <source>Datastore</source>
        <translation>Magasin de données</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="235" />
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="253" />
        <source>Admin role</source>
        <translation>Rôle Admin</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="261" />
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="265" />
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="268" />
        <location filename="../views/detailspane.cpp" line="300" />
        <location filename="../views/detailspane.cpp" line="316" />
        <location filename="../views/detailspane.cpp" line="351" />
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="270" />
        <source>Deactivated: no access to any datastore</source>
        <translation>Désactivé : aucun accès à aucun magasin de données</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="271" />
        <source>Datastores reached (%1)</source>
        <translation>Magasins de données atteints (%1)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="278" />
        <source>Level: %1</source>
        <translation>Niveau : %1</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="283" />
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="283" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="289" />
        <source>Members: %1</source>
        <translation>Membres : %1</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="301" />
        <source>Members (%1)</source>
        <translation>Membres (%1)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="304" />
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="317" />
        <source>Datastores (%1)</source>
        <translation>Magasins de données (%1)</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="335" />
        <source>No team: only Admins reach it</source>
        <translation>Aucune équipe : seuls les Admins y ont accès</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="338" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/detailspane.cpp" line="287" />
        <source>Everyone (%Ln account(s))</source>
        <translation><numerusform>Tout le monde (%Ln compte)</numerusform><numerusform>Tout le monde (%Ln comptes)</numerusform></translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="104" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../views/detailspane.cpp" line="105" />
        <source>What the selected row is connected to</source>
        <translation>Ce à quoi la ligne sélectionnée est liée</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/detailspane.cpp" line="352" />
        <source>Reached by (%Ln account(s))</source>
        <translation><numerusform>Atteint par (%Ln compte)</numerusform><numerusform>Atteint par (%Ln comptes)</numerusform></translation>
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
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="36" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="44" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="45" />
        <source>Enrichment</source>
        <translation>Enrichissement</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="56" />
        <source>just now</source>
        <translation>à l'instant</translation>
    </message>
    <message>
        <location filename="../models/displaytext.cpp" line="77" />
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="59" />
        <source>%n minute(s) ago</source>
        <translation><numerusform>il y a %n minute</numerusform><numerusform>il y a %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="62" />
        <source>%n hour(s) ago</source>
        <translation><numerusform>il y a %n heure</numerusform><numerusform>il y a %n heures</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="65" />
        <source>%n day(s) ago</source>
        <translation><numerusform>il y a %n jour</numerusform><numerusform>il y a %n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="68" />
        <source>%n month(s) ago</source>
        <translation><numerusform>il y a %n mois</numerusform><numerusform>il y a %n mois</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="70" />
        <source>%n year(s) ago</source>
        <translation><numerusform>il y a %n an</numerusform><numerusform>il y a %n ans</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ErrorDialog</name>
    <message>
        <location filename="../views/errordialog.cpp" line="13" />
        <source>Something went wrong.</source>
        <translation>Une erreur s'est produite.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ExplainPanel</name>
    <message>
        <location filename="../views/explainpanel.cpp" line="26" />
        <source>no access</source>
        <translation>aucun accès</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="37" />
        <source>View datastore, activity, profiles, checks, anomalies, tags, field status</source>
        <translation>Voir le magasin de données, l'activité, les profils, les contrôles, les anomalies, les étiquettes, l'état des champs</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="39" />
        <source>Preview data, view anomaly source records, comment, view/preview enrichment</source>
        <translation>Aperçu des données, voir les enregistrements sources des anomalies, commenter, voir/prévisualiser l'enrichissement</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="41" />
        <source>Create draft checks, dry-run a check</source>
        <translation>Créer des brouillons de contrôles, exécuter un contrôle à blanc</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="42" />
        <source>Create/edit/activate/validate/archive checks, change anomaly status, assign anomalies</source>
        <translation>Créer/modifier/activer/valider/archiver des contrôles, changer l'état des anomalies, attribuer des anomalies</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="44" />
        <source>Edit settings, run/schedule operations, computed assets, scoring, enrichment, mask/unmask/reveal fields</source>
        <translation>Modifier les paramètres, lancer/planifier des opérations, ressources calculées, notation, enrichissement, masquer/démasquer/révéler des champs</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="47" />
        <source>Delete the datastore, unlink enrichment (Admin role only)</source>
        <translation>Supprimer le magasin de données, délier l'enrichissement (rôle Admin uniquement)</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="92" />
        <source>No cell selected</source>
        <translation>Aucune cellule sélectionnée</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="93" />
        <source>Select a cell of the matrix to see why the account has its level there.</source>
        <translation>Sélectionnez une cellule de la matrice pour voir pourquoi le compte y a son niveau.</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="102" />
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="117" />
        <source>Seen through %1 only (the role and other teams are not counted).</source>
        <translation>Vu uniquement à travers %1 (le rôle et les autres équipes ne comptent pas).</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="125" />
        <source>The account is deactivated: it has no access at all.</source>
        <translation>Le compte est désactivé : il n'a aucun accès.</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="129" />
        <source>From the &lt;b&gt;Admin role&lt;/b&gt;: Admins reach every datastore and are not subject to teams.</source>
        <translation>Du &lt;b&gt;rôle Admin&lt;/b&gt; : les Admins atteignent tous les magasins de données et ne dépendent pas des équipes.</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="133" />
        <source>No team of this account holds this datastore.</source>
        <translation>Aucune équipe de ce compte ne détient ce magasin de données.</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="145" />
        <source>Without %1 the level would be %2.</source>
        <translation>Sans %1, le niveau serait %2.</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="154" />
        <source>Also granting less:</source>
        <translation>Accordent aussi moins :</translation>
    </message>
    <message>
        <location filename="../views/explainpanel.cpp" line="163" />
        <source>What this level allows</source>
        <translation>Ce que permet ce niveau</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/explainpanel.cpp" line="140" />
        <source>Granted by the team(s) %1.</source>
        <translation><numerusform>Accordé par l'équipe %1.</numerusform><numerusform>Accordé par les équipes %1 (même niveau).</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ExportActions</name>
    <message>
        <location filename="../views/exportactions.cpp" line="33" />
        <source>Cannot write %1.</source>
        <translation>Impossible d'écrire %1.</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="42" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="44" />
        <source>Export the current view as CSV, HTML or PDF</source>
        <translation>Exporter la vue actuelle en CSV, HTML ou PDF</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="45" />
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
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
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="145" />
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <location filename="../views/exportactions.cpp" line="171" />
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
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
        <translation>%1 · désactivé</translation>
    </message>
    <message>
        <location filename="../models/findingitemsmodel.cpp" line="85" />
        <source>%1 · never active</source>
        <translation>%1 · jamais actif</translation>
    </message>
    <message>
        <location filename="../models/findingitemsmodel.cpp" line="124" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../models/findingitemsmodel.cpp" line="125" />
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../models/findingitemsmodel.cpp" line="126" />
        <source>Datastore</source>
        <translation>Magasin de données</translation>
    </message>
    <message>
        <location filename="../models/findingitemsmodel.cpp" line="129" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/findingitemsmodel.cpp" line="91" />
        <source>%1 · %Ln member(s) · %2</source>
        <translation><numerusform>%1 · %Ln membre · %2</numerusform><numerusform>%1 · %Ln membres · %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/findingitemsmodel.cpp" line="92" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln magasin de données</numerusform><numerusform>%Ln magasins de données</numerusform></translation>
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
        <translation>Comptes de service avec Admin</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="30" />
        <source>Datastores on Public</source>
        <translation>Magasins de données dans Public</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="31" />
        <source>Deactivated accounts still in teams</source>
        <translation>Comptes désactivés encore dans des équipes</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="32" />
        <source>Accounts never active</source>
        <translation>Comptes jamais actifs</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="33" />
        <source>Teams with one member</source>
        <translation>Équipes à un seul membre</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="34" />
        <source>Teams without datastores</source>
        <translation>Équipes sans magasin de données</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="35" />
        <source>Datastores in no team</source>
        <translation>Magasins de données dans aucune équipe</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="44" />
        <source>Admins reach every datastore and can change everything; keep them few.</source>
        <translation>Les Admins atteignent tous les magasins de données et peuvent tout modifier ; limitez leur nombre.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="46" />
        <source>Automation with full rights: a leaked token gives away the organisation.</source>
        <translation>Automatisation avec tous les droits : un jeton divulgué livre l'organisation.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="48" />
        <source>Every account, people and automation, reaches these datastores.</source>
        <translation>Chaque compte, personnes comme automatisations, atteint ces magasins de données.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="50" />
        <source>Reactivating these accounts would restore their access at once.</source>
        <translation>Réactiver ces comptes rétablirait immédiatement leur accès.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="52" />
        <source>Accounts that never signed in may no longer be needed.</source>
        <translation>Les comptes qui ne se sont jamais connectés ne sont peut-être plus nécessaires.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="54" />
        <source>A team of one is a permission given to a person directly.</source>
        <translation>Une équipe d'une personne est une autorisation donnée directement à cette personne.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="56" />
        <source>These teams grant nothing: remove them or assign datastores.</source>
        <translation>Ces équipes n'accordent rien : supprimez-les ou affectez-leur des magasins de données.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="58" />
        <source>Only Admins reach these datastores.</source>
        <translation>Seuls les Admins atteignent ces magasins de données.</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="133" />
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="134" />
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="135" />
        <source>Why it matters</source>
        <translation>Pourquoi c'est important</translation>
    </message>
</context>
<context>
    <name>Gatehouse::FindingsPage</name>
    <message>
        <location filename="../views/findingspage.cpp" line="65" />
        <source>&lt;b&gt;Findings&lt;/b&gt; — facts about the organisation that often need action. Select one to list its items; Enter or a double-click goes to an item.</source>
        <translation>&lt;b&gt;Constats&lt;/b&gt; — des faits sur l'organisation qui demandent souvent une action. Sélectionnez-en un pour lister ses éléments ; Entrée ou un double-clic mène à un élément.</translation>
    </message>
    <message>
        <location filename="../views/findingspage.cpp" line="74" />
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../views/findingspage.cpp" line="83" />
        <source>Items of the finding</source>
        <translation>Éléments du constat</translation>
    </message>
    <message>
        <location filename="../views/findingspage.cpp" line="151" />
        <source>Select a finding to list its items.</source>
        <translation>Sélectionnez un constat pour lister ses éléments.</translation>
    </message>
    <message>
        <location filename="../views/findingspage.cpp" line="157" />
        <source>%1: none.</source>
        <translation>%1 : aucun.</translation>
    </message>
    <message>
        <location filename="../views/findingspage.cpp" line="158" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::GuiController</name>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="200" />
        <source>Importing organisation…</source>
        <translation>Importation de l'organisation…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="220" />
        <source>Loading the organisation as changed elsewhere…</source>
        <translation>Chargement de l'organisation modifiée ailleurs…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="244" />
        <source>Opening organisation…</source>
        <translation>Ouverture de l'organisation…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="260" />
        <source>The organisation's sign-in settings cannot be read: %1</source>
        <translation>Les paramètres de connexion de l'organisation ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="292" />
        <source>Opening the sign-in page in your browser…</source>
        <translation>Ouverture de la page de connexion dans votre navigateur…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="322" />
        <source>Signed in as %1. Opening the organisation…</source>
        <translation>Connecté en tant que %1. Ouverture de l'organisation…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="328" />
        <source>Signing in could not be recorded: %1</source>
        <translation>La connexion n'a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="334" />
        <location filename="../app/gui/guicontroller.cpp" line="442" />
        <source>Loading organisation…</source>
        <translation>Chargement de l'organisation…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="391" />
        <source>Open Organisation</source>
        <translation>Ouvrir l'organisation</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="392" />
        <source>There is no organisation database at %1.

Create a new, empty organisation there, with you as its first Admin?</source>
        <translation>Il n'y a pas de base de données d'organisation à %1.

Y créer une nouvelle organisation vide, dont vous serez le premier Admin ?</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="400" />
        <source>Cannot Open Organisation</source>
        <translation>Impossible d'ouvrir l'organisation</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="427" />
        <source>Loading the demo organisation…</source>
        <translation>Chargement de l'organisation de démonstration…</translation>
    </message>
    <message>
        <location filename="../app/gui/guicontroller.cpp" line="439" />
        <source>Cannot Import Organisation</source>
        <translation>Impossible d'importer l'organisation</translation>
    </message>
</context>
<context>
    <name>Gatehouse::HistoryPage</name>
    <message>
        <location filename="../views/historypage.cpp" line="42" />
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="43" />
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="44" />
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="45" />
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="46" />
        <source>Datastores</source>
        <translation>Magasins de données</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="47" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="50" />
        <source>Actor subject</source>
        <translation>Sujet de l'auteur</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="51" />
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="54" />
        <location filename="../views/historypage.cpp" line="55" />
        <source>Search history</source>
        <translation>Rechercher dans l'historique</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="57" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="61" />
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="62" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="66" />
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="69" />
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="70" />
        <source>Show the history of every entity</source>
        <translation>Afficher l'historique de toutes les entités</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="84" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="102" />
        <source>Change details</source>
        <translation>Détails de la modification</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="103" />
        <source>Select a change to see it before and after.</source>
        <translation>Sélectionnez une modification pour voir l'avant et l'après.</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="172" />
        <source>History of team '%1'</source>
        <translation>Historique de l'équipe « %1 »</translation>
    </message>
    <message>
        <location filename="../views/historypage.cpp" line="206" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/historypage.cpp" line="220" />
        <source>%Ln change(s)</source>
        <translation><numerusform>%Ln modification</numerusform><numerusform>%Ln modifications</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::HistoryTableModel</name>
    <message>
        <location filename="../models/historytablemodel.cpp" line="59" />
        <source>Created team</source>
        <translation>Équipe créée</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="60" />
        <source>Updated team</source>
        <translation>Équipe modifiée</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="61" />
        <source>Deleted team</source>
        <translation>Équipe supprimée</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="62" />
        <source>Changed role</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="63" />
        <source>Changed an account's teams</source>
        <translation>Équipes d'un compte modifiées</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="64" />
        <source>Deactivated account</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="65" />
        <source>Reactivated account</source>
        <translation>Compte réactivé</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="66" />
        <source>Created service account</source>
        <translation>Compte de service créé</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="67" />
        <source>Created datastore</source>
        <translation>Magasin de données créé</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="68" />
        <source>Updated datastore</source>
        <translation>Magasin de données modifié</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="69" />
        <source>Deleted datastore</source>
        <translation>Magasin de données supprimé</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="70" />
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="71" />
        <source>Directory sync</source>
        <translation>Synchronisation de l'annuaire</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="72" />
        <source>Created token</source>
        <translation>Jeton créé</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="73" />
        <source>Revoked token</source>
        <translation>Jeton révoqué</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="74" />
        <source>Restored token</source>
        <translation>Jeton rétabli</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="75" />
        <source>Deleted token</source>
        <translation>Jeton supprimé</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="76" />
        <source>Changed settings</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="77" />
        <source>Created organisation</source>
        <translation>Organisation créée</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="78" />
        <source>Imported organisation</source>
        <translation>Organisation importée</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="97" />
        <source>(no account)</source>
        <translation>(aucun compte)</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="156" />
        <source>Team '%1'</source>
        <translation>Équipe « %1 »</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="158" />
        <source>Account '%1'</source>
        <translation>Compte « %1 »</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="160" />
        <source>Datastore '%1'</source>
        <translation>Magasin de données « %1 »</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="162" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="164" />
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="164" />
        <source>Token '%1'</source>
        <translation>Jeton « %1 »</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="166" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="206" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="207" />
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="208" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="209" />
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../models/historytablemodel.cpp" line="210" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>Gatehouse::LookupDialog</name>
    <message>
        <location filename="../views/lookupdialog.cpp" line="43" />
        <source>Who reaches %1</source>
        <translation>Qui atteint %1</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="44" />
        <source>What %1 can reach</source>
        <translation>Ce que %1 peut atteindre</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="55" />
        <source>Search name or e-mail</source>
        <translation>Rechercher un nom ou un e-mail</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="55" />
        <source>Search datastores</source>
        <translation>Rechercher des magasins de données</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="58" />
        <source>Any level</source>
        <translation>Tout niveau</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="61" />
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="84" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="124" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="158" />
        <location filename="../views/lookupdialog.cpp" line="164" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="159" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../views/lookupdialog.cpp" line="165" />
        <source>Cannot write %1.</source>
        <translation>Impossible d'écrire %1.</translation>
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
        <translation>Travail sur la base de données</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="129" />
        <source>%1 was not done: %2</source>
        <translation>%1 n'a pas été effectué : %2</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="78" />
        <source>Search name or e-mail</source>
        <translation>Rechercher un nom ou un e-mail</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="83" />
        <source>Search teams</source>
        <translation>Rechercher des équipes</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="88" />
        <source>Search datastores</source>
        <translation>Rechercher des magasins de données</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="101" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="102" />
        <source>Choose the page the window shows</source>
        <translation>Choisir la page que la fenêtre affiche</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="109" />
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="109" />
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="109" />
        <source>Datastores</source>
        <translation>Magasins de données</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="109" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="126" />
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="128" />
        <source>Team grid</source>
        <translation>Grille des équipes</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="132" />
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="136" />
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="139" />
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="144" />
        <source>What Can This Account &amp;Reach…</source>
        <translation>Ce que ce compte peut a&amp;tteindre…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="145" />
        <source>Who &amp;Reaches This…</source>
        <translation>&amp;Qui y a accès…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="173" />
        <source>My &amp;access</source>
        <translation>Mes a&amp;ccès</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="174" />
        <source>My &amp;tokens</source>
        <translation>Mes &amp;jetons</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="234" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="235" />
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="237" />
        <source>&amp;Connect to Database…</source>
        <translation>Se &amp;connecter à une base de données…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="240" />
        <source>&amp;Recent Databases</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="243" />
        <source>&amp;Import organisation…</source>
        <translation>&amp;Importer une organisation…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="263" />
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="267" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="271" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="274" />
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="279" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="281" />
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="281" />
        <source>&amp;Teams</source>
        <translation>É&amp;quipes</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="281" />
        <source>&amp;Datastores</source>
        <translation>&amp;Magasins de données</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="287" />
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="293" />
        <source>F&amp;indings</source>
        <translation>Co&amp;nstats</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="295" />
        <source>Team &amp;Grid</source>
        <translation>&amp;Grille des équipes</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="558" />
        <source>The new language applies when Gatehouse starts again.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Gatehouse.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="289" />
        <source>&amp;Matrix</source>
        <translation>Ma&amp;trice</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="291" />
        <source>T&amp;okens</source>
        <translation>&amp;Jetons</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="297" />
        <source>&amp;Reviews</source>
        <translation>&amp;Revues</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="300" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="304" />
        <source>&lt;opened organisation&gt;</source>
        <translation>&lt;organisation ouverte&gt;</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="305" />
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="306" />
        <source>Undo History</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="313" />
        <source>&amp;Undo History</source>
        <translation>Historique des annu&amp;lations</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="316" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="317" />
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="321" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="322" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="325" />
        <source>&amp;About Gatehouse</source>
        <translation>À &amp;propos de Gatehouse</translation>
    </message>
    <message>
        <location filename="../views/mainwindowsetup.cpp" line="327" />
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="219" />
        <source>Sign in first.</source>
        <translation>Connectez-vous d'abord.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="229" />
        <source>Settings saved: from the next start, everyone signs in by SSO.</source>
        <translation>Paramètres enregistrés : dès le prochain démarrage, tout le monde se connecte par SSO.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="230" />
        <source>Settings saved: SSO is off.</source>
        <translation>Paramètres enregistrés : le SSO est désactivé.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="391" />
        <source>%1 — Gatehouse</source>
        <translation>%1 — Gatehouse</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="451" />
        <source>Only Admins can replace the organisation.</source>
        <translation>Seuls les Admins peuvent remplacer l'organisation.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="466" />
        <source>Single sign-on for the organisation</source>
        <translation>Authentification unique pour l'organisation</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="173" />
        <source>The database cannot be reached: changes are off until it is back.</source>
        <translation>La base de données est injoignable : les modifications sont désactivées jusqu'à son retour.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="194" />
        <source>Connected to %1 again.</source>
        <translation>De nouveau connecté à %1.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="210" />
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="211" />
        <source>Gatehouse databases (*.gatehouse);;All files (*)</source>
        <translation>Bases de données Gatehouse (*.gatehouse);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="220" />
        <source>Read-only database role</source>
        <translation>Rôle de base de données en lecture seule</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="251" />
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="255" />
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="261" />
        <location filename="../views/mainwindowdatabase.cpp" line="294" />
        <location filename="../views/mainwindowdatabase.cpp" line="300" />
        <location filename="../views/mainwindowdatabase.cpp" line="306" />
        <source>Import Organisation</source>
        <translation>Importer une organisation</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="262" />
        <source>Organisation files (*.json);;All files (*)</source>
        <translation>Fichiers d'organisation (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="269" />
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="273" />
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowdatabase.cpp" line="299" />
        <source>%1 is not a valid organisation file: %2</source>
        <translation>%1 n'est pas un fichier d'organisation valide : %2</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="536" />
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="540" />
        <source>%1 (no account)</source>
        <translation>%1 (aucun compte)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="544" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="545" />
        <source>%1, deactivated</source>
        <translation>%1, désactivé</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowsetup.cpp" line="79" />
        <source>%1 of %Ln account(s)</source>
        <translation><numerusform>%1 sur %Ln compte</numerusform><numerusform>%1 sur %Ln comptes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowsetup.cpp" line="84" />
        <source>%1 of %Ln team(s)</source>
        <translation><numerusform>%1 sur %Ln équipe</numerusform><numerusform>%1 sur %Ln équipes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowsetup.cpp" line="90" />
        <source>%1 of %Ln datastore(s)</source>
        <translation><numerusform>%1 sur %Ln magasin de données</numerusform><numerusform>%1 sur %Ln magasins de données</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowdatabase.cpp" line="310" />
        <source>%Ln team(s)</source>
        <translation><numerusform>%Ln équipe</numerusform><numerusform>%Ln équipes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowdatabase.cpp" line="311" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln magasin de données</numerusform><numerusform>%Ln magasins de données</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowdatabase.cpp" line="308" />
        <source>Replace the whole organisation (%Ln account(s), %1, %2) with the content of %3?</source>
        <translation><numerusform>Remplacer toute l'organisation (%Ln compte, %1, %2) par le contenu de %3 ?</numerusform><numerusform>Remplacer toute l'organisation (%Ln comptes, %1, %2) par le contenu de %3 ?</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::MatrixModel</name>
    <message>
        <location filename="../models/matrixmodel.cpp" line="251" />
        <source>%1 via %2 (this team only)</source>
        <translation>%1 via %2 (cette équipe seulement)</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="256" />
        <source>Admin (role: every datastore)</source>
        <translation>Admin (rôle : tous les magasins de données)</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="258" />
        <source>No access: deactivated account</source>
        <translation>Aucun accès : compte désactivé</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="267" />
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="380" />
        <source>No access</source>
        <translation>Aucun accès</translation>
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
        <translation>À la date du</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="145" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="146" />
        <source>Show the matrix as it was at this time (from the history)</source>
        <translation>Afficher la matrice telle qu'elle était à ce moment (d'après l'historique)</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="148" />
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="149" />
        <source>Back to the live organisation</source>
        <translation>Retour à l'organisation actuelle</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="156" />
        <source>Changes since…</source>
        <translation>Modifications depuis…</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="158" />
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="163" />
        <source>Show the selected account's row as if it worked only through one of its teams (an Admin counts as a Manager)</source>
        <translation>Afficher la ligne du compte sélectionné comme s'il n'agissait qu'à travers une de ses équipes (un Admin compte comme Manager)</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="184" />
        <source>Through team</source>
        <translation>Via l'équipe</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="198" />
        <location filename="../views/matrixpage.cpp" line="221" />
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="201" />
        <source>Any role</source>
        <translation>Tout rôle</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="206" />
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="209" />
        <source>Show deactivated</source>
        <translation>Afficher les désactivés</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="210" />
        <source>Only accounts with access</source>
        <translation>Comptes avec accès uniquement</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="212" />
        <location filename="../views/matrixpage.cpp" line="222" />
        <source>Search datastores</source>
        <translation>Rechercher des magasins de données</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="215" />
        <source>Any kind</source>
        <translation>Toute nature</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="220" />
        <source>Only datastores with access</source>
        <translation>Magasins de données avec accès uniquement</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="223" />
        <source>Role of the accounts</source>
        <translation>Rôle des comptes</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="224" />
        <source>Team of the accounts</source>
        <translation>Équipe des comptes</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="225" />
        <source>Type of the accounts</source>
        <translation>Type des comptes</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="226" />
        <source>Kind of the datastores</source>
        <translation>Nature des magasins de données</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="227" />
        <source>Team of the datastores</source>
        <translation>Équipe des magasins de données</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="228" />
        <source>Connection of the datastores</source>
        <translation>Connexion des magasins de données</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="234" />
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="241" />
        <source>Datastores</source>
        <translation>Magasins de données</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="266" />
        <location filename="../views/matrixpage.cpp" line="359" />
        <source>Any team</source>
        <translation>Toute équipe</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="280" />
        <source>Any connection</source>
        <translation>Toute connexion</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="339" />
        <source>no access %1</source>
        <translation>aucun accès %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="341" />
        <source>(estimated from 1 account in %1)</source>
        <translation>(estimé à partir d'un compte sur %1)</translation>
    </message>
    <message>
        <location filename="../views/matrixpagehistory.cpp" line="57" />
        <source>No database: the history cannot be read.</source>
        <translation>Aucune base de données : l'historique ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../views/matrixpagehistory.cpp" line="61" />
        <source>Reading history…</source>
        <translation>Lecture de l'historique…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagehistory.cpp" line="78" />
        <source>Rebuilding access as of %1…</source>
        <translation>Reconstitution des accès au %1…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagehistory.cpp" line="100" />
        <source>Cannot show access as of %1: %2</source>
        <translation>Impossible d'afficher l'accès à la date du %1 : %2</translation>
    </message>
    <message>
        <location filename="../views/matrixpagehistory.cpp" line="110" />
        <source>Showing access as of %1 UTC — read-only</source>
        <translation>Accès à la date du %1 UTC — lecture seule</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="25" />
        <location filename="../views/matrixpagereports.cpp" line="53" />
        <source>Export &amp;Row…</source>
        <translation>Exporter la &amp;ligne…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="26" />
        <source>Export this account's row over the datastores in view</source>
        <translation>Exporter la ligne de ce compte sur les magasins de données affichés</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="27" />
        <location filename="../views/matrixpagereports.cpp" line="54" />
        <source>Export &amp;Column…</source>
        <translation>Exporter la &amp;colonne…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="28" />
        <source>Export this datastore's column over the accounts in view</source>
        <translation>Exporter la colonne de ce magasin de données sur les comptes affichés</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="60" />
        <source>Export &amp;Row of %1…</source>
        <translation>Exporter la &amp;ligne de %1…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="61" />
        <source>Export &amp;Column of %1…</source>
        <translation>Exporter la &amp;colonne de %1…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="73" />
        <source>Export Row of %1…</source>
        <translation>Exporter la ligne de %1…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="73" />
        <source>Export Column of %1…</source>
        <translation>Exporter la colonne de %1…</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="94" />
        <source>Accounts matching “%1”</source>
        <translation>Comptes correspondant à « %1 »</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="96" />
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="98" />
        <source>Members of team %1</source>
        <translation>Membres de l'équipe %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="100" />
        <source>Account type: %1</source>
        <translation>Type de compte : %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="102" />
        <source>Only accounts with access to a datastore in view</source>
        <translation>Seulement les comptes ayant accès à un magasin de données affiché</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="104" />
        <source>Datastores matching “%1”</source>
        <translation>Magasins de données correspondant à « %1 »</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="106" />
        <source>Datastore kind: %1</source>
        <translation>Nature du magasin de données : %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="108" />
        <source>Datastores of team %1</source>
        <translation>Magasins de données de l'équipe %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="110" />
        <source>Connection: %1</source>
        <translation>Connexion : %1</translation>
    </message>
    <message>
        <location filename="../views/matrixpagereports.cpp" line="112" />
        <source>Only datastores an account in view reaches</source>
        <translation>Seulement les magasins de données qu'atteint un compte affiché</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/matrixpage.cpp" line="330" />
        <source>%Ln account(s) × %1</source>
        <translation><numerusform>%Ln compte × %1</numerusform><numerusform>%Ln comptes × %1</numerusform></translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="43" />
        <source>Access matrix</source>
        <translation>Matrice des accès</translation>
    </message>
    <message>
        <location filename="../views/matrixpage.cpp" line="44" />
        <source>Accounts in rows, datastores in columns; each cell gives the account's level on the datastore</source>
        <translation>Comptes en lignes, magasins de données en colonnes ; chaque cellule donne le niveau du compte sur le magasin de données</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/matrixpage.cpp" line="331" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln magasin de données</numerusform><numerusform>%Ln magasins de données</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::MyAccessPage</name>
    <message>
        <location filename="../views/myaccesspage.cpp" line="13" />
        <source>&lt;h2&gt;My access&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mes accès&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../views/myaccesspage.cpp" line="14" />
        <source>Your teams and the datastores they give you, with the level and the team it comes from. Ask an Admin to change them.</source>
        <translation>Vos équipes et les magasins de données qu'elles vous donnent, avec le niveau et l'équipe d'où il vient. Demandez à un Admin de les modifier.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::NewReviewDialog</name>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="27" />
        <source>New Access Review</source>
        <translation>Nouvelle revue d'accès</translation>
    </message>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="30" />
        <source>e.g. Finance access, Q4</source>
        <translation>p. ex. Accès Finance, T4</translation>
    </message>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="35" />
        <source>%1 (datastores only)</source>
        <translation>%1 (magasins de données seulement)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/newreviewdialog.cpp" line="36" />
        <source>%1 (%Ln member(s), %2)</source>
        <translation><numerusform>%1 (%Ln membre, %2)</numerusform><numerusform>%1 (%Ln membres, %2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/newreviewdialog.cpp" line="37" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln magasin de données</numerusform><numerusform>%Ln magasins de données</numerusform></translation>
    </message>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="48" />
        <source>Teams: every membership and datastore</source>
        <translation>Équipes : chaque appartenance et chaque magasin de données</translation>
    </message>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="53" />
        <source>Datastores: every team they are assigned to</source>
        <translation>Magasins de données : chaque équipe à laquelle ils sont affectés</translation>
    </message>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="65" />
        <source>Start Review</source>
        <translation>Lancer la revue</translation>
    </message>
    <message>
        <location filename="../views/newreviewdialog.cpp" line="70" />
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
</context>
<context>
    <name>Gatehouse::NoAccessPage</name>
    <message>
        <location filename="../views/noaccesspage.cpp" line="32" />
        <location filename="../views/noaccesspage.cpp" line="42" />
        <source>&lt;h2&gt;No access&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aucun accès&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../views/noaccesspage.cpp" line="34" />
        <source>The account %1 is deactivated in this organisation. Ask an Admin to reactivate it.</source>
        <translation>Le compte %1 est désactivé dans cette organisation. Demandez à un Admin de le réactiver.</translation>
    </message>
    <message>
        <location filename="../views/noaccesspage.cpp" line="36" />
        <source>%1 has no account in this organisation. Ask an Admin of the organisation for access, or open another organisation.</source>
        <translation>%1 n'a pas de compte dans cette organisation. Demandez un accès à un Admin de l'organisation, ou ouvrez une autre organisation.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::PickerWidget</name>
    <message>
        <location filename="../views/pickerwidget.cpp" line="27" />
        <source>Search name or e-mail</source>
        <translation>Rechercher un nom ou un e-mail</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="27" />
        <location filename="../views/pickerwidget.cpp" line="28" />
        <source>Search datastores</source>
        <translation>Rechercher des magasins de données</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="28" />
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="29" />
        <source>Selected only</source>
        <translation>Sélection uniquement</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="37" />
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="37" />
        <source>Datastores</source>
        <translation>Magasins de données</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="108" />
        <source>%1 of %2 selected</source>
        <translation>%1 sur %2 sélectionnés</translation>
    </message>
    <message>
        <location filename="../views/pickerwidget.cpp" line="109" />
        <source>%1 of %2 selected · %3 shown</source>
        <translation>%1 sur %2 sélectionnés · %3 affichés</translation>
    </message>
</context>
<context>
    <name>Gatehouse::PreferencesDialog</name>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="39" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="43" />
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="49" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="50" />
        <source>Language of menus, pages and dialogs</source>
        <translation>Langue des menus, des pages et des boîtes de dialogue</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="53" />
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="54" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="55" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="56" />
        <source>Colour scheme</source>
        <translation>Jeu de couleurs</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="57" />
        <source>Light or dark colours; the system's unless chosen here</source>
        <translation>Couleurs claires ou sombres ; celles du système sauf choix contraire ici</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="59" />
        <source>The language changes the next time Gatehouse starts.</source>
        <translation>La langue change au prochain démarrage de Gatehouse.</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="64" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="65" />
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Jeu de couleurs :</translation>
    </message>
</context>
<context>
    <name>Gatehouse::PreviewPanel</name>
    <message>
        <location filename="../views/previewpanel.cpp" line="24" />
        <source>Show every access change</source>
        <translation>Afficher chaque modification d'accès</translation>
    </message>
    <message>
        <location filename="../views/previewpanel.cpp" line="29" />
        <source>Access preview</source>
        <translation>Aperçu des accès</translation>
    </message>
    <message>
        <location filename="../views/previewpanel.cpp" line="36" />
        <source>Access changes</source>
        <translation>Modifications d'accès</translation>
    </message>
    <message>
        <location filename="../views/previewpanel.cpp" line="53" />
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/previewpanel.cpp" line="76" />
        <source>Nobody's access changes.</source>
        <translation>L'accès de personne ne change.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/previewpanel.cpp" line="129" />
        <source>Hide the %Ln change(s)</source>
        <translation><numerusform>Masquer %Ln modification</numerusform><numerusform>Masquer les %Ln modifications</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/previewpanel.cpp" line="130" />
        <source>Show the %Ln change(s)</source>
        <translation><numerusform>Afficher %Ln modification</numerusform><numerusform>Afficher les %Ln modifications</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::ProgressTask</name>
    <message>
        <location filename="../views/progresstask.cpp" line="20" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ReachModel</name>
    <message>
        <location filename="../models/reachmodel.cpp" line="87" />
        <source>Admin role</source>
        <translation>Rôle Admin</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="118" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="173" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="173" />
        <source>Datastore</source>
        <translation>Magasin de données</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="174" />
        <source>E-mail or subject</source>
        <translation>E-mail ou sujet</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="174" />
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="175" />
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../models/reachmodel.cpp" line="176" />
        <source>Via</source>
        <translation>Via</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ReviewDialog</name>
    <message>
        <location filename="../views/reviewdialog.cpp" line="52" />
        <source>Access Review – %1</source>
        <translation>Revue d'accès – %1</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="64" />
        <source>Only &amp;unmarked</source>
        <translation>Non &amp;marqués uniquement</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="92" />
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="93" />
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="94" />
        <source>Toggle</source>
        <translation>Basculer</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="96" />
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="97" />
        <source>Keep the selected item (K)</source>
        <translation>Conserver l'élément sélectionné (K)</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="98" />
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="99" />
        <source>Revoke the selected item (R)</source>
        <translation>Révoquer l'élément sélectionné (R)</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="116" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="117" />
        <source>Sign &amp;Off…</source>
        <translation>&amp;Signer…</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="118" />
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="119" />
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="120" />
        <source>&amp;Apply Revocations…</source>
        <translation>&amp;Appliquer les révocations…</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="205" />
        <source>Sign Off Review</source>
        <translation>Signer la revue</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="206" />
        <source>Sign off “%1” with %2 kept and %3 revoked? A signed-off review can no longer be changed.</source>
        <translation>Signer « %1 » avec %2 éléments conservés et %3 révoqués ? Une revue signée ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="219" />
        <source>No database is open.</source>
        <translation>Aucune base de données n'est ouverte.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="229" />
        <source>The review was not saved: %1</source>
        <translation>La revue n'a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="240" />
        <source>Signed off and saved.</source>
        <translation>Signée et enregistrée.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="240" />
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="256" />
        <source>Export Evidence as PDF</source>
        <translation>Exporter les preuves en PDF</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="256" />
        <source>Export Evidence as CSV</source>
        <translation>Exporter les preuves en CSV</translation>
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
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="284" />
        <source>Unsaved Marks</source>
        <translation>Marques non enregistrées</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="285" />
        <source>Save the marks and comments of “%1”?</source>
        <translation>Enregistrer les marques et commentaires de « %1 » ?</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="308" />
        <source>&lt;b&gt;%1&lt;/b&gt; – started %2 by %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – lancée %2 par %3</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="311" />
        <source>&lt;br&gt;Signed off %1 by %2; read-only.</source>
        <translation>&lt;br&gt;Signée %1 par %2 ; lecture seule.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="315" />
        <source>%1 of %2 marked · %3 keep · %4 revoke</source>
        <translation>%1 sur %2 marqués · %3 à conserver · %4 à révoquer</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="329" />
        <source>Only Admins can apply a review's revocations.</source>
        <translation>Seuls les Admins peuvent appliquer les révocations d'une revue.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="332" />
        <source>Sign the review off first.</source>
        <translation>Signez d'abord la revue.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="334" />
        <source>Nothing in this review is marked Revoke.</source>
        <translation>Rien dans cette revue n'est marqué « Révoquer ».</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="336" />
        <source>Every revocation of this review is applied.</source>
        <translation>Toutes les révocations de cette revue sont appliquées.</translation>
    </message>
    <message>
        <location filename="../views/reviewdialog.cpp" line="338" />
        <source>Remove the revoked memberships and assignments, with a preview</source>
        <translation>Retirer les appartenances et affectations révoquées, avec un aperçu</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ReviewItemModel</name>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="35" />
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="36" />
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="81" />
        <source>Membership</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="81" />
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="100" />
        <source>K keeps, R revokes, Space toggles</source>
        <translation>K conserve, R révoque, Espace bascule</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="141" />
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="142" />
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="143" />
        <source>Account or datastore</source>
        <translation>Compte ou magasin de données</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="144" />
        <source>Mark</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location filename="../models/reviewitemmodel.cpp" line="145" />
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ReviewPage</name>
    <message>
        <location filename="../views/reviewpage.cpp" line="25" />
        <source>&amp;New Review…</source>
        <translation>&amp;Nouvelle revue…</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="26" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="27" />
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="38" />
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="39" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="39" />
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="39" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="39" />
        <source>Started</source>
        <translation>Lancée</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="39" />
        <source>Signed off</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="92" />
        <location filename="../views/reviewpage.cpp" line="156" />
        <source>No database is open.</source>
        <translation>Aucune base de données n'est ouverte.</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="96" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="122" />
        <source>%1 of %2 marked</source>
        <translation>%1 sur %2 marqués</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="124" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="141" />
        <source>Start reviewing memberships and assignments</source>
        <translation>Commencer la revue des appartenances et affectations</translation>
    </message>
    <message>
        <location filename="../views/reviewpage.cpp" line="162" />
        <source>The review was not saved: %1</source>
        <translation>La revue n'a pas été enregistrée : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/reviewpage.cpp" line="74" />
        <source>%Ln team(s)</source>
        <translation><numerusform>%Ln équipe</numerusform><numerusform>%Ln équipes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/reviewpage.cpp" line="76" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln magasin de données</numerusform><numerusform>%Ln magasins de données</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/reviewpage.cpp" line="131" />
        <source>%Ln review(s)</source>
        <translation><numerusform>%Ln revue</numerusform><numerusform>%Ln revues</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::SelectionPickerModel</name>
    <message>
        <location filename="../models/selectionpickermodel.cpp" line="251" />
        <source>%1, deactivated: gets no access from its teams until reactivated</source>
        <translation>%1, désactivé : ne reçoit aucun accès de ses équipes avant d'être réactivé</translation>
    </message>
    <message>
        <location filename="../models/selectionpickermodel.cpp" line="335" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/selectionpickermodel.cpp" line="336" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/selectionpickermodel.cpp" line="336" />
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../models/selectionpickermodel.cpp" line="337" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../models/selectionpickermodel.cpp" line="337" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ServiceAccountDialog</name>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="20" />
        <source>New Service Account</source>
        <translation>Nouveau compte de service</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="24" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="25" />
        <source>e.g. Pipeline Automation</source>
        <translation>p. ex. Automatisation du pipeline</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="29" />
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="31" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="37" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="38" />
        <source>Identifier:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="39" />
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="40" />
        <source>&amp;Teams:</source>
        <translation>É&amp;quipes :</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="54" />
        <source>(type a name)</source>
        <translation>(saisissez un nom)</translation>
    </message>
    <message>
        <location filename="../views/serviceaccountdialog.cpp" line="75" />
        <source>Type the service account's name.</source>
        <translation>Saisissez le nom du compte de service.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::SettingsDialog</name>
    <message>
        <location filename="../views/settingsdialog.cpp" line="56" />
        <source>Organisation Settings</source>
        <translation>Paramètres de l'organisation</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="63" />
        <source>An Admin's e-mail, e.g. ada@example.com</source>
        <translation>E-mail d'un Admin, p. ex. ada@example.com</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="64" />
        <source>Whoever signs in by SSO with this verified e-mail takes over that Admin account, so turning SSO on never locks the organisation out.</source>
        <translation>Quiconque se connecte par SSO avec cet e-mail vérifié reprend ce compte Admin : activer le SSO ne bloque donc jamais l'organisation.</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="68" />
        <source>&amp;Issuer:</source>
        <translation>É&amp;metteur :</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="69" />
        <source>&amp;Client id:</source>
        <translation>Identifiant &amp;client :</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="70" />
        <source>S&amp;copes:</source>
        <translation>Port&amp;ées :</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="71" />
        <source>&amp;Admin e-mail:</source>
        <translation>E-mail de l'&amp;Admin :</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="72" />
        <source>Single sign-on (OpenID Connect)</source>
        <translation>Authentification unique (OpenID Connect)</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="80" />
        <source>Register Gatehouse with the identity provider as a native application (public client) with the redirect URI http://127.0.0.1/callback, any port.</source>
        <translation>Enregistrez Gatehouse auprès du fournisseur d'identité comme application native (client public) avec l'URI de redirection http://127.0.0.1/callback, port quelconque.</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="93" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="95" />
        <source>&amp;Disable SSO</source>
        <translation>&amp;Désactiver le SSO</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="110" />
        <source>Reading the settings…</source>
        <translation>Lecture des paramètres…</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="119" />
        <location filename="../views/settingsdialog.cpp" line="218" />
        <source>No database is open.</source>
        <translation>Aucune base de données n'est ouverte.</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="148" />
        <source>SSO is enabled: people sign in with %1.</source>
        <translation>Le SSO est activé : les utilisateurs se connectent avec %1.</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="149" />
        <source>SSO is off: Gatehouse acts as the operating-system account (local|&lt;name&gt;).</source>
        <translation>Le SSO est désactivé : Gatehouse agit en tant que compte du système d'exploitation (local|&lt;name&gt;).</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ShortcutsDialog</name>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="60" />
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="62" />
        <source>Search commands and keys</source>
        <translation>Rechercher des commandes et des touches</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="64" />
        <source>Search shortcuts</source>
        <translation>Rechercher des raccourcis</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="68" />
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="68" />
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="69" />
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="86" />
        <source>Menus open with Alt and their underlined letter; in tables, type to search, Enter opens the selected row.</source>
        <translation>Les menus s’ouvrent avec Alt et leur lettre soulignée ; dans les tableaux, tapez pour rechercher, Entrée ouvre la ligne choisie.</translation>
    </message>
</context>
<context>
    <name>Gatehouse::SignInPage</name>
    <message>
        <location filename="../views/signinpage.cpp" line="25" />
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../views/signinpage.cpp" line="36" />
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../views/signinpage.cpp" line="39" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/signinpage.cpp" line="67" />
        <source>This organisation uses single sign-on. Gatehouse opens your browser to sign you in; come back here when you are done.</source>
        <translation>Cette organisation utilise l'authentification unique. Gatehouse ouvre votre navigateur pour vous connecter ; revenez ici une fois terminé.</translation>
    </message>
    <message>
        <location filename="../views/signinpage.cpp" line="69" />
        <location filename="../views/signinpage.cpp" line="80" />
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <location filename="../views/signinpage.cpp" line="94" />
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TablePage</name>
    <message>
        <location filename="../views/tablepage.cpp" line="42" />
        <source>Shows only the rows that match, as you type</source>
        <translation>N'affiche que les lignes correspondantes, au fil de la saisie</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TeamChecklist</name>
    <message>
        <location filename="../views/teamchecklist.cpp" line="27" />
        <location filename="../views/teamchecklist.cpp" line="28" />
        <source>Search teams</source>
        <translation>Rechercher des équipes</translation>
    </message>
    <message>
        <location filename="../views/teamchecklist.cpp" line="31" />
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../views/teamchecklist.cpp" line="112" />
        <source>%1 of %2 selected</source>
        <translation>%1 sur %2 sélectionnés</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TeamDialog</name>
    <message>
        <location filename="../views/teamdialog.cpp" line="26" />
        <source>New Team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="26" />
        <source>Edit Team '%1'</source>
        <translation>Modifier l'équipe « %1 »</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="32" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="35" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="39" />
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="59" />
        <source>The Public team cannot be renamed.</source>
        <translation>L'équipe Public ne peut pas être renommée.</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="60" />
        <source>Everyone is a member of Public: its members cannot be edited. Its level and datastores can.</source>
        <translation>Tout le monde est membre de Public : ses membres ne peuvent pas être modifiés, son niveau et ses magasins de données si.</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="65" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="66" />
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="67" />
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="134" />
        <source>The team '%1' no longer exists.</source>
        <translation>L'équipe « %1 » n'existe plus.</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="168" />
        <source>Type the team's name.</source>
        <translation>Saisissez le nom de l'équipe.</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="174" />
        <source>&amp;Members (everyone)</source>
        <translation>&amp;Membres (tout le monde)</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="175" />
        <source>&amp;Members (%1)</source>
        <translation>&amp;Membres (%1)</translation>
    </message>
    <message>
        <location filename="../views/teamdialog.cpp" line="176" />
        <source>Data&amp;stores (%1)</source>
        <translation>Ma&amp;gasins de données (%1)</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TeamGridModel</name>
    <message>
        <location filename="../models/teamgridmodel.cpp" line="169" />
        <source>%1 grants %2 on %3</source>
        <translation>%1 accorde %2 sur %3</translation>
    </message>
    <message>
        <location filename="../models/teamgridmodel.cpp" line="170" />
        <source>%1 is not assigned %2</source>
        <translation>%2 n'est pas affecté à %1</translation>
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
        <translation>Filtrer les équipes</translation>
    </message>
    <message>
        <location filename="../views/teamgridpage.cpp" line="34" />
        <location filename="../views/teamgridpage.cpp" line="36" />
        <source>Filter datastores</source>
        <translation>Filtrer les magasins de données</translation>
    </message>
    <message>
        <location filename="../views/teamgridpage.cpp" line="62" />
        <source>Team and datastore grid</source>
        <translation>Grille des équipes et magasins de données</translation>
    </message>
    <message>
        <location filename="../views/teamgridpage.cpp" line="64" />
        <source>&amp;Assign to Team</source>
        <translation>&amp;Affecter à l'équipe</translation>
    </message>
    <message>
        <location filename="../views/teamgridpage.cpp" line="67" />
        <source>&amp;Remove from Team</source>
        <translation>&amp;Retirer de l'équipe</translation>
    </message>
    <message>
        <location filename="../views/teamgridpage.cpp" line="114" />
        <source>Read-only: %1</source>
        <translation>Lecture seule : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/teamgridpage.cpp" line="97" />
        <source>%Ln team(s) × %1</source>
        <translation><numerusform>%Ln équipe × %1</numerusform><numerusform>%Ln équipes × %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/teamgridpage.cpp" line="98" />
        <source>%Ln datastore(s)</source>
        <translation><numerusform>%Ln magasin de données</numerusform><numerusform>%Ln magasins de données</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::TeamPickerButton</name>
    <message>
        <location filename="../views/teampickerbutton.cpp" line="32" />
        <source>Search teams</source>
        <translation>Rechercher des équipes</translation>
    </message>
    <message>
        <location filename="../views/teampickerbutton.cpp" line="37" />
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <location filename="../views/teampickerbutton.cpp" line="127" />
        <source>Teams: any</source>
        <translation>Équipes : toutes</translation>
    </message>
    <message>
        <location filename="../views/teampickerbutton.cpp" line="130" />
        <source>Team: %1</source>
        <translation>Équipe : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/teampickerbutton.cpp" line="131" />
        <location filename="../views/teampickerbutton.cpp" line="133" />
        <source>Teams: %Ln selected</source>
        <translation><numerusform>Équipes : %Ln sélectionnée</numerusform><numerusform>Équipes : %Ln sélectionnées</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::TeamTableModel</name>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="155" />
        <source>Every account is a member of the Public team.</source>
        <translation>Chaque compte est membre de l'équipe Public.</translation>
    </message>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="198" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="199" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="200" />
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="201" />
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="202" />
        <source>Datastores</source>
        <translation>Magasins de données</translation>
    </message>
    <message>
        <location filename="../models/teamtablemodel.cpp" line="203" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TokenDialog</name>
    <message>
        <location filename="../views/tokendialog.cpp" line="34" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="43" />
        <source>New Token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="50" />
        <source>What the token is for, e.g. “nightly export”</source>
        <translation>À quoi sert le jeton, p. ex. « export nocturne »</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="57" />
        <source>Personal tokens act as you; service tokens as a service account; SCIM tokens only reach the directory-sync endpoints.</source>
        <translation>Les jetons personnels agissent en votre nom, les jetons de service au nom d'un compte de service ; les jetons SCIM n'atteignent que les points d'accès de synchronisation de l'annuaire.</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="63" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="78" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="79" />
        <source>&amp;Kind:</source>
        <translation>Na&amp;ture :</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="80" />
        <source>&amp;Service account:</source>
        <translation>Compte de &amp;service :</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="83" />
        <source>&amp;Expires after:</source>
        <translation>&amp;Expire après :</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="85" />
        <location filename="../views/tokendialog.cpp" line="223" />
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="97" />
        <source>&lt;b&gt;Copy this token now — it will not be shown again.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Copiez ce jeton maintenant — il ne sera plus affiché.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="105" />
        <source>Token secret</source>
        <translation>Secret du jeton</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="107" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="108" />
        <source>&amp;Save to File…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="171" />
        <source>You cannot create tokens here.</source>
        <translation>Vous ne pouvez pas créer de jetons ici.</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="197" />
        <source>Service account: pick the account the token acts as.</source>
        <translation>Compte de service : choisissez le compte au nom duquel le jeton agit.</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="202" />
        <source>No database is open.</source>
        <translation>Aucune base de données n'est ouverte.</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="219" />
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="241" />
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="242" />
        <source>never expires</source>
        <translation>n'expire jamais</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="243" />
        <source>%1 token “%2” for %3, %4.</source>
        <translation>Jeton « %2 » (%1) pour %3, %4.</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="247" />
        <source>Token Created</source>
        <translation>Jeton créé</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="258" />
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="263" />
        <source>Save Token</source>
        <translation>Enregistrer le jeton</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="281" />
        <source>Cannot save the token to %1: %2</source>
        <translation>Impossible d'enregistrer le jeton dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../views/tokendialog.cpp" line="285" />
        <source>Saved to %1 (readable by you only).</source>
        <translation>Enregistré dans %1 (lisible par vous seul).</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tokendialog.cpp" line="34" />
        <source>%Ln day(s)</source>
        <translation><numerusform>%Ln jour</numerusform><numerusform>%Ln jours</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::TokenTableModel</name>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="26" />
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="27" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="28" />
        <source>SCIM</source>
        <translation>SCIM</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="36" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="37" />
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="38" />
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="116" />
        <source>Account %1</source>
        <translation>Compte %1</translation>
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
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="149" />
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="151" />
        <source>Never expires</source>
        <translation>N'expire jamais</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="153" />
        <source>Never used</source>
        <translation>Jamais utilisé</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="155" />
        <source>Revoked %1</source>
        <translation>Révoqué %1</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="183" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="184" />
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="185" />
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="186" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="187" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="188" />
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="189" />
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../models/tokentablemodel.cpp" line="190" />
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TokensPage</name>
    <message>
        <location filename="../views/tokenspage.cpp" line="34" />
        <source>&amp;New Token…</source>
        <translation>&amp;Nouveau jeton…</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="36" />
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="38" />
        <source>Re&amp;store</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="40" />
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="42" />
        <source>Re&amp;fresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="56" />
        <location filename="../views/tokenspage.cpp" line="57" />
        <source>Search name, owner or hint</source>
        <translation>Rechercher un nom, un propriétaire ou un indice</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="62" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="63" />
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="72" />
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="152" />
        <location filename="../views/tokenspage.cpp" line="286" />
        <location filename="../views/tokenspage.cpp" line="348" />
        <source>No database is open.</source>
        <translation>Aucune base de données n'est ouverte.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="157" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="162" />
        <source>The tokens cannot be read: %1</source>
        <translation>Les jetons ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="223" />
        <source>You cannot create tokens.</source>
        <translation>Vous ne pouvez pas créer de jetons.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="226" />
        <source>Create an API token (Ctrl+Shift+T)</source>
        <translation>Créer un jeton d'API (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="233" />
        <source>Select a token first.</source>
        <translation>Sélectionnez d'abord un jeton.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="243" />
        <source>The token is revoked already.</source>
        <translation>Le jeton est déjà révoqué.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="245" />
        <source>Stop the token from working, now (Ctrl+R)</source>
        <translation>Rendre le jeton inopérant, tout de suite (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="246" />
        <source>Only a revoked token can be restored.</source>
        <translation>Seul un jeton révoqué peut être rétabli.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="248" />
        <source>Let the revoked token work again (Ctrl+Shift+R)</source>
        <translation>Rendre le jeton révoqué de nouveau opérant (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="249" />
        <source>Revoke the token before deleting it.</source>
        <translation>Révoquez le jeton avant de le supprimer.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="251" />
        <source>Delete the revoked token for good (Del)</source>
        <translation>Supprimer définitivement le jeton révoqué (Suppr)</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="263" />
        <source>Created token “%1”</source>
        <translation>Jeton « %1 » créé</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="274" />
        <source>%1: not done. %2</source>
        <translation>%1 : non effectué. %2</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="313" />
        <source>Revoked token “%1”</source>
        <translation>Jeton « %1 » révoqué</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="323" />
        <source>Restored token “%1”</source>
        <translation>Jeton « %1 » rétabli</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="333" />
        <source>Delete Token</source>
        <translation>Supprimer le jeton</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="334" />
        <source>Delete the revoked token “%1” for good? Its history stays.</source>
        <translation>Supprimer définitivement le jeton révoqué « %1 » ? Son historique est conservé.</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="338" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../views/tokenspage.cpp" line="344" />
        <source>Deleted token “%1”</source>
        <translation>Jeton « %1 » supprimé</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tokenspage.cpp" line="178" />
        <source>%Ln token(s), %1 active</source>
        <translation><numerusform>%Ln jeton, actifs : %1</numerusform><numerusform>%Ln jetons, actifs : %1</numerusform></translation>
    </message>
</context>
<context>
    <name>Gatehouse::WelcomeDialog</name>
    <message>
        <location filename="../views/welcomedialog.cpp" line="15" />
        <source>Welcome to Gatehouse</source>
        <translation>Bienvenue dans Gatehouse</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="16" />
        <source>This organisation is empty: it holds only you, as its first Admin, and the Public team. How would you like to begin?</source>
        <translation>Cette organisation est vide : elle ne contient que vous, son premier Admin, et l'équipe Public. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="20" />
        <source>Load a demo organisation</source>
        <translation>Charger une organisation de démonstration</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="21" />
        <source>2,000 generated accounts, 60 teams and 300 datastores to explore. You stay an Admin.</source>
        <translation>2 000 comptes générés, 60 équipes et 300 magasins de données à explorer. Vous restez Admin.</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="24" />
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="25" />
        <source>An organisation file (gatehouse-org/1 JSON).</source>
        <translation>Un fichier d'organisation (JSON gatehouse-org/1).</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="26" />
        <source>Start empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <location filename="../views/welcomedialog.cpp" line="27" />
        <source>Accounts appear as people sign in.</source>
        <translation>Les comptes apparaissent à mesure que les personnes se connectent.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/gui/main.cpp" line="153" />
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="147" />
        <source>Desktop console for datastore access control.</source>
        <translation>Console de bureau pour le contrôle d'accès aux magasins de données.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="156" />
        <source>Organisation database: sqlite:/path/file.gatehouse, postgresql://user@host/db, or a file path (default: %1).</source>
        <translation>Base de données de l'organisation : sqlite:/chemin/fichier.gatehouse, postgresql://utilisateur@hote/db, ou un chemin de fichier (par défaut : %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="162" />
        <source>Load a demo organisation, without asking, if the organisation is empty.</source>
        <translation>Charger une organisation de démonstration, sans demander, si l'organisation est vide.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="166" />
        <source>Page to show first: accounts, teams, datastores, history, matrix, findings, reviews, grid (the team grid) or tokens.</source>
        <translation>Page à afficher d'abord : accounts, teams, datastores, history, matrix, findings, reviews, grid (la grille des équipes) ou tokens.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="170" />
        <source>Id of the row to select on that page.</source>
        <translation>Identifiant de la ligne à sélectionner sur cette page.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="176" />
        <source>Show what SUBJECT sees, read-only (nothing can be changed).</source>
        <translation>Afficher ce que voit SUBJECT, en lecture seule (rien ne peut être modifié).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="180" />
        <source>Language of the window, e.g. de or fr, instead of the system's (and of the one chosen in Preferences).</source>
        <translation>Langue de la fenêtre, p. ex. de ou fr, au lieu de celle du système (et de celle choisie dans les Préférences).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="200" />
        <source>Unknown page: %1. Pages: %2.</source>
        <translation>Page inconnue : %1. Pages : %2.</translation>
    </message>
</context>
</TS>

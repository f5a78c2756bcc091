<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Gatehouse::ApplyRevocationsDialog</name>
    <message numerus="yes">
        <location filename="../views/applyrevocationsdialog.cpp" line="29"/>
        <source>Review “%1” revokes %Ln membership(s) and %2. Teams are changed as they are now; what is already gone is skipped.</source>
        <translation>
            <numerusform>Review “%1” revokes %Ln membership and %2. Teams are changed as they are now; what is already gone is skipped.</numerusform>
            <numerusform>Review “%1” revokes %Ln memberships and %2. Teams are changed as they are now; what is already gone is skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/applyrevocationsdialog.cpp" line="32"/>
        <source>%Ln assignment(s)</source>
        <translation>
            <numerusform>%Ln assignment</numerusform>
            <numerusform>%Ln assignments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::AuditChange</name>
    <message numerus="yes">
        <location filename="../models/auditchange.cpp" line="164"/>
        <source>%Ln account(s), %1, %2</source>
        <translation>
            <numerusform>%Ln account, %1, %2</numerusform>
            <numerusform>%Ln accounts, %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditchange.cpp" line="165"/>
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditchange.cpp" line="165"/>
        <source>%Ln datastore(s)</source>
        <translation>
            <numerusform>%Ln datastore</numerusform>
            <numerusform>%Ln datastores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::CompareDialog</name>
    <message numerus="yes">
        <location filename="../views/comparedialog.cpp" line="122"/>
        <source>%Ln datastore(s) differ(s).</source>
        <translation>
            <numerusform>%Ln datastore differs.</numerusform>
            <numerusform>%Ln datastores differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConfirmDialog</name>
    <message numerus="yes">
        <location filename="../views/confirmdialog.cpp" line="80"/>
        <source>%Ln datastore(s)</source>
        <translation>
            <numerusform>%Ln datastore</numerusform>
            <numerusform>%Ln datastores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/confirmdialog.cpp" line="83"/>
        <source>%Ln account(s) lose(s) access to %1.</source>
        <translation>
            <numerusform>%Ln account loses access to %1.</numerusform>
            <numerusform>%Ln accounts lose access to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/confirmdialog.cpp" line="87"/>
        <source>%Ln account(s) get(s) a lower level on %1.</source>
        <translation>
            <numerusform>%Ln account gets a lower level on %1.</numerusform>
            <numerusform>%Ln accounts get a lower level on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/confirmdialog.cpp" line="91"/>
        <source>%Ln account(s) gain(s) access.</source>
        <translation>
            <numerusform>%Ln account gains access.</numerusform>
            <numerusform>%Ln accounts gain access.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConnectionBanner</name>
    <message numerus="yes">
        <location filename="../views/connectionbanner.cpp" line="122"/>
        <source>Trying again in %n s.</source>
        <translation>
            <numerusform>Trying again in %n s.</numerusform>
            <numerusform>Trying again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::DetailsPane</name>
    <message numerus="yes">
        <location filename="../views/detailspane.cpp" line="287"/>
        <source>Everyone (%Ln account(s))</source>
        <translation>
            <numerusform>Everyone (%Ln account)</numerusform>
            <numerusform>Everyone (%Ln accounts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/detailspane.cpp" line="352"/>
        <source>Reached by (%Ln account(s))</source>
        <translation>
            <numerusform>Reached by (%Ln account)</numerusform>
            <numerusform>Reached by (%Ln accounts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::DisplayText</name>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="59"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="62"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="65"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="68"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displaytext.cpp" line="70"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::ExplainPanel</name>
    <message numerus="yes">
        <location filename="../views/explainpanel.cpp" line="140"/>
        <source>Granted by the team(s) %1.</source>
        <translation>
            <numerusform>Granted by the team %1.</numerusform>
            <numerusform>Granted by the teams %1 (the same level).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::FindingItemsModel</name>
    <message numerus="yes">
        <location filename="../models/findingitemsmodel.cpp" line="91"/>
        <source>%1 · %Ln member(s) · %2</source>
        <translation>
            <numerusform>%1 · %Ln member · %2</numerusform>
            <numerusform>%1 · %Ln members · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/findingitemsmodel.cpp" line="92"/>
        <source>%Ln datastore(s)</source>
        <translation>
            <numerusform>%Ln datastore</numerusform>
            <numerusform>%Ln datastores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::HistoryPage</name>
    <message numerus="yes">
        <location filename="../views/historypage.cpp" line="220"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::MainWindow</name>
    <message numerus="yes">
        <location filename="../views/mainwindowsetup.cpp" line="79"/>
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 of %Ln account</numerusform>
            <numerusform>%1 of %Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowsetup.cpp" line="84"/>
        <source>%1 of %Ln team(s)</source>
        <translation>
            <numerusform>%1 of %Ln team</numerusform>
            <numerusform>%1 of %Ln teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowsetup.cpp" line="90"/>
        <source>%1 of %Ln datastore(s)</source>
        <translation>
            <numerusform>%1 of %Ln datastore</numerusform>
            <numerusform>%1 of %Ln datastores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowdatabase.cpp" line="308"/>
        <source>Replace the whole organisation (%Ln account(s), %1, %2) with the content of %3?</source>
        <translation>
            <numerusform>Replace the whole organisation (%Ln account, %1, %2) with the content of %3?</numerusform>
            <numerusform>Replace the whole organisation (%Ln accounts, %1, %2) with the content of %3?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowdatabase.cpp" line="310"/>
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowdatabase.cpp" line="311"/>
        <source>%Ln datastore(s)</source>
        <translation>
            <numerusform>%Ln datastore</numerusform>
            <numerusform>%Ln datastores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::MatrixPage</name>
    <message numerus="yes">
        <location filename="../views/matrixpage.cpp" line="330"/>
        <source>%Ln account(s) × %1</source>
        <translation>
            <numerusform>%Ln account × %1</numerusform>
            <numerusform>%Ln accounts × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/matrixpage.cpp" line="331"/>
        <source>%Ln datastore(s)</source>
        <translation>
            <numerusform>%Ln datastore</numerusform>
            <numerusform>%Ln datastores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::NewReviewDialog</name>
    <message numerus="yes">
        <location filename="../views/newreviewdialog.cpp" line="36"/>
        <source>%1 (%Ln member(s), %2)</source>
        <translation>
            <numerusform>%1 (%Ln member, %2)</numerusform>
            <numerusform>%1 (%Ln members, %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/newreviewdialog.cpp" line="37"/>
        <source>%Ln datastore(s)</source>
        <translation>
            <numerusform>%Ln datastore</numerusform>
            <numerusform>%Ln datastores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::PreviewPanel</name>
    <message numerus="yes">
        <location filename="../views/previewpanel.cpp" line="129"/>
        <source>Hide the %Ln change(s)</source>
        <translation>
            <numerusform>Hide the %Ln change</numerusform>
            <numerusform>Hide the %Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/previewpanel.cpp" line="130"/>
        <source>Show the %Ln change(s)</source>
        <translation>
            <numerusform>Show the %Ln change</numerusform>
            <numerusform>Show the %Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::ReviewPage</name>
    <message numerus="yes">
        <location filename="../views/reviewpage.cpp" line="74"/>
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/reviewpage.cpp" line="76"/>
        <source>%Ln datastore(s)</source>
        <translation>
            <numerusform>%Ln datastore</numerusform>
            <numerusform>%Ln datastores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/reviewpage.cpp" line="131"/>
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln review</numerusform>
            <numerusform>%Ln reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::TeamGridPage</name>
    <message numerus="yes">
        <location filename="../views/teamgridpage.cpp" line="97"/>
        <source>%Ln team(s) × %1</source>
        <translation>
            <numerusform>%Ln team × %1</numerusform>
            <numerusform>%Ln teams × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/teamgridpage.cpp" line="98"/>
        <source>%Ln datastore(s)</source>
        <translation>
            <numerusform>%Ln datastore</numerusform>
            <numerusform>%Ln datastores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::TeamPickerButton</name>
    <message numerus="yes">
        <location filename="../views/teampickerbutton.cpp" line="131"/>
        <location filename="../views/teampickerbutton.cpp" line="133"/>
        <source>Teams: %Ln selected</source>
        <translation>
            <numerusform>Teams: %Ln selected</numerusform>
            <numerusform>Teams: %Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::TokenDialog</name>
    <message numerus="yes">
        <location filename="../views/tokendialog.cpp" line="34"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::TokensPage</name>
    <message numerus="yes">
        <location filename="../views/tokenspage.cpp" line="178"/>
        <source>%Ln token(s), %1 active</source>
        <translation>
            <numerusform>%Ln token, %1 active</numerusform>
            <numerusform>%Ln tokens, %1 active</numerusform>
        </translation>
    </message>
</context>
</TS>

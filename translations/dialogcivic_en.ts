<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DeadlineRules</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramRepository</name>
    <message numerus="yes">
        <source>Period: %n event(s) of the edition would fall outside %1 to %2.</source>
        <translation>
            <numerusform>Period: %n event of the edition would fall outside %1 to %2.</numerusform>
            <numerusform>Period: %n events of the edition would fall outside %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::BodiesPage</name>
    <message numerus="yes">
        <source>%n consultative body(ies)</source>
        <translation>
            <numerusform>%n consultative body(ies)</numerusform>
            <numerusform>%n consultative body(ies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mandate of %n month(s)</source>
        <translation>
            <numerusform>mandate of %n month</numerusform>
            <numerusform>mandate of %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quorum of %n member(s)</source>
        <translation>
            <numerusform>quorum of %n member</numerusform>
            <numerusform>quorum of %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::CalendarPage</name>
    <message numerus="yes">
        <source>%n event(s) this month</source>
        <translation>
            <numerusform>%n event this month</numerusform>
            <numerusform>%n events this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::DraftsPage</name>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (published %3), %n participant(s)</source>
        <translation>
            <numerusform>%1, %2 (published %3), %n participant</numerusform>
            <numerusform>%1, %2 (published %3), %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the draft “%1” with its %n recommendation(s)?</source>
        <translation>
            <numerusform>Delete the draft “%1” with its %n recommendation?</numerusform>
            <numerusform>Delete the draft “%1” with its %n recommendations?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::EditionPage</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n event exported to %1.</numerusform>
            <numerusform>%n events exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::FundingPage</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::ImportDialog</name>
    <message numerus="yes">
        <source>&amp;Records (first %Ln)</source>
        <translation>
            <numerusform>&amp;Records (first %Ln)</numerusform>
            <numerusform>&amp;Records (first %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;jected (%Ln)</source>
        <translation>
            <numerusform>Re&amp;jected (%Ln)</numerusform>
            <numerusform>Re&amp;jected (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::InstitutionsPage</name>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n institution</numerusform>
            <numerusform>%n institutions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::OrganizationDialog</name>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (and %n more problem)</numerusform>
            <numerusform>%1 (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::OrganizationsPage</name>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln organization</numerusform>
            <numerusform>%Ln organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln organization(s) shown</source>
        <translation>
            <numerusform>%L1 of %Ln organization shown</numerusform>
            <numerusform>%L1 of %Ln organizations shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s) written to %1.</source>
        <translation>
            <numerusform>%Ln organization written to %1.</numerusform>
            <numerusform>%Ln organizations written to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>

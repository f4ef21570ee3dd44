<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BodyMembershipList</name>
    <message numerus="yes">
        <source>Mandate of %n month(s).</source>
        <translation>
            <numerusform>Mandate of %n month.</numerusform>
            <numerusform>Mandate of %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum of %n member(s).</source>
        <translation>
            <numerusform>Quorum of %n member.</numerusform>
            <numerusform>Quorum of %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voting member(s) (chair and members) serve on %1; alternates and the secretariat do not count for the quorum.</source>
        <translation>
            <numerusform>%n voting member (chair and members) serve on %1; alternates and the secretariat do not count for the quorum.</numerusform>
            <numerusform>%n voting members (chair and members) serve on %1; alternates and the secretariat do not count for the quorum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>%1: the file is not valid UTF-8 (%n invalid byte(s)): it is probably Windows-1250; read it as Windows-1250.</source>
        <translation>
            <numerusform>%1: the file is not valid UTF-8 (%n invalid byte): it is probably Windows-1250; read it as Windows-1250.</numerusform>
            <numerusform>%1: the file is not valid UTF-8 (%n invalid bytes): it is probably Windows-1250; read it as Windows-1250.</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%n rejected recommendation(s) without the written justification sent</source>
        <translation>
            <numerusform>%n rejected recommendation without the written justification sent</numerusform>
            <numerusform>%n rejected recommendations without the written justification sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FundingSynthesis</name>
    <message numerus="yes">
        <source>In %1 the public authorities recorded here granted %2 to non-governmental organizations through %n award(s) under the non-refundable financing of non-profit activities of general interest (Law 350/2005), of a total budget of %3 (%4 awarded); %5 were paid. Cancelled awards are left out of every sum.</source>
        <translation>
            <numerusform>In %1 the public authorities recorded here granted %2 to non-governmental organizations through %n award under the non-refundable financing of non-profit activities of general interest (Law 350/2005), of a total budget of %3 (%4 awarded); %5 were paid. Cancelled awards are left out of every sum.</numerusform>
            <numerusform>In %1 the public authorities recorded here granted %2 to non-governmental organizations through %n awards under the non-refundable financing of non-profit activities of general interest (Law 350/2005), of a total budget of %3 (%4 awarded); %5 were paid. Cancelled awards are left out of every sum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) received awards from two or more institutions in the year; the list helps to check that the same activity is not financed twice.</source>
        <translation>
            <numerusform>%n organization received awards from two or more institutions in the year; the list helps to check that the same activity is not financed twice.</numerusform>
            <numerusform>%n organizations received awards from two or more institutions in the year; the list helps to check that the same activity is not financed twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message numerus="yes">
        <source>%n draft act(s)</source>
        <translation>
            <numerusform>%n draft act</numerusform>
            <numerusform>%n draft acts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public meeting(s)</source>
        <translation>
            <numerusform>%n public meeting</numerusform>
            <numerusform>%n public meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n court case(s)</source>
        <translation>
            <numerusform>%n court case</numerusform>
            <numerusform>%n court cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annual report(s)</source>
        <translation>
            <numerusform>%n annual report</numerusform>
            <numerusform>%n annual reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) entered by hand</source>
        <translation>
            <numerusform>%n figure entered by hand</numerusform>
            <numerusform>%n figures entered by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding call(s)</source>
        <translation>
            <numerusform>%n funding call</numerusform>
            <numerusform>%n funding calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the secretariat of %n consultative body(ies)</source>
        <translation>
            <numerusform>the secretariat of %n consultative body(ies)</numerusform>
            <numerusform>the secretariat of %n consultative body(ies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in consultative bodies</source>
        <translation>
            <numerusform>%n seat in consultative bodies</numerusform>
            <numerusform>%n seats in consultative bodies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) it organizes</source>
        <translation>
            <numerusform>%n event it organizes</numerusform>
            <numerusform>%n events it organizes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationRemoval</name>
    <message numerus="yes">
        <source>%n recommendation(s) it sent keep its name as text</source>
        <translation>
            <numerusform>%n recommendation it sent keep its name as text</numerusform>
            <numerusform>%n recommendations it sent keep its name as text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public debate request(s) keep its name as text</source>
        <translation>
            <numerusform>%n public debate request keep its name as text</numerusform>
            <numerusform>%n public debate requests keep its name as text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in consultative bodies</source>
        <translation>
            <numerusform>%n seat in consultative bodies</numerusform>
            <numerusform>%n seats in consultative bodies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding award(s)</source>
        <translation>
            <numerusform>%n funding award</numerusform>
            <numerusform>%n funding awards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) it organizes</source>
        <translation>
            <numerusform>%n event it organizes</numerusform>
            <numerusform>%n events it organizes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) as the same organization as another record</source>
        <translation>
            <numerusform>%n mark as the same organization as another record</numerusform>
            <numerusform>%n marks as the same organization as another record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipRepository</name>
    <message numerus="yes">
        <source>co-organizer of %n event(s)</source>
        <translation>
            <numerusform>co-organizer of %n event</numerusform>
            <numerusform>co-organizer of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>attended %n event(s)</source>
        <translation>
            <numerusform>attended %n event</numerusform>
            <numerusform>attended %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramSynthesis</name>
    <message numerus="yes">
        <source>The program was carried out in an active partnership with %n promoter(s) of volunteering, non-governmental organizations active in the field of volunteering</source>
        <translation>
            <numerusform>The program was carried out in an active partnership with %n promoter of volunteering, non-governmental organizations active in the field of volunteering</numerusform>
            <numerusform>The program was carried out in an active partnership with %n promoters of volunteering, non-governmental organizations active in the field of volunteering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n associative structure(s) of the local public authorities</source>
        <translation>
            <numerusform>%n associative structure of the local public authorities</numerusform>
            <numerusform>%n associative structures of the local public authorities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the table below names %n promoter record(s); the records marked as the same organization are counted once: %1.</source>
        <translation>
            <numerusform>Note: the table below names %n promoter record; the records marked as the same organization are counted once: %1.</numerusform>
            <numerusform>Note: the table below names %n promoter records; the records marked as the same organization are counted once: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the records name %n promoter(s) (the table below). %1</source>
        <translation>
            <numerusform>Note: the records name %n promoter (the table below). %1</numerusform>
            <numerusform>Note: the records name %n promoters (the table below). %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The edition held %n regional videoconference(s):</source>
        <translation>
            <numerusform>The edition held %n regional videoconference:</numerusform>
            <numerusform>The edition held %n regional videoconferences:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The edition held %n event(s), of which %1 videoconference(s):</source>
        <translation>
            <numerusform>The edition held %n event, of which %1 videoconference:</numerusform>
            <numerusform>The edition held %n events, of which %1 videoconferences:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The events of the edition gathered %n participant(s) in total.</source>
        <translation>
            <numerusform>The events of the edition gathered %n participant in total.</numerusform>
            <numerusform>The events of the edition gathered %n participants in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The events whose participants are recorded (%1 of %2) gathered %n participant(s) in total.</source>
        <translation>
            <numerusform>The events whose participants are recorded (%1 of %2) gathered %n participant in total.</numerusform>
            <numerusform>The events whose participants are recorded (%1 of %2) gathered %n participants in total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::AnnualFiguresTableModel</name>
    <message numerus="yes">
        <source>received %1, %n day(s) late</source>
        <translation>
            <numerusform>received %1, %n day late</numerusform>
            <numerusform>received %1, %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not reported, %n day(s) late</source>
        <translation>
            <numerusform>not reported, %n day late</numerusform>
            <numerusform>not reported, %n days late</numerusform>
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
    <name>dc::DashboardPage</name>
    <message numerus="yes">
        <source>%n deadline(s) in the next days</source>
        <translation>
            <numerusform>%n deadline in the next days</numerusform>
            <numerusform>%n deadlines in the next days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No annual report for %1&lt;/b&gt; (%n institution(s))</source>
        <translation>
            <numerusform>&lt;b&gt;No annual report for %1&lt;/b&gt; (%n institution)</numerusform>
            <numerusform>&lt;b&gt;No annual report for %1&lt;/b&gt; (%n institutions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; deadline(s) in the next %1 days</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; deadline in the next %1 days</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; deadlines in the next %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::DocumentActions</name>
    <message numerus="yes">
        <source>%1 written (%n page(s)).</source>
        <translation>
            <numerusform>%1 written (%n page).</numerusform>
            <numerusform>%1 written (%n pages).</numerusform>
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
    <name>dc::OrganizationDetailsPanel</name>
    <message numerus="yes">
        <source>Partnerships (%n)</source>
        <translation>
            <numerusform>Partnerships (%n)</numerusform>
            <numerusform>Partnerships (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events (%n)</source>
        <translation>
            <numerusform>Events (%n)</numerusform>
            <numerusform>Events (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recommendations sent (%n)</source>
        <translation>
            <numerusform>Recommendations sent (%n)</numerusform>
            <numerusform>Recommendations sent (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Debates requested (%n)</source>
        <translation>
            <numerusform>Debates requested (%n)</numerusform>
            <numerusform>Debates requested (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seats (%n)</source>
        <translation>
            <numerusform>Seats (%n)</numerusform>
            <numerusform>Seats (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funding (%n)</source>
        <translation>
            <numerusform>Funding (%n)</numerusform>
            <numerusform>Funding (%n)</numerusform>
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
    <message numerus="yes">
        <source>Over %L1 of %Ln organization(s) shown (counting…)</source>
        <translation>
            <numerusform>Over %L1 of %Ln organization shown (counting…)</numerusform>
            <numerusform>Over %L1 of %Ln organizations shown (counting…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::RegisterChangesPage</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln import(s) of the register</source>
        <translation>
            <numerusform>%Ln import of the register</numerusform>
            <numerusform>%Ln imports of the register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1.</source>
        <translation>
            <numerusform>%Ln change written to %1.</numerusform>
            <numerusform>%Ln changes written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::SendFormsDialog</name>
    <message numerus="yes">
        <source>All institutions (%n)</source>
        <translation>
            <numerusform>All institutions (%n)</numerusform>
            <numerusform>All institutions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) have not sent their report for %1, due on %2. Each one with a liaison e-mail gets an e-mail file (.eml) with its form attached, to open in Outlook or Thunderbird, check and send: nothing is sent by the program.</source>
        <translation>
            <numerusform>%n institution have not sent their report for %1, due on %2. Each one with a liaison e-mail gets an e-mail file (.eml) with its form attached, to open in Outlook or Thunderbird, check and send: nothing is sent by the program.</numerusform>
            <numerusform>%n institutions have not sent their report for %1, due on %2. Each one with a liaison e-mail gets an e-mail file (.eml) with its form attached, to open in Outlook or Thunderbird, check and send: nothing is sent by the program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written</source>
        <translation>
            <numerusform>%n form written</numerusform>
            <numerusform>%n forms written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) done</source>
        <translation>
            <numerusform>%n institution done</numerusform>
            <numerusform>%n institutions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written to %1</source>
        <translation>
            <numerusform>%n form written to %1</numerusform>
            <numerusform>%n forms written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written to %1</source>
        <translation>
            <numerusform>%n reminder written to %1</numerusform>
            <numerusform>%n reminders written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::sqlite</name>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1, and %n more problem</numerusform>
            <numerusform>%1, and %n more problems</numerusform>
        </translation>
    </message>
</context>
</TS>

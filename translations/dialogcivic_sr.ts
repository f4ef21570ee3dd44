<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_RS">
<context>
    <name>AddEventCommand</name>
    <message>
        <source>Add %1 no. %2</source>
        <translation>Dodaj %1 br. %2</translation>
    </message>
</context>
<context>
    <name>AddOrganizationCommand</name>
    <message>
        <source>Add “%1”</source>
        <extracomment>Undo/Redo menu text (&quot;Undo Add “Asociația X”&quot;); %1 is the organization&apos;s name</extracomment>
        <translation>Dodaj „%1“</translation>
    </message>
</context>
<context>
    <name>AnnualFiguresTableModel</name>
    <message>
        <source>n/a</source>
        <translation>n/p</translation>
    </message>
    <message>
        <source>%1 (records: %2)</source>
        <comment>report value, then the office&apos;s</comment>
        <translation>%1 (evidencija: %2)</translation>
    </message>
    <message>
        <source>Entered by hand by %1 on %2</source>
        <translation>Uneo ručno %1, %2</translation>
    </message>
    <message>
        <source>From the report (cell %1); the office&apos;s records give %2</source>
        <translation>Iz izveštaja (ćelija %1); evidencija kancelarije daje %2</translation>
    </message>
    <message>
        <source>From the report</source>
        <translation>Iz izveštaja</translation>
    </message>
    <message>
        <source>From the report (cell %1)</source>
        <translation>Iz izveštaja (ćelija %1)</translation>
    </message>
</context>
<context>
    <name>AnnualReportCommand</name>
    <message>
        <source>Record the annual report of %1</source>
        <extracomment>Undo/Redo menu text; %1 is a year</extracomment>
        <translation>Evidentiraj godišnji izveštaj institucije %1</translation>
    </message>
    <message>
        <source>Remove the annual report of %1</source>
        <translation>Ukloni godišnji izveštaj institucije %1</translation>
    </message>
</context>
<context>
    <name>AnnualReportRepository</name>
    <message>
        <source>Institution: the report needs its institution.</source>
        <translation>Institucija: za izveštaj je potrebna institucija.</translation>
    </message>
    <message>
        <source>Year: %1 is not a year under Law 52/2003.</source>
        <translation>Godina: %1 nije godina po Zakonu 52/2003.</translation>
    </message>
    <message>
        <source>Date received: the report needs the date it was received.</source>
        <translation>Datum prijema: za izveštaj je potreban datum prijema.</translation>
    </message>
    <message>
        <source>Date received: the report for %1 cannot be received in %2.</source>
        <translation>Datum prijema: izveštaj za %1 ne može biti primljen %2.</translation>
    </message>
    <message>
        <source>No report of %1 is recorded.</source>
        <translation>Nije evidentiran nijedan izveštaj za %1.</translation>
    </message>
    <message>
        <source>%1: not a figure of the report.</source>
        <translation>%1: nije podatak izveštaja.</translation>
    </message>
    <message>
        <source>%1: a whole number of 0 or more is due.</source>
        <translation>%1: potreban je ceo broj, 0 ili veći.</translation>
    </message>
    <message>
        <source>Code: %1 is not a figure of the evaluation form.</source>
        <translation>Šifra: %1 nije brojka iz obrasca za ocenu.</translation>
    </message>
    <message>
        <source>%1: this figure is not a number typed from a report.</source>
        <translation>%1: ova brojka nije broj unet iz izveštaja.</translation>
    </message>
    <message>
        <source>%1: the number cannot be negative.</source>
        <translation>%1: broj ne može biti negativan.</translation>
    </message>
    <message>
        <source>%1: the records of %2 already provide this figure; a manual entry is allowed only where no record exists.</source>
        <translation>%1: evidencija za %2 već daje ovu brojku; ručni unos je dozvoljen samo gde nema evidencije.</translation>
    </message>
    <message>
        <source>%1: no manual entry for %2.</source>
        <translation>%1: nema ručnog unosa za %2.</translation>
    </message>
</context>
<context>
    <name>AwardImporter</name>
    <message>
        <source>%1: no organization in the registry has the CIF %2</source>
        <translation>%1: nijedna organizacija u registru nema CIF %2</translation>
    </message>
    <message>
        <source>%1: required (or a CIF)</source>
        <translation>%1: obavezno (ili CIF)</translation>
    </message>
    <message>
        <source>%1: unknown county &apos;%2&apos;</source>
        <translation>%1: nepoznat okrug „%2“</translation>
    </message>
    <message>
        <source>%1: no organization named &apos;%2&apos; in the registry</source>
        <translation>%1: u registru nema organizacije pod nazivom „%2“</translation>
    </message>
    <message>
        <source>%1: several organizations are named &apos;%2&apos;; add the CIF or the county</source>
        <translation>%1: više organizacija se zove „%2“; dodajte CIF ili okrug</translation>
    </message>
    <message>
        <source>%1: required (the key of the import)</source>
        <translation>%1: obavezno (ključ uvoza)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a year</source>
        <translation>%1: „%2“ nije godina</translation>
    </message>
    <message>
        <source>%1: no call named &apos;%2&apos;%3</source>
        <translation>%1: nema konkursa pod nazivom „%2“%3</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> u %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an amount in lei</source>
        <translation>%1: „%2“ nije iznos u lejima</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>%1: „%2“ nije datum (GGGG-MM-DD ili DD.MM.GGGG)</translation>
    </message>
    <message>
        <source>%1: unknown status &apos;%2&apos; (contracted, paid, settled, cancelled, reimbursed)</source>
        <translation>%1: nepoznat status „%2“ (contracted, paid, settled, cancelled, reimbursed)</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: datoteka je prazna.</translation>
    </message>
    <message>
        <source>%1: the first row has no column for %2.</source>
        <translation>%1: prvi red nema kolonu za %2.</translation>
    </message>
    <message>
        <source>%1: the database cannot start the import (%2).</source>
        <translation>%1: baza podataka ne može da započne uvoz (%2).</translation>
    </message>
    <message>
        <source>a quoted field is not closed; it runs to the end of the file</source>
        <translation>polje pod navodnicima nije zatvoreno; proteže se do kraja datoteke</translation>
    </message>
    <message>
        <source>the row has %1 cells, the header row has %2</source>
        <translation>red ima %1 ćelija, a zaglavlje ima %2</translation>
    </message>
    <message>
        <source>%1: the database refused the import (%2).</source>
        <translation>%1: baza podataka je odbila uvoz (%2).</translation>
    </message>
    <message>
        <source>%1: the import could not be saved (%2).</source>
        <translation>%1: uvoz nije mogao da se sačuva (%2).</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>BodiesFundingDemo</name>
    <message>
        <source>The demo organization %1 is missing.</source>
        <translation>Demo organizacija %1 nedostaje.</translation>
    </message>
    <message>
        <source>The demo institution %1 is missing.</source>
        <translation>Demo institucija %1 nedostaje.</translation>
    </message>
</context>
<context>
    <name>BodyCommand</name>
    <message>
        <source>Add the body “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the body&apos;s name</extracomment>
        <translation>Dodaj telo „%1“</translation>
    </message>
    <message>
        <source>Edit the body “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the body&apos;s name</extracomment>
        <translation>Izmeni telo „%1“</translation>
    </message>
    <message>
        <source>Delete the body “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the body&apos;s name</extracomment>
        <translation>Obriši telo „%1“</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>Consultative body</source>
        <translation>Savetodavno telo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>Founding &amp;act no.:</source>
        <translation>Br. osnivačkog &amp;akta:</translation>
    </message>
    <message>
        <source>Act &amp;date:</source>
        <translation>&amp;Datum akta:</translation>
    </message>
    <message>
        <source>&amp;Secretariat:</source>
        <translation>&amp;Sekretarijat:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>S&amp;vrha:</translation>
    </message>
    <message>
        <source>&amp;Mandate (months):</source>
        <translation>&amp;Mandat (meseci):</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nije određeno</translation>
    </message>
    <message>
        <source>&amp;Quorum (members):</source>
        <translation>&amp;Kvorum (članova):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Active &amp;from:</source>
        <translation>Aktivno &amp;od:</translation>
    </message>
    <message>
        <source>&amp;Dissolved on:</source>
        <translation>&amp;Raspušteno dana:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Na&amp;pomene:</translation>
    </message>
</context>
<context>
    <name>BodyMeeting</name>
    <message>
        <source>Body: required.</source>
        <translation>Telo: obavezno.</translation>
    </message>
    <message>
        <source>Date: required.</source>
        <translation>Datum: obavezan.</translation>
    </message>
</context>
<context>
    <name>BodyMeetingCommand</name>
    <message>
        <source>Add the meeting of %1</source>
        <extracomment>Undo/Redo menu text; %1 is the meeting&apos;s date</extracomment>
        <translation>Dodaj sednicu od %1</translation>
    </message>
    <message>
        <source>Edit the meeting of %1</source>
        <extracomment>Undo/Redo menu text; %1 is the meeting&apos;s date</extracomment>
        <translation>Izmeni sednicu od %1</translation>
    </message>
    <message>
        <source>Delete the meeting of %1</source>
        <extracomment>Undo/Redo menu text; %1 is the meeting&apos;s date</extracomment>
        <translation>Obriši sednicu od %1</translation>
    </message>
</context>
<context>
    <name>BodyMeetingDialog</name>
    <message>
        <source>Meeting of the body</source>
        <translation>Sednica tela</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Dnevni red:</translation>
    </message>
    <message>
        <source>A&amp;ttendance:</source>
        <translation>&amp;Prisustvo:</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Prisutni članovi</translation>
    </message>
    <message>
        <source>D&amp;ecisions:</source>
        <translation>O&amp;dluke:</translation>
    </message>
    <message>
        <source>&amp;Minutes published</source>
        <translation>&amp;Zapisnik objavljen</translation>
    </message>
</context>
<context>
    <name>BodyMember</name>
    <message>
        <source>member</source>
        <translation>član</translation>
    </message>
    <message>
        <source>alternate</source>
        <translation>zamenik člana</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>predsedavajući</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>sekretarijat</translation>
    </message>
    <message>
        <source>Member: either an organization or an institution.</source>
        <translation>Član: ili organizacija ili institucija.</translation>
    </message>
    <message>
        <source>Body: required.</source>
        <translation>Telo: obavezno.</translation>
    </message>
    <message>
        <source>Mandate start: required.</source>
        <translation>Početak mandata: obavezan.</translation>
    </message>
    <message>
        <source>Mandate end: before the mandate&apos;s start.</source>
        <translation>Kraj mandata: pre početka mandata.</translation>
    </message>
</context>
<context>
    <name>BodyMemberCommand</name>
    <message>
        <source>Add the member “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization or institution</extracomment>
        <translation>Dodaj člana „%1“</translation>
    </message>
    <message>
        <source>End the mandate of “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization or institution</extracomment>
        <translation>Okončaj mandat člana „%1“</translation>
    </message>
    <message>
        <source>Edit the member “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization or institution</extracomment>
        <translation>Izmeni člana „%1“</translation>
    </message>
    <message>
        <source>Delete the member “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization or institution</extracomment>
        <translation>Obriši člana „%1“</translation>
    </message>
</context>
<context>
    <name>BodyMemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Član</translation>
    </message>
    <message>
        <source>Member &amp;is:</source>
        <translation>Član &amp;je:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organizacija:</translation>
    </message>
    <message>
        <source>Type part of the name, CIF or county</source>
        <translation>Unesite deo naziva, CIF ili okrug</translation>
    </message>
    <message>
        <source>Organizations found</source>
        <translation>Pronađene organizacije</translation>
    </message>
    <message>
        <source>I&amp;nstitution:</source>
        <translation>I&amp;nstitucija:</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>&amp;Predstavnik:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>U&amp;loga:</translation>
    </message>
    <message>
        <source>Mandate &amp;start:</source>
        <translation>Početak &amp;mandata:</translation>
    </message>
    <message>
        <source>Mandate &amp;end:</source>
        <translation>&amp;Kraj mandata:</translation>
    </message>
</context>
<context>
    <name>BodyMembershipList</name>
    <message>
        <source>Membership list</source>
        <translation>Spisak članova</translation>
    </message>
    <message>
        <source>Kind: %1; status: %2.</source>
        <translation>Vrsta: %1; status: %2.</translation>
    </message>
    <message>
        <source>Set up by act no. %1 of %2.</source>
        <translation>Osnovano aktom br. %1 od %2.</translation>
    </message>
    <message>
        <source>Secretariat: %1.</source>
        <translation>Sekretarijat: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mandate of %n month(s).</source>
        <translation>
            <numerusform>Mandat od %n meseca.</numerusform>
            <numerusform>Mandat od %n meseca.</numerusform>
            <numerusform>Mandat od %n meseci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum of %n member(s).</source>
        <translation>
            <numerusform>Kvorum od %n člana.</numerusform>
            <numerusform>Kvorum od %n člana.</numerusform>
            <numerusform>Kvorum od %n članova.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dissolved on %1.</source>
        <translation>Raspušteno %1.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Članovi</translation>
    </message>
    <message numerus="yes">
        <source>%n voting member(s) (chair and members) serve on %1; alternates and the secretariat do not count for the quorum.</source>
        <translation>
            <numerusform>Na dan %1 mandat ima %n član sa pravom glasa (predsedavajući i članovi); zamenici i sekretarijat se ne računaju za kvorum.</numerusform>
            <numerusform>Na dan %1 mandat imaju %n člana sa pravom glasa (predsedavajući i članovi); zamenici i sekretarijat se ne računaju za kvorum.</numerusform>
            <numerusform>Na dan %1 mandat ima %n članova sa pravom glasa (predsedavajući i članovi); zamenici i sekretarijat se ne računaju za kvorum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Član</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Predstavnik</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Mandate start</source>
        <translation>Početak mandata</translation>
    </message>
    <message>
        <source>Mandate end</source>
        <translation>Kraj mandata</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Prisustvo</translation>
    </message>
    <message>
        <source>Attendance rate per member</source>
        <translation>Stopa prisustva po članu</translation>
    </message>
    <message>
        <source>% of the meetings held during the mandate</source>
        <translation>% sednica održanih tokom mandata</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <extracomment>Attendance of a member: %1 meetings attended, %2 meetings held, %3 percent</extracomment>
        <translation>%1 od %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (okončan)</translation>
    </message>
    <message>
        <source>The body has no members recorded.</source>
        <translation>Za telo nije evidentiran nijedan član.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sednice</translation>
    </message>
    <message>
        <source>No meeting recorded.</source>
        <translation>Nije evidentirana nijedna sednica.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dnevni red</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Prisutni</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Odluke</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Zapisnik</translation>
    </message>
    <message>
        <source>published</source>
        <translation>objavljen</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nije objavljen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Upozorenja</translation>
    </message>
    <message>
        <source>The date it was dissolved is not known.</source>
        <translation>Datum raspuštanja nije poznat.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Napomene: %1</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>Attendance: no. %1 is not a member of this body.</source>
        <translation>Prisustvo: br. %1 nije član ovog tela.</translation>
    </message>
    <message>
        <source>Name: a body named %1 already exists.</source>
        <translation>Naziv: telo pod nazivom %1 već postoji.</translation>
    </message>
    <message>
        <source>Secretariat: the institution no. %1 does not exist.</source>
        <translation>Sekretarijat: institucija br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The body no. %1 does not exist.</source>
        <translation>Telo br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Body: the body no. %1 does not exist.</source>
        <translation>Telo: telo br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Member: the organization no. %1 does not exist.</source>
        <translation>Član: organizacija br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Member: the institution no. %1 does not exist.</source>
        <translation>Član: institucija br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The member no. %1 does not exist.</source>
        <translation>Član br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The meeting no. %1 does not exist.</source>
        <translation>Sednica br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The body to restore has no number.</source>
        <translation>Telo koje treba vratiti nema broj.</translation>
    </message>
    <message>
        <source>The body no. %1 already exists.</source>
        <translation>Telo br. %1 već postoji.</translation>
    </message>
    <message>
        <source>The member to restore has no number.</source>
        <translation>Član koga treba vratiti nema broj.</translation>
    </message>
    <message>
        <source>The member no. %1 already exists.</source>
        <translation>Član br. %1 već postoji.</translation>
    </message>
    <message>
        <source>The meeting to restore has no number.</source>
        <translation>Sednica koju treba vratiti nema broj.</translation>
    </message>
    <message>
        <source>The meeting no. %1 already exists.</source>
        <translation>Sednica br. %1 već postoji.</translation>
    </message>
</context>
<context>
    <name>BodyWarning</name>
    <message>
        <source>The mandate ended on %1 and was not renewed.</source>
        <translation>Mandat je istekao %1 i nije obnovljen.</translation>
    </message>
    <message>
        <source>%1 members serve on %2, below the quorum of %3.</source>
        <translation>%1 članova u %2, ispod kvoruma od %3.</translation>
    </message>
    <message>
        <source>The meeting of %1 had %2 members present, below the quorum of %3.</source>
        <translation>Na sednici od %1 bilo je prisutno %2 članova, ispod kvoruma od %3.</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>%1, edition %2 (%3)</source>
        <translation>%1, izdanje %2 (%3)</translation>
    </message>
    <message>
        <source>Events from %1 to %2</source>
        <extracomment>The name of an exported calendar of a period; %1 and %2 are dates (YYYY-MM-DD)</extracomment>
        <translation>Događaji od %1 do %2</translation>
    </message>
</context>
<context>
    <name>CalendarEntry</name>
    <message>
        <source>%1 no. %2</source>
        <extracomment>An event&apos;s title made of its kind and number: &quot;Videoconference no. 3&quot;</extracomment>
        <translation>%1 br. %2</translation>
    </message>
    <message>
        <source>%1, edition %2 (%3)</source>
        <translation>%1, izdanje %2 (%3)</translation>
    </message>
    <message>
        <source>The Service&apos;s own event</source>
        <extracomment>An event of no program, organized by the office itself (seed 000: &quot;Serviciul&quot;)</extracomment>
        <translation>Sopstveni događaj Službe</translation>
    </message>
    <message>
        <source>Organized by %1</source>
        <translation>Organizuje %1</translation>
    </message>
</context>
<context>
    <name>CalendarExporter</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Trajanje (minuta)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Izdanje</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Godina</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>Co-organizers</source>
        <translation>Suorganizatori</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>%1: unknown file type; a calendar is written to .ics, .csv or .xlsx files.</source>
        <translation>%1: nepoznata vrsta datoteke; kalendar se upisuje u datoteke .ics, .csv ili .xlsx.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a copy of the database was kept at %1</source>
        <translation>kopija baze podataka sačuvana je u %1</translation>
    </message>
    <message>
        <source>--database needs a file name</source>
        <translation>--database zahteva ime fajla</translation>
    </message>
    <message>
        <source>%1 cannot be changed: nothing was written</source>
        <translation>%1 se ne može menjati: ništa nije upisano</translation>
    </message>
    <message>
        <source>%1 already exists: a copy is written to a new file only; nothing was written.</source>
        <translation>%1 već postoji: kopija se upisuje samo u novu datoteku; ništa nije upisano.</translation>
    </message>
    <message>
        <source>%1: the user %2 may not change this database, so it cannot give roles on it; run init-server as the user that created it.</source>
        <translation>%1: korisnik %2 ne može da menja ovu bazu podataka, pa u njoj ne može da dodeljuje uloge; pokrenite init-server kao korisnik koji ju je napravio.</translation>
    </message>
</context>
<context>
    <name>ConclusionsCommand</name>
    <message>
        <source>Write the conclusions on the reports of %1</source>
        <extracomment>Undo/Redo menu text; %1 is a year</extracomment>
        <translation>Upiši zaključke o izveštajima za %1</translation>
    </message>
</context>
<context>
    <name>ConsultativeBody</name>
    <message>
        <source>council</source>
        <translation>savet</translation>
    </message>
    <message>
        <source>college</source>
        <translation>kolegijum</translation>
    </message>
    <message>
        <source>inter-ministerial committee</source>
        <translation>međuministarski komitet</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>radna grupa</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivna</translation>
    </message>
    <message>
        <source>dissolved</source>
        <translation>raspuštena</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>Naziv: obavezan.</translation>
    </message>
    <message>
        <source>Mandate length: must be at least one month.</source>
        <translation>Trajanje mandata: mora biti najmanje jedan mesec.</translation>
    </message>
    <message>
        <source>Quorum: must be at least one member.</source>
        <translation>Kvorum: mora biti najmanje jedan član.</translation>
    </message>
    <message>
        <source>Dissolved on: an active body has no dissolution date.</source>
        <translation>Raspušteno dana: aktivno telo nema datum raspuštanja.</translation>
    </message>
    <message>
        <source>Dissolved on: before the body was set up.</source>
        <translation>Raspušteno dana: pre osnivanja tela.</translation>
    </message>
</context>
<context>
    <name>CourtCase</name>
    <message>
        <source>won by the plaintiff</source>
        <translation>dobio tužilac</translation>
    </message>
    <message>
        <source>won by the institution</source>
        <translation>dobila institucija</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>u toku</translation>
    </message>
    <message>
        <source>Institution: the case needs the institution it was brought against.</source>
        <translation>Institucija: za postupak je potrebna institucija protiv koje je pokrenut.</translation>
    </message>
    <message>
        <source>Year: %1 is not a year under Law 52/2003.</source>
        <translation>Godina: %1 nije godina po Zakonu 52/2003.</translation>
    </message>
</context>
<context>
    <name>CourtCaseCommand</name>
    <message>
        <source>Add a court case of %1</source>
        <translation>Dodaj sudski postupak institucije %1</translation>
    </message>
    <message>
        <source>Delete a court case of %1</source>
        <translation>Obriši sudski postupak institucije %1</translation>
    </message>
    <message>
        <source>Edit a court case of %1</source>
        <translation>Izmeni sudski postupak institucije %1</translation>
    </message>
</context>
<context>
    <name>CourtCasesDialog</name>
    <message>
        <source>Court cases</source>
        <translation>Sudski postupci</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Godina:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Broj predmeta:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>neobavezno</translation>
    </message>
    <message>
        <source>&amp;Add as a new case</source>
        <translation>&amp;Dodaj kao novi postupak</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Sačuvaj &amp;izmene</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Obriši</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: datoteka ne može da se pročita (%2).</translation>
    </message>
    <message>
        <source>%1: the file is not a text file.</source>
        <translation>%1: datoteka nije tekstualna datoteka.</translation>
    </message>
    <message>
        <source>%1: the encoding %2 is not available.</source>
        <translation>%1: kodiranje %2 nije dostupno.</translation>
    </message>
    <message>
        <source>%1: the text looks like UTF-8 read as Windows-1250 (letters such as &quot;Č›&quot; or &quot;Ä…&quot;): the file is probably UTF-8; read it as UTF-8.</source>
        <translation>%1: tekst izgleda kao UTF-8 pročitan kao Windows-1250 (slova kao „Č›” ili „Ä…”): fajl je verovatno UTF-8; pročitajte ga kao UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the file is not valid UTF-8 (%n invalid byte(s)): it is probably Windows-1250; read it as Windows-1250.</source>
        <translation>
            <numerusform>%1: fajl nije ispravan UTF-8 (%n neispravan bajt): verovatno je Windows-1250; pročitajte ga kao Windows-1250.</numerusform>
            <numerusform>%1: fajl nije ispravan UTF-8 (%n neispravna bajta): verovatno je Windows-1250; pročitajte ga kao Windows-1250.</numerusform>
            <numerusform>%1: fajl nije ispravan UTF-8 (%n neispravnih bajtova): verovatno je Windows-1250; pročitajte ga kao Windows-1250.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the text already holds letters damaged by a wrong conversion (such as &quot;Č›&quot;, &quot;Ä…&quot;, &quot;Ã&quot; or &quot;�&quot;): it was probably UTF-8 read as Windows-1250 and saved again; check the names, or import the original UTF-8 file.</source>
        <translation>%1: tekst već sadrži slova oštećena pogrešnom konverzijom (kao „Č›”, „Ä…”, „Ã” ili „�”): verovatno je bio UTF-8 pročitan kao Windows-1250 i ponovo sačuvan; proverite nazive ili uvezite originalni UTF-8 fajl.</translation>
    </message>
    <message>
        <source>%1: reading failed (%2).</source>
        <translation>%1: čitanje nije uspelo (%2).</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters, the limit for one record</source>
        <translation>zapis ima više od %1 znakova, što je granica za jedan zapis</translation>
    </message>
    <message>
        <source>NUL byte at column %1</source>
        <translation>NUL bajt u koloni %1</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1 at column %2)</source>
        <translation>neispravan UTF-8 (bajt 0x%1 u koloni %2)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the check returned nothing</source>
        <translation>provera nije vratila ništa</translation>
    </message>
    <message>
        <source>no database file was named</source>
        <translation>nije naveden nijedan fajl baze podataka</translation>
    </message>
    <message>
        <source>%1: this is a folder, not a database file.</source>
        <translation>%1: ovo je fascikla, a ne datoteka baze podataka.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (permission denied).</source>
        <translation>%1: datoteka ne može da se pročita (pristup odbijen).</translation>
    </message>
    <message>
        <source>%1: this file is not a Dialog Civic database (not an SQLite file).</source>
        <translation>%1: ova datoteka nije baza podataka Dialog Civic (nije SQLite datoteka).</translation>
    </message>
    <message>
        <source>no such database: %1</source>
        <translation>ne postoji baza podataka: %1</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created.</source>
        <translation>%1: fascikla ne može da se napravi.</translation>
    </message>
    <message>
        <source>%1: the database cannot be opened: %2</source>
        <translation>%1: baza podataka ne može da se otvori: %2</translation>
    </message>
    <message>
        <source>%1: the file is damaged and cannot be read: %2</source>
        <translation>%1: datoteka je oštećena i ne može da se pročita: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program; it was left untouched.</source>
        <translation>%1 je SQLite baza podataka drugog programa; ostavljena je netaknuta.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was opened read-only and nothing can be changed in it: restore a copy, or ask for help.</source>
        <translation>%1 je oštećena (%2). Otvorena je samo za čitanje i u njoj se ništa ne može menjati: vratite kopiju ili zatražite pomoć.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: SQLite needs to create its journal beside the file; copy the file to a writable folder. %2 was opened read-only: you can look, but not change anything.</source>
        <translation>Fascikla %1 je samo za čitanje: SQLite mora da napravi svoj dnevnik pored fajla; kopirajte fajl u fasciklu u koju se može pisati. %2 je otvorena samo za čitanje: možete da gledate, ali ne i da menjate.</translation>
    </message>
    <message>
        <source>%1 is read-only: you can look, but not change anything.</source>
        <translation>%1 je samo za čitanje: možete da pregledate, ali ne i da menjate.</translation>
    </message>
    <message>
        <source>%1 is on a network share. SQLite cannot lock files reliably there; for a database shared by several people use PostgreSQL.</source>
        <translation>%1 je na mrežnom deljenom disku. SQLite tamo ne može pouzdano da zaključava datoteke; za bazu podataka koju deli više ljudi koristite PostgreSQL.</translation>
    </message>
    <message>
        <source>%1: the schema version cannot be read.</source>
        <translation>%1: verzija šeme ne može da se pročita.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dialog Civic (schema %2; this version knows up to %3). Update the program to open it.</source>
        <translation>%1 je upisala novija verzija programa Dialog Civic (šema %2; ova verzija poznaje do %3). Ažurirajte program da biste je otvorili.</translation>
    </message>
    <message>
        <source>%1 needs an update of its structure (schema %2 to %3), but the file is read-only.</source>
        <translation>%1 zahteva ažuriranje strukture (šema %2 u %3), ali je datoteka samo za čitanje.</translation>
    </message>
    <message>
        <source>%1: the update of the structure failed and was undone: %2</source>
        <translation>%1: ažuriranje strukture nije uspelo i poništeno je: %2</translation>
    </message>
    <message>
        <source>the copy %1 could not be made: %2</source>
        <translation>kopija %1 nije mogla da se napravi: %2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>korak %1: %2</translation>
    </message>
    <message>
        <source>step %1: a row of %2 refers to a missing row of %3.</source>
        <translation>korak %1: red iz %2 upućuje na nepostojeći red iz %3.</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s PostgreSQL driver is not installed (libqt6sql6-psql), so no database server can be reached.</source>
        <translation>%1: Qt-ov drajver za PostgreSQL nije instaliran (libqt6sql6-psql), pa nijedan server baza podataka ne može da se dosegne.</translation>
    </message>
    <message>
        <source>%1: the database server cannot be reached: %2</source>
        <translation>%1: server baza podataka ne može da se dosegne: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program; it was left untouched.</source>
        <translation>%1 je baza podataka drugog programa; ostavljena je netaknuta.</translation>
    </message>
    <message>
        <source>%1: the database could not be created and was left empty: %2</source>
        <translation>%1: baza podataka nije mogla da se napravi i ostavljena je prazna: %2</translation>
    </message>
    <message>
        <source>You may read %1 but not change it: the user %2 has no editor role (ask the administrator for dialogcivic_editor).</source>
        <extracomment>%2 is the user name on the database server; dialogcivic_editor is a role name, not translated</extracomment>
        <translation>Možete da čitate %1, ali ne i da je menjate: korisnik %2 nema ulogu urednika (zatražite od administratora ulogu dialogcivic_editor).</translation>
    </message>
    <message>
        <source>%1 needs an update of its structure (schema %2 to %3), which was not made: %4. The owner of the database makes it by running “dialogcivic --database URL db init-server”.</source>
        <extracomment>%1 names the database; %4 the server&apos;s reason; &quot;db init-server&quot; is a command</extracomment>
        <translation>%1 zahteva ažuriranje strukture (šema %2 u %3), koje nije izvršeno: %4. Vlasnik baze podataka ga izvršava pokretanjem „dialogcivic --database URL db init-server”.</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <source>Dialog Civic databases (*.sqlite *.db);;All files (*)</source>
        <translation>Baze podataka Dialog Civic (*.sqlite *.db);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Baza podataka ne može da se otvori</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Otvori drugu…</translation>
    </message>
    <message>
        <source>&amp;Create new…</source>
        <translation>&amp;Napravi novu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Otvori bazu podataka</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nova baza podataka</translation>
    </message>
    <message>
        <source>%1

You can open another database file, create a new one, connect to a server, or quit.</source>
        <translation>%1

Možete da otvorite drugu datoteku baze podataka, napravite novu, povežete se sa serverom ili izađete.</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Poveži se sa &amp;serverom…</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the foreign keys form a cycle through the table %1</source>
        <translation>strani ključevi čine ciklus kroz tabelu %1</translation>
    </message>
    <message>
        <source>no temporary folder can be made: %1</source>
        <translation>privremena fascikla ne može da se napravi: %1</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, red %2: %3</translation>
    </message>
    <message>
        <source>%1: a database cannot be copied onto itself.</source>
        <translation>%1: baza podataka ne može da se kopira preko same sebe.</translation>
    </message>
    <message>
        <source>%1 has no table %2 to copy the rows of %3 into; nothing was written.</source>
        <translation>%1 nema tabelu %2 u koju bi se kopirali redovi iz %3; ništa nije upisano.</translation>
    </message>
    <message>
        <source>%1 is not empty: its table %2 holds data beyond the rows a new database is made with (%3 rows); nothing was written.</source>
        <translation>%1 nije prazna: njena tabela %2 sadrži podatke pored redova s kojima se pravi nova baza podataka (%3 redova); ništa nije upisano.</translation>
    </message>
    <message>
        <source>%1: the copy failed, nothing was written: %2</source>
        <translation>%1: kopiranje nije uspelo, ništa nije upisano: %2</translation>
    </message>
    <message>
        <source>%1: the copy of the table %2 differs from the source (%3 rows, sha256 %4; the source: %5 rows, sha256 %6); nothing was written.</source>
        <translation>%1: kopija tabele %2 razlikuje se od izvora (%3 redova, sha256 %4; izvor: %5 redova, sha256 %6); ništa nije upisano.</translation>
    </message>
    <message>
        <source>%1 already exists: a copy is written to a new file only; nothing was written.</source>
        <translation>%1 već postoji: kopija se upisuje samo u novu datoteku; ništa nije upisano.</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>at least 10 calendar days for written recommendations</source>
        <translation>najmanje 10 kalendarskih dana za pisane preporuke</translation>
    </message>
    <message>
        <source>a requested public debate held within 10 days of publishing its date and place</source>
        <translation>zatražena javna rasprava održana u roku od 10 dana od objavljivanja datuma i mesta</translation>
    </message>
    <message>
        <source>a public meeting announced at least 3 days before</source>
        <translation>javni sastanak najavljen najmanje 3 dana unapred</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n radni dan</numerusform>
            <numerusform>%n radna dana</numerusform>
            <numerusform>%n radnih dana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dan</numerusform>
            <numerusform>%n dana</numerusform>
            <numerusform>%n dana</numerusform>
        </translation>
    </message>
    <message>
        <source>announced at least 30 working days before it is sent to other authorities for endorsement</source>
        <translation>najavljen najmanje 30 radnih dana pre nego što je upućen drugim organima na mišljenje</translation>
    </message>
    <message>
        <source>a public debate held when an association or another public authority asks for it in writing</source>
        <translation>javna rasprava održana kada je udruženje ili drugi organ javne vlasti pismeno zatraži</translation>
    </message>
    <message>
        <source>written justification</source>
        <translation>pisano obrazloženje</translation>
    </message>
    <message>
        <source>a written justification sent to the author of each rejected recommendation</source>
        <translation>pisano obrazloženje poslato autoru svake odbijene preporuke</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected recommendation(s) without the written justification sent</source>
        <translation>
            <numerusform>%n odbijena preporuka bez poslatog pisanog obrazloženja</numerusform>
            <numerusform>%n odbijene preporuke bez poslatog pisanog obrazloženja</numerusform>
            <numerusform>%n odbijenih preporuka bez poslatog pisanog obrazloženja</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be checked without the date it was sent to other authorities for endorsement</source>
        <translation>ne može se proveriti bez datuma kada je upućen drugim organima na mišljenje</translation>
    </message>
    <message>
        <source>requested, not held</source>
        <translation>zatražena, nije održana</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 manje od minimuma</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 kašnjenja</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>DeleteEventCommand</name>
    <message>
        <source>Delete %1 no. %2</source>
        <extracomment>Undo/Redo menu text; %1 is the event&apos;s kind (lower case), %2 its number within its kind</extracomment>
        <translation>Obriši %1 br. %2</translation>
    </message>
</context>
<context>
    <name>DeleteOrganizationCommand</name>
    <message>
        <source>Delete “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Obriši „%1“</translation>
    </message>
</context>
<context>
    <name>DemoDataset</name>
    <message>
        <source>The demo data %1 is missing.</source>
        <translation>Demo podaci %1 nedostaju.</translation>
    </message>
    <message>
        <source>The demo data %1 is damaged: %2</source>
        <translation>Demo podaci %1 su oštećeni: %2</translation>
    </message>
    <message>
        <source>The demo organization %1 names an unknown county.</source>
        <translation>Demo organizacija %1 navodi nepoznat okrug.</translation>
    </message>
</context>
<context>
    <name>DocumentLayout</name>
    <message>
        <source>Generated on %1</source>
        <extracomment>The footer of a document: &quot;Generated on 25 November 2026&quot;</extracomment>
        <translation>Napravljeno %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Page numbers in a document&apos;s footer: &quot;2 / 5&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The document cannot be drawn on this device.</source>
        <translation>Dokument ne može da se iscrta na ovom uređaju.</translation>
    </message>
    <message>
        <source>A new page cannot be started.</source>
        <translation>Nova strana ne može da se započne.</translation>
    </message>
    <message>
        <source>The document cannot be finished.</source>
        <translation>Dokument ne može da se završi.</translation>
    </message>
    <message>
        <source>No. %1 / %2</source>
        <extracomment>The registration line of an official document, filled in by hand: &quot;Nr. ……… / ………&quot; (number / day)</extracomment>
        <translation>Br. %1 / %2</translation>
    </message>
    <message>
        <source>Signature</source>
        <extracomment>Under the line where the signatory signs an official document</extracomment>
        <translation>Potpis</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Pregled pre štampe: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pregled pre štampe</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Štampa: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Štampaj</translation>
    </message>
</context>
<context>
    <name>DraftAct</name>
    <message>
        <source>law</source>
        <translation>zakon</translation>
    </message>
    <message>
        <source>government decision</source>
        <translation>odluka Vlade</translation>
    </message>
    <message>
        <source>emergency ordinance</source>
        <translation>hitna uredba</translation>
    </message>
    <message>
        <source>government ordinance</source>
        <translation>uredba Vlade</translation>
    </message>
    <message>
        <source>order</source>
        <translation>naredba</translation>
    </message>
    <message>
        <source>local council decision</source>
        <translation>odluka lokalnog veća</translation>
    </message>
    <message>
        <source>county council decision</source>
        <translation>odluka okružnog veća</translation>
    </message>
    <message>
        <source>other</source>
        <translation>drugo</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>u pripremi</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>najavljen</translation>
    </message>
    <message>
        <source>submitted for approval</source>
        <translation>podnet na usvajanje</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>usvojen</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>povučen</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>redovan</translation>
    </message>
    <message>
        <source>urgency procedure</source>
        <translation>hitan postupak</translation>
    </message>
    <message>
        <source>exception of the law</source>
        <translation>izuzetak po zakonu</translation>
    </message>
    <message>
        <source>association</source>
        <translation>udruženje</translation>
    </message>
    <message>
        <source>person</source>
        <translation>fizičko lice</translation>
    </message>
    <message>
        <source>public authority</source>
        <translation>organ javne vlasti</translation>
    </message>
    <message>
        <source>Institution: the draft needs the institution that drafts it.</source>
        <translation>Institucija: nacrtu je potrebna institucija koja ga priprema.</translation>
    </message>
    <message>
        <source>Title: the draft needs a title.</source>
        <translation>Naslov: nacrtu je potreban naslov.</translation>
    </message>
    <message>
        <source>Announcement date: a draft that is %1 needs the date it was announced.</source>
        <translation>Datum najave: nacrtu koji je %1 potreban je datum kada je najavljen.</translation>
    </message>
    <message>
        <source>Adoption date: the draft cannot be adopted (%1) before it was announced (%2).</source>
        <translation>Datum usvajanja: nacrt ne može biti usvojen (%1) pre nego što je najavljen (%2).</translation>
    </message>
    <message>
        <source>Adoption date: an adopted draft needs the date of adoption.</source>
        <translation>Datum usvajanja: za usvojeni nacrt potreban je datum usvajanja.</translation>
    </message>
    <message>
        <source>Status: a draft with an adoption date is adopted.</source>
        <translation>Status: nacrt sa datumom usvajanja je usvojen.</translation>
    </message>
    <message>
        <source>Sent for endorsement: the draft cannot be sent to other authorities (%1) before it was announced (%2).</source>
        <translation>Upućen na mišljenje: nacrt ne može biti upućen drugim organima (%1) pre nego što je najavljen (%2).</translation>
    </message>
    <message>
        <source>Adoption date: the draft cannot be adopted (%1) before it was sent for endorsement (%2).</source>
        <translation>Datum usvajanja: nacrt ne može biti usvojen (%1) pre nego što je upućen na mišljenje (%2).</translation>
    </message>
    <message>
        <source>Submission date: the draft cannot be submitted (%1) before it was announced (%2).</source>
        <translation>Datum podnošenja: nacrt ne može biti podnet (%1) pre nego što je najavljen (%2).</translation>
    </message>
    <message>
        <source>Adoption date: the draft cannot be adopted (%1) before it was submitted (%2).</source>
        <translation>Datum usvajanja: nacrt ne može biti usvojen (%1) pre nego što je podnet (%2).</translation>
    </message>
    <message>
        <source>Deadline for recommendations: it cannot be (%1) before the announcement (%2).</source>
        <translation>Rok za preporuke: ne može biti (%1) pre najave (%2).</translation>
    </message>
    <message>
        <source>Procedure reason: the %1 needs its reason.</source>
        <translation>Razlog postupka: za %1 je potreban razlog.</translation>
    </message>
    <message>
        <source>Requests from persons: the number cannot be negative.</source>
        <translation>Zahtevi fizičkih lica: broj ne može biti negativan.</translation>
    </message>
    <message>
        <source>Requests from associations: the number cannot be negative.</source>
        <translation>Zahtevi udruženja: broj ne može biti negativan.</translation>
    </message>
    <message>
        <source>Debate requested by: say who asked for the public debate.</source>
        <translation>Raspravu zatražio/la: navedite ko je tražio javnu raspravu.</translation>
    </message>
    <message>
        <source>Debate requested by: choose the organization from the registry or write the name of who asked.</source>
        <translation>Raspravu zatražio/la: izaberite organizaciju iz registra ili upišite ime onoga ko je tražio.</translation>
    </message>
    <message>
        <source>Debate request date: the debate cannot be requested (%1) before the draft was announced (%2).</source>
        <translation>Datum zahteva za raspravu: rasprava ne može biti zatražena (%1) pre nego što je nacrt najavljen (%2).</translation>
    </message>
    <message>
        <source>Debate date: a debate that was held needs its date.</source>
        <translation>Datum rasprave: za održanu raspravu potreban je datum.</translation>
    </message>
    <message>
        <source>Debate date: the debate has a date but is not marked as held.</source>
        <translation>Datum rasprave: rasprava ima datum, ali nije označena kao održana.</translation>
    </message>
    <message>
        <source>Debate date: the debate cannot be held (%1) before it was requested (%2).</source>
        <translation>Datum rasprave: rasprava ne može biti održana (%1) pre nego što je zatražena (%2).</translation>
    </message>
    <message>
        <source>Debate date: the debate cannot be held (%1) before its date and place were published (%2).</source>
        <translation>Datum rasprave: rasprava ne može biti održana (%1) pre objavljivanja datuma i mesta (%2).</translation>
    </message>
    <message>
        <source>Debate participants: the number cannot be negative.</source>
        <translation>Učesnici rasprave: broj ne može biti negativan.</translation>
    </message>
</context>
<context>
    <name>DraftActCommand</name>
    <message>
        <source>Add the draft “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the draft&apos;s title</extracomment>
        <translation>Dodaj nacrt „%1“</translation>
    </message>
    <message>
        <source>Edit the draft “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the draft&apos;s title</extracomment>
        <translation>Izmeni nacrt „%1“</translation>
    </message>
    <message>
        <source>Delete the draft “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the draft&apos;s title</extracomment>
        <translation>Obriši nacrt „%1“</translation>
    </message>
</context>
<context>
    <name>DraftActDialog</name>
    <message>
        <source>Draft act</source>
        <translation>Nacrt propisa</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institucija:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Naslov:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Vrsta:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Announced on:</source>
        <translation>Najavljen dana:</translation>
    </message>
    <message>
        <source>Announced:</source>
        <translation>Najavljen:</translation>
    </message>
    <message>
        <source>On the own website</source>
        <translation>Na sopstvenoj internet stranici</translation>
    </message>
    <message>
        <source>At the headquarters</source>
        <translation>U sedištu</translation>
    </message>
    <message>
        <source>In the mass media</source>
        <translation>U medijima</translation>
    </message>
    <message>
        <source>Recommendations until:</source>
        <translation>Preporuke do:</translation>
    </message>
    <message>
        <source>Submitted for approval:</source>
        <translation>Podnet na usvajanje:</translation>
    </message>
    <message>
        <source>Adopted on:</source>
        <translation>Usvojen dana:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Postupak:</translation>
    </message>
    <message>
        <source>Reason of the procedure:</source>
        <translation>Razlog postupka:</translation>
    </message>
    <message>
        <source>Requests from persons:</source>
        <translation>Zahtevi fizičkih lica:</translation>
    </message>
    <message>
        <source>Requests from associations:</source>
        <translation>Zahtevi udruženja:</translation>
    </message>
    <message>
        <source>Sent to requesters:</source>
        <translation>Poslato podnosiocima zahteva:</translation>
    </message>
    <message>
        <source>To the persons who asked</source>
        <translation>Fizičkim licima koja su tražila</translation>
    </message>
    <message>
        <source>To the associations who asked</source>
        <translation>Udruženjima koja su tražila</translation>
    </message>
    <message>
        <source>Public debate:</source>
        <translation>Javna rasprava:</translation>
    </message>
    <message>
        <source>A public debate was requested</source>
        <translation>Zatražena je javna rasprava</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Zatražio/la:</translation>
    </message>
    <message>
        <source>Find the NGO:</source>
        <translation>Pronađi OCD:</translation>
    </message>
    <message>
        <source>NGO from the registry:</source>
        <translation>OCD iz registra:</translation>
    </message>
    <message>
        <source>Other party:</source>
        <translation>Druga strana:</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>Zatraženo dana:</translation>
    </message>
    <message>
        <source>Debate held:</source>
        <translation>Rasprava održana:</translation>
    </message>
    <message>
        <source>The public debate was held</source>
        <translation>Javna rasprava je održana</translation>
    </message>
    <message>
        <source>Date and place published on:</source>
        <translation>Datum i mesto objavljeni dana:</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Održana dana:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Mesto:</translation>
    </message>
    <message>
        <source>Online:</source>
        <translation>Onlajn:</translation>
    </message>
    <message>
        <source>Held online</source>
        <translation>Održana onlajn</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Učesnici:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Napomene:</translation>
    </message>
    <message>
        <source>Sent to other authorities for endorsement:</source>
        <translation>Upućen drugim organima na mišljenje:</translation>
    </message>
    <message>
        <source>The day the draft was sent to other authorities for their endorsement. Art. 7(2) counts its 30 working days from the announcement up to this day. Leave it empty (–) until the draft is sent.</source>
        <translation>Dan kada je nacrt upućen drugim organima na mišljenje. Art. 7(2) računa 30 radnih dana od najave do tog dana. Ostavite prazno (–) dok nacrt ne bude upućen.</translation>
    </message>
</context>
<context>
    <name>DraftActRepository</name>
    <message>
        <source>Institution: the institution no. %1 does not exist.</source>
        <translation>Institucija: institucija br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The draft to put back has no id.</source>
        <translation>Nacrt koji treba vratiti nema identifikator.</translation>
    </message>
    <message>
        <source>The draft no. %1 does not exist.</source>
        <translation>Nacrt br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Announcement date: a recommendation was received on %1, before %2.</source>
        <translation>Datum najave: preporuka je primljena %1, pre %2.</translation>
    </message>
    <message>
        <source>Draft: the draft no. %1 does not exist.</source>
        <translation>Nacrt: nacrt br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Author: the organization no. %1 does not exist.</source>
        <translation>Autor: organizacija br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The recommendation to put back has no id.</source>
        <translation>Preporuka koju treba vratiti nema identifikator.</translation>
    </message>
    <message>
        <source>The recommendation no. %1 does not exist.</source>
        <translation>Preporuka br. %1 ne postoji.</translation>
    </message>
</context>
<context>
    <name>EditOrganizationCommand</name>
    <message>
        <source>Edit “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Izmeni „%1“</translation>
    </message>
</context>
<context>
    <name>Edition</name>
    <message>
        <source>Planned</source>
        <translation>Planirano</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>U toku</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zatvoreno</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Program: the edition belongs to no program.</source>
        <translation>Program: izdanje ne pripada nijednom programu.</translation>
    </message>
    <message>
        <source>Number: the edition&apos;s number must be 1 or more.</source>
        <translation>Broj: broj izdanja mora biti 1 ili veći.</translation>
    </message>
    <message>
        <source>Year: %1 is not a plausible year.</source>
        <translation>Godina: %1 nije verodostojna godina.</translation>
    </message>
    <message>
        <source>End: the end date %1 is before the start date %2.</source>
        <translation>Kraj: datum završetka %1 je pre datuma početka %2.</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <source>Edition</source>
        <translation>Izdanje</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Broj:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Godina:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Početak:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Cilj:</translation>
    </message>
    <message>
        <source>Central t&amp;heme:</source>
        <translation>Centralna t&amp;ema:</translation>
    </message>
    <message>
        <source>The central theme debated over the whole series of events of the edition</source>
        <translation>Centralna tema o kojoj se raspravljalo u celoj seriji događaja izdanja</translation>
    </message>
    <message>
        <source>Other the&amp;mes:</source>
        <translation>Ostale te&amp;me:</translation>
    </message>
    <message>
        <source>The other themes of the series, one per line</source>
        <translation>Ostale teme serije, jedna po redu</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Participants from NGOs: %1 is below zero.</source>
        <translation>Učesnici iz OCD: %1 je manje od nule.</translation>
    </message>
    <message>
        <source>Participants from local public administration: %1 is below zero.</source>
        <translation>Učesnici iz lokalne samouprave: %1 je manje od nule.</translation>
    </message>
    <message>
        <source>Participants from associative structures: %1 is below zero.</source>
        <translation>Učesnici iz asocijativnih struktura: %1 je manje od nule.</translation>
    </message>
    <message>
        <source>Other participants: %1 is below zero.</source>
        <translation>Ostali učesnici: %1 je manje od nule.</translation>
    </message>
    <message>
        <source>Videoconference</source>
        <translation>Videokonferencija</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferencija</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Radionica</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Okrugli sto</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Studijska poseta</translation>
    </message>
    <message>
        <source>Closing event</source>
        <translation>Završni događaj</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planirano</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Održano</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Odloženo</translation>
    </message>
    <message>
        <source>Organizer: an event has one organizer, an institution or an organization.</source>
        <translation>Organizator: događaj ima jednog organizatora, instituciju ili organizaciju.</translation>
    </message>
    <message>
        <source>Number: the event&apos;s number within its kind must be 1 or more.</source>
        <translation>Broj: broj događaja u okviru njegove vrste mora biti 1 ili veći.</translation>
    </message>
    <message>
        <source>Date: the event needs a date.</source>
        <translation>Datum: događaju je potreban datum.</translation>
    </message>
    <message>
        <source>Duration: %1 minutes; a duration is more than zero.</source>
        <translation>Trajanje: %1 minuta; trajanje je veće od nule.</translation>
    </message>
    <message>
        <source>Regions: a regional videoconference is for one or more development regions.</source>
        <translation>Regioni: regionalna videokonferencija je za jedan ili više regiona razvoja.</translation>
    </message>
</context>
<context>
    <name>EventDeletion</name>
    <message>
        <source>Delete the %1 no. %2 of %3, with its regions, co-organizers and attendance? You can put it back with Edit &gt; Undo.</source>
        <extracomment>%1 is the event&apos;s kind (lower case), %2 its number within its kind, %3 its date</extracomment>
        <translation>Obrisati %1 br. %2 od %3, sa njegovim regionima, suorganizatorima i prisustvom? Možete ga vratiti preko Uređivanje &gt; Opozovi.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Obriši događaj</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Novi događaj</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Izdanje:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>B&amp;roj:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>V&amp;reme:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes):</source>
        <translation>Tr&amp;ajanje (minuta):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Mesto:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Central &amp;theme:</source>
        <translation>Centralna &amp;tema:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>R&amp;egioni:</translation>
    </message>
    <message>
        <source>&amp;Co-organizers (partners of the edition):</source>
        <translation>&amp;Suorganizatori (partneri izdanja):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;apomene:</translation>
    </message>
    <message>
        <source>What the office notes about the event, e.g. a date that differs between two documents</source>
        <translation>Šta služba beleži o događaju, npr. datum koji se razlikuje u dva dokumenta</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>&amp;Organizator:</translation>
    </message>
    <message>
        <source>Who organizes an event that belongs to no program: the Service itself, an institution or an organization</source>
        <translation>Ko organizuje događaj koji ne pripada nijednom programu: sama Služba, institucija ili organizacija</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Organizer: the institution no. %1 does not exist.</source>
        <translation>Organizator: institucija br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Organizer: the organization no. %1 does not exist.</source>
        <translation>Organizator: organizacija br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Number: the edition already has %1 no. %2.</source>
        <translation>Broj: izdanje već ima %1 br. %2.</translation>
    </message>
    <message>
        <source>Number: an event of no program is already %1 no. %2.</source>
        <translation>Broj: događaj bez programa je već %1 br. %2.</translation>
    </message>
    <message>
        <source>%1 is outside the edition&apos;s period (%2 to %3).</source>
        <translation>%1 je van perioda izdanja (%2 – %3).</translation>
    </message>
    <message>
        <source>%1 is before the start of the edition (%2).</source>
        <translation>%1 je pre početka izdanja (%2).</translation>
    </message>
    <message>
        <source>%1 is after the end of the edition (%2).</source>
        <translation>%1 je posle kraja izdanja (%2).</translation>
    </message>
    <message>
        <source>%1 is outside the edition&apos;s year %2.</source>
        <translation>%1 je van godine izdanja, %2.</translation>
    </message>
    <message>
        <source>On %1 there is already %2 of %3 (%4) for the region %5.</source>
        <translation>Dana %1 već postoji %2 od %3 (%4) za region %5.</translation>
    </message>
    <message>
        <source>On %1 there is already %2 (of no program) for the region %3.</source>
        <extracomment>%2 is an event that belongs to no program</extracomment>
        <translation>Na dan %1 već postoji %2 (bez programa) za region %3.</translation>
    </message>
    <message>
        <source>%1 co-organizes the event but is not a partner of its edition.</source>
        <translation>%1 suorganizuje događaj, ali nije partner njegovog izdanja.</translation>
    </message>
    <message>
        <source>Edition: the edition no. %1 does not exist.</source>
        <translation>Izdanje: izdanje br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Regions: the region no. %1 cannot be set (%2).</source>
        <translation>Regioni: region br. %1 ne može da se postavi (%2).</translation>
    </message>
    <message>
        <source>Co-organizers: the organization no. %1 cannot be set (%2).</source>
        <translation>Suorganizatori: organizacija br. %1 ne može da se postavi (%2).</translation>
    </message>
    <message>
        <source>Attending organizations: the organization no. %1 cannot be set (%2).</source>
        <translation>Prisutne organizacije: organizacija br. %1 ne može da se postavi (%2).</translation>
    </message>
    <message>
        <source>The event no. %1 no longer exists.</source>
        <translation>Događaj br. %1 više ne postoji.</translation>
    </message>
    <message>
        <source>The event cannot be deleted: %1</source>
        <translation>Događaj ne može da se obriše: %1</translation>
    </message>
    <message>
        <source>The event cannot be put back: it has no id.</source>
        <translation>Događaj ne može da se vrati: nema identifikator.</translation>
    </message>
</context>
<context>
    <name>FiguresCsv</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne može da se upiše: %2</translation>
    </message>
</context>
<context>
    <name>FundingAward</name>
    <message>
        <source>contracted</source>
        <translation>ugovoreno</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>isplaćeno</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>opravdano</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>otkazano</translation>
    </message>
    <message>
        <source>reimbursed</source>
        <translation>vraćeno</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Traženo</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Odobreno</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Isplaćeno</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Sopstveni doprinos</translation>
    </message>
    <message>
        <source>Call: required.</source>
        <translation>Konkurs: obavezan.</translation>
    </message>
    <message>
        <source>Organization: required.</source>
        <translation>Organizacija: obavezna.</translation>
    </message>
    <message>
        <source>Project: required.</source>
        <translation>Projekat: obavezan.</translation>
    </message>
    <message>
        <source>%1: cannot be negative.</source>
        <translation>%1: ne može biti negativno.</translation>
    </message>
    <message>
        <source>Paid: more than the amount granted (%1).</source>
        <translation>Isplaćeno: više od odobrenog iznosa (%1).</translation>
    </message>
    <message>
        <source>End: before the start.</source>
        <translation>Kraj: pre početka.</translation>
    </message>
</context>
<context>
    <name>FundingAwardCommand</name>
    <message>
        <source>Add the award “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the project&apos;s title</extracomment>
        <translation>Dodaj dodelu „%1“</translation>
    </message>
    <message>
        <source>Edit the award “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the project&apos;s title</extracomment>
        <translation>Izmeni dodelu „%1“</translation>
    </message>
    <message>
        <source>Delete the award “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the project&apos;s title</extracomment>
        <translation>Obriši dodelu „%1“</translation>
    </message>
</context>
<context>
    <name>FundingAwardDialog</name>
    <message>
        <source>Award</source>
        <translation>Dodela</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>&amp;Konkurs:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organizacija:</translation>
    </message>
    <message>
        <source>Type part of the name, CIF or county</source>
        <translation>Unesite deo naziva, CIF ili okrug</translation>
    </message>
    <message>
        <source>Organizations found</source>
        <translation>Pronađene organizacije</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekat:</translation>
    </message>
    <message>
        <source>Re&amp;quested (lei):</source>
        <translation>&amp;Traženo (leja):</translation>
    </message>
    <message>
        <source>&amp;Granted (lei):</source>
        <translation>&amp;Odobreno (leja):</translation>
    </message>
    <message>
        <source>P&amp;aid (lei):</source>
        <translation>&amp;Isplaćeno (leja):</translation>
    </message>
    <message>
        <source>O&amp;wn contribution (lei):</source>
        <translation>&amp;Sopstveni doprinos (leja):</translation>
    </message>
    <message>
        <source>Co&amp;ntract no.:</source>
        <translation>Br. &amp;ugovora:</translation>
    </message>
    <message>
        <source>Contract &amp;date:</source>
        <translation>&amp;Datum ugovora:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Počinje:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Završava se:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>FundingCall</name>
    <message>
        <source>Institution: required.</source>
        <translation>Institucija: obavezna.</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>Naziv: obavezan.</translation>
    </message>
    <message>
        <source>Year: between 1990 and 2100.</source>
        <translation>Godina: između 1990 i 2100.</translation>
    </message>
    <message>
        <source>Budget: cannot be negative.</source>
        <translation>Budžet: ne može biti negativan.</translation>
    </message>
    <message>
        <source>Submission deadline: before the call opens.</source>
        <translation>Rok za podnošenje: pre otvaranja konkursa.</translation>
    </message>
    <message>
        <source>Results: before the submission deadline.</source>
        <translation>Rezultati: pre roka za podnošenje.</translation>
    </message>
</context>
<context>
    <name>FundingCallCommand</name>
    <message>
        <source>Add the call “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the call&apos;s name</extracomment>
        <translation>Dodaj konkurs „%1“</translation>
    </message>
    <message>
        <source>Edit the call “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the call&apos;s name</extracomment>
        <translation>Izmeni konkurs „%1“</translation>
    </message>
    <message>
        <source>Delete the call “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the call&apos;s name</extracomment>
        <translation>Obriši konkurs „%1“</translation>
    </message>
</context>
<context>
    <name>FundingCallDialog</name>
    <message>
        <source>Funding call</source>
        <translation>Konkurs za finansiranje</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institucija:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Godina:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Oblast:</translation>
    </message>
    <message>
        <source>&amp;Budget (lei):</source>
        <translation>&amp;Budžet (leja):</translation>
    </message>
    <message>
        <source>e.g. 250.000,00</source>
        <translation>npr. 250.000,00</translation>
    </message>
    <message>
        <source>&amp;Opens on:</source>
        <translation>&amp;Otvara se:</translation>
    </message>
    <message>
        <source>&amp;Submission deadline:</source>
        <translation>&amp;Rok za podnošenje:</translation>
    </message>
    <message>
        <source>&amp;Results on:</source>
        <translation>&amp;Rezultati:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Na&amp;pomene:</translation>
    </message>
</context>
<context>
    <name>FundingRepository</name>
    <message>
        <source>Institution: no. %1 does not exist.</source>
        <translation>Institucija: br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Domain: no. %1 does not exist.</source>
        <translation>Oblast: br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The call no. %1 does not exist.</source>
        <translation>Konkurs br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>%1 has awards; delete those first.</source>
        <translation>%1 ima dodele; najpre njih obrišite.</translation>
    </message>
    <message>
        <source>The call to restore has no number.</source>
        <translation>Konkurs koji treba vratiti nema broj.</translation>
    </message>
    <message>
        <source>The call no. %1 already exists.</source>
        <translation>Konkurs br. %1 već postoji.</translation>
    </message>
    <message>
        <source>Call: no. %1 does not exist.</source>
        <translation>Konkurs: br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Organization: no. %1 does not exist.</source>
        <translation>Organizacija: br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Contract number: %1 is already used by another award (no. %2).</source>
        <translation>Broj ugovora: %1 već koristi druga dodela (br. %2).</translation>
    </message>
    <message>
        <source>The award no. %1 does not exist.</source>
        <translation>Dodela br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The award to restore has no number.</source>
        <translation>Dodela koju treba vratiti nema broj.</translation>
    </message>
    <message>
        <source>The award no. %1 already exists.</source>
        <translation>Dodela br. %1 već postoji.</translation>
    </message>
</context>
<context>
    <name>FundingSummary</name>
    <message>
        <source>(all domains)</source>
        <translation>(sve oblasti)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>FundingSynthesis</name>
    <message>
        <source>Synthesis on the public funding of NGOs</source>
        <translation>Sinteza o javnom finansiranju OCD</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Godina %1</translation>
    </message>
    <message numerus="yes">
        <source>In %1 the public authorities recorded here granted %2 to non-governmental organizations through %n award(s) under the non-refundable financing of non-profit activities of general interest (Law 350/2005), of a total budget of %3 (%4 awarded); %5 were paid. Cancelled awards are left out of every sum.</source>
        <translation>
            <numerusform>U %1. godini ovde evidentirani organi javne vlasti odobrili su nevladinim organizacijama %2 kroz %n dodelu u okviru bespovratnog finansiranja neprofitnih aktivnosti od opšteg interesa (Zakon 350/2005), od ukupnog budžeta od %3 (dodeljeno %4); isplaćeno je %5. Otkazane dodele nisu uračunate ni u jedan zbir.</numerusform>
            <numerusform>U %1. godini ovde evidentirani organi javne vlasti odobrili su nevladinim organizacijama %2 kroz %n dodele u okviru bespovratnog finansiranja neprofitnih aktivnosti od opšteg interesa (Zakon 350/2005), od ukupnog budžeta od %3 (dodeljeno %4); isplaćeno je %5. Otkazane dodele nisu uračunate ni u jedan zbir.</numerusform>
            <numerusform>U %1. godini ovde evidentirani organi javne vlasti odobrili su nevladinim organizacijama %2 kroz %n dodela u okviru bespovratnog finansiranja neprofitnih aktivnosti od opšteg interesa (Zakon 350/2005), od ukupnog budžeta od %3 (dodeljeno %4); isplaćeno je %5. Otkazane dodele nisu uračunate ni u jedan zbir.</numerusform>
        </translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>Po instituciji</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>Po oblasti</translation>
    </message>
    <message>
        <source>By county</source>
        <translation>Po okrugu</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Po regionu</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Dodele</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budžet</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Odobreno</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>Udeo u budžetu</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Isplaćeno</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Traženo</translation>
    </message>
    <message>
        <source>No award in %1.</source>
        <translation>Nema dodela u %1.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>Granted per institution, %1</source>
        <translation>Odobreno po instituciji, %1</translation>
    </message>
    <message>
        <source>Granted and paid per region, %1</source>
        <translation>Odobreno i isplaćeno po regionu, %1</translation>
    </message>
    <message>
        <source>lei</source>
        <translation>leja</translation>
    </message>
    <message>
        <source>Organizations funded by several institutions</source>
        <translation>Organizacije koje finansira više institucija</translation>
    </message>
    <message>
        <source>No organization was funded by more than one institution in %1.</source>
        <translation>U %1. nijednu organizaciju nije finansiralo više od jedne institucije.</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) received awards from two or more institutions in the year; the list helps to check that the same activity is not financed twice.</source>
        <translation>
            <numerusform>%n organizacija je tokom godine dobila sredstva od dve ili više institucija; spisak pomaže da se proveri da ista aktivnost nije finansirana dvaput.</numerusform>
            <numerusform>%n organizacije su tokom godine dobile sredstva od dve ili više institucija; spisak pomaže da se proveri da ista aktivnost nije finansirana dvaput.</numerusform>
            <numerusform>%n organizacija je tokom godine dobilo sredstva od dve ili više institucija; spisak pomaže da se proveri da ista aktivnost nije finansirana dvaput.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institucije</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>%1, edition %2 (%3)</source>
        <translation>%1, izdanje %2 (%3)</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Regioni: %1</translation>
    </message>
    <message>
        <source>Co-organizers: %1</source>
        <translation>Suorganizatori: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Central theme: %1</source>
        <translation>Centralna tema: %1</translation>
    </message>
    <message>
        <source>Other themes: %1</source>
        <translation>Druge teme: %1</translation>
    </message>
    <message>
        <source>%1: this is a folder; give a file name for the calendar.</source>
        <translation>%1: ovo je fascikla; navedite naziv datoteke za kalendar.</translation>
    </message>
    <message>
        <source>%1: the calendar cannot be written (the folder does not exist).</source>
        <translation>%1: kalendar ne može da se upiše (fascikla ne postoji).</translation>
    </message>
    <message>
        <source>%1: the calendar cannot be written (%2).</source>
        <translation>%1: kalendar ne može da se upiše (%2).</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Akronim</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Pravna forma</translation>
    </message>
    <message>
        <source>CIF</source>
        <translation>CIF</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Registarski broj</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Internet stranica</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontakt osoba</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Oblasti</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volonteri</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Volontiranje</translation>
    </message>
</context>
<context>
    <name>ImportLog</name>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: datoteka ne može da se pročita (%2).</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>persons</source>
        <translation>lica</translation>
    </message>
    <message>
        <source>events</source>
        <translation>događaji</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>dokumenti</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organizacije</translation>
    </message>
    <message>
        <source>other</source>
        <translation>drugo</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>uneto</translation>
    </message>
    <message>
        <source>count of held events</source>
        <translation>broj održanih događaja</translation>
    </message>
    <message>
        <source>sum of participants of held events</source>
        <translation>zbir učesnika održanih događaja</translation>
    </message>
    <message>
        <source>exactly</source>
        <extracomment>How an indicator&apos;s value is meant: exactly this number</extracomment>
        <translation>tačno</translation>
    </message>
    <message>
        <source>at least</source>
        <extracomment>How an indicator&apos;s value is meant: this number or more</extracomment>
        <translation>najmanje</translation>
    </message>
    <message>
        <source>over</source>
        <extracomment>How an indicator&apos;s value is meant: more than this number (&quot;peste 600&quot;)</extracomment>
        <translation>preko</translation>
    </message>
    <message>
        <source>about</source>
        <extracomment>How an indicator&apos;s value is meant: close to this number</extracomment>
        <translation>oko</translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>An indicator&apos;s value: &quot;at least 10&quot;</extracomment>
        <translation>najmanje %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <extracomment>An indicator&apos;s value: &quot;over 600&quot; (seed 003: &quot;peste 600&quot;)</extracomment>
        <translation>preko %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>An indicator&apos;s value: &quot;about 50&quot;</extracomment>
        <translation>oko %1</translation>
    </message>
    <message>
        <source>Edition: the indicator belongs to no edition.</source>
        <translation>Izdanje: indikator ne pripada nijednom izdanju.</translation>
    </message>
    <message>
        <source>Name: the indicator needs a name.</source>
        <translation>Naziv: indikatoru je potreban naziv.</translation>
    </message>
    <message>
        <source>Target: %1 is below zero; a target is zero or more.</source>
        <translation>Cilj: %1 je manje od nule; cilj je nula ili više.</translation>
    </message>
    <message>
        <source>Achieved: %1 is below zero; an achieved value is zero or more.</source>
        <translation>Ostvareno: %1 je manje od nule; ostvarena vrednost je nula ili više.</translation>
    </message>
    <message>
        <source>Achieved: this indicator is computed from the events; it cannot be typed.</source>
        <translation>Ostvareno: ovaj indikator se izračunava iz događaja; ne može se uneti.</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Jedinica:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cilj:</translation>
    </message>
    <message>
        <source>A&amp;chieved value:</source>
        <translation>Ost&amp;varena vrednost:</translation>
    </message>
    <message>
        <source>E&amp;vents counted:</source>
        <translation>Broj&amp;ani događaji:</translation>
    </message>
    <message>
        <source>Achie&amp;ved:</source>
        <translation>Ostv&amp;areno:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Na&amp;pomene:</translation>
    </message>
    <message>
        <source>How the target is meant: exactly, at least, over or about this number</source>
        <translation>Kako se cilj shvata: tačno, najmanje, preko ili oko ovog broja</translation>
    </message>
    <message>
        <source>How the achieved value is meant: exactly, at least, over (seed 003: “peste 600”) or about this number</source>
        <translation>Kako se ostvarena vrednost shvata: tačno, najmanje, preko (kao „preko 600”) ili oko ovog broja</translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>Name: the edition already has an indicator &apos;%1&apos;.</source>
        <translation>Naziv: izdanje već ima indikator „%1“.</translation>
    </message>
    <message>
        <source>The indicator no. %1 no longer exists.</source>
        <translation>Indikator br. %1 više ne postoji.</translation>
    </message>
    <message>
        <source>The indicator to put back has no id.</source>
        <translation>Indikator koji treba vratiti nema identifikator.</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Draft normative acts adopted</source>
        <translation>Usvojeni nacrti propisa</translation>
    </message>
    <message>
        <source>Draft normative acts announced publicly</source>
        <translation>Javno najavljeni nacrti propisa</translation>
    </message>
    <message>
        <source>Drafts announced on the institution&apos;s website</source>
        <translation>Nacrti najavljeni na internet stranici institucije</translation>
    </message>
    <message>
        <source>Drafts displayed at the headquarters</source>
        <translation>Nacrti izloženi u sedištu</translation>
    </message>
    <message>
        <source>Drafts announced in the mass media</source>
        <translation>Nacrti najavljeni u medijima</translation>
    </message>
    <message>
        <source>Requests for information on drafts from persons</source>
        <translation>Zahtevi fizičkih lica za informacije o nacrtima</translation>
    </message>
    <message>
        <source>Requests for information on drafts from associations</source>
        <translation>Zahtevi udruženja za informacije o nacrtima</translation>
    </message>
    <message>
        <source>Drafts sent to persons who asked for them</source>
        <translation>Nacrti poslati fizičkim licima koja su ih tražila</translation>
    </message>
    <message>
        <source>Drafts sent to associations who asked for them</source>
        <translation>Nacrti poslati udruženjima koja su ih tražila</translation>
    </message>
    <message>
        <source>Persons designated for the relation with civil society</source>
        <translation>Lica određena za odnose sa civilnim društvom</translation>
    </message>
    <message>
        <source>Recommendations received</source>
        <translation>Primljene preporuke</translation>
    </message>
    <message>
        <source>Recommendations received online</source>
        <translation>Preporuke primljene onlajn</translation>
    </message>
    <message>
        <source>Share of recommendations received online (%)</source>
        <translation>Udeo preporuka primljenih onlajn (%)</translation>
    </message>
    <message>
        <source>Recommendations included in the drafts</source>
        <translation>Preporuke unete u nacrte</translation>
    </message>
    <message>
        <source>Written justifications of rejected recommendations sent</source>
        <translation>Poslata pisana obrazloženja odbijenih preporuka</translation>
    </message>
    <message>
        <source>Drafts with at least one recommendation accepted</source>
        <translation>Nacrti sa najmanje jednom prihvaćenom preporukom</translation>
    </message>
    <message>
        <source>Drafts with no recommendation accepted</source>
        <translation>Nacrti bez prihvaćenih preporuka</translation>
    </message>
    <message>
        <source>Public debates at the initiative of associations</source>
        <translation>Javne rasprave na inicijativu udruženja</translation>
    </message>
    <message>
        <source>Public debates at the initiative of public authorities</source>
        <translation>Javne rasprave na inicijativu organa javne vlasti</translation>
    </message>
    <message>
        <source>Drafts adopted without a mandatory public debate (urgency or exceptions)</source>
        <translation>Nacrti usvojeni bez obavezne javne rasprave (hitnost ili izuzeci)</translation>
    </message>
    <message>
        <source>Public meetings</source>
        <translation>Javni sastanci</translation>
    </message>
    <message>
        <source>Public meetings announced at the headquarters</source>
        <translation>Javni sastanci najavljeni u sedištu</translation>
    </message>
    <message>
        <source>Public meetings announced on the website</source>
        <translation>Javni sastanci najavljeni na internet stranici</translation>
    </message>
    <message>
        <source>Public meetings announced in the mass media</source>
        <translation>Javni sastanci najavljeni u medijima</translation>
    </message>
    <message>
        <source>Estimated participants in public meetings (officials excluded)</source>
        <translation>Procenjeni broj učesnika javnih sastanaka (bez službenika)</translation>
    </message>
    <message>
        <source>Public meetings held with the mass media present</source>
        <translation>Javni sastanci održani uz prisustvo medija</translation>
    </message>
    <message>
        <source>Observations and recommendations expressed in public meetings</source>
        <translation>Primedbe i preporuke iznete na javnim sastancima</translation>
    </message>
    <message>
        <source>Observations and recommendations included in the decisions</source>
        <translation>Primedbe i preporuke unete u odluke</translation>
    </message>
    <message>
        <source>Meetings not public</source>
        <translation>Sastanci koji nisu javni</translation>
    </message>
    <message>
        <source>Meetings not public: classified or exempted information</source>
        <translation>Sastanci koji nisu javni: tajni ili izuzeti podaci</translation>
    </message>
    <message>
        <source>Meetings not public: secret vote</source>
        <translation>Sastanci koji nisu javni: tajno glasanje</translation>
    </message>
    <message>
        <source>Meetings not public: other reasons</source>
        <translation>Sastanci koji nisu javni: drugi razlozi</translation>
    </message>
    <message>
        <source>Minutes of public meetings made public</source>
        <translation>Javno objavljeni zapisnici javnih sastanaka</translation>
    </message>
    <message>
        <source>Court cases under the law on decisional transparency</source>
        <translation>Sudski postupci po zakonu o transparentnosti odlučivanja</translation>
    </message>
    <message>
        <source>Court cases won by the plaintiff</source>
        <translation>Sudski postupci dobijeni od strane tužioca</translation>
    </message>
    <message>
        <source>Court cases won by the institution</source>
        <translation>Sudski postupci dobijeni od strane institucije</translation>
    </message>
    <message>
        <source>Court cases pending</source>
        <translation>Sudski postupci u toku</translation>
    </message>
    <message>
        <source>The institution&apos;s evaluation of its partnership with citizens and associations</source>
        <translation>Ocena institucije o partnerstvu sa građanima i udruženjima</translation>
    </message>
    <message>
        <source>Requests for information on drafts</source>
        <translation>Zahtevi za informacije o nacrtima</translation>
    </message>
    <message>
        <source>Interested associations, foundations and federations on record (art. 52 of G.O. 26/2000)</source>
        <translation>Zainteresovana udruženja, fondacije i savezi u evidenciji (čl. 52 Uredbe 26/2000)</translation>
    </message>
    <message>
        <source>How the persons were designated and other duties they hold</source>
        <translation>Način određivanja lica i druge dužnosti koje obavljaju</translation>
    </message>
    <message>
        <source>The structure for the relation with associations (art. 51 of G.O. 26/2000)</source>
        <translation>Organizaciona jedinica za odnose sa udruženjima (čl. 51 Uredbe 26/2000)</translation>
    </message>
    <message>
        <source>Public debates held</source>
        <translation>Održane javne rasprave</translation>
    </message>
    <message>
        <source>Minutes of public meetings drawn up</source>
        <translation>Sačinjeni zapisnici sa javnih sednica</translation>
    </message>
    <message>
        <source>Measures to improve the partnership</source>
        <translation>Mere za unapređenje partnerstva</translation>
    </message>
    <message>
        <source>very good</source>
        <comment>D1: the institution&apos;s own evaluation</comment>
        <translation>veoma dobra</translation>
    </message>
    <message>
        <source>good</source>
        <comment>D1: the institution&apos;s own evaluation</comment>
        <translation>dobra</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <comment>D1: the institution&apos;s own evaluation</comment>
        <translation>zadovoljavajuća</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <comment>D1: the institution&apos;s own evaluation</comment>
        <translation>nezadovoljavajuća</translation>
    </message>
</context>
<context>
    <name>Institution</name>
    <message>
        <source>ministry</source>
        <translation>ministarstvo</translation>
    </message>
    <message>
        <source>central agency</source>
        <translation>centralna agencija</translation>
    </message>
    <message>
        <source>other central authority</source>
        <translation>drugi centralni organ</translation>
    </message>
    <message>
        <source>county council</source>
        <translation>okružno veće</translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation>prefektura</translation>
    </message>
    <message>
        <source>city hall</source>
        <translation>gradska uprava</translation>
    </message>
    <message>
        <source>local council</source>
        <translation>lokalno veće</translation>
    </message>
    <message>
        <source>other local authority</source>
        <translation>drugi lokalni organ</translation>
    </message>
    <message>
        <source>central</source>
        <translation>centralni</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokalni</translation>
    </message>
    <message>
        <source>Name: the institution needs a name.</source>
        <translation>Naziv: instituciji je potreban naziv.</translation>
    </message>
    <message>
        <source>County: a local authority needs its county.</source>
        <translation>Okrug: za lokalni organ potreban je okrug.</translation>
    </message>
    <message>
        <source>Liaison e-mail: &apos;%1&apos; is not an e-mail address.</source>
        <translation>E-pošta osobe za vezu: „%1“ nije adresa e-pošte.</translation>
    </message>
    <message>
        <source>Liaison phone: &apos;%1&apos; is not a Romanian phone number.</source>
        <translation>Telefon osobe za vezu: „%1“ nije rumunski broj telefona.</translation>
    </message>
    <message>
        <source>Liaison: the contact details need the name of the person designated.</source>
        <translation>Osoba za vezu: za kontakt podatke potrebno je ime određene osobe.</translation>
    </message>
</context>
<context>
    <name>InstitutionCommand</name>
    <message>
        <source>Edit the institution “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the institution&apos;s name</extracomment>
        <translation>Izmeni instituciju „%1“</translation>
    </message>
    <message>
        <source>Add the institution “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the institution&apos;s name</extracomment>
        <translation>Dodaj instituciju „%1“</translation>
    </message>
    <message>
        <source>Delete the institution “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the institution&apos;s name</extracomment>
        <translation>Obriši instituciju „%1“</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naziv:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Vrsta:</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>Okrug:</translation>
    </message>
    <message>
        <source>Liaison name:</source>
        <translation>Ime osobe za vezu:</translation>
    </message>
    <message>
        <source>Liaison function:</source>
        <translation>Funkcija osobe za vezu:</translation>
    </message>
    <message>
        <source>Liaison e-mail:</source>
        <translation>E-pošta osobe za vezu:</translation>
    </message>
    <message>
        <source>Liaison phone:</source>
        <translation>Telefon osobe za vezu:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Napomene:</translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message numerus="yes">
        <source>%n draft act(s)</source>
        <translation>
            <numerusform>%n nacrt propisa</numerusform>
            <numerusform>%n nacrta propisa</numerusform>
            <numerusform>%n nacrta propisa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public meeting(s)</source>
        <translation>
            <numerusform>%n javna sednica</numerusform>
            <numerusform>%n javne sednice</numerusform>
            <numerusform>%n javnih sednica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n court case(s)</source>
        <translation>
            <numerusform>%n sudski postupak</numerusform>
            <numerusform>%n sudska postupka</numerusform>
            <numerusform>%n sudskih postupaka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annual report(s)</source>
        <translation>
            <numerusform>%n godišnji izveštaj</numerusform>
            <numerusform>%n godišnja izveštaja</numerusform>
            <numerusform>%n godišnjih izveštaja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) entered by hand</source>
        <translation>
            <numerusform>%n ručno uneta vrednost</numerusform>
            <numerusform>%n ručno unete vrednosti</numerusform>
            <numerusform>%n ručno unetih vrednosti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding call(s)</source>
        <translation>
            <numerusform>%n konkurs za finansiranje</numerusform>
            <numerusform>%n konkursa za finansiranje</numerusform>
            <numerusform>%n konkursa za finansiranje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the secretariat of %n consultative body(ies)</source>
        <translation>
            <numerusform>sekretarijat %n savetodavnog tela</numerusform>
            <numerusform>sekretarijat %n savetodavna tela</numerusform>
            <numerusform>sekretarijat %n savetodavnih tela</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in consultative bodies</source>
        <translation>
            <numerusform>%n mesto u savetodavnim telima</numerusform>
            <numerusform>%n mesta u savetodavnim telima</numerusform>
            <numerusform>%n mesta u savetodavnim telima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) it organizes</source>
        <translation>
            <numerusform>%n događaj koji organizuje</numerusform>
            <numerusform>%n događaja koje organizuje</numerusform>
            <numerusform>%n događaja koje organizuje</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: an institution named %1 already exists.</source>
        <translation>Naziv: institucija pod nazivom %1 već postoji.</translation>
    </message>
    <message>
        <source>The institution no. %1 does not exist.</source>
        <translation>Institucija br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while records refer to it: %2. Delete or move those first.</source>
        <extracomment>%1 is the institution&apos;s name, %2 the records that refer to it (&quot;3 draft acts; 1 court case&quot;)</extracomment>
        <translation>%1 ne može da se obriše dok se zapisi pozivaju na nju: %2. Najpre njih obrišite ili premestite.</translation>
    </message>
    <message>
        <source>The institution to put back has no id.</source>
        <translation>Institucija koju treba vratiti nema identifikator.</translation>
    </message>
</context>
<context>
    <name>ManualFigureCommand</name>
    <message>
        <source>Enter the figure %1 by hand</source>
        <extracomment>Undo/Redo menu text; %1 is an indicator code such as A7</extracomment>
        <translation>Ručno unesi vrednost %1</translation>
    </message>
    <message>
        <source>Remove the figure %1 typed by hand</source>
        <translation>Ukloni ručno unetu vrednost %1</translation>
    </message>
</context>
<context>
    <name>MoveEventCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Premesti %1 na %2</translation>
    </message>
</context>
<context>
    <name>NationalRegisterImporter</name>
    <message>
        <source>%1: the name is missing</source>
        <translation>%1: nedostaje naziv</translation>
    </message>
    <message>
        <source>%1: the registry number is missing</source>
        <translation>%1: nedostaje registarski broj</translation>
    </message>
    <message>
        <source>%1: the county is missing</source>
        <translation>%1: nedostaje okrug</translation>
    </message>
    <message>
        <source>%1: unknown county &apos;%2&apos;</source>
        <translation>%1: nepoznat okrug „%2“</translation>
    </message>
    <message>
        <source>%1: unknown status &apos;%2&apos;</source>
        <translation>%1: nepoznat status „%2“</translation>
    </message>
    <message>
        <source>%1: the database refused the import (%2).</source>
        <translation>%1: baza podataka je odbila uvoz (%2).</translation>
    </message>
    <message>
        <source>%1: no header row with the columns &apos;%2&apos; and &apos;%3&apos; in the first %4 rows.</source>
        <translation>%1: nema reda zaglavlja sa kolonama „%2“ i „%3“ u prvih %4 redova.</translation>
    </message>
    <message>
        <source>%1: the header row has no column &apos;%2&apos;.</source>
        <translation>%1: red zaglavlja nema kolonu „%2“.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a registry number</source>
        <translation>%1: „%2” nije registarski broj</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Uvoz je otkazan; ništa nije promenjeno.</translation>
    </message>
    <message>
        <source>%1: the file&apos;s name does not say whether it holds associations, foundations, federations or unions; choose the kind.</source>
        <translation>%1: naziv datoteke ne govori da li sadrži udruženja, fondacije, federacije ili saveze; izaberite vrstu.</translation>
    </message>
    <message>
        <source>The database cannot start the import (%1).</source>
        <translation>Baza podataka ne može da započne uvoz (%1).</translation>
    </message>
    <message>
        <source>The search index could not be updated (%1).</source>
        <translation>Indeks pretrage nije mogao da se ažurira (%1).</translation>
    </message>
    <message>
        <source>The import could not be saved (%1).</source>
        <translation>Uvoz nije mogao da se sačuva (%1).</translation>
    </message>
</context>
<context>
    <name>NgoEvidenceReport</name>
    <message>
        <source>Active</source>
        <translation>Aktivno</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/p</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizacije</translation>
    </message>
    <message>
        <source>With volunteering</source>
        <translation>Sa volontiranjem</translation>
    </message>
    <message>
        <source>Share of all</source>
        <translation>Udeo u ukupnom</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>The evidence of non-governmental organizations</source>
        <translation>Evidencija nevladinih organizacija</translation>
    </message>
    <message>
        <source>Per development region and county, on %1</source>
        <translation>Po regionu razvoja i okrugu, na dan %1</translation>
    </message>
    <message>
        <source>Organizations in the evidence: %1, of which active: %2 (%3).</source>
        <translation>Organizacije u evidenciji: %1, od toga aktivnih: %2 (%3).</translation>
    </message>
    <message>
        <source>Organizations with volunteering activity: %1 (%2).</source>
        <translation>Organizacije sa volonterskom aktivnošću: %1 (%2).</translation>
    </message>
    <message>
        <source>Domains of activity with at least one organization: %1.</source>
        <translation>Oblasti delovanja sa najmanje jednom organizacijom: %1.</translation>
    </message>
    <message>
        <source>Counties with no organization in the evidence: %1.</source>
        <translation>Okruzi bez ijedne organizacije u evidenciji: %1.</translation>
    </message>
    <message>
        <source>Organizations whose county is not known (undetermined), counted in the totals but in no county or region: %1.</source>
        <translation>Organizacije čiji okrug nije poznat (neodređen), uračunate u ukupne zbirove, ali ni u jedan okrug ni region: %1.</translation>
    </message>
    <message>
        <source>Not counted as NGOs: %1 (%2), listed in section 4.</source>
        <translation>Nisu uračunate kao OCD: %1 (%2), navedene u odeljku 4.</translation>
    </message>
    <message>
        <source>1. Per development region</source>
        <translation>1. Po regionu razvoja</translation>
    </message>
    <message>
        <source>2. Per county</source>
        <translation>2. Po okrugu</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <source>The counties with the most organizations (at most 15)</source>
        <translation>Okruzi sa najviše organizacija (najviše 15)</translation>
    </message>
    <message>
        <source>3. Per domain of activity</source>
        <translation>3. Po oblasti delovanja</translation>
    </message>
    <message>
        <source>No domain of activity is recorded.</source>
        <translation>Nije evidentirana nijedna oblast delovanja.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>An organization may work in several domains, so the domains add up to more than the organizations.</source>
        <translation>Organizacija može delovati u više oblasti, pa je zbir po oblastima veći od broja organizacija.</translation>
    </message>
    <message>
        <source>4. Partners that are not NGOs</source>
        <translation>4. Partneri koji nisu OCD</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>Organizations per development region</source>
        <translation>Organizacije po regionu razvoja</translation>
    </message>
    <message>
        <source>Organizations per county</source>
        <translation>Organizacije po okrugu</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>%1: the spreadsheet cannot be read; the file is damaged or truncated (%2).</source>
        <translation>%1: tabela ne može da se pročita; datoteka je oštećena ili nepotpuna (%2).</translation>
    </message>
    <message>
        <source>%1: the spreadsheet is too large to be read here (its content inflates to more than %2 MB).</source>
        <translation>%1: tabela je prevelika da bi se ovde pročitala (njen sadržaj se raspakuje u više od %2 MB).</translation>
    </message>
    <message>
        <source>bad compressed data</source>
        <translation>neispravni komprimovani podaci</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>red %1: %2</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: datoteka ne postoji.</translation>
    </message>
    <message>
        <source>%1: not an OpenDocument spreadsheet, or the file is damaged or truncated.</source>
        <translation>%1: nije OpenDocument tabela, ili je datoteka oštećena ili nepotpuna.</translation>
    </message>
    <message>
        <source>%1: an OpenDocument file, but not a spreadsheet.</source>
        <translation>%1: OpenDocument datoteka, ali nije tabela.</translation>
    </message>
    <message>
        <source>%1: not an OpenDocument spreadsheet (it has no content.xml).</source>
        <translation>%1: nije OpenDocument tabela (nema content.xml).</translation>
    </message>
    <message>
        <source>%1: the spreadsheet is refused: its content.xml inflates to more than %2 times its compressed size, the limit (a &quot;zip bomb&quot;).</source>
        <translation>%1: tabela je odbijena: njen content.xml se raspakuje u više od %2 puta svoje komprimovane veličine, što je granica („zip bomba”).</translation>
    </message>
    <message>
        <source>%1: the spreadsheet is refused: cell %2 holds more than %3 characters, Excel&apos;s limit for one cell.</source>
        <translation>%1: tabela je odbijena: ćelija %2 ima više od %3 znakova, što je Excelova granica za jednu ćeliju.</translation>
    </message>
    <message>
        <source>a cell longer than a cell may be</source>
        <translation>ćelija duža nego što ćelija sme da bude</translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <source>association</source>
        <comment>legal form</comment>
        <translation>udruženje</translation>
    </message>
    <message>
        <source>foundation</source>
        <comment>legal form</comment>
        <translation>fondacija</translation>
    </message>
    <message>
        <source>federation</source>
        <comment>legal form</comment>
        <translation>federacija</translation>
    </message>
    <message>
        <source>union</source>
        <comment>legal form</comment>
        <translation>savez</translation>
    </message>
    <message>
        <source>branch</source>
        <comment>legal form</comment>
        <translation>ogranak</translation>
    </message>
    <message>
        <source>associative structure of local authorities</source>
        <translation>asocijativna struktura lokalnih vlasti</translation>
    </message>
    <message>
        <source>other partner (not an NGO)</source>
        <translation>drugi partner (nije OCD)</translation>
    </message>
    <message>
        <source>NGO</source>
        <comment>organization kind</comment>
        <translation>OCD</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>neodređen</translation>
    </message>
    <message>
        <source>active</source>
        <comment>registry status</comment>
        <translation>aktivna</translation>
    </message>
    <message>
        <source>in liquidation</source>
        <comment>registry status</comment>
        <translation>u likvidaciji</translation>
    </message>
    <message>
        <source>dissolved</source>
        <comment>registry status</comment>
        <translation>raspuštena</translation>
    </message>
    <message>
        <source>struck off</source>
        <comment>registry status</comment>
        <translation>brisana iz registra</translation>
    </message>
</context>
<context>
    <name>OrganizationAliasRepository</name>
    <message>
        <source>The organization no. %1 no longer exists.</source>
        <translation>Organizacija br. %1 više ne postoji.</translation>
    </message>
    <message>
        <source>A record cannot be marked as the same organization as itself.</source>
        <translation>Zapis ne može biti označen kao ista organizacija sa samim sobom.</translation>
    </message>
    <message>
        <source>%1 is already marked as the same organization as %2; remove that mark first.</source>
        <extracomment>%1 and %2 are organization records</extracomment>
        <translation>%1 je već označena kao ista organizacija kao %2; prvo uklonite tu oznaku.</translation>
    </message>
    <message>
        <source>%1 is itself marked as the same organization as %2: choose %2.</source>
        <extracomment>%1 is the chosen record, %2 the record it is already marked the same as</extracomment>
        <translation>%1 je i sama označena kao ista organizacija kao %2: izaberite %2.</translation>
    </message>
    <message>
        <source>Other records are marked as the same organization as %1 (%2): mark %3 instead, or remove those marks first.</source>
        <extracomment>%1 is a record that other records are marked the same as, %2 one of them</extracomment>
        <translation>Drugi zapisi su označeni kao ista organizacija kao %1 (%2): umesto toga označite %3 ili prvo uklonite te oznake.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Organization</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>A&amp;cronym:</source>
        <translation>Akr&amp;onim:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Pravna forma:</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adresa i kontakt</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>O&amp;krug:</translation>
    </message>
    <message>
        <source>Localit&amp;y:</source>
        <translation>Mest&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresa:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;pošta:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>T&amp;elefon:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Internet stranica:</translation>
    </message>
    <message>
        <source>Contact pe&amp;rson:</source>
        <translation>Kontakt o&amp;soba:</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registracija</translation>
    </message>
    <message>
        <source>C&amp;IF:</source>
        <translation>C&amp;IF:</translation>
    </message>
    <message>
        <source>Registry n&amp;umber:</source>
        <translation>Registarski b&amp;roj:</translation>
    </message>
    <message>
        <source>Re&amp;gistry date:</source>
        <translation>Datum re&amp;gistracije:</translation>
    </message>
    <message>
        <source>Pu&amp;blic-utility decision:</source>
        <translation>Odluka o &amp;javnoj koristi:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Delatnost</translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation>O&amp;blasti:</translation>
    </message>
    <message>
        <source>The domains of activity of the organization. Select one and press Delete to remove it.</source>
        <translation>Oblasti delovanja organizacije. Izaberite jednu i pritisnite Delete da je uklonite.</translation>
    </message>
    <message>
        <source>Type a domain or choose one</source>
        <translation>Unesite oblast ili izaberite jednu</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>a domain to the list</comment>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>the selected domain from the list</comment>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Works with &amp;volunteers</source>
        <translation>Radi sa &amp;volonterima</translation>
    </message>
    <message>
        <source>Numb&amp;er of volunteers:</source>
        <translation>Broj vol&amp;ontera:</translation>
    </message>
    <message>
        <source>&amp;Purposes:</source>
        <translation>&amp;Ciljevi:</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>Napo&amp;mene</translation>
    </message>
</context>
<context>
    <name>OrganizationExporter</name>
    <message>
        <source>%1: the organizations cannot be read (%2).</source>
        <translation>%1: organizacije ne mogu da se pročitaju (%2).</translation>
    </message>
    <message>
        <source>%1: unknown file type; the export writes .csv and .xlsx files.</source>
        <translation>%1: nepoznata vrsta datoteke; izvoz upisuje datoteke .csv i .xlsx.</translation>
    </message>
</context>
<context>
    <name>OrganizationImporter</name>
    <message>
        <source>%1: the database refused the import (%2).</source>
        <translation>%1: baza podataka je odbila uvoz (%2).</translation>
    </message>
    <message>
        <source>%1: unknown county &apos;%2&apos;</source>
        <translation>%1: nepoznat okrug „%2“</translation>
    </message>
    <message>
        <source>%1: unknown legal form &apos;%2&apos;</source>
        <translation>%1: nepoznata pravna forma „%2“</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: „%2“ nije ceo broj</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not da/nu, yes/no or 1/0</source>
        <translation>%1: „%2“ nije da/nu, yes/no ili 1/0</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: datoteka je prazna.</translation>
    </message>
    <message>
        <source>%1: the first row has no column with the organization&apos;s name (%2).</source>
        <translation>%1: prvi red nema kolonu sa nazivom organizacije (%2).</translation>
    </message>
    <message>
        <source>%1: the database cannot start the import (%2).</source>
        <translation>%1: baza podataka ne može da započne uvoz (%2).</translation>
    </message>
    <message>
        <source>a quoted field is not closed; it runs to the end of the file</source>
        <translation>polje pod navodnicima nije zatvoreno; proteže se do kraja datoteke</translation>
    </message>
    <message>
        <source>the row has %1 cells, the header row has %2</source>
        <translation>red ima %1 ćelija, a zaglavlje ima %2</translation>
    </message>
    <message>
        <source>%1: the search index could not be updated (%2).</source>
        <translation>%1: indeks pretrage nije mogao da se ažurira (%2).</translation>
    </message>
    <message>
        <source>%1: the import could not be saved (%2).</source>
        <translation>%1: uvoz nije mogao da se sačuva (%2).</translation>
    </message>
</context>
<context>
    <name>OrganizationRemoval</name>
    <message numerus="yes">
        <source>%n recommendation(s) it sent keep its name as text</source>
        <translation>
            <numerusform>%n preporuka koju je poslala zadržava njen naziv kao tekst</numerusform>
            <numerusform>%n preporuke koje je poslala zadržavaju njen naziv kao tekst</numerusform>
            <numerusform>%n preporuka koje je poslala zadržava njen naziv kao tekst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public debate request(s) keep its name as text</source>
        <translation>
            <numerusform>%n zahtev za javnu raspravu zadržava njen naziv kao tekst</numerusform>
            <numerusform>%n zahteva za javnu raspravu zadržavaju njen naziv kao tekst</numerusform>
            <numerusform>%n zahteva za javnu raspravu zadržava njen naziv kao tekst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in consultative bodies</source>
        <translation>
            <numerusform>%n mesto u savetodavnim telima</numerusform>
            <numerusform>%n mesta u savetodavnim telima</numerusform>
            <numerusform>%n mesta u savetodavnim telima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding award(s)</source>
        <translation>
            <numerusform>%n dodeljeno finansiranje</numerusform>
            <numerusform>%n dodeljena finansiranja</numerusform>
            <numerusform>%n dodeljenih finansiranja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) it organizes</source>
        <translation>
            <numerusform>%n događaj koji organizuje</numerusform>
            <numerusform>%n događaja koje organizuje</numerusform>
            <numerusform>%n događaja koje organizuje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) as the same organization as another record</source>
        <translation>
            <numerusform>%n oznaka kao ista organizacija sa drugim zapisom</numerusform>
            <numerusform>%n oznake kao ista organizacija sa drugim zapisima</numerusform>
            <numerusform>%n oznaka kao ista organizacija sa drugim zapisima</numerusform>
        </translation>
    </message>
    <message>
        <source>The organization no. %1 no longer exists.</source>
        <translation>Organizacija br. %1 više ne postoji.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while these refer to it: %2. Remove it from those first.</source>
        <extracomment>%1 is the organization&apos;s name, %2 the records that refer to it (&quot;2 seats in consultative bodies&quot;)</extracomment>
        <translation>%1 ne može da se obriše dok se ovi zapisi pozivaju na nju: %2. Najpre je uklonite iz njih.</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>The CIF %1 is already used by another organization (no. %2).</source>
        <translation>CIF %1 već koristi druga organizacija (br. %2).</translation>
    </message>
    <message>
        <source>The registry number %1 is already used by another organization (no. %2).</source>
        <translation>Registarski broj %1 već koristi druga organizacija (br. %2).</translation>
    </message>
    <message>
        <source>The organization no. %1 no longer exists.</source>
        <translation>Organizacija br. %1 više ne postoji.</translation>
    </message>
    <message>
        <source>The organization %1 cannot be deleted: %2</source>
        <translation>Organizacija %1 ne može da se obriše: %2</translation>
    </message>
</context>
<context>
    <name>OrganizationValidation</name>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Akronim</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Pravna forma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CIF</source>
        <translation>CIF</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Registarski broj</translation>
    </message>
    <message>
        <source>Registry date</source>
        <translation>Datum registracije</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Internet stranica</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontakt osoba</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volonteri</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Oblasti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Naziv je obavezan.</translation>
    </message>
    <message>
        <source>The name is longer than 500 characters.</source>
        <translation>Naziv je duži od 500 znakova.</translation>
    </message>
    <message>
        <source>The name holds the invisible character %1 (a control or text-direction character).</source>
        <translation>Naziv sadrži nevidljivi znak %1 (kontrolni znak ili znak smera teksta).</translation>
    </message>
    <message>
        <source>The CIF %1 is not valid (2 to 10 digits, the last one a check digit).</source>
        <translation>CIF %1 nije ispravan (2 do 10 cifara, poslednja je kontrolna cifra).</translation>
    </message>
    <message>
        <source>The e-mail address %1 is not valid.</source>
        <translation>Adresa e-pošte %1 nije ispravna.</translation>
    </message>
    <message>
        <source>The phone number %1 is not a Romanian number (e.g. 021 314 3400, 0722 123 456, +40 21 314 3400).</source>
        <translation>Broj telefona %1 nije rumunski broj (npr. 021 314 3400, 0722 123 456, +40 21 314 3400).</translation>
    </message>
    <message>
        <source>The web address %1 is not valid.</source>
        <translation>Internet adresa %1 nije ispravna.</translation>
    </message>
    <message>
        <source>The number of volunteers cannot be negative.</source>
        <translation>Broj volontera ne može biti negativan.</translation>
    </message>
    <message>
        <source>The registry date is in the future.</source>
        <translation>Datum registracije je u budućnosti.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organizacija:</translation>
    </message>
    <message>
        <source>Type part of the name, CIF or county</source>
        <translation>Unesite deo naziva, CIF ili okrug</translation>
    </message>
    <message>
        <source>Organizations found</source>
        <translation>Pronađene organizacije</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Uloga:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Početak:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Napomene:</translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>Promoter</source>
        <translation>Promoter</translation>
    </message>
    <message>
        <source>Associative structure of local authorities</source>
        <translation>Asocijativna struktura lokalnih vlasti</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Korisnik</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Predloženo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivno</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Završeno</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Povučeno</translation>
    </message>
    <message>
        <source>Edition: the partnership belongs to no edition.</source>
        <translation>Izdanje: partnerstvo ne pripada nijednom izdanju.</translation>
    </message>
    <message>
        <source>Organization: choose the partner organization.</source>
        <translation>Organizacija: izaberite partnersku organizaciju.</translation>
    </message>
    <message>
        <source>End: the end date %1 is before the start date %2.</source>
        <translation>Kraj: datum završetka %1 je pre datuma početka %2.</translation>
    </message>
</context>
<context>
    <name>PartnershipRepository</name>
    <message>
        <source>Organization: the organization no. %1 does not exist.</source>
        <translation>Organizacija: organizacija br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Edition: the edition no. %1 does not exist.</source>
        <translation>Izdanje: izdanje br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>%1, edition %2 (%3)</source>
        <translation>%1, izdanje %2 (%3)</translation>
    </message>
    <message>
        <source>Organization: %1 is already a partner of %2 as %3.</source>
        <translation>Organizacija: %1 je već partner programa %2 kao %3.</translation>
    </message>
    <message>
        <source>The partnership no. %1 no longer exists.</source>
        <translation>Partnerstvo br. %1 više ne postoji.</translation>
    </message>
    <message>
        <source>The partnership cannot be deleted: %1</source>
        <translation>Partnerstvo ne može da se obriše: %1</translation>
    </message>
    <message>
        <source>The partnership to put back has no id.</source>
        <translation>Partnerstvo koje treba vratiti nema identifikator.</translation>
    </message>
    <message>
        <source>%1 of %2, edition %3 (%4)</source>
        <translation>%1 programa %2, izdanje %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>co-organizer of %n event(s)</source>
        <translation>
            <numerusform>suorganizator na %n događaju</numerusform>
            <numerusform>suorganizator na %n događaja</numerusform>
            <numerusform>suorganizator na %n događaja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>attended %n event(s)</source>
        <translation>
            <numerusform>učestvovala na %n događaju</numerusform>
            <numerusform>učestvovala na %n događaja</numerusform>
            <numerusform>učestvovala na %n događaja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne može da se upiše: %2</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Project</source>
        <translation>Projekat</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Name: the program needs a name.</source>
        <translation>Naziv: programu je potreban naziv.</translation>
    </message>
</context>
<context>
    <name>ProgramDemoData</name>
    <message>
        <source>The demo partner %1 is not among the organizations.</source>
        <translation>Demo partner %1 nije među organizacijama.</translation>
    </message>
    <message>
        <source>The demo partner %1 has an unknown role.</source>
        <translation>Demo partner %1 ima nepoznatu ulogu.</translation>
    </message>
    <message>
        <source>A demo event has the unknown kind %1.</source>
        <translation>Demo događaj ima nepoznatu vrstu %1.</translation>
    </message>
    <message>
        <source>The demo event %1 names an unknown region %2.</source>
        <translation>Demo događaj %1 navodi nepoznat region %2.</translation>
    </message>
    <message>
        <source>The demo co-organizer %1 is not a partner of the edition.</source>
        <translation>Demo suorganizator %1 nije partner izdanja.</translation>
    </message>
</context>
<context>
    <name>ProgramRepository</name>
    <message>
        <source>&apos;%1&apos; matches several programs: %2. Give more of the name.</source>
        <translation>„%1“ odgovara više programa: %2. Navedite veći deo naziva.</translation>
    </message>
    <message>
        <source>No program matches &apos;%1&apos;: the database has no programs.</source>
        <translation>Nijedan program ne odgovara „%1“: baza podataka nema programe.</translation>
    </message>
    <message>
        <source>No program matches &apos;%1&apos;. The programs are: %2.</source>
        <translation>Nijedan program ne odgovara „%1“. Programi su: %2.</translation>
    </message>
    <message>
        <source>No program matches &apos;%1&apos;.</source>
        <translation>Nijedan program ne odgovara „%1“.</translation>
    </message>
    <message>
        <source>The program no. %1 no longer exists.</source>
        <translation>Program br. %1 više ne postoji.</translation>
    </message>
    <message>
        <source>Name: a program named &apos;%1&apos; already exists.</source>
        <translation>Naziv: program pod nazivom „%1“ već postoji.</translation>
    </message>
    <message>
        <source>The program %1 cannot be deleted: %2</source>
        <translation>Program %1 ne može da se obriše: %2</translation>
    </message>
    <message>
        <source>%1 has %2 editions in %3; the calendar takes one.</source>
        <translation>%1 ima %2 izdanja u %3; kalendar prihvata jedno.</translation>
    </message>
    <message>
        <source>%1 has no editions.</source>
        <translation>%1 nema izdanja.</translation>
    </message>
    <message>
        <source>%1 has no edition in %2. Its editions are of: %3.</source>
        <translation>%1 nema izdanje u %2. Njegova izdanja su iz: %3.</translation>
    </message>
    <message>
        <source>The edition no. %1 no longer exists.</source>
        <translation>Izdanje br. %1 više ne postoji.</translation>
    </message>
    <message>
        <source>Program: the program no. %1 does not exist.</source>
        <translation>Program: program br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Number: the program already has an edition no. %1.</source>
        <translation>Broj: program već ima izdanje br. %1.</translation>
    </message>
    <message>
        <source>The edition cannot be deleted: %1</source>
        <translation>Izdanje ne može da se obriše: %1</translation>
    </message>
</context>
<context>
    <name>ProgramSynthesis</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last two names of a list: &quot;A, B, C and D&quot;</extracomment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Participants per event</source>
        <translation>Učesnici po događaju</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Indicators: achieved in percent of the target</source>
        <translation>Indikatori: ostvareno u procentima od cilja</translation>
    </message>
    <message>
        <source>% of the target</source>
        <translation>% od cilja</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cilj</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Ostvareno</translation>
    </message>
    <message>
        <source>The edition no. %1 does not exist.</source>
        <translation>Izdanje br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The program of the edition no. %1 does not exist.</source>
        <translation>Program izdanja br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>%1 edition</source>
        <extracomment>The edition in a title: &quot;2nd edition&quot; (Romanian &quot;Ediția a II-a&quot;, Serbian &quot;2. izdanje&quot;); %1 is the ordinal as the language writes it</extracomment>
        <translation>%1 izdanje</translation>
    </message>
    <message>
        <source>Synthesis of the %1, %2, %3</source>
        <extracomment>The title of a program synthesis: &quot;Sinteza Programului Promotorii Voluntariatului în România, Ediția a II-a, 2021&quot; (%1 the program, in the genitive in Romanian; %2 the edition; %3 the year)</extracomment>
        <translation>Sinteza: %1, %2, %3</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Odeljak</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Stavka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Izdanje</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Godina</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>First activity</source>
        <translation>Prva aktivnost</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Poslednja aktivnost</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Uvod</translation>
    </message>
    <message>
        <source>Period and objective</source>
        <translation>Period i cilj</translation>
    </message>
    <message>
        <source>The edition %1 of the %2 ran from %3 to %4.</source>
        <translation>Izdanje %1 programa %2 trajalo je od %3 do %4.</translation>
    </message>
    <message>
        <source>The records give no period for the edition %1 of the %2; they show activities between %3 and %4.</source>
        <translation>Evidencija ne navodi period izdanja %1 programa %2; ona pokazuje aktivnosti između %3 i %4.</translation>
    </message>
    <message>
        <source>The records give no period for the edition %1 of the %2, and no activity.</source>
        <translation>Evidencija ne navodi period izdanja %1 programa %2, ni aktivnosti.</translation>
    </message>
    <message>
        <source>Its main objective: %1</source>
        <translation>Njegov glavni cilj: %1</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerstvo</translation>
    </message>
    <message numerus="yes">
        <source>The program was carried out in an active partnership with %n promoter(s) of volunteering, non-governmental organizations active in the field of volunteering</source>
        <translation>
            <numerusform>Program je sproveden u aktivnom partnerstvu sa %n promoterom volontiranja, nevladinom organizacijom aktivnom u oblasti volontiranja</numerusform>
            <numerusform>Program je sproveden u aktivnom partnerstvu sa %n promotera volontiranja, nevladinim organizacijama aktivnim u oblasti volontiranja</numerusform>
            <numerusform>Program je sproveden u aktivnom partnerstvu sa %n promotera volontiranja, nevladinim organizacijama aktivnim u oblasti volontiranja</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, and with %2: %3.</source>
        <translation>%1, i sa %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n associative structure(s) of the local public authorities</source>
        <translation>
            <numerusform>%n asocijativnom strukturom lokalnih organa vlasti</numerusform>
            <numerusform>%n asocijativne strukture lokalnih organa vlasti</numerusform>
            <numerusform>%n asocijativnih struktura lokalnih organa vlasti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the table below names %n promoter record(s); the records marked as the same organization are counted once: %1.</source>
        <extracomment>%n is the number of promoter records; %1 the pairs of records marked as one organization (&quot;A / B; C / D&quot;)</extracomment>
        <translation>
            <numerusform>Napomena: tabela ispod navodi %n zapis o promoteru; zapisi označeni kao ista organizacija broje se jednom: %1.</numerusform>
            <numerusform>Napomena: tabela ispod navodi %n zapisa o promoterima; zapisi označeni kao ista organizacija broje se jednom: %1.</numerusform>
            <numerusform>Napomena: tabela ispod navodi %n zapisa o promoterima; zapisi označeni kao ista organizacija broje se jednom: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the records name %n promoter(s) (the table below). %1</source>
        <extracomment>%n is the number of promoters in the records; %1 the office&apos;s note on the difference</extracomment>
        <translation>
            <numerusform>Napomena: evidencija navodi %n promotera (tabela ispod). %1</numerusform>
            <numerusform>Napomena: evidencija navodi %n promotera (tabela ispod). %1</numerusform>
            <numerusform>Napomena: evidencija navodi %n promotera (tabela ispod). %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Napomena: %1</translation>
    </message>
    <message>
        <source>Promoters stated</source>
        <translation>Navedeni promoteri</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoteri</translation>
    </message>
    <message>
        <source>Promoter records</source>
        <translation>Zapisi o promoterima</translation>
    </message>
    <message>
        <source>Associative structures</source>
        <translation>Asocijativne strukture</translation>
    </message>
    <message>
        <source>Other partners</source>
        <translation>Ostali partneri</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>%1 (the same organization as %2)</source>
        <extracomment>A record marked as the same organization as another: &quot;Freamăt de Speranță (the same organization as Centrul de Voluntariat FSC)&quot;</extracomment>
        <translation>%1 (ista organizacija kao %2)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultati</translation>
    </message>
    <message>
        <source>No indicator is recorded for this edition.</source>
        <translation>Za ovo izdanje nije evidentiran nijedan indikator.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>% achieved</source>
        <translation>% ostvareno</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cilj</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>ostvareno</translation>
    </message>
    <message>
        <source>Calendar of the activities</source>
        <translation>Kalendar aktivnosti</translation>
    </message>
    <message>
        <source>No event is recorded for this edition.</source>
        <translation>Za ovo izdanje nije evidentiran nijedan događaj.</translation>
    </message>
    <message numerus="yes">
        <source>The edition held %n regional videoconference(s):</source>
        <translation>
            <numerusform>U izdanju je održana %n regionalna videokonferencija:</numerusform>
            <numerusform>U izdanju su održane %n regionalne videokonferencije:</numerusform>
            <numerusform>U izdanju je održano %n regionalnih videokonferencija:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The edition held %n event(s), of which %1 videoconference(s):</source>
        <translation>
            <numerusform>U izdanju je održan %n događaj, od toga videokonferencija: %1:</numerusform>
            <numerusform>U izdanju su održana %n događaja, od toga videokonferencija: %1:</numerusform>
            <numerusform>U izdanju je održano %n događaja, od toga videokonferencija: %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Delatnost</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>Co-organizing promoters</source>
        <translation>Promoteri suorganizatori</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendar</translation>
    </message>
    <message>
        <source>Videoconferences</source>
        <translation>Videokonferencije</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Događaji</translation>
    </message>
    <message>
        <source>The number of participants is not recorded for any event of the edition.</source>
        <translation>Broj učesnika nije evidentiran ni za jedan događaj izdanja.</translation>
    </message>
    <message numerus="yes">
        <source>The events of the edition gathered %n participant(s) in total.</source>
        <translation>
            <numerusform>Događaji izdanja okupili su ukupno %n učesnika.</numerusform>
            <numerusform>Događaji izdanja okupili su ukupno %n učesnika.</numerusform>
            <numerusform>Događaji izdanja okupili su ukupno %n učesnika.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The events whose participants are recorded (%1 of %2) gathered %n participant(s) in total.</source>
        <translation>
            <numerusform>Događaji za koje je evidentiran broj učesnika (%1 od %2) okupili su ukupno %n učesnika.</numerusform>
            <numerusform>Događaji za koje je evidentiran broj učesnika (%1 od %2) okupili su ukupno %n učesnika.</numerusform>
            <numerusform>Događaji za koje je evidentiran broj učesnika (%1 od %2) okupili su ukupno %n učesnika.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Događaj</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>As reported in the indicators: %1, %2.</source>
        <translation>Prema indikatorima: %1, %2.</translation>
    </message>
    <message>
        <source>Themes debated</source>
        <translation>Teme o kojima se raspravljalo</translation>
    </message>
    <message>
        <source>No theme is recorded for the events of this edition.</source>
        <translation>Za događaje ovog izdanja nije evidentirana nijedna tema.</translation>
    </message>
    <message>
        <source>Central theme: %1</source>
        <translation>Centralna tema: %1</translation>
    </message>
    <message>
        <source>Other themes debated:</source>
        <translation>Druge teme o kojima se raspravljalo:</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teme</translation>
    </message>
    <message>
        <source>Central themes</source>
        <translation>Centralne teme</translation>
    </message>
    <message>
        <source>Other themes</source>
        <translation>Druge teme</translation>
    </message>
    <message>
        <source>Closing event</source>
        <translation>Završni događaj</translation>
    </message>
    <message>
        <source>No closing event is recorded for this edition.</source>
        <translation>Za ovo izdanje nije evidentiran završni događaj.</translation>
    </message>
    <message>
        <source>The closing event of the edition took place on %1: %2.</source>
        <translation>Završni događaj izdanja održan je %1: %2.</translation>
    </message>
    <message>
        <source>The closing event of the edition is planned for %1: %2.</source>
        <translation>Završni događaj izdanja planiran je za %1: %2.</translation>
    </message>
    <message>
        <source>Place: %1.</source>
        <translation>Mesto: %1.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Zaključak</translation>
    </message>
</context>
<context>
    <name>PublicMeeting</name>
    <message>
        <source>classified or exempted information</source>
        <translation>tajni ili izuzeti podaci</translation>
    </message>
    <message>
        <source>secret vote</source>
        <translation>tajno glasanje</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>drugi razlog</translation>
    </message>
    <message>
        <source>Institution: the meeting needs the institution that held it.</source>
        <translation>Institucija: za sastanak je potrebna institucija koja ga je održala.</translation>
    </message>
    <message>
        <source>Date: the meeting needs its date.</source>
        <translation>Datum: za sastanak je potreban datum.</translation>
    </message>
    <message>
        <source>Subject: the meeting needs a subject.</source>
        <translation>Tema: za sastanak je potrebna tema.</translation>
    </message>
    <message>
        <source>Reason for a closed meeting: a meeting that is not public needs one of the reasons the law allows.</source>
        <translation>Razlog zatvorenog sastanka: za sastanak koji nije javan potreban je jedan od razloga koje zakon dozvoljava.</translation>
    </message>
    <message>
        <source>Reason for a closed meeting: write the other reason.</source>
        <translation>Razlog zatvorenog sastanka: upišite drugi razlog.</translation>
    </message>
    <message>
        <source>Announcement date: the meeting cannot be announced (%1) after it was held (%2).</source>
        <translation>Datum najave: sastanak ne može biti najavljen (%1) posle održavanja (%2).</translation>
    </message>
    <message>
        <source>Participants: the number cannot be negative.</source>
        <translation>Učesnici: broj ne može biti negativan.</translation>
    </message>
    <message>
        <source>Recommendations expressed: the number cannot be negative.</source>
        <translation>Iznete preporuke: broj ne može biti negativan.</translation>
    </message>
    <message>
        <source>Recommendations included: the number cannot be negative.</source>
        <translation>Unete preporuke: broj ne može biti negativan.</translation>
    </message>
    <message>
        <source>Recommendations included: %1 cannot be more than the %2 expressed.</source>
        <translation>Unete preporuke: %1 ne može biti više od %2 iznetih.</translation>
    </message>
    <message>
        <source>Minutes published: the minutes must be drawn up to be published.</source>
        <translation>Objavljen zapisnik: zapisnik mora biti sačinjen da bi bio objavljen.</translation>
    </message>
</context>
<context>
    <name>PublicMeetingCommand</name>
    <message>
        <source>Edit the meeting “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the meeting&apos;s subject</extracomment>
        <translation>Izmeni sastanak „%1“</translation>
    </message>
    <message>
        <source>Add the meeting “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the meeting&apos;s subject</extracomment>
        <translation>Dodaj sastanak „%1“</translation>
    </message>
    <message>
        <source>Delete the meeting “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the meeting&apos;s subject</extracomment>
        <translation>Obriši sastanak „%1“</translation>
    </message>
</context>
<context>
    <name>PublicMeetingDialog</name>
    <message>
        <source>Public meeting</source>
        <translation>Javni sastanak</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institucija:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Održana dana:</translation>
    </message>
    <message>
        <source>Public:</source>
        <translation>Javan:</translation>
    </message>
    <message>
        <source>Reason it was closed:</source>
        <translation>Razlog zatvorenosti:</translation>
    </message>
    <message>
        <source>Other reason:</source>
        <translation>Drugi razlog:</translation>
    </message>
    <message>
        <source>Announced on:</source>
        <translation>Najavljen dana:</translation>
    </message>
    <message>
        <source>At the headquarters:</source>
        <translation>U sedištu:</translation>
    </message>
    <message>
        <source>On the website:</source>
        <translation>Na internet stranici:</translation>
    </message>
    <message>
        <source>In the mass media:</source>
        <translation>U medijima:</translation>
    </message>
    <message>
        <source>Mass media present:</source>
        <translation>Prisutni mediji:</translation>
    </message>
    <message>
        <source>Participants (officials excluded):</source>
        <translation>Učesnici (bez službenika):</translation>
    </message>
    <message>
        <source>NGOs took part:</source>
        <translation>Učestvovale OCD:</translation>
    </message>
    <message>
        <source>Recommendations expressed:</source>
        <translation>Iznete preporuke:</translation>
    </message>
    <message>
        <source>Recommendations included:</source>
        <translation>Unete preporuke:</translation>
    </message>
    <message>
        <source>Minutes drawn up:</source>
        <translation>Sačinjen zapisnik:</translation>
    </message>
    <message>
        <source>Minutes made public:</source>
        <translation>Zapisnik objavljen:</translation>
    </message>
</context>
<context>
    <name>PublicMeetingRepository</name>
    <message>
        <source>Institution: the institution no. %1 does not exist.</source>
        <translation>Institucija: institucija br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The meeting no. %1 does not exist.</source>
        <translation>Sednica br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The meeting to put back has no id.</source>
        <translation>Sastanak koji treba vratiti nema identifikator.</translation>
    </message>
    <message>
        <source>The court case no. %1 does not exist.</source>
        <translation>Sudski postupak br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The court case to put back has no id.</source>
        <translation>Sudski postupak koji treba vratiti nema identifikator.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Traži u:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Naziv datoteke:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Datoteke tipa:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Izaberi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Sačuvaj kao</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Pronađi fasciklu</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Sve datoteke (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Fascikle</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Fascikla:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Nazad</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Napred</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Nadređena fascikla</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Napravi novu fasciklu</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nova fascikla</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Prikaz liste</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljan prikaz</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nedavna mesta</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 već postoji.
Da li želite da je zamenite?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Datoteka nije pronađena.
Proverite da li je naziv datoteke tačan.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Datum izmene</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Računar</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ise&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Nalepi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Izaberi sve</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Sačuvaj sve</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da za &amp;sve</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e za sve</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Prekini</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Pokušaj ponovo</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zanemari</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Primeni</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Poništi</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Vrati podrazumevano</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Pregled pre štampe</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Sledeća strana</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Prethodna strana</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Prva strana</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Poslednja strana</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Uklopi po širini</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Uklopi celu stranu</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Uvećaj</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Umanji</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Uspravno</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Položeno</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Prikaži jednu stranu</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Prikaži susedne strane</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Prikaži pregled svih strana</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Štampaj</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Podešavanje strane</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Podešavanje strane</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Izvezi u PDF</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ise&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Nalepi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Izaberi sve</translation>
    </message>
</context>
<context>
    <name>ReceivedReportsDemo</name>
    <message>
        <source>The demo report %1 cannot be written.</source>
        <translation>Demonstracioni izveštaj %1 ne može da se upiše.</translation>
    </message>
    <message>
        <source>No temporary folder for the demo reports: %1</source>
        <translation>Nema privremene fascikle za demonstracione izveštaje: %1</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>not decided yet</source>
        <translation>još nije odlučeno</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>prihvaćena</translation>
    </message>
    <message>
        <source>partially accepted</source>
        <translation>delimično prihvaćena</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odbijena</translation>
    </message>
    <message>
        <source>Draft: the recommendation needs the draft it is about.</source>
        <translation>Nacrt: za preporuku je potreban nacrt na koji se odnosi.</translation>
    </message>
    <message>
        <source>Author: choose the organization from the registry or write the name of the author.</source>
        <translation>Autor: izaberite organizaciju iz registra ili upišite ime autora.</translation>
    </message>
    <message>
        <source>Date received: the recommendation needs the date it was received.</source>
        <translation>Datum prijema: za preporuku je potreban datum prijema.</translation>
    </message>
    <message>
        <source>Date received: the recommendation cannot be received (%1) before the draft was announced (%2).</source>
        <translation>Datum prijema: preporuka ne može biti primljena (%1) pre nego što je nacrt najavljen (%2).</translation>
    </message>
    <message>
        <source>Text: the recommendation needs its text.</source>
        <translation>Tekst: za preporuku je potreban tekst.</translation>
    </message>
    <message>
        <source>Justification: a %1 recommendation needs the justification.</source>
        <translation>Obrazloženje: za preporuku sa statusom „%1“ potrebno je obrazloženje.</translation>
    </message>
</context>
<context>
    <name>RecommendationCommand</name>
    <message>
        <source>Add a recommendation</source>
        <translation>Dodaj preporuku</translation>
    </message>
    <message>
        <source>Edit a recommendation</source>
        <translation>Izmeni preporuku</translation>
    </message>
    <message>
        <source>Delete a recommendation</source>
        <translation>Obriši preporuku</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>Recommendation</source>
        <translation>Preporuka</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Find the organization:</source>
        <translation>Pronađi organizaciju:</translation>
    </message>
    <message>
        <source>Organization from the registry:</source>
        <translation>Organizacija iz registra:</translation>
    </message>
    <message>
        <source>Name (person or other):</source>
        <translation>Ime (lice ili drugo):</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Primljena dana:</translation>
    </message>
    <message>
        <source>Online:</source>
        <translation>Onlajn:</translation>
    </message>
    <message>
        <source>Received online</source>
        <translation>Primljena onlajn</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Odluka:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Obrazloženje:</translation>
    </message>
    <message>
        <source>Justification sent:</source>
        <translation>Obrazloženje poslato:</translation>
    </message>
    <message>
        <source>The written justification of the rejection was sent</source>
        <translation>Pisano obrazloženje odbijanja je poslato</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Someone else changed this record meanwhile; nothing was written. Their change:
%1</source>
        <extracomment>%1: the values someone else changed, one per line, &quot;old → new&quot;</extracomment>
        <translation>Neko drugi je u međuvremenu izmenio ovaj zapis; ništa nije upisano. Njegova izmena:
%1</translation>
    </message>
</context>
<context>
    <name>RecordConflict</name>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it. What each of you changed:</source>
        <extracomment>The box shown when Save finds that another user saved the record meanwhile; a table of the fields follows</extracomment>
        <translation>Neko drugi je sačuvao ovaj zapis dok ste ga uređivali. Šta je ko od vas promenio:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Kada ste ga otvorili</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Sačuvao neko drugi</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Vaše</translation>
    </message>
    <message>
        <source>Keep mine saves your version over theirs. Take theirs closes the form without saving yours. Back to the form puts their changes in the fields you did not change and keeps yours in the others: check them, then Save.</source>
        <translation>„Zadrži moje” čuva vašu verziju preko njihove. „Preuzmi njihove” zatvara obrazac bez čuvanja vaše. „Nazad na obrazac” stavlja njihove izmene u polja koja niste menjali, a vaše zadržava u ostalima: proverite ih, pa sačuvajte.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Izmenio neko drugi</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Zadrži &amp;moje</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Preuzmi &amp;njihove</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>Nazad na &amp;obrazac</translation>
    </message>
    <message>
        <source>They changed what this form does not show.</source>
        <translation>Promenili su nešto što ovaj obrazac ne prikazuje.</translation>
    </message>
</context>
<context>
    <name>RecordEditing</name>
    <message>
        <source>Someone else deleted this record while you were editing it. Add it again, as you have it in the form?</source>
        <translation>Neko drugi je obrisao ovaj zapis dok ste ga uređivali. Da li da ga ponovo dodate, onakvog kakav je u obrascu?</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prazno)</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were deciding:
%1
Delete it anyway? You can put it back with Edit &gt; Undo.</source>
        <extracomment>%1: the values someone else changed, one per line, &quot;old → new&quot;</extracomment>
        <translation>Neko drugi je izmenio ovaj zapis dok ste odlučivali:
%1
Ipak ga obrisati? Možete ga vratiti preko Uređivanje &gt; Opozovi.</translation>
    </message>
    <message>
        <source>Someone else deleted this record meanwhile: there is nothing left to delete.</source>
        <translation>Neko drugi je u međuvremenu obrisao ovaj zapis: nema više šta da se obriše.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>a value someone else changed, quoted</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it:
%1
Save yours over it? You can go back to theirs with Edit &gt; Undo.</source>
        <extracomment>%1: the values someone else changed, one per line, &quot;old → new&quot;</extracomment>
        <translation>Neko drugi je izmenio ovaj zapis dok ste ga uređivali:
%1
Sačuvati vaš preko njihovog? Njihov možete vratiti preko Uređivanje &gt; Opozovi.</translation>
    </message>
</context>
<context>
    <name>RegisterChange</name>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naziv</translation>
    </message>
    <message>
        <source>county</source>
        <translation>okrug</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>pravna forma</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>mesto</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresa</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>ciljevi</translation>
    </message>
    <message>
        <source>public-utility decision</source>
        <translation>odluka o javnoj koristi</translation>
    </message>
    <message>
        <source>added</source>
        <comment>register change</comment>
        <translation>dodata</translation>
    </message>
    <message>
        <source>dissolved</source>
        <comment>register change</comment>
        <translation>raspuštena</translation>
    </message>
    <message>
        <source>struck off</source>
        <comment>register change</comment>
        <translation>brisana iz registra</translation>
    </message>
    <message>
        <source>in liquidation</source>
        <comment>register change</comment>
        <translation>u likvidaciji</translation>
    </message>
    <message>
        <source>renamed</source>
        <comment>register change</comment>
        <translation>preimenovana</translation>
    </message>
    <message>
        <source>moved county</source>
        <comment>register change</comment>
        <translation>promenjen okrug</translation>
    </message>
    <message>
        <source>other</source>
        <comment>register change</comment>
        <translation>drugo</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prazno)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RegisterChangeExporter</name>
    <message>
        <source>%1: unknown file type; the export writes .csv and .xlsx files.</source>
        <translation>%1: nepoznata vrsta datoteke; izvoz upisuje datoteke .csv i .xlsx.</translation>
    </message>
</context>
<context>
    <name>RegisterChangesReport</name>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1 (uvezeno %2)</translation>
    </message>
    <message>
        <source>What changed in the national NGO register</source>
        <translation>Šta se promenilo u nacionalnom registru NVO</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Od %1 do %2</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Do %1</translation>
    </message>
    <message>
        <source>county: %1</source>
        <translation>okrug: %1</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>promene: %1</translation>
    </message>
    <message>
        <source>Only %1.</source>
        <translation>Samo %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Promena</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizacije</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Nema promena.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Promene</translation>
    </message>
</context>
<context>
    <name>RegisterKind</name>
    <message>
        <source>association</source>
        <translation>udruženje</translation>
    </message>
    <message>
        <source>foundation</source>
        <translation>fondacija</translation>
    </message>
    <message>
        <source>federation</source>
        <translation>federacija</translation>
    </message>
    <message>
        <source>union</source>
        <translation>savez</translation>
    </message>
</context>
<context>
    <name>ReminderWriter</name>
    <message>
        <source>%1: the reminder cannot be written (%2).</source>
        <translation>%1: podsetnik ne može da se upiše (%2).</translation>
    </message>
    <message>
        <source>no liaison e-mail</source>
        <translation>osoba za vezu nema e-poštu</translation>
    </message>
    <message>
        <source>the liaison&apos;s e-mail &apos;%1&apos; is not an e-mail address</source>
        <translation>e-pošta osobe za vezu, „%1“, nije adresa e-pošte</translation>
    </message>
    <message>
        <source>The sender needs an e-mail address.</source>
        <translation>Pošiljaocu je potrebna adresa e-pošte.</translation>
    </message>
    <message>
        <source>The sender&apos;s address &apos;%1&apos; is not an e-mail address.</source>
        <translation>Adresa pošiljaoca, „%1“, nije adresa e-pošte.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: fascikla ne postoji.</translation>
    </message>
</context>
<context>
    <name>ReplacingFile</name>
    <message>
        <source>this is a folder</source>
        <translation>ovo je fascikla</translation>
    </message>
</context>
<context>
    <name>ReportFileReader</name>
    <message>
        <source>%1: the file holds far more text than a report (more than %2 characters).</source>
        <translation>%1: datoteka sadrži mnogo više teksta nego izveštaj (više od %2 znakova).</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: datoteka ne postoji.</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a report (%2 MB; a report has a few kB).</source>
        <translation>%1: datoteka je prevelika da bi bila izveštaj (%2 MB; izveštaj ima nekoliko kB).</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: datoteka ne može da se pročita: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: datoteka je prazna.</translation>
    </message>
    <message>
        <source>%1: an Excel 97-2003 workbook (.xls) or another old Office file, which is not read; open it and save it as .xlsx or .ods, then import that file.</source>
        <translation>%1: Excel 97-2003 radna sveska (.xls) ili druga stara Office datoteka, koja se ne čita; otvorite je i sačuvajte kao .xlsx ili .ods, pa uvezite tu datoteku.</translation>
    </message>
    <message>
        <source>%1: a PDF document, whose figures cannot be read; ask the institution for the spreadsheet, or type the figures from it (Manual figure…).</source>
        <translation>%1: PDF dokument, iz kog se brojke ne mogu pročitati; zatražite od institucije tabelu ili unesite brojke iz njega (Ručno uneta vrednost…).</translation>
    </message>
    <message>
        <source>%1: a zip archive that is neither an XLSX workbook nor an ODS spreadsheet.</source>
        <translation>%1: zip arhiva koja nije ni XLSX radna sveska ni ODS tabela.</translation>
    </message>
</context>
<context>
    <name>ReportFormWriter</name>
    <message>
        <source>%1: the form cannot be written (%2).</source>
        <translation>%1: obrazac ne može da se upiše (%2).</translation>
    </message>
    <message>
        <source>No institution has the id %1.</source>
        <translation>Nijedna institucija nema identifikator %1.</translation>
    </message>
    <message>
        <source>No temporary folder for the form (%1).</source>
        <translation>Nema privremene fascikle za obrazac (%1).</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>fascikla ne postoji</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>fascikla nosi to ime</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: fascikla ne postoji.</translation>
    </message>
</context>
<context>
    <name>ReportImporter</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Uvoz je otkazan; ništa nije upisano.</translation>
    </message>
    <message>
        <source>%1: no item of a model of the report was found in it (neither codes such as A1 … D2 nor the numbered items of the current model).</source>
        <translation>%1: u njoj nije pronađena nijedna stavka nekog modela izveštaja (ni šifre kao A1 … D2, ni numerisane stavke aktuelnog modela).</translation>
    </message>
    <message>
        <source>The file says the year is %1; it is imported as the report on %2, as asked.</source>
        <translation>Datoteka navodi godinu %1; uvozi se kao izveštaj za %2, kako je traženo.</translation>
    </message>
    <message>
        <source>%1: the file does not say the year of the report (a line &quot;Anul: …&quot; in the first rows); give the year.</source>
        <translation>%1: datoteka ne navodi godinu izveštaja (red „Anul: …“ među prvim redovima); navedite godinu.</translation>
    </message>
    <message>
        <source>The file names &quot;%1&quot;; it is imported as the report of %2, as asked.</source>
        <translation>Datoteka navodi „%1“; uvozi se kao izveštaj institucije %2, kako je traženo.</translation>
    </message>
    <message>
        <source>%1: the file does not name the institution (a line &quot;Numele autorității sau instituției publice: …&quot; in the first rows); choose the institution.</source>
        <translation>%1: datoteka ne navodi instituciju (red „Numele autorității sau instituției publice: …“ među prvim redovima); izaberite instituciju.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (%3) matches several institutions: %4; choose the institution.</source>
        <translation>%1: „%2“ (%3) odgovara više institucija: %4; izaberite instituciju.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (%3) is not an institution of the database, which has none yet.</source>
        <translation>%1: „%2“ (%3) nije institucija iz baze podataka, koja još nema nijednu.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (%3) is not an institution of the database; the closest names are: %4.</source>
        <translation>%1: „%2“ (%3) nije institucija iz baze podataka; najbliži nazivi su: %4.</translation>
    </message>
    <message>
        <source>%1: the report&apos;s items are there, but no value is filled in.</source>
        <translation>%1: stavke izveštaja postoje, ali nijedna vrednost nije popunjena.</translation>
    </message>
    <message>
        <source>%1: none of the values can be used (see the cells rejected).</source>
        <translation>%1: nijedna vrednost ne može da se upotrebi (pogledajte odbijene ćelije).</translation>
    </message>
    <message>
        <source>%1: the report says %2; the office&apos;s records give %3.</source>
        <translation>%1: izveštaj navodi %2; evidencija kancelarije daje %3.</translation>
    </message>
    <message>
        <source>%1: a report on %2 cannot have been received on %3.</source>
        <translation>%1: izveštaj za %2 nije mogao biti primljen %3.</translation>
    </message>
    <message>
        <source>%1 is also a report of %2 on %3, earlier in this import; this file, later, replaces it.</source>
        <translation>%1 je takođe izveštaj institucije %2 za %3, ranije u ovom uvozu; ova datoteka, kasnija, ga zamenjuje.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>%1: not a model of the report: %2 at character %3.</source>
        <translation>%1: nije model izveštaja: %2 kod znaka %3.</translation>
    </message>
    <message>
        <source>%1: not a model of the report (the &quot;format&quot; must be &quot;%2&quot;).</source>
        <translation>%1: nije model izveštaja („format” mora biti „%2”).</translation>
    </message>
    <message>
        <source>%1: the model needs an &quot;id&quot; and a &quot;name&quot;.</source>
        <translation>%1: modelu su potrebni „id” i „name”.</translation>
    </message>
    <message>
        <source>%1: &quot;validFrom&quot; must be a year from 2003 (Law 52/2003) on.</source>
        <translation>%1: „validFrom” mora biti godina od 2003. (Zakon 52/2003) nadalje.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>stavka %1</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>stavka %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2: the kind must be section, number, percent, text or choice.</source>
        <translation>%1: %2: vrsta mora biti section, number, percent, text ili choice.</translation>
    </message>
    <message>
        <source>%1: %2: every item needs a code and a label.</source>
        <translation>%1: %2: svaka stavka mora imati šifru i naziv.</translation>
    </message>
    <message>
        <source>%1: %2: the code is used twice.</source>
        <translation>%1: %2: šifra je upotrebljena dvaput.</translation>
    </message>
    <message>
        <source>%1: %2: unknown code; the codes are those of the report (A1 … D2).</source>
        <translation>%1: %2: nepoznata šifra; šifre su one iz izveštaja (A1 … D2).</translation>
    </message>
    <message>
        <source>%1: %2: the kind does not fit the code (%3 is not a %4).</source>
        <translation>%1: %2: vrsta ne odgovara šifri (%3 nije %4).</translation>
    </message>
    <message>
        <source>%1: %2: the item needs its numbering on the form.</source>
        <translation>%1: %2: stavci je potreban redni broj iz obrasca.</translation>
    </message>
    <message>
        <source>%1: %2: the parent %3 must come before the item.</source>
        <translation>%1: %2: nadređena stavka %3 mora biti pre ove stavke.</translation>
    </message>
    <message>
        <source>%1: %2: a percentage needs its numerator and denominator among the items before it.</source>
        <translation>%1: %2: procentu su potrebni brojilac i imenilac među stavkama pre njega.</translation>
    </message>
    <message>
        <source>%1: %2: each choice needs a key (%3) and a label.</source>
        <translation>%1: %2: svaki izbor mora imati ključ (%3) i naziv.</translation>
    </message>
    <message>
        <source>%1: %2: a choice needs its list of answers.</source>
        <translation>%1: %2: izboru je potreban spisak odgovora.</translation>
    </message>
    <message>
        <source>%1: the model has no items.</source>
        <translation>%1: model nema stavki.</translation>
    </message>
</context>
<context>
    <name>ReportModelRepository</name>
    <message>
        <source>No loaded model has the id %1.</source>
        <translation>Nijedan učitani model nema id %1.</translation>
    </message>
</context>
<context>
    <name>ReportRecognizer</name>
    <message>
        <source>the spreadsheet shows the error %1 instead of a number</source>
        <translation>tabela prikazuje grešku %1 umesto broja</translation>
    </message>
    <message>
        <source>%1 is negative; a whole number of 0 or more is due</source>
        <translation>%1 je negativan; traži se ceo broj, 0 ili veći</translation>
    </message>
    <message>
        <source>%1 is too large for a count</source>
        <translation>%1 je preveliko za broj slučajeva</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 nije ceo broj</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is text; a whole number of 0 or more is due</source>
        <translation>„%1“ je tekst; traži se ceo broj, 0 ili veći</translation>
    </message>
    <message>
        <source>The file names the model &quot;%1&quot;, which is not among the models of the report; it was recognized by its items.</source>
        <translation>Datoteka navodi model „%1“, koji nije među modelima izveštaja; prepoznat je po svojim stavkama.</translation>
    </message>
    <message>
        <source>The file follows the model &quot;%1&quot;, but the model of the report for %2 is &quot;%3&quot;.</source>
        <translation>Datoteka prati model „%1“, ali model izveštaja za %2 je „%3“.</translation>
    </message>
    <message>
        <source>Only the first %1 rows of the file were read.</source>
        <translation>Pročitano je samo prvih %1 redova datoteke.</translation>
    </message>
    <message>
        <source>%1 appears again with &quot;%2&quot;; the value in %3 was kept.</source>
        <translation>%1 se ponovo javlja sa „%2“; zadržana je vrednost iz %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the spreadsheet shows the error %2 instead of a text</source>
        <translation>%1: tabela prikazuje grešku %2 umesto teksta</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the answers (%3)</source>
        <translation>%1: „%2“ nije jedan od odgovora (%3)</translation>
    </message>
    <message>
        <source>%1 = %2 is more than %3 = %4.</source>
        <translation>%1 = %2 je više od %3 = %4.</translation>
    </message>
    <message>
        <source>%1 = %2 differs from %3 = %4, their total.</source>
        <translation>%1 = %2 se razlikuje od %3 = %4, njihovog zbira.</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <source>received</source>
        <comment>annual report</comment>
        <translation>primljen</translation>
    </message>
    <message>
        <source>received late</source>
        <comment>annual report</comment>
        <translation>primljen sa zakašnjenjem</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>annual report</comment>
        <translation>nedostaje</translation>
    </message>
    <message>
        <source>Deadline: %1.%2 is not a day of the year.</source>
        <translation>Rok: %1.%2 nije dan u godini.</translation>
    </message>
</context>
<context>
    <name>SameOrganizationCommand</name>
    <message>
        <source>Mark “%1” as the same organization</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Označi „%1“ kao istu organizaciju</translation>
    </message>
    <message>
        <source>Remove the mark of “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Ukloni oznaku za „%1“</translation>
    </message>
</context>
<context>
    <name>SynthesisTextsDialog</name>
    <message>
        <source>Synthesis texts</source>
        <translation>Tekstovi sinteze</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Uvod:</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>&amp;Zaključak:</translation>
    </message>
    <message>
        <source>The program synthesis is generated from the records of the edition. The introduction and the conclusion, written by hand, open and close it; the number of promoters and the note say what the office&apos;s own synthesis states where it differs from the records.</source>
        <translation>Sinteza programa se pravi iz evidencije izdanja. Uvod i zaključak, pisani ručno, otvaraju je i zatvaraju; broj promotera i napomena kažu šta navodi sinteza službe tamo gde se razlikuje od evidencije.</translation>
    </message>
    <message>
        <source>&amp;Promoters as the office states them:</source>
        <translation>&amp;Promoteri kako ih navodi služba:</translation>
    </message>
    <message>
        <source>The number of promoters the office&apos;s own synthesis gives, when it differs from the partners recorded (seed 003: 19, where the calendar names 20); “as recorded” to print the records&apos; count</source>
        <translation>Broj promotera koji navodi sinteza službe kada se razlikuje od evidentiranih partnera (19 u sintezi izdanja, gde kalendar navodi 20); „kao u evidenciji” da se odštampa broj iz evidencije</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>kao u evidenciji</translation>
    </message>
    <message>
        <source>&amp;Note on the partnership (why the number differs, e.g. the records that may be one organization):</source>
        <translation>&amp;Napomena o partnerstvu (zašto se broj razlikuje, npr. zapisi koji mogu biti ista organizacija):</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation>Nijedna transakcija nije otvorena.</translation>
    </message>
    <message>
        <source>%1: the database is busy: another program or import is writing to it</source>
        <translation>%1: baza podataka je zauzeta: drugi program ili uvoz upisuje u nju</translation>
    </message>
    <message>
        <source>user %1, since %2</source>
        <translation>korisnik %1, od %2</translation>
    </message>
    <message>
        <source>user %1 on the computer %2, since %3</source>
        <translation>korisnik %1 na računaru %2, od %3</translation>
    </message>
    <message>
        <source>%1: the database is busy: another import is running on this database (%2)</source>
        <translation>%1: baza podataka je zauzeta: drugi uvoz je u toku na ovoj bazi podataka (%2)</translation>
    </message>
    <message>
        <source>%1: the database is busy: the demonstration data is being added to it (%2)</source>
        <translation>%1: baza podataka je zauzeta: u nju se dodaju demonstracioni podaci (%2)</translation>
    </message>
    <message>
        <source>%1: the database is busy: the structure of the database is being updated (%2)</source>
        <translation>%1: baza podataka je zauzeta: struktura baze podataka se ažurira (%2)</translation>
    </message>
    <message>
        <source>The connection to the database server is lost: nothing was written.</source>
        <translation>Veza sa serverom baze podataka je izgubljena: ništa nije upisano.</translation>
    </message>
</context>
<context>
    <name>TransparencyDemo</name>
    <message>
        <source>The demo institution %1 names an unknown county.</source>
        <translation>Demo institucija %1 navodi nepoznat okrug.</translation>
    </message>
</context>
<context>
    <name>TransparencyReports</name>
    <message>
        <source>received online</source>
        <translation>primljeno onlajn</translation>
    </message>
    <message>
        <source>included</source>
        <translation>uneto</translation>
    </message>
    <message>
        <source>Debates (associations)</source>
        <translation>Rasprave (udruženja)</translation>
    </message>
    <message>
        <source>Debates (authorities)</source>
        <translation>Rasprave (organi vlasti)</translation>
    </message>
    <message>
        <source>Public meetings</source>
        <translation>Javni sastanci</translation>
    </message>
    <message>
        <source>Closed meetings</source>
        <translation>Zatvoreni sastanci</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zatvoreno</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>Central</source>
        <comment>column: the central administration</comment>
        <translation>Centralna</translation>
    </message>
    <message>
        <source>Prefectures</source>
        <comment>column</comment>
        <translation>Okruzi</translation>
    </message>
    <message>
        <source>Local</source>
        <comment>column: the local administration</comment>
        <translation>Lokalna</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primljene</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/p</translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation>ručni unos</translation>
    </message>
    <message>
        <source>manual: %1, %2</source>
        <translation>ručno: %1, %2</translation>
    </message>
    <message>
        <source>report (records: %1)</source>
        <translation>izveštaj (evidencija: %1)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>izveštaj</translation>
    </message>
    <message>
        <source>records</source>
        <translation>evidencija</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>nema evidencije</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Šifra</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <source>%1: answers received</source>
        <translation>%1: primljeni odgovori</translation>
    </message>
    <message>
        <source>records and manual entries</source>
        <translation>evidencija i ručni unosi</translation>
    </message>
    <message>
        <source>A. Consultations on draft normative acts</source>
        <translation>A. Konsultacije o nacrtima propisa</translation>
    </message>
    <message>
        <source>B. Public meetings</source>
        <translation>B. Javni sastanci</translation>
    </message>
    <message>
        <source>C. Court cases under the law</source>
        <translation>C. Sudski postupci po zakonu</translation>
    </message>
    <message>
        <source>D. The institution&apos;s own evaluation</source>
        <translation>D. Sopstvena ocena institucije</translation>
    </message>
    <message>
        <source>Central administration</source>
        <translation>Centralna uprava</translation>
    </message>
    <message>
        <source>Prefectures</source>
        <translation>Okruzi</translation>
    </message>
    <message>
        <source>Local administration</source>
        <translation>Lokalna samouprava</translation>
    </message>
    <message>
        <source>The institution no. %1 does not exist.</source>
        <translation>Institucija br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>Annual report on decisional transparency</source>
        <translation>Godišnji izveštaj o transparentnosti odlučivanja</translation>
    </message>
    <message>
        <source>%1 — year %2</source>
        <translation>%1 — godina %2</translation>
    </message>
    <message>
        <source>The report of %1 for %2 on applying Law no. 52/2003 on decisional transparency in public administration (republished). Each figure is the one of the report the institution sent, where it gives it, otherwise the one computed from the records kept by the office (the Source column says which, and what the records give where they differ); a figure typed from a paper report is marked as a manual entry, with who entered it and when; — is a figure nobody gave.</source>
        <translation>Izveštaj %1 za %2 o primeni Zakona br. 52/2003 o transparentnosti odlučivanja u javnoj upravi (prečišćen tekst). Svaki broj je onaj iz izveštaja koji je institucija poslala, gde ga daje, inače onaj izračunat iz evidencije kancelarije (kolona Izvor kaže koji, i šta evidencija daje gde se razlikuju); broj unet iz papirnog izveštaja označen je kao ručni unos, sa podatkom ko ga je uneo i kada; — je broj koji niko nije dao.</translation>
    </message>
    <message>
        <source>%1, county %2</source>
        <translation>%1, okrug %2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Vrsta: %1</translation>
    </message>
    <message>
        <source>Person designated for the relation with civil society: %1</source>
        <translation>Lice određeno za odnose sa civilnim društvom: %1</translation>
    </message>
    <message>
        <source>Person designated for the relation with civil society: none recorded</source>
        <translation>Lice određeno za odnose sa civilnim društvom: nije evidentirano</translation>
    </message>
    <message>
        <source>Annual report received on %1, file %2 (SHA-256 %3…).</source>
        <translation>Godišnji izveštaj primljen %1, datoteka %2 (SHA-256 %3…).</translation>
    </message>
    <message>
        <source>Annual report received on %1.</source>
        <translation>Godišnji izveštaj primljen %1.</translation>
    </message>
    <message>
        <source>The annual report for %1 has not been received.</source>
        <translation>Godišnji izveštaj za %1. nije primljen.</translation>
    </message>
    <message>
        <source>The institution has not given its own evaluation.</source>
        <translation>Institucija nije dala sopstvenu ocenu.</translation>
    </message>
    <message>
        <source>The institution&apos;s own evaluation of the partnership: %1.</source>
        <translation>Sopstvena ocena partnerstva od strane institucije: %1.</translation>
    </message>
    <message>
        <source>Measures to improve the partnership: %1</source>
        <translation>Mere za unapređenje partnerstva: %1</translation>
    </message>
    <message>
        <source>Manual entries not used because the records provide the figure: %1.</source>
        <translation>Ručni unosi koji nisu korišćeni jer evidencija daje brojku: %1.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nije data</translation>
    </message>
    <message>
        <source>National synthesis of the annual reports on decisional transparency</source>
        <translation>Nacionalna sinteza godišnjih izveštaja o transparentnosti odlučivanja</translation>
    </message>
    <message>
        <source>Law no. 52/2003 — year %1</source>
        <translation>Zakon br. 52/2003 — godina %1</translation>
    </message>
    <message>
        <source>Institutions expected to report for %1: %2; reports received: %3 (%4 on time, %5 late), a completion rate of %6; reports missing: %7.</source>
        <translation>Institucije koje treba da izveste za %1: %2; primljeni izveštaji: %3 (%4 u roku, %5 sa zakašnjenjem), stopa odziva %6; izveštaji koji nedostaju: %7.</translation>
    </message>
    <message>
        <source>The figures below add up only the reports received: an institution that sent none is listed in section 5 and never counted as zero.</source>
        <translation>Brojevi u nastavku sabiraju samo primljene izveštaje: institucija koja nije poslala izveštaj navedena je u odeljku 5 i nikada se ne računa kao nula.</translation>
    </message>
    <message>
        <source>Recommendations received: %1, of which included in the adopted acts: %2 (%3).</source>
        <translation>Primljene preporuke: %1, od toga unete u usvojene akte: %2 (%3).</translation>
    </message>
    <message>
        <source>Public debates held: %1. Decision-making meetings: %2 public, %3 closed.</source>
        <translation>Održane javne rasprave: %1. Sastanci na kojima se odlučuje: javnih %2, zatvorenih %3.</translation>
    </message>
    <message>
        <source>Some figures were typed from paper reports (manual entries).</source>
        <translation>Neki brojevi su uneti iz papirnih izveštaja (ručni unosi).</translation>
    </message>
    <message>
        <source>1. Reports received by kind of institution</source>
        <translation>1. Primljeni izveštaji po vrsti institucije</translation>
    </message>
    <message>
        <source>Kind of institution</source>
        <translation>Vrsta institucije</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Očekivano</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>U roku</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Kasno</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Nedostaje</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Odziv</translation>
    </message>
    <message>
        <source>2. Totals of the report, by kind of institution, against %1</source>
        <translation>2. Zbirovi izveštaja po vrsti institucije, u odnosu na %1</translation>
    </message>
    <message>
        <source>2. Totals of the report, by kind of institution</source>
        <translation>2. Zbirovi izveštaja po vrsti institucije</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Promena</translation>
    </message>
    <message>
        <source>3. The institutions&apos; own evaluation of the partnership (D1)</source>
        <translation>3. Sopstvena ocena partnerstva od strane institucija (D1)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udeo</translation>
    </message>
    <message>
        <source>4. Per institution that reported</source>
        <translation>4. Po instituciji koja je izvestila</translation>
    </message>
    <message>
        <source>Recommendations received and included in the adopted acts, public debates held, decision-making meetings public and closed (not public).</source>
        <translation>Primljene preporuke i preporuke uključene u usvojene akte, održane javne rasprave, sednice odlučivanja javne i zatvorene (nejavne).</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Primljeno</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Preporuke</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Unete</translation>
    </message>
    <message>
        <source>% included</source>
        <translation>% uneto</translation>
    </message>
    <message>
        <source>Debates</source>
        <translation>Rasprave</translation>
    </message>
    <message>
        <source>%1 (manual entries)</source>
        <translation>%1 (ručni unosi)</translation>
    </message>
    <message>
        <source>5. Institutions that sent no report</source>
        <translation>5. Institucije koje nisu poslale izveštaj</translation>
    </message>
    <message>
        <source>Every institution sent its annual report for %1.</source>
        <translation>Sve institucije su poslale godišnji izveštaj za %1.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <source>Days past the deadline</source>
        <translation>Dana posle roka</translation>
    </message>
    <message>
        <source>6. Conclusions and recommendations of the Service</source>
        <translation>6. Zaključci i preporuke službe</translation>
    </message>
    <message>
        <source>The Service has not written its conclusions for %1 yet (Annual figures page, Conclusions…).</source>
        <translation>Služba još nije napisala zaključke za %1 (stranica Godišnji podaci, Zaključci…).</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Odeljak</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Izveštaji</translation>
    </message>
    <message>
        <source>Recommendations received and included, %1: the %2 institutions with the most</source>
        <translation>Primljene i unete preporuke, %1: %2 institucija sa najviše preporuka</translation>
    </message>
    <message>
        <source>Recommendations received and included per institution, %1</source>
        <translation>Primljene i unete preporuke po instituciji, %1</translation>
    </message>
    <message>
        <source>Public and closed meetings, %1: the %2 institutions with the most</source>
        <translation>Javni i zatvoreni sastanci, %1: %2 institucija sa najviše sastanaka</translation>
    </message>
    <message>
        <source>Public and closed meetings per institution, %1</source>
        <translation>Javni i zatvoreni sastanci po instituciji, %1</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sastanci</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Javan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Public debates and meetings</source>
        <translation>Javne rasprave i sastanci</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>linija %1: %2</translation>
    </message>
    <message>
        <source>a document type declaration, which a workbook never has</source>
        <translation>deklaracija tipa dokumenta, koju radna sveska nikada nema</translation>
    </message>
    <message>
        <source>%1: the workbook cannot be read; the file is damaged or truncated (%2).</source>
        <translation>%1: radna sveska ne može da se pročita; datoteka je oštećena ili skraćena (%2).</translation>
    </message>
    <message>
        <source>shared strings: %1</source>
        <translation>deljeni nizovi: %1</translation>
    </message>
    <message>
        <source>bad compressed data</source>
        <translation>neispravni komprimovani podaci</translation>
    </message>
    <message>
        <source>bad compressed data in the worksheet</source>
        <translation>neispravni komprimovani podaci u radnom listu</translation>
    </message>
    <message>
        <source>worksheet, row %1: %2</source>
        <translation>radni list, red %1: %2</translation>
    </message>
    <message>
        <source>the sheet ends early</source>
        <translation>list se prerano završava</translation>
    </message>
    <message>
        <source>%1: the workbook is refused: its part %2 inflates to more than %3 MB, the limit for that part.</source>
        <translation>%1: radna sveska je odbijena: njen deo %2 se raspakuje u više od %3 MB, što je granica za taj deo.</translation>
    </message>
    <message>
        <source>%1: the workbook is refused: its part %2 inflates to more than %3 times its compressed size, the limit (a &quot;zip bomb&quot;).</source>
        <translation>%1: radna sveska je odbijena: njen deo %2 se raspakuje u više od %3 puta svoje komprimovane veličine, što je granica („zip bomba”).</translation>
    </message>
    <message>
        <source>%1: the workbook is refused: shared string %2 holds more than %3 characters, Excel&apos;s limit for one cell.</source>
        <translation>%1: radna sveska je odbijena: deljeni tekst %2 ima više od %3 znakova, što je Excelova granica za jednu ćeliju.</translation>
    </message>
    <message>
        <source>%1: the workbook is refused: cell %2 holds more than %3 characters, Excel&apos;s limit for one cell.</source>
        <translation>%1: radna sveska je odbijena: ćelija %2 ima više od %3 znakova, što je Excelova granica za jednu ćeliju.</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: datoteka ne postoji.</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook, or the file is damaged or truncated.</source>
        <translation>%1: nije XLSX radna sveska ili je datoteka oštećena ili skraćena.</translation>
    </message>
    <message>
        <source>the workbook&apos;s index</source>
        <translation>indeks radne sveske</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (it has no worksheet).</source>
        <translation>%1: nije XLSX radna sveska (nema radni list).</translation>
    </message>
    <message>
        <source>the worksheet&apos;s checksum does not match</source>
        <translation>kontrolni zbir radnog lista se ne poklapa</translation>
    </message>
    <message>
        <source>a shared string longer than a cell may be</source>
        <translation>deljeni tekst duži nego što ćelija sme da bude</translation>
    </message>
    <message>
        <source>a cell longer than a cell may be</source>
        <translation>ćelija duža nego što ćelija sme da bude</translation>
    </message>
</context>
<context>
    <name>dc::AnnualFiguresPage</name>
    <message>
        <source>Year:</source>
        <translation>Godina:</translation>
    </message>
    <message>
        <source>Annual figures</source>
        <translation>Godišnje brojke</translation>
    </message>
    <message>
        <source>Annual figures of %1</source>
        <translation>Godišnje brojke za %1</translation>
    </message>
    <message>
        <source>Every institution has reported for %1.</source>
        <translation>Sve institucije su podnele izveštaj za %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not reported for %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Nisu podnele izveštaj za %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Print and Export PDF give the annual report of %1 for %2. Select the totals row for the national synthesis.</source>
        <translation>Štampa i Izvoz u PDF daju godišnji izveštaj institucije %1 za %2. Izaberite red sa zbirovima za nacionalnu sintezu.</translation>
    </message>
    <message>
        <source>Print and Export PDF give the national synthesis of %1. Select an institution for its own annual report.</source>
        <translation>Štampa i Izvoz u PDF daju nacionalnu sintezu za %1. Izaberite instituciju za njen godišnji izveštaj.</translation>
    </message>
    <message>
        <source>Annual transparency report</source>
        <translation>Godišnji izveštaj o transparentnosti</translation>
    </message>
    <message>
        <source>Annual report received…</source>
        <translation>Primljen godišnji izveštaj…</translation>
    </message>
    <message>
        <source>Manual figure…</source>
        <translation>Ručno uneta vrednost…</translation>
    </message>
    <message>
        <source>Court cases…</source>
        <translation>Sudski postupci…</translation>
    </message>
    <message>
        <source>For the institution selected in the table and the year shown</source>
        <translation>Za instituciju izabranu u tabeli i prikazanu godinu</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Godišnji izveštaj</translation>
    </message>
    <message>
        <source>Manual figure</source>
        <translation>Ručno uneta vrednost</translation>
    </message>
    <message>
        <source>Court cases</source>
        <translation>Sudski postupci</translation>
    </message>
    <message>
        <source>The court case was not saved.</source>
        <translation>Sudski postupak nije sačuvan.</translation>
    </message>
    <message>
        <source>A figure comes from the institution&apos;s report where it sent one, else from the office&apos;s records; &lt;i&gt;italics&lt;/i&gt;: typed from a paper report; on a red ground: the report differs from the records (shown in brackets); —: unknown. Hover a code for its meaning, a figure for its source.</source>
        <translation>Broj dolazi iz izveštaja institucije ako ga je poslala, inače iz evidencije kancelarije; &lt;i&gt;kurziv&lt;/i&gt;: unet iz papirnog izveštaja; na crvenoj podlozi: izveštaj se razlikuje od evidencije (u zagradi); —: nepoznato. Zadržite pokazivač na šifri za značenje, na broju za izvor.</translation>
    </message>
    <message>
        <source>Send forms…</source>
        <translation>Pošalji obrasce…</translation>
    </message>
    <message>
        <source>The report&apos;s forms of the year shown, for every institution or the one selected</source>
        <translation>Obrasci izveštaja za prikazanu godinu, za sve institucije ili za izabranu</translation>
    </message>
    <message>
        <source>Remind…</source>
        <translation>Podseti…</translation>
    </message>
    <message>
        <source>E-mails to the institutions whose report of the year shown is overdue</source>
        <translation>Poruke e-pošte institucijama čiji je izveštaj za prikazanu godinu u zakašnjenju</translation>
    </message>
    <message>
        <source>Conclusions…</source>
        <translation>Zaključci…</translation>
    </message>
    <message>
        <source>The Service&apos;s conclusions and recommendations for the year shown</source>
        <translation>Zaključci i preporuke službe za prikazanu godinu</translation>
    </message>
    <message>
        <source>Report models…</source>
        <translation>Modeli izveštaja…</translation>
    </message>
    <message>
        <source>The models of the annual report: load a corrected model file</source>
        <translation>Modeli godišnjeg izveštaja: učitajte ispravljenu datoteku modela</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Zaključci</translation>
    </message>
    <message>
        <source>Import received reports…</source>
        <translation>Uvezi primljene izveštaje…</translation>
    </message>
    <message>
        <source>The annual reports the institutions sent back as files (XLSX, ODS, CSV)</source>
        <translation>Godišnji izveštaji koje su institucije vratile kao datoteke (XLSX, ODS, CSV)</translation>
    </message>
</context>
<context>
    <name>dc::AnnualFiguresTableModel</name>
    <message>
        <source>not reported</source>
        <translation>nije podneto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 od %2</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Izveštaj primljen</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>primljen %1</translation>
    </message>
    <message numerus="yes">
        <source>received %1, %n day(s) late</source>
        <translation>
            <numerusform>primljen %1, %n dan kasnije</numerusform>
            <numerusform>primljen %1, %n dana kasnije</numerusform>
            <numerusform>primljen %1, %n dana kasnije</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not reported, %n day(s) late</source>
        <translation>
            <numerusform>nije izvešteno, %n dan kašnjenja</numerusform>
            <numerusform>nije izvešteno, %n dana kašnjenja</numerusform>
            <numerusform>nije izvešteno, %n dana kašnjenja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::AnnualReportDialog</name>
    <message>
        <source>Annual report received</source>
        <translation>Primljen godišnji izveštaj</translation>
    </message>
    <message>
        <source>The report of &lt;b&gt;%1&lt;/b&gt; for &lt;b&gt;%2&lt;/b&gt; on applying Law 52/2003.</source>
        <translation>Izveštaj institucije &lt;b&gt;%1&lt;/b&gt; za &lt;b&gt;%2&lt;/b&gt;. godinu o primeni Zakona 52/2003.</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>P&amp;rimljen:</translation>
    </message>
    <message>
        <source>&amp;D, the institution&apos;s own evaluation:</source>
        <translation>&amp;D, sopstvena ocena institucije:</translation>
    </message>
    <message>
        <source>&amp;Remove the report</source>
        <translation>&amp;Ukloni izveštaj</translation>
    </message>
</context>
<context>
    <name>dc::BodiesPage</name>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt; (chair and members count for the quorum)</source>
        <translation>&lt;b&gt;Članovi&lt;/b&gt; (predsedavajući i članovi se računaju za kvorum)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meetings&lt;/b&gt; (attendance, decisions, minutes)</source>
        <translation>&lt;b&gt;Sednice&lt;/b&gt; (prisustvo, odluke, zapisnici)</translation>
    </message>
    <message>
        <source>Bodies</source>
        <comment>consultative bodies (councils, colleges, working groups)</comment>
        <translation>Tela</translation>
    </message>
    <message numerus="yes">
        <source>%n consultative body(ies)</source>
        <translation>
            <numerusform>%n savetodavno telo</numerusform>
            <numerusform>%n savetodavna tela</numerusform>
            <numerusform>%n savetodavnih tela</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a consultative body.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Izaberite savetodavno telo.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Founding act: no. %1 of %2</source>
        <translation>Osnivački akt: br. %1 od %2</translation>
    </message>
    <message>
        <source>Secretariat: %1</source>
        <translation>Sekretarijat: %1</translation>
    </message>
    <message numerus="yes">
        <source>mandate of %n month(s)</source>
        <translation>
            <numerusform>mandat od %n meseca</numerusform>
            <numerusform>mandat od %n meseca</numerusform>
            <numerusform>mandat od %n meseci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quorum of %n member(s)</source>
        <translation>
            <numerusform>kvorum od %n člana</numerusform>
            <numerusform>kvorum od %n člana</numerusform>
            <numerusform>kvorum od %n članova</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Upozorenja</translation>
    </message>
    <message>
        <source>Mandates ending in the next 90 days</source>
        <translation>Mandati koji ističu u narednih 90 dana</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nema.</translation>
    </message>
    <message>
        <source>&amp;Add body…</source>
        <translation>&amp;Dodaj telo…</translation>
    </message>
    <message>
        <source>&amp;Edit body…</source>
        <translation>&amp;Izmeni telo…</translation>
    </message>
    <message>
        <source>Delete body</source>
        <translation>Obriši telo</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Dodaj č&amp;lana…</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <translation>Izmeni člana…</translation>
    </message>
    <message>
        <source>E&amp;nd mandate</source>
        <translation>Okonča&amp;j mandat</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Obriši člana</translation>
    </message>
    <message>
        <source>Add mee&amp;ting…</source>
        <translation>Dodaj s&amp;ednicu…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Izmeni sastanak…</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Obriši sednicu</translation>
    </message>
    <message>
        <source>Edit consultative body</source>
        <translation>Izmeni savetodavno telo</translation>
    </message>
    <message>
        <source>New consultative body</source>
        <translation>Novo savetodavno telo</translation>
    </message>
    <message>
        <source>This mandate has already ended.</source>
        <translation>Ovaj mandat je već okončan.</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Izmeni člana</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Novi član</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Izmeni sednicu</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nova sednica</translation>
    </message>
    <message>
        <source>%1, set up on %2, dissolved on %3</source>
        <translation>%1, osnovano %2, raspušteno %3</translation>
    </message>
    <message>
        <source>%1, dissolved on %2</source>
        <translation>%1, raspušteno %2</translation>
    </message>
    <message>
        <source>%1, set up on %2, dissolved (the date it ended is not known)</source>
        <translation>%1, osnovano %2, raspušteno (datum prestanka nije poznat)</translation>
    </message>
    <message>
        <source>%1, dissolved (the date it ended is not known)</source>
        <translation>%1, raspušteno (datum prestanka nije poznat)</translation>
    </message>
    <message>
        <source>%1, active since %2</source>
        <translation>%1, aktivno od %2</translation>
    </message>
</context>
<context>
    <name>dc::BodyDialog</name>
    <message>
        <source>(none)</source>
        <translation>(nema)</translation>
    </message>
    <message>
        <source>Name: a body named %1 already exists.</source>
        <translation>Naziv: telo pod nazivom %1 već postoji.</translation>
    </message>
    <message>
        <source>Quorum: %1</source>
        <translation>Kvorum: %1</translation>
    </message>
</context>
<context>
    <name>dc::BodyMeetingDialog</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A member in the attendance list: %1 organization or institution, %2 representative, %3 role</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Attendance: %1 voting members present, below the quorum of %2.</source>
        <translation>Prisustvo: prisutno %1 članova sa pravom glasa, ispod kvoruma od %2.</translation>
    </message>
    <message>
        <source>Attendance: a member ticked as present had no mandate on that day.</source>
        <translation>Prisustvo: član označen kao prisutan nije imao mandat tog dana.</translation>
    </message>
</context>
<context>
    <name>dc::BodyMeetingTableModel</name>
    <message>
        <source>published</source>
        <translation>objavljen</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nije objavljen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dnevni red</translation>
    </message>
    <message>
        <source>Decisions and recommendations</source>
        <translation>Odluke i preporuke</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Zapisnik</translation>
    </message>
    <message>
        <source>%1 (%2 in all)</source>
        <translation>%1 (ukupno %2)</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Prisutni članovi</translation>
    </message>
</context>
<context>
    <name>dc::BodyMemberDialog</name>
    <message>
        <source>an organization (NGO)</source>
        <translation>organizacija (OCD)</translation>
    </message>
    <message>
        <source>an institution</source>
        <translation>institucija</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(izaberite)</translation>
    </message>
    <message>
        <source>Organization: choose one from the list (type part of its name).</source>
        <translation>Organizacija: izaberite jednu sa liste (unesite deo naziva).</translation>
    </message>
    <message>
        <source>Institution: required.</source>
        <translation>Institucija: obavezna.</translation>
    </message>
    <message>
        <source>Mandate end: the mandate ended on %1; the seat is shown as expired unless it is renewed.</source>
        <translation>Kraj mandata: mandat je istekao %1; mesto se prikazuje kao isteklo ako se ne obnovi.</translation>
    </message>
    <message>
        <source>Representative: nobody is named to sit for the member.</source>
        <translation>Predstavnik: niko nije određen da zastupa člana.</translation>
    </message>
</context>
<context>
    <name>dc::BodyMemberTableModel</name>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%2 od %3)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Telo</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Član</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Predstavnik</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Mandate start</source>
        <translation>Početak mandata</translation>
    </message>
    <message>
        <source>Mandate end</source>
        <translation>Kraj mandata</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Prisustvo</translation>
    </message>
</context>
<context>
    <name>dc::BodyTableModel</name>
    <message>
        <source>no. %1 of %2</source>
        <translation>br. %1 od %2</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Telo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Founding act</source>
        <translation>Osnivački akt</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Sekretarijat</translation>
    </message>
    <message>
        <source>Mandate (months)</source>
        <translation>Mandat (meseci)</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Kvorum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Serving members</source>
        <translation>Članovi u mandatu</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Upozorenja</translation>
    </message>
</context>
<context>
    <name>dc::CalendarListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Izdanje</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>Co-organizers</source>
        <translation>Suorganizatori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>dc::CalendarPage</name>
    <message>
        <source>All kinds</source>
        <translation>Sve vrste</translation>
    </message>
    <message>
        <source>Events of the day</source>
        <translation>Događaji dana</translation>
    </message>
    <message>
        <source>&amp;Move to this date</source>
        <translation>&amp;Premesti na ovaj datum</translation>
    </message>
    <message>
        <source>&amp;New event on this day…</source>
        <translation>&amp;Novi događaj ovog dana…</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mesec</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendar</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) this month</source>
        <translation>
            <numerusform>%n događaj ovog meseca</numerusform>
            <numerusform>%n događaja ovog meseca</numerusform>
            <numerusform>%n događaja ovog meseca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n događaj</numerusform>
            <numerusform>%n događaja</numerusform>
            <numerusform>%n događaja</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, edition %2 (%3)</source>
        <translation>%1, izdanje %2 (%3)</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Regioni: %1</translation>
    </message>
    <message>
        <source>Co-organizers: %1</source>
        <translation>Suorganizatori: %1</translation>
    </message>
    <message>
        <source>No events on this day.</source>
        <translation>Nema događaja ovog dana.</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Obriši događaj…</translation>
    </message>
    <message>
        <source>Delete the selected event (Undo puts it back)</source>
        <translation>Obriši izabrani događaj (Opozovi ga vraća)</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Izmeni događaj…</translation>
    </message>
    <message>
        <source>Edit %1 no. %2</source>
        <extracomment>Undo/Redo menu text; %1 is the event&apos;s kind (lower case), %2 its number within its kind</extracomment>
        <translation>Izmeni %1 br. %2</translation>
    </message>
</context>
<context>
    <name>dc::ChartBuilder</name>
    <message>
        <source>No data</source>
        <translation>Nema podataka</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cilj</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne može da se upiše.</translation>
    </message>
    <message>
        <source>Unknown chart format: %1 (PNG, SVG or PDF).</source>
        <translation>Nepoznat format grafikona: %1 (PNG, SVG ili PDF).</translation>
    </message>
</context>
<context>
    <name>dc::ConclusionsDialog</name>
    <message>
        <source>Conclusions on the reports of %1</source>
        <translation>Zaključci o izveštajima za %1</translation>
    </message>
    <message>
        <source>The Service&apos;s own conclusions and recommendations on how the central and local administration applied Law no. 52/2003 in %1. They close the national synthesis.</source>
        <translation>Sopstveni zaključci i preporuke službe o tome kako su centralna i lokalna uprava primenjivale Zakon br. 52/2003 u %1. Njima se zaključuje nacionalna sinteza.</translation>
    </message>
    <message>
        <source>&amp;Conclusions and recommendations:</source>
        <translation>&amp;Zaključci i preporuke:</translation>
    </message>
</context>
<context>
    <name>dc::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Povezivanje sa serverom</translation>
    </message>
    <message>
        <source>e.g. db.office.local</source>
        <extracomment>An example of a server&apos;s name in the Connect to server dialog</extracomment>
        <translation>npr. db.kancelarija.local</translation>
    </message>
    <message>
        <source>empty: the one kept, or ~/.pgpass</source>
        <extracomment>The password field left empty: libpq looks in ~/.pgpass (or the keyring&apos;s copy is used)</extracomment>
        <translation>prazno: sačuvana lozinka ili ~/.pgpass</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <extracomment>TLS (sslmode) choices of a server connection; the libpq name follows in parentheses</extracomment>
        <translation>Šifrovano kada server to nudi (prefer)</translation>
    </message>
    <message>
        <source>Always encrypted (require)</source>
        <translation>Uvek šifrovano (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-ca)</source>
        <translation>Šifrovano, uz proveru sertifikata servera (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, certificate and server name checked (verify-full)</source>
        <translation>Šifrovano, uz proveru sertifikata i imena servera (verify-full)</translation>
    </message>
    <message>
        <source>Unencrypted unless the server demands it (allow)</source>
        <translation>Nešifrovano, osim ako server to zahteva (allow)</translation>
    </message>
    <message>
        <source>Never encrypted (disable)</source>
        <translation>Nikad šifrovano (disable)</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the desktop&apos;s keyring</source>
        <translation>&amp;Zapamti lozinku u privesku ključeva sistema</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza podataka:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Korisnik:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Ši&amp;frovanje:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>P&amp;oveži</translation>
    </message>
</context>
<context>
    <name>dc::CopyDatabaseDialog</name>
    <message>
        <source>Copy database</source>
        <translation>Kopiranje baze podataka</translation>
    </message>
    <message>
        <source>Copies every record of %1 into a new file or into an empty database on a server, in one transaction, then compares the rows and a checksum of every table on both sides. The open database is only read.</source>
        <extracomment>%1 names the open database (a file or a server database)</extracomment>
        <translation>Kopira sve zapise iz %1 u novu datoteku ili u praznu bazu podataka na serveru, u jednoj transakciji, a zatim poredi redove i kontrolni zbir svake tabele na obe strane. Otvorena baza podataka se samo čita.</translation>
    </message>
    <message>
        <source>a new file, or postgresql://user@server/database</source>
        <extracomment>The copy&apos;s destination field: a file&apos;s path or a server database&apos;s address</extracomment>
        <translation>nova datoteka ili postgresql://korisnik@server/baza</translation>
    </message>
    <message>
        <source>Copy &amp;to:</source>
        <translation>Kopiraj &amp;u:</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Datoteka…</translation>
    </message>
    <message>
        <source>Choose a new database file</source>
        <translation>Izaberite novu datoteku baze podataka</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Server…</translation>
    </message>
    <message>
        <source>Choose an empty database on a PostgreSQL server</source>
        <translation>Izaberite praznu bazu podataka na PostgreSQL serveru</translation>
    </message>
    <message>
        <source>After the copy: every table, its rows and the checksum of its rows (SHA-256), the same on both sides.</source>
        <translation>Posle kopiranja: svaka tabela, njeni redovi i kontrolni zbir njenih redova (SHA-256), isti na obe strane.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>Copy into a new file</source>
        <translation>Kopiranje u novu datoteku</translation>
    </message>
    <message>
        <source>Dialog Civic databases (*.sqlite *.db);;All files (*)</source>
        <translation>Baze podataka Dialog Civic (*.sqlite *.db);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Kopira se baza podataka…</translation>
    </message>
    <message>
        <source>%L1 rows copied</source>
        <extracomment>Under &quot;Copying the database…&quot; while it runs</extracomment>
        <translation>Kopirano redova: %L1</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Kopiranje je otkazano; ništa nije upisano.</translation>
    </message>
    <message>
        <source>Copied %L1 tables, %L2 rows into %3. Every table has the rows and the checksum of the source.</source>
        <extracomment>%1 tables, %2 rows, %3 the copy (a file or a server database)</extracomment>
        <translation>Kopirano je %L1 tabela i %L2 redova u %3. Svaka tabela ima redove i kontrolni zbir izvora.</translation>
    </message>
</context>
<context>
    <name>dc::CourtCasesDialog</name>
    <message>
        <source>Court cases under Law 52/2003 brought against &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Sudski postupci po Zakonu 52/2003 pokrenuti protiv institucije &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>dc::DashboardPage</name>
    <message>
        <source>Organizations per region</source>
        <translation>Organizacije po regionu</translation>
    </message>
    <message>
        <source>Organizations per county</source>
        <translation>Organizacije po okrugu</translation>
    </message>
    <message>
        <source>Participants of the current edition</source>
        <translation>Učesnici tekućeg izdanja</translation>
    </message>
    <message>
        <source>Recommendations per institution</source>
        <translation>Preporuke po instituciji</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>the dashboard page</comment>
        <translation>Početna</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) in the next days</source>
        <translation>
            <numerusform>%n rok narednih dana</numerusform>
            <numerusform>%n roka narednih dana</numerusform>
            <numerusform>%n rokova narednih dana</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>Sačuvaj grafikon kao PNG, SVG ili PDF</translation>
    </message>
    <message>
        <source>The %1 counties with the most organizations</source>
        <translation>%1 okruga sa najviše organizacija</translation>
    </message>
    <message>
        <source>%1, edition %2 (%3): participants per event</source>
        <translation>%1, izdanje %2 (%3): učesnici po događaju</translation>
    </message>
    <message>
        <source>No program edition yet</source>
        <translation>Još nema izdanja programa</translation>
    </message>
    <message>
        <source>Recommendations received and included in %1</source>
        <translation>Preporuke primljene i unete u %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No annual report for %1&lt;/b&gt; (%n institution(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Nema godišnjeg izveštaja za %1&lt;/b&gt; (%n institucija)</numerusform>
            <numerusform>&lt;b&gt;Nema godišnjeg izveštaja za %1&lt;/b&gt; (%n institucije)</numerusform>
            <numerusform>&lt;b&gt;Nema godišnjeg izveštaja za %1&lt;/b&gt; (%n institucija)</numerusform>
        </translation>
    </message>
    <message>
        <source>current edition: &lt;b&gt;%1&lt;/b&gt;, edition %2 (%3)</source>
        <translation>tekuće izdanje: &lt;b&gt;%1&lt;/b&gt;, izdanje %2 (%3)</translation>
    </message>
    <message>
        <source>transparency figures of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>brojke o transparentnosti za &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; deadline(s) in the next %1 days</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; rok u narednih %1 dana</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; roka u narednih %1 dana</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; rokova u narednih %1 dana</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Events ahead&lt;/b&gt;</source>
        <translation>&lt;b&gt;Predstojeći događaji&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events ahead&lt;/b&gt;: none planned from today</source>
        <translation>&lt;b&gt;Predstojeći događaji&lt;/b&gt;: od danas nijedan nije planiran</translation>
    </message>
    <message>
        <source>today</source>
        <translation>danas</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>za %n dan</numerusform>
            <numerusform>za %n dana</numerusform>
            <numerusform>za %n dana</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlines in the next %1 days&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rokovi u narednih %1 dana&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlines in the next %1 days&lt;/b&gt;: none</source>
        <translation>&lt;b&gt;Rokovi u narednih %1 dana&lt;/b&gt;: nema</translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation>Sačuvaj kao PNG sliku…</translation>
    </message>
    <message>
        <source>Save as SVG drawing…</source>
        <translation>Sačuvaj kao SVG crtež…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Sačuvaj kao PDF…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG slike (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG crteži (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Čuvanje grafikona</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>grafikon</translation>
    </message>
    <message>
        <source>The chart was saved to %1.</source>
        <translation>Grafikon je sačuvan u %1.</translation>
    </message>
    <message>
        <source>%1, edition %2 (%3): no participants recorded</source>
        <translation>%1, izdanje %2 (%3): nema evidentiranih učesnika</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; NGOs in the register</source>
        <translation>OCD u registru: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>last edition: &lt;b&gt;%1&lt;/b&gt;, edition %2 (%3), no activity to come</source>
        <translation>poslednje izdanje: &lt;b&gt;%1&lt;/b&gt;, izdanje %2 (%3), nema predstojećih aktivnosti</translation>
    </message>
</context>
<context>
    <name>dc::DocumentActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Pre&amp;gled pre štampe…</translation>
    </message>
    <message>
        <source>See the document of this page as it will be printed</source>
        <translation>Pogledajte dokument ove stranice onako kako će biti odštampan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Š&amp;tampaj…</translation>
    </message>
    <message>
        <source>Print the document of this page</source>
        <translation>Štampaj dokument ove stranice</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Izvezi PDF…</translation>
    </message>
    <message>
        <source>Save the document of this page as a PDF file</source>
        <translation>Sačuvaj dokument ove stranice kao PDF datoteku</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Izvoz u PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s)).</source>
        <translation>
            <numerusform>%1 je upisan (%n strana).</numerusform>
            <numerusform>%1 je upisan (%n strane).</numerusform>
            <numerusform>%1 je upisan (%n strana).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::DraftActDialog</name>
    <message>
        <source>nobody</source>
        <translation>niko</translation>
    </message>
    <message>
        <source>an association</source>
        <translation>udruženje</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>fizičko lice</translation>
    </message>
    <message>
        <source>a public authority</source>
        <translation>organ javne vlasti</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <source>Type a part of the name</source>
        <translation>Unesite deo naziva</translation>
    </message>
    <message>
        <source>(not from the registry)</source>
        <translation>(nije iz registra)</translation>
    </message>
    <message>
        <source>Institution: choose the institution.</source>
        <translation>Institucija: izaberite instituciju.</translation>
    </message>
</context>
<context>
    <name>dc::DraftActTableModel</name>
    <message>
        <source>held %1</source>
        <translation>održana %1</translation>
    </message>
    <message>
        <source>requested, not held</source>
        <translation>zatražena, nije održana</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nacrt</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Najavljen</translation>
    </message>
    <message>
        <source>Recommendations until</source>
        <translation>Preporuke do</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Podnet</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Usvojen</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Preporuke</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Unete</translation>
    </message>
    <message>
        <source>Public debate</source>
        <translation>Javna rasprava</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Rokovi</translation>
    </message>
    <message>
        <source>Sent for endorsement</source>
        <translation>Upućen na mišljenje</translation>
    </message>
</context>
<context>
    <name>dc::DraftsPage</name>
    <message>
        <source>All institutions</source>
        <translation>Sve institucije</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Sve godine</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Bilo koji status</translation>
    </message>
    <message>
        <source>Only broken deadlines</source>
        <translation>Samo prekršeni rokovi</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institucija:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Godina:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Draft acts</source>
        <translation>Nacrti propisa</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n nacrt</numerusform>
            <numerusform>%n nacrta</numerusform>
            <numerusform>%n nacrta</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a draft.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Izaberite nacrt.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>website</source>
        <translation>internet stranica</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>sedište</translation>
    </message>
    <message>
        <source>mass media</source>
        <translation>mediji</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Najavljen</translation>
    </message>
    <message>
        <source>Recommendations until</source>
        <translation>Preporuke do</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Podnet na usvajanje</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Usvojen</translation>
    </message>
    <message>
        <source>Debate requested</source>
        <translation>Rasprava zatražena</translation>
    </message>
    <message>
        <source>Debate held</source>
        <translation>Rasprava održana</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (published %3), %n participant(s)</source>
        <translation>
            <numerusform>%1, %2 (objavljeno %3), %n učesnik</numerusform>
            <numerusform>%1, %2 (objavljeno %3), %n učesnika</numerusform>
            <numerusform>%1, %2 (objavljeno %3), %n učesnika</numerusform>
        </translation>
    </message>
    <message>
        <source>All legal deadlines kept.</source>
        <translation>Svi zakonski rokovi su ispoštovani.</translation>
    </message>
    <message>
        <source>Deadline warnings</source>
        <translation>Upozorenja o rokovima</translation>
    </message>
    <message>
        <source>&amp;Add draft…</source>
        <translation>&amp;Dodaj nacrt…</translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation>&amp;Izmeni nacrt…</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Obriši nacrt</translation>
    </message>
    <message>
        <source>Add a draft act (Insert)</source>
        <translation>Dodaj nacrt propisa (Insert)</translation>
    </message>
    <message>
        <source>Edit the chosen draft act (Enter)</source>
        <translation>Izmeni izabrani nacrt propisa (Enter)</translation>
    </message>
    <message>
        <source>Delete the chosen draft act (Delete)</source>
        <translation>Obriši izabrani nacrt propisa (Delete)</translation>
    </message>
    <message>
        <source>Add recommendation…</source>
        <translation>Dodaj preporuku…</translation>
    </message>
    <message>
        <source>Edit recommendation…</source>
        <translation>Izmeni preporuku…</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Obriši preporuku</translation>
    </message>
    <message>
        <source>Edit draft act</source>
        <translation>Izmeni nacrt propisa</translation>
    </message>
    <message>
        <source>New draft act</source>
        <translation>Novi nacrt propisa</translation>
    </message>
    <message numerus="yes">
        <source>Delete the draft “%1” with its %n recommendation(s)?</source>
        <translation>
            <numerusform>Obrisati nacrt „%1“ sa njegovom %n preporukom?</numerusform>
            <numerusform>Obrisati nacrt „%1“ sa njegove %n preporuke?</numerusform>
            <numerusform>Obrisati nacrt „%1“ sa njegovih %n preporuka?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft act</source>
        <translation>Obriši nacrt propisa</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Preporuke</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Izmeni preporuku</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nova preporuka</translation>
    </message>
    <message>
        <source>Delete the chosen recommendation?</source>
        <translation>Obrisati izabranu preporuku?</translation>
    </message>
    <message>
        <source>Sent for endorsement</source>
        <translation>Upućen na mišljenje</translation>
    </message>
</context>
<context>
    <name>dc::EditionDialog</name>
    <message>
        <source>New program</source>
        <translation>Novi program</translation>
    </message>
    <message>
        <source>Edit edition</source>
        <translation>Izmeni izdanje</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Novo izdanje</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>An edition&apos;s start or end date that no document gives</extracomment>
        <translation>nepoznat</translation>
    </message>
</context>
<context>
    <name>dc::EditionPage</name>
    <message>
        <source>Edition</source>
        <translation>Izdanje</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Izdanje:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Događaji</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Izabrani događaj</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatori</translation>
    </message>
    <message>
        <source>Export edition &amp;calendar…</source>
        <translation>Izvezi &amp;kalendar izdanja…</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programi</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n događaj</numerusform>
            <numerusform>%n događaja</numerusform>
            <numerusform>%n događaja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partnera</numerusform>
            <numerusform>%n partnera</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — edition %2 (%3)</source>
        <translation>%1 — izdanje %2 (%3)</translation>
    </message>
    <message>
        <source>No programs yet. Load the demo data with “dialogcivic demo” or add a program.</source>
        <translation>Još nema programa. Učitajte demo podatke komandom „dialogcivic demo“ ili dodajte program.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>Co-organizers</source>
        <translation>Suorganizatori</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Central theme</source>
        <translation>Centralna tema</translation>
    </message>
    <message>
        <source>Other themes</source>
        <translation>Druge teme</translation>
    </message>
    <message>
        <source>NGOs: %1</source>
        <translation>OCD: %1</translation>
    </message>
    <message>
        <source>local public administration: %1</source>
        <translation>lokalna samouprava: %1</translation>
    </message>
    <message>
        <source>associative structures: %1</source>
        <translation>asocijativne strukture: %1</translation>
    </message>
    <message>
        <source>others: %1</source>
        <translation>ostali: %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Attending organizations</source>
        <translation>Prisutne organizacije</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organizacija</numerusform>
            <numerusform>%n organizacije</numerusform>
            <numerusform>%n organizacija</numerusform>
        </translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Zaključci</translation>
    </message>
    <message>
        <source>Export the edition&apos;s calendar</source>
        <translation>Izvoz kalendara izdanja</translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>iCalendar (*.ics);;CSV (*.csv);;Excel radna sveska (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izvoz</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n događaj izvezen u %1.</numerusform>
            <numerusform>%n događaja izvezena u %1.</numerusform>
            <numerusform>%n događaja izvezeno u %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit edition…</source>
        <translation>Izmeni izdanje…</translation>
    </message>
    <message>
        <source>New edition…</source>
        <translation>Novo izdanje…</translation>
    </message>
    <message>
        <source>New program…</source>
        <translation>Novi program…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Izmeni…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ukloni…</translation>
    </message>
    <message>
        <source>Add partner “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Dodaj partnera „%1“</translation>
    </message>
    <message>
        <source>Edit partner “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Izmeni partnera „%1“</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the partners of this edition?</source>
        <extracomment>%1 is the organization&apos;s name, %2 its role (promoter, partner...)</extracomment>
        <translation>Ukloniti „%1“ (%2) iz partnera ovog izdanja?</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Ukloni partnera</translation>
    </message>
    <message>
        <source>Remove partner “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Ukloni partnera „%1“</translation>
    </message>
    <message>
        <source>Edit edition %1 (%2)</source>
        <extracomment>Undo/Redo menu text; %1 is the edition&apos;s number, %2 its year</extracomment>
        <translation>Izmeni izdanje %1 (%2)</translation>
    </message>
    <message>
        <source>Add edition %1 (%2)</source>
        <extracomment>Undo/Redo menu text; %1 is the edition&apos;s number, %2 its year</extracomment>
        <translation>Dodaj izdanje %1 (%2)</translation>
    </message>
    <message>
        <source>Add program “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the program&apos;s name</extracomment>
        <translation>Dodaj program „%1“</translation>
    </message>
    <message>
        <source>Edit %1 no. %2</source>
        <extracomment>Undo/Redo menu text; %1 is the event&apos;s kind (lower case), %2 its number within its kind</extracomment>
        <translation>Izmeni %1 br. %2</translation>
    </message>
    <message>
        <source>Add indicator “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the indicator&apos;s name</extracomment>
        <translation>Dodaj indikator „%1“</translation>
    </message>
    <message>
        <source>Edit indicator “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the indicator&apos;s name</extracomment>
        <translation>Izmeni indikator „%1“</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <extracomment>%1 is the indicator&apos;s name</extracomment>
        <translation>Ukloni indikator</translation>
    </message>
    <message>
        <source>Remove the indicator “%1” from this edition?</source>
        <translation>Ukloniti indikator „%1“ iz ovog izdanja?</translation>
    </message>
    <message>
        <source>Remove indicator “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the indicator&apos;s name</extracomment>
        <translation>Ukloni indikator „%1“</translation>
    </message>
    <message>
        <source>Synthesis texts…</source>
        <translation>Tekstovi sinteze…</translation>
    </message>
    <message>
        <source>Synthesis texts</source>
        <translation>Tekstovi sinteze</translation>
    </message>
    <message>
        <source>Edit the synthesis texts</source>
        <extracomment>Undo/Redo menu text</extracomment>
        <translation>Izmeni tekstove sinteze</translation>
    </message>
    <message>
        <source>Program synthesis</source>
        <translation>Sinteza programa</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Obriši događaj…</translation>
    </message>
    <message>
        <source>Delete the selected event (Undo puts it back)</source>
        <translation>Obriši izabrani događaj (Opozovi ga vraća)</translation>
    </message>
    <message>
        <source>Delete %1 no. %2</source>
        <extracomment>Undo/Redo menu text; %1 is the event&apos;s kind (lower case), %2 its number within its kind</extracomment>
        <translation>Obriši %1 br. %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>An edition&apos;s start or end date that no document gives</extracomment>
        <translation>nepoznat</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>period unknown, %1</source>
        <translation>period nepoznat, %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Central theme of the series</source>
        <translation>Centralna tema serije</translation>
    </message>
    <message>
        <source>Other themes of the series</source>
        <translation>Ostale teme serije</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
</context>
<context>
    <name>dc::EventDialog</name>
    <message>
        <source>%1 — edition %2 (%3)</source>
        <translation>%1 — izdanje %2 (%3)</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Izmeni događaj</translation>
    </message>
    <message>
        <source>No program (an event of the Service or of others)</source>
        <extracomment>The choice of an event that belongs to no program of the office</extracomment>
        <translation>Bez programa (događaj Službe ili drugih)</translation>
    </message>
    <message>
        <source>The Service itself</source>
        <extracomment>The organizer of an event of no program: the office itself</extracomment>
        <translation>Sama Služba</translation>
    </message>
    <message>
        <source>%1 (institution)</source>
        <extracomment>An institution among the organizers an event may have</extracomment>
        <translation>%1 (institucija)</translation>
    </message>
</context>
<context>
    <name>dc::EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>Co-organizers</source>
        <translation>Suorganizatori</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Mesto ili link</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>dc::FilesImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>Uv&amp;ezi</translation>
    </message>
</context>
<context>
    <name>dc::FundingAwardDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(izaberite)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A call in the award form: %1 year, %2 call&apos;s name, %3 institution</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>e.g. 12.345,67</source>
        <translation>npr. 12.345,67</translation>
    </message>
</context>
<context>
    <name>dc::FundingAwardTableModel</name>
    <message>
        <source>Year</source>
        <translation>Godina</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Konkurs</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Br. ugovora</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekat</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Traženo</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Odobreno</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Isplaćeno</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Sopstveni doprinos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Datum ugovora</translation>
    </message>
</context>
<context>
    <name>dc::FundingCallDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(izaberite)</translation>
    </message>
    <message>
        <source>(every domain)</source>
        <translation>(sve oblasti)</translation>
    </message>
</context>
<context>
    <name>dc::FundingCallTableModel</name>
    <message>
        <source>(all domains)</source>
        <translation>(sve oblasti)</translation>
    </message>
    <message>
        <source>More was granted (%1) than the budget of the call (%2).</source>
        <translation>Odobreno je više (%1) od budžeta konkursa (%2).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Godina</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Konkurs</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budžet</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Dodele</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Odobreno</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Udeo u budžetu</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>Rok za podnošenje</translation>
    </message>
</context>
<context>
    <name>dc::FundingPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Godina:</translation>
    </message>
    <message>
        <source>Summary &amp;by:</source>
        <translation>Pregled &amp;po:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calls&lt;/b&gt; (budget and the share awarded; cancelled awards left out)</source>
        <translation>&lt;b&gt;Konkursi&lt;/b&gt; (budžet i dodeljeni udeo; otkazane dodele nisu uračunate)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Awards&lt;/b&gt; of the selected call</source>
        <translation>&lt;b&gt;Dodele&lt;/b&gt; izabranog konkursa</translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pregled&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>public funding of NGOs</comment>
        <translation>Finansiranje</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n konkurs</numerusform>
            <numerusform>%n konkursa</numerusform>
            <numerusform>%n konkursa</numerusform>
        </translation>
    </message>
    <message>
        <source>Organizations funded by several institutions in %1</source>
        <translation>Organizacije koje je finansiralo više institucija u %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nema.</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Odobreno</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Isplaćeno</translation>
    </message>
    <message>
        <source>Granted and paid by %1 (lei)</source>
        <translation>Odobreno i isplaćeno po %1 (lei)</translation>
    </message>
    <message>
        <source>&amp;Add call…</source>
        <translation>&amp;Dodaj konkurs…</translation>
    </message>
    <message>
        <source>&amp;Edit call…</source>
        <translation>&amp;Izmeni konkurs…</translation>
    </message>
    <message>
        <source>Delete call</source>
        <translation>Obriši konkurs</translation>
    </message>
    <message>
        <source>Add a&amp;ward…</source>
        <translation>Dodaj do&amp;delu…</translation>
    </message>
    <message>
        <source>Edit award…</source>
        <translation>Izmeni dodelu…</translation>
    </message>
    <message>
        <source>Delete award</source>
        <translation>Obriši dodelu</translation>
    </message>
    <message>
        <source>Edit funding call</source>
        <translation>Izmeni konkurs za finansiranje</translation>
    </message>
    <message>
        <source>New funding call</source>
        <translation>Novi konkurs za finansiranje</translation>
    </message>
    <message>
        <source>Edit award</source>
        <translation>Izmeni dodelu</translation>
    </message>
    <message>
        <source>New award</source>
        <translation>Nova dodela</translation>
    </message>
</context>
<context>
    <name>dc::FundingRules</name>
    <message>
        <source>Budget: not an amount in lei with at most two decimals (e.g. 250.000,00).</source>
        <translation>Budžet: nije iznos u lejima sa najviše dve decimale (npr. 250.000,00).</translation>
    </message>
    <message>
        <source>Budget: not given; the share of the budget awarded cannot be computed.</source>
        <translation>Budžet: nije naveden; dodeljeni udeo u budžetu ne može da se izračuna.</translation>
    </message>
    <message>
        <source>Budget: the awards already grant %1, more than this budget.</source>
        <translation>Budžet: dodele već odobravaju %1, više od ovog budžeta.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Traženo</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Odobreno</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Isplaćeno</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Sopstveni doprinos</translation>
    </message>
    <message>
        <source>%1: not an amount in lei with at most two decimals (e.g. 12.345,67).</source>
        <extracomment>%1 is the amount&apos;s field (Requested, Granted, Paid, Own contribution)</extracomment>
        <translation>%1: nije iznos u lejima sa najviše dve decimale (npr. 12.345,67).</translation>
    </message>
    <message>
        <source>Granted: more than the amount requested (%1).</source>
        <translation>Odobreno: više od traženog iznosa (%1).</translation>
    </message>
    <message>
        <source>Paid: the status is paid but %1 of %2 were paid.</source>
        <translation>Isplaćeno: status je „isplaćeno“, ali je isplaćeno %1 od %2.</translation>
    </message>
</context>
<context>
    <name>dc::FundingSummaryTableModel</name>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Dodele</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Traženo</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Odobreno</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Isplaćeno</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budžet</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Udeo u budžetu</translation>
    </message>
</context>
<context>
    <name>dc::ImportDialog</name>
    <message>
        <source>new</source>
        <comment>import action</comment>
        <translation>novo</translation>
    </message>
    <message>
        <source>update</source>
        <comment>import action</comment>
        <translation>ažuriranje</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>import action</comment>
        <translation>bez promene</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>import action</comment>
        <translation>odbijena</translation>
    </message>
    <message>
        <source>tab</source>
        <comment>separator</comment>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>Import organizations from CSV</source>
        <translation>Uvoz organizacija iz CSV datoteke</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Nije izabrana datoteka</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Izaberi…</translation>
    </message>
    <message>
        <source>Automatic (UTF-8 when possible, else Windows-1250)</source>
        <translation>Automatski (UTF-8 kad je moguće, inače Windows-1250)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datoteka:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodiranje:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolona u datoteci</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Zapisi</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolone</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>O&amp;dbijeni</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Uvezi</translation>
    </message>
    <message>
        <source>Import organizations</source>
        <translation>Uvoz organizacija</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV datoteke (*.csv *.txt);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Čitanje %1…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Pregled je otkazan.</translation>
    </message>
    <message>
        <source>Read as %1, separator %2</source>
        <translation>Pročitano kao %1, razdvajač %2</translation>
    </message>
    <message>
        <source>The import will add %L1, update %L2 and leave unchanged %L3 organizations; %L4 records will be rejected.</source>
        <translation>Uvoz će dodati %L1, ažurirati %L2 i ostaviti bez promene %L3 organizacija; %L4 zapisa biće odbijeno.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Records (first %Ln)</source>
        <translation>
            <numerusform>&amp;Zapisi (prvi %Ln)</numerusform>
            <numerusform>&amp;Zapisi (prva %Ln)</numerusform>
            <numerusform>&amp;Zapisi (prvih %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(zanemareno)</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;jected (%Ln)</source>
        <translation>
            <numerusform>O&amp;dbijeni (%Ln)</numerusform>
            <numerusform>O&amp;dbijeni (%Ln)</numerusform>
            <numerusform>O&amp;dbijeni (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Uvoz %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Uvoz nije uspeo</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Uvoz je otkazan</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Uvoz je otkazan; ništa nije promenjeno.</translation>
    </message>
</context>
<context>
    <name>dc::ImportFileList</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>Dodaj da&amp;toteke…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Dodaj &amp;fasciklu…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ukloni</translation>
    </message>
</context>
<context>
    <name>dc::ImportReportsDialog</name>
    <message>
        <source>Import received reports</source>
        <translation>Uvezi primljene izveštaje</translation>
    </message>
    <message>
        <source>The annual reports the institutions sent back: our own forms, or the published models filled in with Excel or LibreOffice (XLSX, ODS or CSV). Each file is read and shown below before anything is written; importing the same file again changes nothing, and a corrected file replaces the values received before.</source>
        <translation>Godišnji izveštaji koje su institucije vratile: naši obrasci ili objavljeni modeli popunjeni u Excelu ili LibreOfficeu (XLSX, ODS ili CSV). Svaka datoteka se čita i prikazuje ispod pre nego što se bilo šta upiše; ponovni uvoz iste datoteke ništa ne menja, a ispravljena datoteka zamenjuje ranije primljene vrednosti.</translation>
    </message>
    <message>
        <source>As each file names it</source>
        <translation>Kako je navodi svaka datoteka</translation>
    </message>
    <message>
        <source>As each file says</source>
        <translation>Kako navodi svaka datoteka</translation>
    </message>
    <message>
        <source>The day the reports arrived; a corrected file of a report already received keeps the day of the first one unless you change this date.</source>
        <translation>Dan kada su izveštaji stigli; ispravljena datoteka već primljenog izveštaja zadržava dan prvog, osim ako ne promenite ovaj datum.</translation>
    </message>
    <message>
        <source>Fi&amp;les:</source>
        <translation>&amp;Datoteke:</translation>
    </message>
    <message>
        <source>I&amp;nstitution:</source>
        <translation>&amp;Institucija:</translation>
    </message>
    <message>
        <source>&amp;Year of the reports:</source>
        <translation>&amp;Godina izveštaja:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Primljeni d&amp;ana:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Godina</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Vrednosti</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Upozorenja</translation>
    </message>
    <message>
        <source>Cells rejected</source>
        <translation>Odbijene ćelije</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Šta će se promeniti</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ćelija</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Poruka</translation>
    </message>
    <message>
        <source>Cells rejected and &amp;warnings (the other values are imported):</source>
        <translation>Odbijene ćelije i upo&amp;zorenja (ostale vrednosti se uvoze):</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Pregled</translation>
    </message>
    <message>
        <source>Reports (%1);;All files (*)</source>
        <translation>Izveštaji (%1);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>A folder of received reports</source>
        <translation>Fascikla sa primljenim izveštajima</translation>
    </message>
    <message>
        <source>%1 holds no new report file (.xlsx, .ods or .csv).</source>
        <translation>%1 ne sadrži nijednu novu datoteku izveštaja (.xlsx, .ods ili .csv).</translation>
    </message>
    <message>
        <source>Add the files or the folder of the reports received.</source>
        <translation>Dodajte datoteke ili fasciklu primljenih izveštaja.</translation>
    </message>
    <message>
        <source>Preview the files to see what they hold before importing them.</source>
        <translation>Pregledajte datoteke da biste videli šta sadrže pre nego što ih uvezete.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Čita se %1…</translation>
    </message>
    <message>
        <source>Reading %1 files…</source>
        <translation>Čita se %1 datoteka…</translation>
    </message>
    <message>
        <source>%1 of %2 files read</source>
        <translation>Pročitano %1 od %2 datoteka</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Ne uvozi se: %1</translation>
    </message>
    <message>
        <source>New report, received on %1</source>
        <translation>Novi izveštaj, primljen %1</translation>
    </message>
    <message>
        <source>Replaces the values received before</source>
        <translation>Zamenjuje ranije primljene vrednosti</translation>
    </message>
    <message>
        <source>Unchanged: already imported</source>
        <translation>Nepromenjeno: već uvezeno</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odbijena</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Upozorenje</translation>
    </message>
    <message>
        <source>Files read: %1. To import: %2 new, %3 replacing earlier values; %4 unchanged; %5 not imported. Cells rejected: %6. Warnings: %7.</source>
        <translation>Pročitane datoteke: %1. Za uvoz: %2 novih, %3 koje zamenjuju ranije vrednosti; %4 nepromenjenih; %5 neuvezenih. Odbijene ćelije: %6. Upozorenja: %7.</translation>
    </message>
    <message>
        <source>Importing the reports…</source>
        <translation>Uvoze se izveštaji…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Uvoz nije uspeo</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>Ništa nije upisano. %1</translation>
    </message>
    <message>
        <source>Received reports imported: %1 new, %2 replaced, %3 unchanged, %4 files not imported.</source>
        <translation>Uvezeni primljeni izveštaji: %1 novih, %2 zamenjenih, %3 nepromenjenih, %4 datoteka nije uvezeno.</translation>
    </message>
</context>
<context>
    <name>dc::IndicatorDialog</name>
    <message>
        <source>Edit indicator</source>
        <translation>Izmeni indikator</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Dodaj indikator</translation>
    </message>
    <message>
        <source>All kinds</source>
        <extracomment>Events counted by a computed indicator: all kinds</extracomment>
        <translation>Sve vrste</translation>
    </message>
</context>
<context>
    <name>dc::IndicatorTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jedinica</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cilj</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Ostvareno</translation>
    </message>
    <message>
        <source>Achieved %</source>
        <translation>Ostvareno %</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
</context>
<context>
    <name>dc::InstitutionDialog</name>
    <message>
        <source>(none)</source>
        <translation>(nema)</translation>
    </message>
</context>
<context>
    <name>dc::InstitutionTableModel</name>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivo</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <source>Liaison for civil society</source>
        <translation>Osoba za vezu sa civilnim društvom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funkcija</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Nacrti</translation>
    </message>
    <message>
        <source>Deadline warnings</source>
        <translation>Upozorenja o rokovima</translation>
    </message>
</context>
<context>
    <name>dc::InstitutionsPage</name>
    <message>
        <source>&lt;b&gt;Public meetings&lt;/b&gt; (decision-making meetings; art. 8: announced at least 3 days before)</source>
        <translation>&lt;b&gt;Javni sastanci&lt;/b&gt; (sastanci na kojima se odlučuje; čl. 8: najavljeni najmanje 3 dana unapred)</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institucije</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n institucija</numerusform>
            <numerusform>%n institucije</numerusform>
            <numerusform>%n institucija</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose an institution.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Izaberite instituciju.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>county %1</source>
        <translation>okrug %1</translation>
    </message>
    <message>
        <source>Liaison for civil society</source>
        <translation>Osoba za vezu sa civilnim društvom</translation>
    </message>
    <message>
        <source>No person designated.</source>
        <translation>Nije određena nijedna osoba.</translation>
    </message>
    <message>
        <source>Deadline warnings</source>
        <translation>Upozorenja o rokovima</translation>
    </message>
    <message>
        <source>Add meeting…</source>
        <translation>Dodaj sastanak…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Izmeni sastanak…</translation>
    </message>
    <message>
        <source>&amp;Add institution…</source>
        <translation>&amp;Dodaj instituciju…</translation>
    </message>
    <message>
        <source>&amp;Edit institution…</source>
        <translation>&amp;Izmeni instituciju…</translation>
    </message>
    <message>
        <source>Add an institution (Insert)</source>
        <translation>Dodaj instituciju (Insert)</translation>
    </message>
    <message>
        <source>Edit the chosen institution (Enter)</source>
        <translation>Izmeni izabranu instituciju (Enter)</translation>
    </message>
    <message>
        <source>Edit institution</source>
        <translation>Izmeni instituciju</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Nova institucija</translation>
    </message>
    <message>
        <source>Edit public meeting</source>
        <translation>Izmeni javni sastanak</translation>
    </message>
    <message>
        <source>New public meeting</source>
        <translation>Novi javni sastanak</translation>
    </message>
    <message>
        <source>Public meetings</source>
        <translation>Javni sastanci</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>Obriši sastanak…</translation>
    </message>
    <message>
        <source>Delete the chosen meeting (Delete; Undo puts it back)</source>
        <translation>Obriši izabrani sastanak (Delete; Opozovi ga vraća)</translation>
    </message>
    <message>
        <source>&amp;Delete institution…</source>
        <translation>&amp;Obriši instituciju…</translation>
    </message>
    <message>
        <source>Delete the chosen institution (Delete; Undo puts it back)</source>
        <translation>Obriši izabranu instituciju (Delete; Opozovi je vraća)</translation>
    </message>
    <message>
        <source>Delete institution</source>
        <extracomment>%1 is the institution&apos;s name; %2 the records that refer to it, one per line
----------
%1 is the institution&apos;s name</extracomment>
        <translation>Obriši instituciju</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted while these refer to it:
%2
Delete or move those first.</source>
        <translation>„%1“ ne može da se obriše dok se ovi zapisi pozivaju na nju:
%2
Najpre njih obrišite ili premestite.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can put it back with Edit &gt; Undo.</source>
        <translation>Obrisati „%1“? Možete je vratiti preko Uređivanje &gt; Opozovi.</translation>
    </message>
    <message>
        <source>Delete public meeting</source>
        <extracomment>%1 is the meeting&apos;s subject, %2 its date</extracomment>
        <translation>Obriši javni sastanak</translation>
    </message>
    <message>
        <source>Delete the meeting “%1” of %2? You can put it back with Edit &gt; Undo.</source>
        <translation>Obrisati sastanak „%1“ od %2? Možete ga vratiti preko Uređivanje &gt; Opozovi.</translation>
    </message>
</context>
<context>
    <name>dc::MainWindow</name>
    <message>
        <source>Dialog Civic databases (*.sqlite *.db);;All files (*)</source>
        <translation>Baze podataka Dialog Civic (*.sqlite *.db);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Stranice</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nova baza podataka…</translation>
    </message>
    <message>
        <source>Create an empty database file and work in it</source>
        <translation>Napravi praznu datoteku baze podataka i radi u njoj</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Otvori bazu podataka…</translation>
    </message>
    <message>
        <source>Work in another database file</source>
        <translation>Radi u drugoj datoteci baze podataka</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Pronađi</translation>
    </message>
    <message>
        <source>Go to the search box of the page</source>
        <translation>Idi na polje za pretragu na stranici</translation>
    </message>
    <message>
        <source>&amp;About Dialog Civic</source>
        <translation>&amp;O programu Dialog Civic</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Nedavne baze podataka</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Uređivanje</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moć</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Glavna traka sa alatkama</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (samo za čitanje)</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Baza podataka ne može da se otvori</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Otvori bazu podataka</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 ne postoji.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nova baza podataka</translation>
    </message>
    <message>
        <source>evidence.sqlite</source>
        <translation>evidencija.sqlite</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead? (A new database needs a new file name.)</source>
        <translation>%1 već postoji. Da li da je otvorim? (Za novu bazu podataka potreban je novi naziv datoteke.)</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Obriši listu</translation>
    </message>
    <message>
        <source>About Dialog Civic</source>
        <translation>O programu Dialog Civic</translation>
    </message>
    <message>
        <source>Dialog Civic %1

The evidence of non-governmental organizations and of the cooperation with them, for the Service for Cooperation with the Associative Environment.

Database: %2</source>
        <translation>Dialog Civic %1

Evidencija nevladinih organizacija i saradnje sa njima, za Službu za saradnju sa udruženjima.

Baza podataka: %2</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Podešavanja…</translation>
    </message>
    <message>
        <source>The language of the program and the names in the documents&apos; header</source>
        <translation>Jezik programa i nazivi u zaglavlju dokumenata</translation>
    </message>
    <message>
        <source>The language was changed; the list of changes to undo was cleared.</source>
        <translation>Jezik je promenjen; lista izmena koje se mogu opozvati je obrisana.</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Nedavne baze podataka</translation>
    </message>
    <message>
        <source>%1 no longer exists: it was moved or deleted. It is taken off the list of recent databases.</source>
        <translation>%1 više ne postoji: premeštena je ili obrisana. Uklanja se sa liste nedavnih baza podataka.</translation>
    </message>
    <message>
        <source>Updated with changes saved by another user.</source>
        <extracomment>The status bar, for some seconds, when another official saved changes to the shared database on the server</extracomment>
        <translation>Ažurirano izmenama koje je sačuvao drugi korisnik.</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>Poveži se sa &amp;serverom…</translation>
    </message>
    <message>
        <source>Work in the office&apos;s shared database on a PostgreSQL server</source>
        <translation>Radite u zajedničkoj bazi podataka kancelarije na PostgreSQL serveru</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>The status bar: the database open is on a server, shared with colleagues</extracomment>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>The connection to the server is back.</source>
        <translation>Veza sa serverom je ponovo uspostavljena.</translation>
    </message>
    <message>
        <source>The connection to the server is lost (%1). Nothing can be saved until it is back: a form you save meanwhile stays open with what you typed. Trying again every %L2 seconds…</source>
        <extracomment>The banner while the shared database&apos;s server does not answer; %1 is the reason (libpq&apos;s words), %2 a number of seconds</extracomment>
        <translation>Veza sa serverom je izgubljena (%1). Ništa ne može da se sačuva dok se ne vrati: obrazac koji u međuvremenu sačuvate ostaje otvoren sa onim što ste uneli. Novi pokušaj na svakih %L2 sekundi…</translation>
    </message>
    <message>
        <source>Cop&amp;y database…</source>
        <translation>&amp;Kopiraj bazu podataka…</translation>
    </message>
    <message>
        <source>Copy the whole database into a new file or into an empty database on a server</source>
        <translation>Kopira celu bazu podataka u novu datoteku ili u praznu bazu podataka na serveru</translation>
    </message>
    <message>
        <source>Accounts of the data&amp;base…</source>
        <translation>Nalozi &amp;baze podataka…</translation>
    </message>
    <message>
        <source>Give colleagues the reader&apos;s or the editor&apos;s role on the shared database (an administrator on a server)</source>
        <translation>Dajte kolegama ulogu čitaoca ili urednika u zajedničkoj bazi podataka (administrator, na serveru)</translation>
    </message>
</context>
<context>
    <name>dc::ManualFigureDialog</name>
    <message>
        <source>Manual figure</source>
        <translation>Ručno uneta vrednost</translation>
    </message>
    <message>
        <source>A figure of &lt;b&gt;%1&lt;/b&gt; for &lt;b&gt;%2&lt;/b&gt; typed from the paper report. It is allowed only where no record provides the figure.</source>
        <translation>Vrednost institucije &lt;b&gt;%1&lt;/b&gt; za &lt;b&gt;%2&lt;/b&gt;. godinu, preuzeta iz papirnog izveštaja. Dozvoljena je samo tamo gde je nijedan zapis ne daje.</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Vrednost:</translation>
    </message>
    <message>
        <source>&amp;Remove the figure</source>
        <translation>&amp;Ukloni vrednost</translation>
    </message>
    <message>
        <source>%1 is computed from the records of %2 for this institution; a figure typed by hand is not allowed.</source>
        <translation>%1 se izračunava iz zapisa za %2. godinu za ovu instituciju; ručno uneta vrednost nije dozvoljena.</translation>
    </message>
    <message>
        <source>Typed earlier: %1, by %2 on %3.</source>
        <translation>Ranije uneto: %1, uneo/la %2, %3.</translation>
    </message>
</context>
<context>
    <name>dc::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Zatvori ovu poruku</translation>
    </message>
</context>
<context>
    <name>dc::OrganizationDetailsPanel</name>
    <message>
        <source>Select an organization to see its partnerships, events, recommendations, debates, seats and funding.</source>
        <translation>Izaberite organizaciju da vidite njena partnerstva, događaje, preporuke, rasprave, mesta u telima i finansiranje.</translation>
    </message>
    <message numerus="yes">
        <source>Partnerships (%n)</source>
        <extracomment>A tab under the organization list: the program editions it joined; %n is their number</extracomment>
        <translation>
            <numerusform>Partnerstva (%n)</numerusform>
            <numerusform>Partnerstva (%n)</numerusform>
            <numerusform>Partnerstva (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events (%n)</source>
        <extracomment>A tab: the events it co-organized or attended; %n is their number</extracomment>
        <translation>
            <numerusform>Događaji (%n)</numerusform>
            <numerusform>Događaji (%n)</numerusform>
            <numerusform>Događaji (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recommendations sent (%n)</source>
        <extracomment>A tab: the recommendations it sent on draft acts; %n is their number</extracomment>
        <translation>
            <numerusform>Poslate preporuke (%n)</numerusform>
            <numerusform>Poslate preporuke (%n)</numerusform>
            <numerusform>Poslate preporuke (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Debates requested (%n)</source>
        <extracomment>A tab: the draft acts on which it requested a public debate; %n is their number</extracomment>
        <translation>
            <numerusform>Zatražene rasprave (%n)</numerusform>
            <numerusform>Zatražene rasprave (%n)</numerusform>
            <numerusform>Zatražene rasprave (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seats (%n)</source>
        <extracomment>A tab: its seats in consultative bodies; %n is their number</extracomment>
        <translation>
            <numerusform>Mesta u telima (%n)</numerusform>
            <numerusform>Mesta u telima (%n)</numerusform>
            <numerusform>Mesta u telima (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funding (%n)</source>
        <extracomment>A tab: its public funding awards; %n is their number</extracomment>
        <translation>
            <numerusform>Finansiranje (%n)</numerusform>
            <numerusform>Finansiranje (%n)</numerusform>
            <numerusform>Finansiranje (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show on its page</source>
        <extracomment>Context menu of a row under the organization list: shows the record (edition, event, draft act, consultative body, funding call) on its own page</extracomment>
        <translation>&amp;Prikaži na svojoj stranici</translation>
    </message>
    <message>
        <source>Marked as the same organization as “%1”: the counts take the two records once.</source>
        <extracomment>Above the tabs of an organization; %1 is the other record&apos;s name</extracomment>
        <translation>Označena kao ista organizacija kao „%1“: brojanja uzimaju oba zapisa jednom.</translation>
    </message>
    <message>
        <source>Marked as the same organization as this one: %1. The counts take them once.</source>
        <extracomment>Above the tabs of an organization; %1 names the records marked as the same organization as this one</extracomment>
        <translation>Označeni kao ista organizacija kao ova: %1. Brojanja ih uzimaju jednom.</translation>
    </message>
</context>
<context>
    <name>dc::OrganizationDialog</name>
    <message>
        <source>Not specified</source>
        <comment>legal form</comment>
        <translation>Nije navedeno</translation>
    </message>
    <message>
        <source>e.g. RO 12345678</source>
        <translation>npr. RO 12345678</translation>
    </message>
    <message>
        <source>The fiscal code (CIF); &quot;RO&quot; and spaces are allowed and removed.</source>
        <translation>Poreski identifikacioni broj (CIF); „RO“ i razmaci su dozvoljeni i uklanjaju se.</translation>
    </message>
    <message>
        <source>name@example.ro</source>
        <translation>ime@primer.ro</translation>
    </message>
    <message>
        <source>e.g. 021 314 3400</source>
        <translation>npr. 021 314 3400</translation>
    </message>
    <message>
        <source>www.example.ro</source>
        <translation>www.primer.ro</translation>
    </message>
    <message>
        <source>The full name, as in the national NGO register (required).</source>
        <translation>Pun naziv, kao u nacionalnom registru NVO (obavezno).</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>registry date</comment>
        <translation>nepoznato</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>number of volunteers</comment>
        <translation>nepoznato</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nova organizacija</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organizacija: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesačuvane izmene</translation>
    </message>
    <message>
        <source>The changes to this organization have not been saved. Discard them?</source>
        <translation>Izmene ove organizacije nisu sačuvane. Odbaciti ih?</translation>
    </message>
    <message>
        <source>The database is read-only: this organization can be looked at, not changed.</source>
        <translation>Baza podataka je samo za čitanje: ova organizacija može da se pregleda, ali ne i da se menja.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (i još %n problem)</numerusform>
            <numerusform>%1 (i još %n problema)</numerusform>
            <numerusform>%1 (i još %n problema)</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Još nema izmena.</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>The county of the registered office; leave it undetermined when no document gives it.</source>
        <translation>Okrug sedišta; ostavite ga neodređenim kada ga nijedan dokument ne navodi.</translation>
    </message>
</context>
<context>
    <name>dc::OrganizationPicker</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An organization found while typing: %1 its name, %2 its county</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dc::OrganizationTableModel</name>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Akronim</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Pravna forma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>CIF</source>
        <translation>CIF</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>Registarski br.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Volontiranje</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volonteri</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Oblasti</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ažurirano</translation>
    </message>
</context>
<context>
    <name>dc::OrganizationsPage</name>
    <message>
        <source>Search by name, acronym, CIF, locality…</source>
        <translation>Pretraga po nazivu, akronimu, CIF-u, mestu…</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Pretraga organizacija</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizacije</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Nova organizacija…</translation>
    </message>
    <message>
        <source>Add an organization to the evidence</source>
        <translation>Dodaj organizaciju u evidenciju</translation>
    </message>
    <message>
        <source>&amp;Edit organization…</source>
        <translation>&amp;Izmeni organizaciju…</translation>
    </message>
    <message>
        <source>Open the form of the selected organization</source>
        <translation>Otvori obrazac izabrane organizacije</translation>
    </message>
    <message>
        <source>&amp;Delete organization</source>
        <translation>&amp;Obriši organizaciju</translation>
    </message>
    <message>
        <source>Delete the selected organization (Undo puts it back)</source>
        <translation>Obriši izabranu organizaciju (Opozovi je vraća)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Uvezi CSV…</translation>
    </message>
    <message>
        <source>Add or update organizations from a CSV file</source>
        <translation>Dodaj ili ažuriraj organizacije iz CSV datoteke</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Izvezi…</translation>
    </message>
    <message>
        <source>Write the organizations shown to a CSV or XLSX file</source>
        <translation>Upiši prikazane organizacije u CSV ili XLSX datoteku</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Svi regioni</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Pravna forma</translation>
    </message>
    <message>
        <source>All legal forms</source>
        <translation>Sve pravne forme</translation>
    </message>
    <message>
        <source>Not specified</source>
        <comment>legal form</comment>
        <translation>Nije navedeno</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Volontiranje</translation>
    </message>
    <message>
        <source>With or without volunteers</source>
        <translation>Sa volonterima ili bez njih</translation>
    </message>
    <message>
        <source>Working with volunteers</source>
        <translation>Rade sa volonterima</translation>
    </message>
    <message>
        <source>Without volunteers</source>
        <translation>Bez volontera</translation>
    </message>
    <message>
        <source>Status in the register</source>
        <translation>Status u registru</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Svi statusi</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Obriši filtere</translation>
    </message>
    <message>
        <source>Show all organizations again</source>
        <translation>Ponovo prikaži sve organizacije</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Svi okruzi</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Sve oblasti</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln organizacija</numerusform>
            <numerusform>%Ln organizacije</numerusform>
            <numerusform>%Ln organizacija</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln organization(s) shown</source>
        <extracomment>%1 is how many the filter shows, %Ln how many the file holds</extracomment>
        <translation>
            <numerusform>prikazano %L1 od %Ln organizacije</numerusform>
            <numerusform>prikazano %L1 od %Ln organizacije</numerusform>
            <numerusform>prikazano %L1 od %Ln organizacija</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show organization…</source>
        <translation>&amp;Prikaži organizaciju…</translation>
    </message>
    <message>
        <source>Organization not found</source>
        <translation>Organizacija nije pronađena</translation>
    </message>
    <message>
        <source>The organization no. %1 is no longer in the database.</source>
        <translation>Organizacija br. %1 više nije u bazi podataka.</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <extracomment>%1 is the organization&apos;s name; %2 the records that refer to it, one per line</extracomment>
        <translation>Obriši organizaciju</translation>
    </message>
    <message>
        <source>Delete “%1” from the evidence? You can put it back with Edit &gt; Undo.</source>
        <translation>Obrisati „%1“ iz evidencije? Možete je vratiti preko Uređivanje &gt; Opozovi.</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Izmena nije mogla da se izvrši</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Izmena nije mogla da se sačuva</translation>
    </message>
    <message>
        <source>“%1” was saved, but the current search or filters hide it.</source>
        <translation>„%1“ je sačuvana, ali je trenutna pretraga ili filteri skrivaju.</translation>
    </message>
    <message>
        <source>Import organizations</source>
        <translation>Uvoz organizacija</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV datoteke (*.csv *.txt);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Import of %1 finished: %L2 added, %L3 updated, %L4 unchanged, %L5 rejected.</source>
        <translation>Uvoz %1 je završen: dodato %L2, ažurirano %L3, bez promene %L4, odbijeno %L5.</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organizacije</translation>
    </message>
    <message>
        <source>Export organizations</source>
        <translation>Izvoz organizacija</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel radne sveske (*.xlsx);;CSV datoteke (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izvoz</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .csv or .xlsx.</source>
        <translation>%1: izaberite naziv koji se završava na .csv ili .xlsx.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Upisivanje %1…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Izvoz nije uspeo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s) written to %1.</source>
        <translation>
            <numerusform>%Ln organizacija upisana u %1.</numerusform>
            <numerusform>%Ln organizacije upisane u %1.</numerusform>
            <numerusform>%Ln organizacija upisano u %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be deleted while these refer to it:
%2
Remove it from those first.</source>
        <translation>„%1“ ne može da se obriše dok se ovi zapisi pozivaju na nju:
%2
Najpre je uklonite iz njih.</translation>
    </message>
    <message>
        <source>Delete “%1” from the evidence? These go with it:
%2
You can put it all back with Edit &gt; Undo.</source>
        <extracomment>%1 is the organization&apos;s name; %2 what goes with it, one per line</extracomment>
        <translation>Obrisati „%1“ iz evidencije? Sa njom se brišu i:
%2
Sve možete vratiti preko Uređivanje &gt; Opozovi.</translation>
    </message>
    <message>
        <source>NGO evidence</source>
        <translation>Evidencija OCD</translation>
    </message>
    <message>
        <source>This record is no longer in the database.</source>
        <extracomment>The row double-clicked under the organization list was deleted meanwhile</extracomment>
        <translation>Ovaj zapis više ne postoji u bazi podataka.</translation>
    </message>
    <message>
        <source>Mark as the &amp;same organization as…</source>
        <extracomment>Tells the program that two records are one organization (seed 003 counts 19 promoters where the records name 20); the counts then take them once</extracomment>
        <translation>Označi kao &amp;istu organizaciju kao…</translation>
    </message>
    <message>
        <source>Say that the selected record and another are one organization, counted once</source>
        <translation>Navedite da su izabrani zapis i drugi jedna organizacija, koja se broji jednom</translation>
    </message>
    <message>
        <source>&amp;Remove the mark “same organization”</source>
        <translation>&amp;Ukloni oznaku „ista organizacija“</translation>
    </message>
    <message>
        <source>The selected record and the one it was marked the same as are counted apart again</source>
        <translation>Izabrani zapis i onaj sa kojim je označen kao isti ponovo se broje odvojeno</translation>
    </message>
    <message>
        <source>Kind of organization</source>
        <translation>Vrsta organizacije</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Sve vrste</translation>
    </message>
    <message numerus="yes">
        <source>Over %L1 of %Ln organization(s) shown (counting…)</source>
        <extracomment>%1 is how many of the filter&apos;s matches are shown so far, %Ln how many the file holds; the other matches are being counted</extracomment>
        <translation>
            <numerusform>prikazano preko %L1 od %Ln organizacije (broji se…)</numerusform>
            <numerusform>prikazano preko %L1 od %Ln organizacije (broji se…)</numerusform>
            <numerusform>prikazano preko %L1 od %Ln organizacija (broji se…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::Page</name>
    <message>
        <source>%1 — Edit &gt; Undo puts it back.</source>
        <translation>%1 — Uređivanje &gt; Opozovi to vraća.</translation>
    </message>
</context>
<context>
    <name>dc::PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Izmeni partnera</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Dodaj partnera</translation>
    </message>
</context>
<context>
    <name>dc::PartnershipTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Akronim</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Izdanje</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Co-organized events</source>
        <translation>Suorganizovani događaji</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
</context>
<context>
    <name>dc::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfejs</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Jezik sistema (%1)</translation>
    </message>
    <message>
        <source>The new language applies at once to every window. Dates and numbers follow it too.</source>
        <translation>Novi jezik se odmah primenjuje na sve prozore. Datumi i brojevi ga takođe prate.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institucija:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Odeljenje:</translation>
    </message>
    <message>
        <source>Printed in the header of every page of the documents</source>
        <translation>Štampa se u zaglavlju svake strane dokumenata</translation>
    </message>
    <message>
        <source>Printed under the institution in the header of the documents</source>
        <translation>Štampa se ispod institucije u zaglavlju dokumenata</translation>
    </message>
    <message>
        <source>Annual reports</source>
        <translation>Godišnji izveštaji</translation>
    </message>
    <message>
        <source>&amp;Deadline (of the following year):</source>
        <translation>&amp;Rok (naredne godine):</translation>
    </message>
    <message>
        <source>The day by which the institutions send their annual report on Law 52/2003; kept in the database, the same for every workstation</source>
        <translation>Dan do kog institucije šalju godišnji izveštaj o Zakonu 52/2003; čuva se u bazi podataka, isti za sve radne stanice</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;role:</source>
        <translation>&amp;Funkcija potpisnika:</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name:</source>
        <translation>&amp;Ime potpisnika:</translation>
    </message>
    <message>
        <source>e.g. Head of Service</source>
        <translation>npr. Šef službe</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Printed above the signature of the official documents (program and funding syntheses); when empty, a dotted line is left to fill in</source>
        <translation>Štampa se iznad potpisa zvaničnih dokumenata (sinteza programa, sinteza finansiranja); ako je prazno, ostaje tačkasta linija za popunjavanje</translation>
    </message>
</context>
<context>
    <name>dc::PublicMeetingDialog</name>
    <message>
        <source>(public meeting)</source>
        <translation>(javni sastanak)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <source>Reason it was closed: a closed meeting needs one of the reasons the law allows.</source>
        <translation>Razlog zatvorenosti: za zatvoreni sastanak potreban je jedan od razloga koje zakon dozvoljava.</translation>
    </message>
</context>
<context>
    <name>dc::PublicMeetingTableModel</name>
    <message>
        <source>public</source>
        <translation>javan</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>zatvoren: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Javan</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Najavljen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>NGOs took part</source>
        <translation>Učestvovale OCD</translation>
    </message>
    <message>
        <source>Recommendations expressed</source>
        <translation>Iznete preporuke</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Unete</translation>
    </message>
    <message>
        <source>Minutes public</source>
        <translation>Javni zapisnik</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Rokovi</translation>
    </message>
</context>
<context>
    <name>dc::RecommendationDialog</name>
    <message>
        <source>an organization</source>
        <translation>organizacija</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>fizičko lice</translation>
    </message>
    <message>
        <source>Type a part of the name</source>
        <translation>Unesite deo naziva</translation>
    </message>
    <message>
        <source>(not from the registry)</source>
        <translation>(nije iz registra)</translation>
    </message>
</context>
<context>
    <name>dc::RecommendationTableModel</name>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>The written justification of the rejection has not been sent.</source>
        <translation>Pisano obrazloženje odbijanja nije poslato.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primljena</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nacrt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Odluka</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Onlajn</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Obrazloženje</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Preporuka</translation>
    </message>
</context>
<context>
    <name>dc::RegisterChangeModel</name>
    <message>
        <source>Change</source>
        <translation>Promena</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Registarski broj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Uvezeno</translation>
    </message>
</context>
<context>
    <name>dc::RegisterChangesPage</name>
    <message>
        <source>All counties</source>
        <translation>Svi okruzi</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Sve promene</translation>
    </message>
    <message>
        <source>&amp;Last import</source>
        <translation>&amp;Poslednji uvoz</translation>
    </message>
    <message>
        <source>Import national &amp;register…</source>
        <translation>Uvezi nacionalni &amp;registar…</translation>
    </message>
    <message>
        <source>Import the Ministry of Justice&apos;s register workbooks and see what changed</source>
        <translation>Uvezi radne sveske registra Ministarstva pravde i pogledaj šta se promenilo</translation>
    </message>
    <message>
        <source>Export register &amp;changes…</source>
        <translation>Izvezi &amp;promene registra…</translation>
    </message>
    <message>
        <source>Write the register changes shown to a CSV file or an Excel workbook</source>
        <translation>Upiši prikazane promene registra u CSV datoteku ili Excel radnu svesku</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Uvezi…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Iz&amp;vezi…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imports of the register&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uvozi registra&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes &amp;after:</source>
        <translation>Promene &amp;posle:</translation>
    </message>
    <message>
        <source>&amp;up to:</source>
        <translation>&amp;do:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>O&amp;krug:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Šta se promenilo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln promena</numerusform>
            <numerusform>%Ln promene</numerusform>
            <numerusform>%Ln promena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln import(s) of the register</source>
        <translation>
            <numerusform>%Ln uvoz registra</numerusform>
            <numerusform>%Ln uvoza registra</numerusform>
            <numerusform>%Ln uvoza registra</numerusform>
        </translation>
    </message>
    <message>
        <source>(the start)</source>
        <translation>(početak)</translation>
    </message>
    <message>
        <source>The changes cannot be read: %1</source>
        <translation>Promene ne mogu da se pročitaju: %1</translation>
    </message>
    <message>
        <source>Nothing imported yet. File &gt; Import national register… reads the Ministry of Justice&apos;s workbooks; each later edition shows here what changed.</source>
        <translation>Još ništa nije uvezeno. Datoteka &gt; Uvezi nacionalni registar… čita radne sveske Ministarstva pravde; svako kasnije izdanje ovde pokazuje šta se promenilo.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Nema promena.</translation>
    </message>
    <message>
        <source>Register imported: %L1 organizations added, %L2 changed, %L3 rows rejected.</source>
        <translation>Registar je uvezen: dodato organizacija %L1, promenjeno %L2, odbijeno redova %L3.</translation>
    </message>
    <message>
        <source>register-changes</source>
        <translation>promene-registra</translation>
    </message>
    <message>
        <source>Export register changes</source>
        <translation>Izvoz promena registra</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel radne sveske (*.xlsx);;CSV datoteke (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Izvoz nije uspeo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1.</source>
        <translation>
            <numerusform>%Ln promena upisana u %1.</numerusform>
            <numerusform>%Ln promene upisane u %1.</numerusform>
            <numerusform>%Ln promena upisano u %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::RegisterImportDialog</name>
    <message>
        <source>Import the national NGO register</source>
        <translation>Uvoz nacionalnog registra NVO</translation>
    </message>
    <message>
        <source>The workbooks of the Ministry of Justice&apos;s national register of associations and foundations (one per kind). Organizations are matched by registry number; what the office entered itself is never overwritten. Importing the same file again changes nothing.</source>
        <translation>Radne sveske nacionalnog registra udruženja i fondacija Ministarstva pravde (po jedna za svaku vrstu). Organizacije se upoređuju po registarskom broju; ono što je kancelarija sama unela nikada se ne prepisuje. Ponovni uvoz iste datoteke ništa ne menja.</translation>
    </message>
    <message>
        <source>From each file&apos;s name (asked when the name does not say)</source>
        <translation>Iz naziva svake datoteke (pita se kada naziv to ne kaže)</translation>
    </message>
    <message>
        <source>&amp;Workbooks:</source>
        <translation>&amp;Radne sveske:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Rows &amp;not imported:</source>
        <translation>Redovi koji &amp;nisu uvezeni:</translation>
    </message>
    <message>
        <source>Import the national register</source>
        <translation>Uvoz nacionalnog registra</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel radne sveske (*.xlsx);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>A folder of register workbooks</source>
        <translation>Fascikla sa radnim sveskama registra</translation>
    </message>
    <message>
        <source>%1 holds no new .xlsx workbook.</source>
        <translation>%1 ne sadrži nijednu novu .xlsx radnu svesku.</translation>
    </message>
    <message>
        <source>kind not in the name; asked</source>
        <translation>vrsta nije u nazivu; pitano</translation>
    </message>
    <message>
        <source>The name of %1 does not say which register it is. What does it hold?</source>
        <translation>Naziv %1 ne kaže o kom registru je reč. Šta sadrži?</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Uvoz %1…</translation>
    </message>
    <message>
        <source>Importing %1 workbooks…</source>
        <translation>Uvoz radnih sveski: %1…</translation>
    </message>
    <message>
        <source>%L1 rows read</source>
        <translation>pročitano redova: %L1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Uvoz nije uspeo</translation>
    </message>
    <message>
        <source>%1 (%2): %L3 rows read; %L4 organizations added, %L5 changed, %L6 with a new status, %L7 unchanged; %L8 rows rejected.</source>
        <translation>%1 (%2): pročitano redova %L3; organizacija dodato %L4, promenjeno %L5, sa novim statusom %L6, bez promene %L7; odbijeno redova %L8.</translation>
    </message>
    <message>
        <source>This file was already imported on %1; nothing changed.</source>
        <translation>Ova datoteka je već uvezena %1; ništa se nije promenilo.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ništa se nije promenilo.</translation>
    </message>
    <message>
        <source>%L1 rows read. Saving to the database…</source>
        <translation>pročitano redova: %L1. Čuvanje u bazi podataka…</translation>
    </message>
</context>
<context>
    <name>dc::RegisterImportModel</name>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Uvezeno</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Pročitani redovi</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodato</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Promenjeno</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Promenjen status</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Bez promene</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>dc::ReportModelsDialog</name>
    <message>
        <source>Models of the annual report</source>
        <translation>Modeli godišnjeg izveštaja</translation>
    </message>
    <message>
        <source>The institutions fill in the model of the report in force for the year. A model is a data file: load a corrected model file here and it applies from its first year on, in place of the built-in model with the same id.</source>
        <translation>Institucije popunjavaju model izveštaja koji važi za tu godinu. Model je datoteka sa podacima: ovde učitajte ispravljenu datoteku modela i ona važi od svoje prve godine, umesto ugrađenog modela sa istim id-om.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Od godine</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Stavke</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Poreklo</translation>
    </message>
    <message>
        <source>Load model file…</source>
        <translation>Učitaj datoteku modela…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Izvezi…</translation>
    </message>
    <message>
        <source>Forget loaded model</source>
        <translation>Ukloni učitani model</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>ugrađen</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>učitan</translation>
    </message>
    <message>
        <source>Load a model of the report</source>
        <translation>Učitaj model izveštaja</translation>
    </message>
    <message>
        <source>Models of the report (*.json);;All files (*)</source>
        <translation>Modeli izveštaja (*.json);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The model %1 (%2) applies from %3 on.</source>
        <translation>Model %1 (%2) važi od %3.</translation>
    </message>
    <message>
        <source>Export the model of the report</source>
        <translation>Izvezi model izveštaja</translation>
    </message>
    <message>
        <source>Models of the report (*.json)</source>
        <translation>Modeli izveštaja (*.json)</translation>
    </message>
    <message>
        <source>Forget the loaded model %1? The built-in model applies again.</source>
        <translation>Ukloniti učitani model %1? Ponovo važi ugrađeni model.</translation>
    </message>
</context>
<context>
    <name>dc::SameOrganizationDialog</name>
    <message>
        <source>The same organization</source>
        <translation>Ista organizacija</translation>
    </message>
    <message>
        <source>“%1” is the same organization as the record chosen below. The counts (such as the promoters of an edition) take the two records once; both records are kept as they are, and the mark can be removed.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>„%1“ je ista organizacija kao zapis izabran ispod. Brojanja (na primer promoteri jednog izdanja) uzimaju oba zapisa jednom; oba zapisa ostaju kakva jesu, a oznaka se može ukloniti.</translation>
    </message>
    <message>
        <source>Search by name, acronym, locality or CIF</source>
        <translation>Pretraga po nazivu, akronimu, mestu ili PIB-u</translation>
    </message>
</context>
<context>
    <name>dc::SendFormsDialog</name>
    <message>
        <source>Write forms…</source>
        <translation>Upiši obrasce…</translation>
    </message>
    <message>
        <source>Write reminders…</source>
        <translation>Upiši podsetnike…</translation>
    </message>
    <message>
        <source>Annual report forms of %1</source>
        <translation>Obrasci godišnjeg izveštaja za %1</translation>
    </message>
    <message>
        <source>Reminders for the reports of %1</source>
        <translation>Podsetnici za izveštaje za %1</translation>
    </message>
    <message>
        <source>The annual report&apos;s form for %1, one XLSX workbook per institution, pre-filled where the office&apos;s records give the figures. Nothing is sent: attach the files to your e-mails, or use Remind… for the reports that are late.</source>
        <translation>Obrazac godišnjeg izveštaja za %1, po jedna XLSX radna sveska za svaku instituciju, unapred popunjena gde evidencija kancelarije daje brojke. Ništa se ne šalje: priložite datoteke uz svoje poruke ili upotrebite Podseti… za izveštaje koji kasne.</translation>
    </message>
    <message numerus="yes">
        <source>All institutions (%n)</source>
        <translation>
            <numerusform>Sve institucije (%n)</numerusform>
            <numerusform>Sve institucije (%n)</numerusform>
            <numerusform>Sve institucije (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Samo %1</translation>
    </message>
    <message>
        <source>Only the institution selected in the table (none is selected)</source>
        <translation>Samo institucija izabrana u tabeli (nijedna nije izabrana)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institucija</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dana kašnjenja</translation>
    </message>
    <message>
        <source>Liaison e-mail</source>
        <translation>E-pošta osobe za vezu</translation>
    </message>
    <message>
        <source>none: no reminder (%1)</source>
        <translation>nema: bez podsetnika (%1)</translation>
    </message>
    <message>
        <source>Add the liaison&apos;s e-mail on the Institutions page to remind this institution.</source>
        <translation>Dodajte e-poštu osobe za vezu na stranici Institucije da biste podsetili ovu instituciju.</translation>
    </message>
    <message>
        <source>No report for %1 is overdue: the deadline is %2.</source>
        <translation>Nijedan izveštaj za %1 nije u zakašnjenju: rok je %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) have not sent their report for %1, due on %2. Each one with a liaison e-mail gets an e-mail file (.eml) with its form attached, to open in Outlook or Thunderbird, check and send: nothing is sent by the program.</source>
        <translation>
            <numerusform>%n institucija nije poslala izveštaj za %1, čiji je rok bio %2. Svaka institucija sa e-poštom osobe za vezu dobija datoteku e-pošte (.eml) sa priloženim obrascem, koju treba otvoriti u Outlooku ili Thunderbirdu, proveriti i poslati: program ništa ne šalje.</numerusform>
            <numerusform>%n institucije nisu poslale izveštaj za %1, čiji je rok bio %2. Svaka institucija sa e-poštom osobe za vezu dobija datoteku e-pošte (.eml) sa priloženim obrascem, koju treba otvoriti u Outlooku ili Thunderbirdu, proveriti i poslati: program ništa ne šalje.</numerusform>
            <numerusform>%n institucija nije poslalo izveštaj za %1, čiji je rok bio %2. Svaka institucija sa e-poštom osobe za vezu dobija datoteku e-pošte (.eml) sa priloženim obrascem, koju treba otvoriti u Outlooku ili Thunderbirdu, proveriti i poslati: program ništa ne šalje.</numerusform>
        </translation>
    </message>
    <message>
        <source>the office&apos;s e-mail address</source>
        <translation>adresa e-pošte kancelarije</translation>
    </message>
    <message>
        <source>The From line of the reminders. Your mail program may put your own account there when you send them.</source>
        <translation>Pošiljalac podsetnika. Vaš program za e-poštu može tu da stavi vaš nalog kada ih šaljete.</translation>
    </message>
    <message>
        <source>From (name):</source>
        <translation>Od (ime):</translation>
    </message>
    <message>
        <source>From (e-mail):</source>
        <translation>Od (e-pošta):</translation>
    </message>
    <message>
        <source>No institution to remind.</source>
        <translation>Nema institucije koju treba podsetiti.</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>Fascikla za obrasce</translation>
    </message>
    <message>
        <source>Folder for the reminders</source>
        <translation>Fascikla za podsetnike</translation>
    </message>
    <message>
        <source>Writing the forms of %1…</source>
        <translation>Upisuju se obrasci za %1…</translation>
    </message>
    <message>
        <source>Writing the reminders for %1…</source>
        <translation>Upisuju se podsetnici za %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written</source>
        <translation>
            <numerusform>%n obrazac upisan</numerusform>
            <numerusform>%n obrasca upisana</numerusform>
            <numerusform>%n obrazaca upisano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) done</source>
        <translation>
            <numerusform>%n institucija završena</numerusform>
            <numerusform>%n institucije završene</numerusform>
            <numerusform>%n institucija završeno</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at your request.</source>
        <translation>Zaustavljeno na vaš zahtev.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written to %1</source>
        <translation>
            <numerusform>%n obrazac upisan u %1</numerusform>
            <numerusform>%n obrasca upisana u %1</numerusform>
            <numerusform>%n obrazaca upisano u %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written to %1</source>
        <translation>
            <numerusform>%n podsetnik upisan u %1</numerusform>
            <numerusform>%n podsetnika upisana u %1</numerusform>
            <numerusform>%n podsetnika upisano u %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… i još %n</numerusform>
            <numerusform>… i još %n</numerusform>
            <numerusform>… i još %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation>Nije upisano:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otvori fasciklu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
</context>
<context>
    <name>dc::ServerAddress</name>
    <message>
        <source>%1 is not the address of a database server (%2).</source>
        <translation>%1 nije adresa servera baza podataka (%2).</translation>
    </message>
    <message>
        <source>%1: the connection parameter %2 is not one Dialog Civic accepts.</source>
        <translation>%1: Dialog Civic ne prihvata parametar veze %2.</translation>
    </message>
    <message>
        <source>%1: the value of the connection parameter %2 cannot be used.</source>
        <translation>%1: vrednost parametra veze %2 ne može da se koristi.</translation>
    </message>
</context>
<context>
    <name>dc::ServerProbe</name>
    <message>
        <source>the server did not answer in time (%L1 s)</source>
        <extracomment>Why the connection to the server is lost: a trivial question got no answer in the time given; %1 is that time in seconds</extracomment>
        <translation>server nije odgovorio na vreme (%L1 s)</translation>
    </message>
    <message>
        <source>the server does not answer</source>
        <extracomment>Why the connection to the server is lost, when neither the server nor the network said why</extracomment>
        <translation>server ne odgovara</translation>
    </message>
    <message>
        <source>the server&apos;s name “%1” was not found</source>
        <extracomment>Why the connection to the server is lost: its name (%1) is not known to the network</extracomment>
        <translation>ime servera „%1“ nije pronađeno</translation>
    </message>
</context>
<context>
    <name>dc::ServerUsersDialog</name>
    <message>
        <source>Accounts of the database</source>
        <translation>Nalozi baze podataka</translation>
    </message>
    <message>
        <source>&amp;Role of the selected account:</source>
        <translation>&amp;Uloga izabranog naloga:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Primeni</translation>
    </message>
    <message>
        <source>Your own role is changed by another administrator or by IT.</source>
        <translation>Vašu sopstvenu ulogu menja drugi administrator ili IT služba.</translation>
    </message>
    <message>
        <source>The account %1 now has the role: %2.</source>
        <extracomment>%1 is an account on the database server, %2 its new role (Editor, No access)</extracomment>
        <translation>Nalog %1 sada ima ulogu: %2.</translation>
    </message>
    <message>
        <source>The accounts on the server of %1 and what each may do: a reader reads everything, an editor also adds, changes and deletes records, an administrator also gives these roles. New accounts are made by IT on the server.</source>
        <extracomment>%1 names the shared database (its server address)</extracomment>
        <translation>Nalozi na serveru baze %1 i šta svaki može: čitalac čita sve, urednik još dodaje, menja i briše zapise, administrator još daje ove uloge. Nove naloge pravi IT služba na serveru.</translation>
    </message>
    <message>
        <source>A superuser, or the owner of the database, may do everything, whatever its role.</source>
        <translation>Superkorisnik, ili vlasnik baze podataka, može sve, bez obzira na ulogu.</translation>
    </message>
</context>
<context>
    <name>dc::ServerUsersModel</name>
    <message>
        <source>Reader</source>
        <extracomment>The role of an account on the shared database: may read everything, change nothing</extracomment>
        <translation>Čitalac</translation>
    </message>
    <message>
        <source>Editor</source>
        <extracomment>The role of an account on the shared database: may add, change and delete records</extracomment>
        <translation>Urednik</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>The role of an account on the shared database: an editor who also gives roles</extracomment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>No access</source>
        <extracomment>An account on the database server that has none of Dialog Civic&apos;s roles</extracomment>
        <translation>Bez pristupa</translation>
    </message>
    <message>
        <source>Superuser (may do everything)</source>
        <extracomment>An account that is the server&apos;s superuser: every right, whatever its roles</extracomment>
        <translation>Superkorisnik (može sve)</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>The column of the accounts (login names) on the database server</extracomment>
        <translation>Nalog</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Owner of the database (may do everything)</source>
        <extracomment>The account that owns the shared database (made it): every right on it</extracomment>
        <translation>Vlasnik baze podataka (može sve)</translation>
    </message>
</context>
<context>
    <name>dc::files</name>
    <message>
        <source>the folder does not exist</source>
        <translation>fascikla ne postoji</translation>
    </message>
    <message>
        <source>%1: the file cannot be written (%2).</source>
        <translation>%1: datoteka ne može da se upiše (%2).</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>datoteka je samo za čitanje</translation>
    </message>
    <message>
        <source>the workbook cannot be created</source>
        <translation>radna sveska ne može da se napravi</translation>
    </message>
    <message>
        <source>the workbook is closed already</source>
        <translation>radna sveska je već zatvorena</translation>
    </message>
</context>
<context>
    <name>dc::passwords</name>
    <message>
        <source>The desktop&apos;s keyring cannot be used: %1</source>
        <extracomment>%1 is the keyring&apos;s own explanation (in English)</extracomment>
        <translation>Privezak ključeva sistema ne može da se koristi: %1</translation>
    </message>
</context>
<context>
    <name>dc::postgres</name>
    <message>
        <source>The PostgreSQL schema script cannot be read in %1.</source>
        <translation>Skripta šeme za PostgreSQL ne može da se pročita iz %1.</translation>
    </message>
    <message>
        <source>The database is not empty (it holds the table %1): the schema of Dialog Civic is only created in an empty database.</source>
        <translation>Baza podataka nije prazna (sadrži tabelu %1): šema programa Dialog Civic pravi se samo u praznoj bazi podataka.</translation>
    </message>
    <message>
        <source>The schema could not be created: %1: %2</source>
        <translation>Šema nije mogla da se napravi: %1: %2</translation>
    </message>
    <message>
        <source>constraint %1 of table %2 is not validated</source>
        <translation>ograničenje %1 tabele %2 nije potvrđeno</translation>
    </message>
    <message>
        <source>index %1: %2</source>
        <translation>indeks %1: %2</translation>
    </message>
    <message>
        <source>The roles cannot be set up: %1</source>
        <translation>Uloge ne mogu da se podese: %1</translation>
    </message>
    <message>
        <source>The roles cannot be read from the server.</source>
        <translation>Uloge ne mogu da se pročitaju sa servera.</translation>
    </message>
    <message>
        <source>The tables cannot be counted on the server.</source>
        <translation>Tabele ne mogu da se prebroje na serveru.</translation>
    </message>
    <message>
        <source>The PostgreSQL schema script %1 cannot be read.</source>
        <translation>Skripta PostgreSQL šeme %1 ne može da se pročita.</translation>
    </message>
    <message>
        <source>The update of the schema to version %1 failed: %2: %3</source>
        <extracomment>%1 is the version the update brings; %2 the statement that failed, %3 the reason</extracomment>
        <translation>Ažuriranje šeme na verziju %1 nije uspelo: %2: %3</translation>
    </message>
    <message>
        <source>The schema cannot be updated: %1</source>
        <translation>Šema ne može da se ažurira: %1</translation>
    </message>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>Verzija šeme ne može da se pročita.</translation>
    </message>
    <message>
        <source>The schema is at version %1, older than any this version of Dialog Civic can update on a server (%2).</source>
        <translation>Šema je na verziji %1, starijoj od bilo koje koju ova verzija programa Dialog Civic može da ažurira na serveru (%2).</translation>
    </message>
    <message>
        <source>The server&apos;s accounts cannot be read: %1</source>
        <translation>Nalozi servera ne mogu da se pročitaju: %1</translation>
    </message>
    <message>
        <source>The role of the account %1 was not changed: %2</source>
        <extracomment>%1 is an account on the database server (ana), %2 the server&apos;s reason</extracomment>
        <translation>Uloga naloga %1 nije promenjena: %2</translation>
    </message>
    <message>
        <source>only the reader&apos;s and the editor&apos;s roles are given here</source>
        <translation>ovde se daju samo uloge čitaoca i urednika</translation>
    </message>
    <message>
        <source>the server has no such account</source>
        <translation>server nema takav nalog</translation>
    </message>
    <message>
        <source>your account may not do this: an administrator gives and takes back the reader&apos;s and the editor&apos;s roles; an administrator&apos;s own role is changed by the owner of the database or by IT</source>
        <translation>vaš nalog to ne može: administrator daje i oduzima uloge čitaoca i urednika; ulogu administratora menja vlasnik baze podataka ili IT služba</translation>
    </message>
</context>
<context>
    <name>dc::reports::DashboardData</name>
    <message>
        <source>Recommendations close</source>
        <comment>the last day for written recommendations on a draft</comment>
        <translation>Rok za preporuke ističe</translation>
    </message>
    <message>
        <source>May be submitted</source>
        <comment>the first day a draft may be submitted for approval</comment>
        <translation>Može se podneti</translation>
    </message>
    <message>
        <source>Meeting to announce</source>
        <comment>the last day to announce a public meeting</comment>
        <translation>Sastanak treba najaviti</translation>
    </message>
</context>
<context>
    <name>dc::reports::SynthesisTextRepository</name>
    <message>
        <source>The edition no. %1 no longer exists.</source>
        <translation>Izdanje br. %1 više ne postoji.</translation>
    </message>
    <message>
        <source>The synthesis texts cannot be saved: %1</source>
        <translation>Tekstovi sinteze ne mogu da se sačuvaju: %1</translation>
    </message>
</context>
<context>
    <name>dc::sqlite</name>
    <message>
        <source>The connection is not an SQLite connection.</source>
        <translation>Veza nije SQLite veza.</translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 refers to a missing row of %3</source>
        <translation>strani ključ: red %1 tabele %2 upućuje na nepostojeći red tabele %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1 i još %n problem</numerusform>
            <numerusform>%1 i još %n problema</numerusform>
            <numerusform>%1 i još %n problema</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>AddEventCommand</name>
    <message>
        <source>Add %1 no. %2</source>
        <translation>Adaugă %1 nr. %2</translation>
    </message>
</context>
<context>
    <name>AddOrganizationCommand</name>
    <message>
        <source>Add “%1”</source>
        <extracomment>Undo/Redo menu text (&quot;Undo Add “Asociația X”&quot;); %1 is the organization&apos;s name</extracomment>
        <translation>Adaugă „%1”</translation>
    </message>
</context>
<context>
    <name>AnnualFiguresTableModel</name>
    <message>
        <source>n/a</source>
        <translation>n.a.</translation>
    </message>
    <message>
        <source>%1 (records: %2)</source>
        <comment>report value, then the office&apos;s</comment>
        <translation>%1 (evidențe: %2)</translation>
    </message>
    <message>
        <source>Entered by hand by %1 on %2</source>
        <translation>Introdus manual de %1 la %2</translation>
    </message>
    <message>
        <source>From the report (cell %1); the office&apos;s records give %2</source>
        <translation>Din raport (celula %1); evidențele oficiului dau %2</translation>
    </message>
    <message>
        <source>From the report</source>
        <translation>Din raport</translation>
    </message>
    <message>
        <source>From the report (cell %1)</source>
        <translation>Din raport (celula %1)</translation>
    </message>
</context>
<context>
    <name>AnnualReportCommand</name>
    <message>
        <source>Record the annual report of %1</source>
        <extracomment>Undo/Redo menu text; %1 is a year</extracomment>
        <translation>Înregistrează raportul anual al instituției %1</translation>
    </message>
    <message>
        <source>Remove the annual report of %1</source>
        <translation>Elimină raportul anual al instituției %1</translation>
    </message>
</context>
<context>
    <name>AnnualReportRepository</name>
    <message>
        <source>Institution: the report needs its institution.</source>
        <translation>Instituție: raportul trebuie să indice instituția.</translation>
    </message>
    <message>
        <source>Year: %1 is not a year under Law 52/2003.</source>
        <translation>An: %1 nu este un an în care se aplică Legea nr. 52/2003.</translation>
    </message>
    <message>
        <source>Date received: the report needs the date it was received.</source>
        <translation>Data primirii: raportul trebuie să aibă data la care a fost primit.</translation>
    </message>
    <message>
        <source>Date received: the report for %1 cannot be received in %2.</source>
        <translation>Data primirii: raportul pentru %1 nu poate fi primit în %2.</translation>
    </message>
    <message>
        <source>No report of %1 is recorded.</source>
        <translation>Nu este înregistrat niciun raport pentru %1.</translation>
    </message>
    <message>
        <source>%1: not a figure of the report.</source>
        <translation>%1: nu este o cifră a raportului.</translation>
    </message>
    <message>
        <source>%1: a whole number of 0 or more is due.</source>
        <translation>%1: se cere un număr întreg, 0 sau mai mare.</translation>
    </message>
    <message>
        <source>Code: %1 is not a figure of the evaluation form.</source>
        <translation>Cod: %1 nu este o cifră din formularul de evaluare.</translation>
    </message>
    <message>
        <source>%1: this figure is not a number typed from a report.</source>
        <translation>%1: această cifră nu este un număr introdus dintr-un raport.</translation>
    </message>
    <message>
        <source>%1: the number cannot be negative.</source>
        <translation>%1: numărul nu poate fi negativ.</translation>
    </message>
    <message>
        <source>%1: the records of %2 already provide this figure; a manual entry is allowed only where no record exists.</source>
        <translation>%1: înregistrările din %2 furnizează deja această cifră; introducerea manuală este permisă doar acolo unde nu există înregistrări.</translation>
    </message>
    <message>
        <source>%1: no manual entry for %2.</source>
        <translation>%1: nu există nicio introducere manuală pentru %2.</translation>
    </message>
</context>
<context>
    <name>AwardImporter</name>
    <message>
        <source>%1: no organization in the registry has the CIF %2</source>
        <translation>%1: nicio organizație din registru nu are CIF-ul %2</translation>
    </message>
    <message>
        <source>%1: required (or a CIF)</source>
        <translation>%1: câmp obligatoriu (sau CIF-ul)</translation>
    </message>
    <message>
        <source>%1: unknown county &apos;%2&apos;</source>
        <translation>%1: județ necunoscut „%2”</translation>
    </message>
    <message>
        <source>%1: no organization named &apos;%2&apos; in the registry</source>
        <translation>%1: nicio organizație cu denumirea „%2” în registru</translation>
    </message>
    <message>
        <source>%1: several organizations are named &apos;%2&apos;; add the CIF or the county</source>
        <translation>%1: mai multe organizații au denumirea „%2”; adăugați CIF-ul sau județul</translation>
    </message>
    <message>
        <source>%1: required (the key of the import)</source>
        <translation>%1: câmp obligatoriu (cheia importului)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a year</source>
        <translation>%1: „%2” nu este un an</translation>
    </message>
    <message>
        <source>%1: no call named &apos;%2&apos;%3</source>
        <translation>%1: niciun apel cu denumirea „%2”%3</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> în %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an amount in lei</source>
        <translation>%1: „%2” nu este o sumă în lei</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>%1: „%2” nu este o dată (AAAA-LL-ZZ sau ZZ.LL.AAAA)</translation>
    </message>
    <message>
        <source>%1: unknown status &apos;%2&apos; (contracted, paid, settled, cancelled, reimbursed)</source>
        <translation>%1: stare necunoscută „%2” (contractat, plătit, decontat, anulat, restituit)</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: fișierul este gol.</translation>
    </message>
    <message>
        <source>%1: the first row has no column for %2.</source>
        <translation>%1: primul rând nu are o coloană pentru %2.</translation>
    </message>
    <message>
        <source>%1: the database cannot start the import (%2).</source>
        <translation>%1: baza de date nu poate începe importul (%2).</translation>
    </message>
    <message>
        <source>a quoted field is not closed; it runs to the end of the file</source>
        <translation>un câmp între ghilimele nu este închis; continuă până la sfârșitul fișierului</translation>
    </message>
    <message>
        <source>the row has %1 cells, the header row has %2</source>
        <translation>rândul are %1 celule, iar rândul de antet are %2</translation>
    </message>
    <message>
        <source>%1: the database refused the import (%2).</source>
        <translation>%1: baza de date a refuzat importul (%2).</translation>
    </message>
    <message>
        <source>%1: the import could not be saved (%2).</source>
        <translation>%1: importul nu a putut fi salvat (%2).</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
</context>
<context>
    <name>BodiesFundingDemo</name>
    <message>
        <source>The demo organization %1 is missing.</source>
        <translation>Organizația demonstrativă %1 lipsește.</translation>
    </message>
    <message>
        <source>The demo institution %1 is missing.</source>
        <translation>Instituția demonstrativă %1 lipsește.</translation>
    </message>
</context>
<context>
    <name>BodyCommand</name>
    <message>
        <source>Add the body “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the body&apos;s name</extracomment>
        <translation>Adaugă organismul „%1”</translation>
    </message>
    <message>
        <source>Edit the body “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the body&apos;s name</extracomment>
        <translation>Editează organismul „%1”</translation>
    </message>
    <message>
        <source>Delete the body “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the body&apos;s name</extracomment>
        <translation>Șterge organismul „%1”</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>Consultative body</source>
        <translation>Organism consultativ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>De&amp;numire:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>Founding &amp;act no.:</source>
        <translation>Nr. &amp;actului de înființare:</translation>
    </message>
    <message>
        <source>Act &amp;date:</source>
        <translation>&amp;Data actului:</translation>
    </message>
    <message>
        <source>&amp;Secretariat:</source>
        <translation>&amp;Secretariat:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Sco&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Mandate (months):</source>
        <translation>&amp;Mandat (luni):</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nestabilit</translation>
    </message>
    <message>
        <source>&amp;Quorum (members):</source>
        <translation>&amp;Cvorum (membri):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Sta&amp;re:</translation>
    </message>
    <message>
        <source>Active &amp;from:</source>
        <translation>Activ de &amp;la:</translation>
    </message>
    <message>
        <source>&amp;Dissolved on:</source>
        <translation>Di&amp;zolvat la:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Observații:</translation>
    </message>
</context>
<context>
    <name>BodyMeeting</name>
    <message>
        <source>Body: required.</source>
        <translation>Organism: câmp obligatoriu.</translation>
    </message>
    <message>
        <source>Date: required.</source>
        <translation>Data: câmp obligatoriu.</translation>
    </message>
</context>
<context>
    <name>BodyMeetingCommand</name>
    <message>
        <source>Add the meeting of %1</source>
        <extracomment>Undo/Redo menu text; %1 is the meeting&apos;s date</extracomment>
        <translation>Adaugă ședința din %1</translation>
    </message>
    <message>
        <source>Edit the meeting of %1</source>
        <extracomment>Undo/Redo menu text; %1 is the meeting&apos;s date</extracomment>
        <translation>Editează ședința din %1</translation>
    </message>
    <message>
        <source>Delete the meeting of %1</source>
        <extracomment>Undo/Redo menu text; %1 is the meeting&apos;s date</extracomment>
        <translation>Șterge ședința din %1</translation>
    </message>
</context>
<context>
    <name>BodyMeetingDialog</name>
    <message>
        <source>Meeting of the body</source>
        <translation>Ședința organismului</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Ordinea de zi:</translation>
    </message>
    <message>
        <source>A&amp;ttendance:</source>
        <translation>&amp;Prezență:</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Membri prezenți</translation>
    </message>
    <message>
        <source>D&amp;ecisions:</source>
        <translation>D&amp;ecizii:</translation>
    </message>
    <message>
        <source>&amp;Minutes published</source>
        <translation>&amp;Minută publicată</translation>
    </message>
</context>
<context>
    <name>BodyMember</name>
    <message>
        <source>member</source>
        <translation>membru</translation>
    </message>
    <message>
        <source>alternate</source>
        <translation>supleant</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>președinte</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>secretariat</translation>
    </message>
    <message>
        <source>Member: either an organization or an institution.</source>
        <translation>Membru: fie o organizație, fie o instituție.</translation>
    </message>
    <message>
        <source>Body: required.</source>
        <translation>Organism: câmp obligatoriu.</translation>
    </message>
    <message>
        <source>Mandate start: required.</source>
        <translation>Începutul mandatului: câmp obligatoriu.</translation>
    </message>
    <message>
        <source>Mandate end: before the mandate&apos;s start.</source>
        <translation>Sfârșitul mandatului: înainte de începutul mandatului.</translation>
    </message>
</context>
<context>
    <name>BodyMemberCommand</name>
    <message>
        <source>Add the member “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization or institution</extracomment>
        <translation>Adaugă membrul „%1”</translation>
    </message>
    <message>
        <source>End the mandate of “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization or institution</extracomment>
        <translation>Încheie mandatul membrului „%1”</translation>
    </message>
    <message>
        <source>Edit the member “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization or institution</extracomment>
        <translation>Editează membrul „%1”</translation>
    </message>
    <message>
        <source>Delete the member “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization or institution</extracomment>
        <translation>Șterge membrul „%1”</translation>
    </message>
</context>
<context>
    <name>BodyMemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Membru</translation>
    </message>
    <message>
        <source>Member &amp;is:</source>
        <translation>Membrul &amp;este:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organizație:</translation>
    </message>
    <message>
        <source>Type part of the name, CIF or county</source>
        <translation>Tastați o parte din denumire, CIF-ul sau județul</translation>
    </message>
    <message>
        <source>Organizations found</source>
        <translation>Organizații găsite</translation>
    </message>
    <message>
        <source>I&amp;nstitution:</source>
        <translation>I&amp;nstituție:</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>&amp;Reprezentant:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;l:</translation>
    </message>
    <message>
        <source>Mandate &amp;start:</source>
        <translation>Început &amp;mandat:</translation>
    </message>
    <message>
        <source>Mandate &amp;end:</source>
        <translation>&amp;Sfârșit mandat:</translation>
    </message>
</context>
<context>
    <name>BodyMembershipList</name>
    <message>
        <source>Membership list</source>
        <translation>Lista membrilor</translation>
    </message>
    <message>
        <source>Kind: %1; status: %2.</source>
        <translation>Tip: %1; stare: %2.</translation>
    </message>
    <message>
        <source>Set up by act no. %1 of %2.</source>
        <translation>Înființat prin actul nr. %1 din %2.</translation>
    </message>
    <message>
        <source>Secretariat: %1.</source>
        <translation>Secretariat: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mandate of %n month(s).</source>
        <translation>
            <numerusform>Mandat de %n lună.</numerusform>
            <numerusform>Mandat de %n luni.</numerusform>
            <numerusform>Mandat de %n de luni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum of %n member(s).</source>
        <translation>
            <numerusform>Cvorum de %n membru.</numerusform>
            <numerusform>Cvorum de %n membri.</numerusform>
            <numerusform>Cvorum de %n de membri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dissolved on %1.</source>
        <translation>Dizolvat la %1.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message numerus="yes">
        <source>%n voting member(s) (chair and members) serve on %1; alternates and the secretariat do not count for the quorum.</source>
        <translation>
            <numerusform>%n membru cu drept de vot (președinte și membri) face parte din %1; supleanții și secretariatul nu se iau în calcul pentru cvorum.</numerusform>
            <numerusform>%n membri cu drept de vot (președinte și membri) fac parte din %1; supleanții și secretariatul nu se iau în calcul pentru cvorum.</numerusform>
            <numerusform>%n de membri cu drept de vot (președinte și membri) fac parte din %1; supleanții și secretariatul nu se iau în calcul pentru cvorum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membru</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Reprezentant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Mandate start</source>
        <translation>Început mandat</translation>
    </message>
    <message>
        <source>Mandate end</source>
        <translation>Sfârșit mandat</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Prezență</translation>
    </message>
    <message>
        <source>Attendance rate per member</source>
        <translation>Rata de prezență pe membru</translation>
    </message>
    <message>
        <source>% of the meetings held during the mandate</source>
        <translation>% din ședințele desfășurate pe durata mandatului</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <extracomment>Attendance of a member: %1 meetings attended, %2 meetings held, %3 percent</extracomment>
        <translation>%1 din %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (încheiat)</translation>
    </message>
    <message>
        <source>The body has no members recorded.</source>
        <translation>Organismul nu are membri înregistrați.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Ședințe</translation>
    </message>
    <message>
        <source>No meeting recorded.</source>
        <translation>Nicio ședință înregistrată.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordinea de zi</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Prezenți</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decizii</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minută</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicată</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nepublicată</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertismente</translation>
    </message>
    <message>
        <source>The date it was dissolved is not known.</source>
        <translation>Data desființării nu este cunoscută.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>Attendance: no. %1 is not a member of this body.</source>
        <translation>Prezență: nr. %1 nu este membru al acestui organism.</translation>
    </message>
    <message>
        <source>Name: a body named %1 already exists.</source>
        <translation>Denumire: există deja un organism numit %1.</translation>
    </message>
    <message>
        <source>Secretariat: the institution no. %1 does not exist.</source>
        <translation>Secretariat: instituția nr. %1 nu există.</translation>
    </message>
    <message>
        <source>The body no. %1 does not exist.</source>
        <translation>Organismul nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Body: the body no. %1 does not exist.</source>
        <translation>Organism: organismul nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Member: the organization no. %1 does not exist.</source>
        <translation>Membru: organizația nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Member: the institution no. %1 does not exist.</source>
        <translation>Membru: instituția nr. %1 nu există.</translation>
    </message>
    <message>
        <source>The member no. %1 does not exist.</source>
        <translation>Membrul nr. %1 nu există.</translation>
    </message>
    <message>
        <source>The meeting no. %1 does not exist.</source>
        <translation>Ședința nr. %1 nu există.</translation>
    </message>
    <message>
        <source>The body to restore has no number.</source>
        <translation>Organismul care trebuie restaurat nu are număr.</translation>
    </message>
    <message>
        <source>The body no. %1 already exists.</source>
        <translation>Organismul nr. %1 există deja.</translation>
    </message>
    <message>
        <source>The member to restore has no number.</source>
        <translation>Membrul care trebuie restaurat nu are număr.</translation>
    </message>
    <message>
        <source>The member no. %1 already exists.</source>
        <translation>Membrul nr. %1 există deja.</translation>
    </message>
    <message>
        <source>The meeting to restore has no number.</source>
        <translation>Ședința care trebuie restaurată nu are număr.</translation>
    </message>
    <message>
        <source>The meeting no. %1 already exists.</source>
        <translation>Ședința nr. %1 există deja.</translation>
    </message>
</context>
<context>
    <name>BodyWarning</name>
    <message>
        <source>The mandate ended on %1 and was not renewed.</source>
        <translation>Mandatul a expirat la %1 și nu a fost reînnoit.</translation>
    </message>
    <message>
        <source>%1 members serve on %2, below the quorum of %3.</source>
        <translation>La %2, numărul membrilor în funcție (%1) este sub cvorumul de %3.</translation>
    </message>
    <message>
        <source>The meeting of %1 had %2 members present, below the quorum of %3.</source>
        <translation>La ședința din %1, numărul membrilor prezenți (%2) a fost sub cvorumul de %3.</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>%1, edition %2 (%3)</source>
        <translation>%1, ediția %2 (%3)</translation>
    </message>
    <message>
        <source>Events from %1 to %2</source>
        <extracomment>The name of an exported calendar of a period; %1 and %2 are dates (YYYY-MM-DD)</extracomment>
        <translation>Evenimente de la %1 până la %2</translation>
    </message>
</context>
<context>
    <name>CalendarEntry</name>
    <message>
        <source>%1 no. %2</source>
        <extracomment>An event&apos;s title made of its kind and number: &quot;Videoconference no. 3&quot;</extracomment>
        <translation>%1 nr. %2</translation>
    </message>
    <message>
        <source>%1, edition %2 (%3)</source>
        <translation>%1, ediția %2 (%3)</translation>
    </message>
    <message>
        <source>The Service&apos;s own event</source>
        <extracomment>An event of no program, organized by the office itself (seed 000: &quot;Serviciul&quot;)</extracomment>
        <translation>Eveniment propriu al Serviciului</translation>
    </message>
    <message>
        <source>Organized by %1</source>
        <translation>Organizat de %1</translation>
    </message>
</context>
<context>
    <name>CalendarExporter</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durată (minute)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Ediție</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiuni</translation>
    </message>
    <message>
        <source>Co-organizers</source>
        <translation>Coorganizatori</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>%1: unknown file type; a calendar is written to .ics, .csv or .xlsx files.</source>
        <translation>%1: tip de fișier necunoscut; calendarul se salvează în fișiere .ics, .csv sau .xlsx.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a copy of the database was kept at %1</source>
        <translation>o copie a bazei de date a fost păstrată în %1</translation>
    </message>
    <message>
        <source>--database needs a file name</source>
        <translation>--database necesită un nume de fișier</translation>
    </message>
    <message>
        <source>%1 cannot be changed: nothing was written</source>
        <translation>%1 nu poate fi modificată: nu s-a scris nimic</translation>
    </message>
    <message>
        <source>%1 already exists: a copy is written to a new file only; nothing was written.</source>
        <translation>%1 există deja: o copie se scrie doar într-un fișier nou; nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>%1: the user %2 may not change this database, so it cannot give roles on it; run init-server as the user that created it.</source>
        <translation>%1: utilizatorul %2 nu poate modifica această bază de date, deci nu poate acorda roluri în ea; rulați init-server ca utilizatorul care a creat-o.</translation>
    </message>
</context>
<context>
    <name>ConclusionsCommand</name>
    <message>
        <source>Write the conclusions on the reports of %1</source>
        <extracomment>Undo/Redo menu text; %1 is a year</extracomment>
        <translation>Scrie concluziile asupra rapoartelor din %1</translation>
    </message>
</context>
<context>
    <name>ConsultativeBody</name>
    <message>
        <source>council</source>
        <translation>consiliu</translation>
    </message>
    <message>
        <source>college</source>
        <translation>colegiu</translation>
    </message>
    <message>
        <source>inter-ministerial committee</source>
        <translation>comitet interministerial</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>grup de lucru</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activ</translation>
    </message>
    <message>
        <source>dissolved</source>
        <translation>dizolvat</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>Denumire: câmp obligatoriu.</translation>
    </message>
    <message>
        <source>Mandate length: must be at least one month.</source>
        <translation>Durata mandatului: trebuie să fie de cel puțin o lună.</translation>
    </message>
    <message>
        <source>Quorum: must be at least one member.</source>
        <translation>Cvorum: trebuie să fie de cel puțin un membru.</translation>
    </message>
    <message>
        <source>Dissolved on: an active body has no dissolution date.</source>
        <translation>Data dizolvării: un organism activ nu are dată de dizolvare.</translation>
    </message>
    <message>
        <source>Dissolved on: before the body was set up.</source>
        <translation>Data dizolvării: înainte de înființarea organismului.</translation>
    </message>
</context>
<context>
    <name>CourtCase</name>
    <message>
        <source>won by the plaintiff</source>
        <translation>rezolvată favorabil reclamantului</translation>
    </message>
    <message>
        <source>won by the institution</source>
        <translation>rezolvată favorabil instituției</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>în curs de soluționare</translation>
    </message>
    <message>
        <source>Institution: the case needs the institution it was brought against.</source>
        <translation>Instituție: acțiunea trebuie să indice instituția împotriva căreia a fost introdusă.</translation>
    </message>
    <message>
        <source>Year: %1 is not a year under Law 52/2003.</source>
        <translation>An: %1 nu este un an în care se aplică Legea nr. 52/2003.</translation>
    </message>
</context>
<context>
    <name>CourtCaseCommand</name>
    <message>
        <source>Add a court case of %1</source>
        <translation>Adaugă o acțiune în justiție a instituției %1</translation>
    </message>
    <message>
        <source>Delete a court case of %1</source>
        <translation>Șterge o acțiune în justiție a instituției %1</translation>
    </message>
    <message>
        <source>Edit a court case of %1</source>
        <translation>Editează o acțiune în justiție a instituției %1</translation>
    </message>
</context>
<context>
    <name>CourtCasesDialog</name>
    <message>
        <source>Court cases</source>
        <translation>Acțiuni în justiție</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anul:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tare:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Număr dosar:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opțional</translation>
    </message>
    <message>
        <source>&amp;Add as a new case</source>
        <translation>&amp;Adaugă ca acțiune nouă</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Salvează &amp;modificările</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Șt&amp;erge</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: fișierul nu poate fi citit (%2).</translation>
    </message>
    <message>
        <source>%1: the file is not a text file.</source>
        <translation>%1: fișierul nu este un fișier text.</translation>
    </message>
    <message>
        <source>%1: the encoding %2 is not available.</source>
        <translation>%1: codificarea %2 nu este disponibilă.</translation>
    </message>
    <message>
        <source>%1: the text looks like UTF-8 read as Windows-1250 (letters such as &quot;Č›&quot; or &quot;Ä…&quot;): the file is probably UTF-8; read it as UTF-8.</source>
        <translation>%1: textul arată ca UTF-8 citit ca Windows-1250 (litere precum „Č›” sau „Ä…”): fișierul este probabil UTF-8; citiți-l ca UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the file is not valid UTF-8 (%n invalid byte(s)): it is probably Windows-1250; read it as Windows-1250.</source>
        <translation>
            <numerusform>%1: fișierul nu este UTF-8 valid (%n octet nevalid): este probabil Windows-1250; citiți-l ca Windows-1250.</numerusform>
            <numerusform>%1: fișierul nu este UTF-8 valid (%n octeți nevalizi): este probabil Windows-1250; citiți-l ca Windows-1250.</numerusform>
            <numerusform>%1: fișierul nu este UTF-8 valid (%n de octeți nevalizi): este probabil Windows-1250; citiți-l ca Windows-1250.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the text already holds letters damaged by a wrong conversion (such as &quot;Č›&quot;, &quot;Ä…&quot;, &quot;Ã&quot; or &quot;�&quot;): it was probably UTF-8 read as Windows-1250 and saved again; check the names, or import the original UTF-8 file.</source>
        <translation>%1: textul conține deja litere stricate de o conversie greșită (precum „Č›”, „Ä…”, „Ã” sau „�”): probabil a fost UTF-8 citit ca Windows-1250 și salvat din nou; verificați denumirile sau importați fișierul UTF-8 original.</translation>
    </message>
    <message>
        <source>%1: reading failed (%2).</source>
        <translation>%1: citirea a eșuat (%2).</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters, the limit for one record</source>
        <translation>înregistrarea are mai mult de %1 de caractere, limita pentru o înregistrare</translation>
    </message>
    <message>
        <source>NUL byte at column %1</source>
        <translation>octet NUL în coloana %1</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1 at column %2)</source>
        <translation>UTF-8 nevalid (octetul 0x%1 în coloana %2)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the check returned nothing</source>
        <translation>verificarea nu a întors niciun rezultat</translation>
    </message>
    <message>
        <source>no database file was named</source>
        <translation>nu a fost indicat niciun fișier de bază de date</translation>
    </message>
    <message>
        <source>%1: this is a folder, not a database file.</source>
        <translation>%1: acesta este un folder, nu un fișier de bază de date.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (permission denied).</source>
        <translation>%1: fișierul nu poate fi citit (acces refuzat).</translation>
    </message>
    <message>
        <source>%1: this file is not a Dialog Civic database (not an SQLite file).</source>
        <translation>%1: acest fișier nu este o bază de date Dialog Civic (nu este un fișier SQLite).</translation>
    </message>
    <message>
        <source>no such database: %1</source>
        <translation>nu există baza de date: %1</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created.</source>
        <translation>%1: folderul nu poate fi creat.</translation>
    </message>
    <message>
        <source>%1: the database cannot be opened: %2</source>
        <translation>%1: baza de date nu poate fi deschisă: %2</translation>
    </message>
    <message>
        <source>%1: the file is damaged and cannot be read: %2</source>
        <translation>%1: fișierul este deteriorat și nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program; it was left untouched.</source>
        <translation>%1 este o bază de date SQLite a altui program; a fost lăsată neatinsă.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was opened read-only and nothing can be changed in it: restore a copy, or ask for help.</source>
        <translation>%1 este deteriorată (%2). A fost deschisă doar pentru citire și nu se poate modifica nimic în ea: restaurați o copie sau cereți ajutor.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: SQLite needs to create its journal beside the file; copy the file to a writable folder. %2 was opened read-only: you can look, but not change anything.</source>
        <translation>Dosarul %1 este doar pentru citire: SQLite trebuie să își creeze jurnalul lângă fișier; copiați fișierul într-un dosar în care se poate scrie. %2 a fost deschisă doar pentru citire: puteți consulta, dar nu puteți modifica nimic.</translation>
    </message>
    <message>
        <source>%1 is read-only: you can look, but not change anything.</source>
        <translation>%1 poate fi doar citit: puteți consulta datele, dar nu puteți modifica nimic.</translation>
    </message>
    <message>
        <source>%1 is on a network share. SQLite cannot lock files reliably there; for a database shared by several people use PostgreSQL.</source>
        <translation>%1 se află pe o partajare de rețea. SQLite nu poate bloca fișierele în mod fiabil acolo; pentru o bază de date folosită de mai multe persoane utilizați PostgreSQL.</translation>
    </message>
    <message>
        <source>%1: the schema version cannot be read.</source>
        <translation>%1: versiunea schemei nu poate fi citită.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dialog Civic (schema %2; this version knows up to %3). Update the program to open it.</source>
        <translation>%1 a fost scris de o versiune mai nouă a Dialog Civic (schema %2; această versiune cunoaște până la %3). Actualizați programul pentru a-l deschide.</translation>
    </message>
    <message>
        <source>%1 needs an update of its structure (schema %2 to %3), but the file is read-only.</source>
        <translation>%1 necesită o actualizare a structurii (schema %2 la %3), dar fișierul poate fi doar citit.</translation>
    </message>
    <message>
        <source>%1: the update of the structure failed and was undone: %2</source>
        <translation>%1: actualizarea structurii a eșuat și a fost anulată: %2</translation>
    </message>
    <message>
        <source>the copy %1 could not be made: %2</source>
        <translation>copia %1 nu a putut fi făcută: %2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>pasul %1: %2</translation>
    </message>
    <message>
        <source>step %1: a row of %2 refers to a missing row of %3.</source>
        <translation>pasul %1: un rând din %2 trimite la un rând inexistent din %3.</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s PostgreSQL driver is not installed (libqt6sql6-psql), so no database server can be reached.</source>
        <translation>%1: driverul PostgreSQL al Qt nu este instalat (libqt6sql6-psql), așa că niciun server de baze de date nu poate fi contactat.</translation>
    </message>
    <message>
        <source>%1: the database server cannot be reached: %2</source>
        <translation>%1: serverul de baze de date nu poate fi contactat: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program; it was left untouched.</source>
        <translation>%1 este o bază de date a altui program; a fost lăsată neatinsă.</translation>
    </message>
    <message>
        <source>%1: the database could not be created and was left empty: %2</source>
        <translation>%1: baza de date nu a putut fi creată și a fost lăsată goală: %2</translation>
    </message>
    <message>
        <source>You may read %1 but not change it: the user %2 has no editor role (ask the administrator for dialogcivic_editor).</source>
        <extracomment>%2 is the user name on the database server; dialogcivic_editor is a role name, not translated</extracomment>
        <translation>Puteți citi %1, dar nu o puteți modifica: utilizatorul %2 nu are rol de editor (cereți administratorului rolul dialogcivic_editor).</translation>
    </message>
    <message>
        <source>%1 needs an update of its structure (schema %2 to %3), which was not made: %4. The owner of the database makes it by running “dialogcivic --database URL db init-server”.</source>
        <extracomment>%1 names the database; %4 the server&apos;s reason; &quot;db init-server&quot; is a command</extracomment>
        <translation>%1 necesită o actualizare a structurii (schema %2 la %3), care nu a fost făcută: %4. Proprietarul bazei de date o face rulând „dialogcivic --database URL db init-server”.</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <source>Dialog Civic databases (*.sqlite *.db);;All files (*)</source>
        <translation>Baze de date Dialog Civic (*.sqlite *.db);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Baza de date nu poate fi deschisă</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Deschide alta…</translation>
    </message>
    <message>
        <source>&amp;Create new…</source>
        <translation>&amp;Creează una nouă…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Deschide baza de date</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Bază de date nouă</translation>
    </message>
    <message>
        <source>%1

You can open another database file, create a new one, connect to a server, or quit.</source>
        <translation>%1

Puteți deschide alt fișier de bază de date, crea unul nou, vă puteți conecta la un server sau puteți ieși.</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Conectare la &amp;server…</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the foreign keys form a cycle through the table %1</source>
        <translation>cheile străine formează un ciclu prin tabelul %1</translation>
    </message>
    <message>
        <source>no temporary folder can be made: %1</source>
        <translation>nu se poate crea un dosar temporar: %1</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, rândul %2: %3</translation>
    </message>
    <message>
        <source>%1: a database cannot be copied onto itself.</source>
        <translation>%1: o bază de date nu poate fi copiată peste ea însăși.</translation>
    </message>
    <message>
        <source>%1 has no table %2 to copy the rows of %3 into; nothing was written.</source>
        <translation>%1 nu are tabelul %2 în care să fie copiate rândurile din %3; nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>%1 is not empty: its table %2 holds data beyond the rows a new database is made with (%3 rows); nothing was written.</source>
        <translation>%1 nu este goală: tabelul %2 conține date în afara rândurilor cu care se creează o bază de date nouă (%3 rânduri); nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>%1: the copy failed, nothing was written: %2</source>
        <translation>%1: copierea a eșuat, nu s-a scris nimic: %2</translation>
    </message>
    <message>
        <source>%1: the copy of the table %2 differs from the source (%3 rows, sha256 %4; the source: %5 rows, sha256 %6); nothing was written.</source>
        <translation>%1: copia tabelului %2 diferă de sursă (%3 rânduri, sha256 %4; sursa: %5 rânduri, sha256 %6); nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>%1 already exists: a copy is written to a new file only; nothing was written.</source>
        <translation>%1 există deja: o copie se scrie doar într-un fișier nou; nu s-a scris nimic.</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>at least 10 calendar days for written recommendations</source>
        <translation>cel puțin 10 zile calendaristice pentru recomandări scrise</translation>
    </message>
    <message>
        <source>a requested public debate held within 10 days of publishing its date and place</source>
        <translation>dezbaterea publică solicitată, organizată în cel mult 10 zile de la publicarea datei și locului</translation>
    </message>
    <message>
        <source>a public meeting announced at least 3 days before</source>
        <translation>ședința publică anunțată cu cel puțin 3 zile înainte</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n zi lucrătoare</numerusform>
            <numerusform>%n zile lucrătoare</numerusform>
            <numerusform>%n de zile lucrătoare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>announced at least 30 working days before it is sent to other authorities for endorsement</source>
        <translation>anunțat cu cel puțin 30 de zile lucrătoare înainte de a fi supus spre avizare altor autorități</translation>
    </message>
    <message>
        <source>a public debate held when an association or another public authority asks for it in writing</source>
        <translation>dezbaterea publică organizată când o asociație legal constituită sau o altă autoritate publică o cere în scris</translation>
    </message>
    <message>
        <source>written justification</source>
        <translation>justificare scrisă</translation>
    </message>
    <message>
        <source>a written justification sent to the author of each rejected recommendation</source>
        <translation>o justificare scrisă transmisă autorului fiecărei recomandări respinse</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected recommendation(s) without the written justification sent</source>
        <translation>
            <numerusform>%n recomandare respinsă fără justificarea scrisă transmisă</numerusform>
            <numerusform>%n recomandări respinse fără justificarea scrisă transmisă</numerusform>
            <numerusform>%n de recomandări respinse fără justificarea scrisă transmisă</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be checked without the date it was sent to other authorities for endorsement</source>
        <translation>nu poate fi verificat fără data la care a fost supus spre avizare altor autorități</translation>
    </message>
    <message>
        <source>requested, not held</source>
        <translation>solicitată, nedesfășurată</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>cu %1 sub minim</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>cu %1 întârziere</translation>
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
        <translation>Șterge %1 nr. %2</translation>
    </message>
</context>
<context>
    <name>DeleteOrganizationCommand</name>
    <message>
        <source>Delete “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Șterge „%1”</translation>
    </message>
</context>
<context>
    <name>DemoDataset</name>
    <message>
        <source>The demo data %1 is missing.</source>
        <translation>Datele demonstrative %1 lipsesc.</translation>
    </message>
    <message>
        <source>The demo data %1 is damaged: %2</source>
        <translation>Datele demonstrative %1 sunt deteriorate: %2</translation>
    </message>
    <message>
        <source>The demo organization %1 names an unknown county.</source>
        <translation>Organizația demonstrativă %1 indică un județ necunoscut.</translation>
    </message>
</context>
<context>
    <name>DocumentLayout</name>
    <message>
        <source>Generated on %1</source>
        <extracomment>The footer of a document: &quot;Generated on 25 November 2026&quot;</extracomment>
        <translation>Generat la %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Page numbers in a document&apos;s footer: &quot;2 / 5&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The document cannot be drawn on this device.</source>
        <translation>Documentul nu poate fi desenat pe acest dispozitiv.</translation>
    </message>
    <message>
        <source>A new page cannot be started.</source>
        <translation>Nu se poate începe o pagină nouă.</translation>
    </message>
    <message>
        <source>The document cannot be finished.</source>
        <translation>Documentul nu poate fi finalizat.</translation>
    </message>
    <message>
        <source>No. %1 / %2</source>
        <extracomment>The registration line of an official document, filled in by hand: &quot;Nr. ……… / ………&quot; (number / day)</extracomment>
        <translation>Nr. %1 / %2</translation>
    </message>
    <message>
        <source>Signature</source>
        <extracomment>Under the line where the signatory signs an official document</extracomment>
        <translation>Semnătura</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Previzualizare tipărire: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Previzualizare tipărire</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Tipărire: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tipărire</translation>
    </message>
</context>
<context>
    <name>DraftAct</name>
    <message>
        <source>law</source>
        <translation>lege</translation>
    </message>
    <message>
        <source>government decision</source>
        <translation>hotărâre a Guvernului</translation>
    </message>
    <message>
        <source>emergency ordinance</source>
        <translation>ordonanță de urgență</translation>
    </message>
    <message>
        <source>government ordinance</source>
        <translation>ordonanță a Guvernului</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordin</translation>
    </message>
    <message>
        <source>local council decision</source>
        <translation>hotărâre a consiliului local</translation>
    </message>
    <message>
        <source>county council decision</source>
        <translation>hotărâre a consiliului județean</translation>
    </message>
    <message>
        <source>other</source>
        <translation>alt act</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>în pregătire</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>anunțat</translation>
    </message>
    <message>
        <source>submitted for approval</source>
        <translation>transmis spre aprobare</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>adoptat</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retras</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normală</translation>
    </message>
    <message>
        <source>urgency procedure</source>
        <translation>procedură de urgență</translation>
    </message>
    <message>
        <source>exception of the law</source>
        <translation>excepție prevăzută de lege</translation>
    </message>
    <message>
        <source>association</source>
        <translation>asociație</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persoană fizică</translation>
    </message>
    <message>
        <source>public authority</source>
        <translation>autoritate publică</translation>
    </message>
    <message>
        <source>Institution: the draft needs the institution that drafts it.</source>
        <translation>Instituție: proiectul trebuie să indice instituția care îl elaborează.</translation>
    </message>
    <message>
        <source>Title: the draft needs a title.</source>
        <translation>Titlu: proiectul trebuie să aibă un titlu.</translation>
    </message>
    <message>
        <source>Announcement date: a draft that is %1 needs the date it was announced.</source>
        <translation>Data anunțării: un proiect %1 trebuie să aibă data la care a fost anunțat.</translation>
    </message>
    <message>
        <source>Adoption date: the draft cannot be adopted (%1) before it was announced (%2).</source>
        <translation>Data adoptării: proiectul nu poate fi adoptat (%1) înainte de a fi anunțat (%2).</translation>
    </message>
    <message>
        <source>Adoption date: an adopted draft needs the date of adoption.</source>
        <translation>Data adoptării: un proiect adoptat trebuie să aibă data adoptării.</translation>
    </message>
    <message>
        <source>Status: a draft with an adoption date is adopted.</source>
        <translation>Stare: un proiect care are dată de adoptare este adoptat.</translation>
    </message>
    <message>
        <source>Sent for endorsement: the draft cannot be sent to other authorities (%1) before it was announced (%2).</source>
        <translation>Supus spre avizare: proiectul nu poate fi transmis altor autorități (%1) înainte de a fi anunțat (%2).</translation>
    </message>
    <message>
        <source>Adoption date: the draft cannot be adopted (%1) before it was sent for endorsement (%2).</source>
        <translation>Data adoptării: proiectul nu poate fi adoptat (%1) înainte de a fi supus spre avizare (%2).</translation>
    </message>
    <message>
        <source>Submission date: the draft cannot be submitted (%1) before it was announced (%2).</source>
        <translation>Data transmiterii spre aprobare: proiectul nu poate fi transmis (%1) înainte de a fi anunțat (%2).</translation>
    </message>
    <message>
        <source>Adoption date: the draft cannot be adopted (%1) before it was submitted (%2).</source>
        <translation>Data adoptării: proiectul nu poate fi adoptat (%1) înainte de a fi transmis spre aprobare (%2).</translation>
    </message>
    <message>
        <source>Deadline for recommendations: it cannot be (%1) before the announcement (%2).</source>
        <translation>Termen pentru recomandări: nu poate fi (%1) înainte de anunțare (%2).</translation>
    </message>
    <message>
        <source>Procedure reason: the %1 needs its reason.</source>
        <translation>Motivul procedurii: pentru %1 trebuie indicat motivul.</translation>
    </message>
    <message>
        <source>Requests from persons: the number cannot be negative.</source>
        <translation>Cereri de la persoane fizice: numărul nu poate fi negativ.</translation>
    </message>
    <message>
        <source>Requests from associations: the number cannot be negative.</source>
        <translation>Cereri de la asociații: numărul nu poate fi negativ.</translation>
    </message>
    <message>
        <source>Debate requested by: say who asked for the public debate.</source>
        <translation>Dezbatere solicitată de: indicați cine a solicitat dezbaterea publică.</translation>
    </message>
    <message>
        <source>Debate requested by: choose the organization from the registry or write the name of who asked.</source>
        <translation>Dezbatere solicitată de: alegeți organizația din registru sau scrieți numele solicitantului.</translation>
    </message>
    <message>
        <source>Debate request date: the debate cannot be requested (%1) before the draft was announced (%2).</source>
        <translation>Data solicitării dezbaterii: dezbaterea nu poate fi solicitată (%1) înainte de anunțarea proiectului (%2).</translation>
    </message>
    <message>
        <source>Debate date: a debate that was held needs its date.</source>
        <translation>Data dezbaterii: o dezbatere care a avut loc trebuie să aibă data.</translation>
    </message>
    <message>
        <source>Debate date: the debate has a date but is not marked as held.</source>
        <translation>Data dezbaterii: dezbaterea are o dată, dar nu este marcată ca desfășurată.</translation>
    </message>
    <message>
        <source>Debate date: the debate cannot be held (%1) before it was requested (%2).</source>
        <translation>Data dezbaterii: dezbaterea nu poate avea loc (%1) înainte de a fi solicitată (%2).</translation>
    </message>
    <message>
        <source>Debate date: the debate cannot be held (%1) before its date and place were published (%2).</source>
        <translation>Data dezbaterii: dezbaterea nu poate avea loc (%1) înainte de publicarea datei și locului (%2).</translation>
    </message>
    <message>
        <source>Debate participants: the number cannot be negative.</source>
        <translation>Participanți la dezbatere: numărul nu poate fi negativ.</translation>
    </message>
</context>
<context>
    <name>DraftActCommand</name>
    <message>
        <source>Add the draft “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the draft&apos;s title</extracomment>
        <translation>Adaugă proiectul „%1”</translation>
    </message>
    <message>
        <source>Edit the draft “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the draft&apos;s title</extracomment>
        <translation>Editează proiectul „%1”</translation>
    </message>
    <message>
        <source>Delete the draft “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the draft&apos;s title</extracomment>
        <translation>Șterge proiectul „%1”</translation>
    </message>
</context>
<context>
    <name>DraftActDialog</name>
    <message>
        <source>Draft act</source>
        <translation>Proiect de act normativ</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Instituție:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titlu:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stare:</translation>
    </message>
    <message>
        <source>Announced on:</source>
        <translation>Anunțat la:</translation>
    </message>
    <message>
        <source>Announced:</source>
        <translation>Anunțat:</translation>
    </message>
    <message>
        <source>On the own website</source>
        <translation>Pe site-ul propriu</translation>
    </message>
    <message>
        <source>At the headquarters</source>
        <translation>La sediul instituției</translation>
    </message>
    <message>
        <source>In the mass media</source>
        <translation>Prin mass-media</translation>
    </message>
    <message>
        <source>Recommendations until:</source>
        <translation>Recomandări până la:</translation>
    </message>
    <message>
        <source>Submitted for approval:</source>
        <translation>Transmis spre aprobare:</translation>
    </message>
    <message>
        <source>Adopted on:</source>
        <translation>Adoptat la:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Procedură:</translation>
    </message>
    <message>
        <source>Reason of the procedure:</source>
        <translation>Motivul procedurii:</translation>
    </message>
    <message>
        <source>Requests from persons:</source>
        <translation>Cereri de la persoane fizice:</translation>
    </message>
    <message>
        <source>Requests from associations:</source>
        <translation>Cereri de la asociații:</translation>
    </message>
    <message>
        <source>Sent to requesters:</source>
        <translation>Transmis solicitanților:</translation>
    </message>
    <message>
        <source>To the persons who asked</source>
        <translation>Persoanelor fizice care l-au solicitat</translation>
    </message>
    <message>
        <source>To the associations who asked</source>
        <translation>Asociațiilor care l-au solicitat</translation>
    </message>
    <message>
        <source>Public debate:</source>
        <translation>Dezbatere publică:</translation>
    </message>
    <message>
        <source>A public debate was requested</source>
        <translation>S-a solicitat o dezbatere publică</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Solicitată de:</translation>
    </message>
    <message>
        <source>Find the NGO:</source>
        <translation>Căutare ONG:</translation>
    </message>
    <message>
        <source>NGO from the registry:</source>
        <translation>ONG din registru:</translation>
    </message>
    <message>
        <source>Other party:</source>
        <translation>Altă parte:</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>Solicitată la:</translation>
    </message>
    <message>
        <source>Debate held:</source>
        <translation>Dezbatere desfășurată:</translation>
    </message>
    <message>
        <source>The public debate was held</source>
        <translation>Dezbaterea publică a avut loc</translation>
    </message>
    <message>
        <source>Date and place published on:</source>
        <translation>Data și locul publicate la:</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Desfășurată la:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Loc:</translation>
    </message>
    <message>
        <source>Online:</source>
        <translation>Online:</translation>
    </message>
    <message>
        <source>Held online</source>
        <translation>Desfășurată online</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participanți:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Observații:</translation>
    </message>
    <message>
        <source>Sent to other authorities for endorsement:</source>
        <translation>Supus spre avizare altor autorități:</translation>
    </message>
    <message>
        <source>The day the draft was sent to other authorities for their endorsement. Art. 7(2) counts its 30 working days from the announcement up to this day. Leave it empty (–) until the draft is sent.</source>
        <translation>Ziua în care proiectul a fost supus spre avizare altor autorități. Art. 7(2) numără cele 30 de zile lucrătoare de la anunț până în această zi. Lăsați câmpul gol (–) până când proiectul este transmis.</translation>
    </message>
</context>
<context>
    <name>DraftActRepository</name>
    <message>
        <source>Institution: the institution no. %1 does not exist.</source>
        <translation>Instituție: instituția nr. %1 nu există.</translation>
    </message>
    <message>
        <source>The draft to put back has no id.</source>
        <translation>Proiectul care trebuie readus nu are identificator.</translation>
    </message>
    <message>
        <source>The draft no. %1 does not exist.</source>
        <translation>Proiectul nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Announcement date: a recommendation was received on %1, before %2.</source>
        <translation>Data anunțării: o recomandare a fost primită la %1, înainte de %2.</translation>
    </message>
    <message>
        <source>Draft: the draft no. %1 does not exist.</source>
        <translation>Proiect: proiectul nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Author: the organization no. %1 does not exist.</source>
        <translation>Autor: organizația nr. %1 nu există.</translation>
    </message>
    <message>
        <source>The recommendation to put back has no id.</source>
        <translation>Recomandarea care trebuie readusă nu are identificator.</translation>
    </message>
    <message>
        <source>The recommendation no. %1 does not exist.</source>
        <translation>Recomandarea nr. %1 nu există.</translation>
    </message>
</context>
<context>
    <name>EditOrganizationCommand</name>
    <message>
        <source>Edit “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Editează „%1”</translation>
    </message>
</context>
<context>
    <name>Edition</name>
    <message>
        <source>Planned</source>
        <translation>Planificat</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>În desfășurare</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Încheiat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <source>Program: the edition belongs to no program.</source>
        <translation>Program: ediția nu aparține niciunui program.</translation>
    </message>
    <message>
        <source>Number: the edition&apos;s number must be 1 or more.</source>
        <translation>Număr: numărul ediției trebuie să fie cel puțin 1.</translation>
    </message>
    <message>
        <source>Year: %1 is not a plausible year.</source>
        <translation>An: %1 nu este un an plauzibil.</translation>
    </message>
    <message>
        <source>End: the end date %1 is before the start date %2.</source>
        <translation>Sfârșit: data de sfârșit %1 este anterioară datei de început %2.</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <source>Edition</source>
        <translation>Ediție</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Număr:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Început:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Sfârșit:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tare:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Obiectiv:</translation>
    </message>
    <message>
        <source>Central t&amp;heme:</source>
        <translation>Tema &amp;centrală:</translation>
    </message>
    <message>
        <source>The central theme debated over the whole series of events of the edition</source>
        <translation>Tema centrală dezbătută în întreaga serie de evenimente a ediției</translation>
    </message>
    <message>
        <source>Other the&amp;mes:</source>
        <translation>Alte te&amp;me:</translation>
    </message>
    <message>
        <source>The other themes of the series, one per line</source>
        <translation>Celelalte teme ale seriei, câte una pe rând</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Participants from NGOs: %1 is below zero.</source>
        <translation>Participanți din ONG-uri: %1 este sub zero.</translation>
    </message>
    <message>
        <source>Participants from local public administration: %1 is below zero.</source>
        <translation>Participanți din administrația publică locală: %1 este sub zero.</translation>
    </message>
    <message>
        <source>Participants from associative structures: %1 is below zero.</source>
        <translation>Participanți din structuri asociative: %1 este sub zero.</translation>
    </message>
    <message>
        <source>Other participants: %1 is below zero.</source>
        <translation>Alți participanți: %1 este sub zero.</translation>
    </message>
    <message>
        <source>Videoconference</source>
        <translation>Videoconferință</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferință</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier de lucru</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Masă rotundă</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Vizită de studiu</translation>
    </message>
    <message>
        <source>Closing event</source>
        <translation>Eveniment de închidere</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificat</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Desfășurat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Amânat</translation>
    </message>
    <message>
        <source>Organizer: an event has one organizer, an institution or an organization.</source>
        <translation>Organizator: un eveniment are un singur organizator, o instituție sau o organizație.</translation>
    </message>
    <message>
        <source>Number: the event&apos;s number within its kind must be 1 or more.</source>
        <translation>Număr: numărul evenimentului în cadrul tipului său trebuie să fie cel puțin 1.</translation>
    </message>
    <message>
        <source>Date: the event needs a date.</source>
        <translation>Data: evenimentul trebuie să aibă o dată.</translation>
    </message>
    <message>
        <source>Duration: %1 minutes; a duration is more than zero.</source>
        <translation>Durată: %1 min.; durata trebuie să fie mai mare decât zero.</translation>
    </message>
    <message>
        <source>Regions: a regional videoconference is for one or more development regions.</source>
        <translation>Regiuni: o videoconferință regională se adresează uneia sau mai multor regiuni de dezvoltare.</translation>
    </message>
</context>
<context>
    <name>EventDeletion</name>
    <message>
        <source>Delete the %1 no. %2 of %3, with its regions, co-organizers and attendance? You can put it back with Edit &gt; Undo.</source>
        <extracomment>%1 is the event&apos;s kind (lower case), %2 its number within its kind, %3 its date</extracomment>
        <translation>Ștergeți %1 nr. %2 din %3, inclusiv regiunile, coorganizatorii și prezența? Puteți reveni cu Editare &gt; Anulează.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Șterge evenimentul</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Eveniment nou</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Ediție:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;umăr:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Ora:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes):</source>
        <translation>Dur&amp;ată (minute):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>necunoscută</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Loc:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stare:</translation>
    </message>
    <message>
        <source>Central &amp;theme:</source>
        <translation>Te&amp;ma centrală:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Regiuni:</translation>
    </message>
    <message>
        <source>&amp;Co-organizers (partners of the edition):</source>
        <translation>&amp;Coorganizatori (parteneri ai ediției):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>What the office notes about the event, e.g. a date that differs between two documents</source>
        <translation>Ce notează serviciul despre eveniment, de ex. o dată care diferă între două documente</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>&amp;Organizator:</translation>
    </message>
    <message>
        <source>Who organizes an event that belongs to no program: the Service itself, an institution or an organization</source>
        <translation>Cine organizează un eveniment care nu aparține niciunui program: Serviciul însuși, o instituție sau o organizație</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Organizer: the institution no. %1 does not exist.</source>
        <translation>Organizator: instituția nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Organizer: the organization no. %1 does not exist.</source>
        <translation>Organizator: organizația nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Number: the edition already has %1 no. %2.</source>
        <translation>Număr: ediția are deja %1 nr. %2.</translation>
    </message>
    <message>
        <source>Number: an event of no program is already %1 no. %2.</source>
        <translation>Număr: un eveniment fără program este deja %1 nr. %2.</translation>
    </message>
    <message>
        <source>%1 is outside the edition&apos;s period (%2 to %3).</source>
        <translation>%1 este în afara perioadei ediției (%2 – %3).</translation>
    </message>
    <message>
        <source>%1 is before the start of the edition (%2).</source>
        <translation>%1 este înainte de începutul ediției (%2).</translation>
    </message>
    <message>
        <source>%1 is after the end of the edition (%2).</source>
        <translation>%1 este după sfârșitul ediției (%2).</translation>
    </message>
    <message>
        <source>%1 is outside the edition&apos;s year %2.</source>
        <translation>%1 este în afara anului ediției, %2.</translation>
    </message>
    <message>
        <source>On %1 there is already %2 of %3 (%4) for the region %5.</source>
        <translation>La %1 există deja %2 în programul %3 (%4) pentru regiunea %5.</translation>
    </message>
    <message>
        <source>On %1 there is already %2 (of no program) for the region %3.</source>
        <extracomment>%2 is an event that belongs to no program</extracomment>
        <translation>Pe %1 există deja %2 (fără program) pentru regiunea %3.</translation>
    </message>
    <message>
        <source>%1 co-organizes the event but is not a partner of its edition.</source>
        <translation>%1 coorganizează evenimentul, dar nu este partener al ediției acestuia.</translation>
    </message>
    <message>
        <source>Edition: the edition no. %1 does not exist.</source>
        <translation>Ediție: ediția nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Regions: the region no. %1 cannot be set (%2).</source>
        <translation>Regiuni: regiunea nr. %1 nu poate fi asociată (%2).</translation>
    </message>
    <message>
        <source>Co-organizers: the organization no. %1 cannot be set (%2).</source>
        <translation>Coorganizatori: organizația nr. %1 nu poate fi asociată (%2).</translation>
    </message>
    <message>
        <source>Attending organizations: the organization no. %1 cannot be set (%2).</source>
        <translation>Organizații participante: organizația nr. %1 nu poate fi asociată (%2).</translation>
    </message>
    <message>
        <source>The event no. %1 no longer exists.</source>
        <translation>Evenimentul nr. %1 nu mai există.</translation>
    </message>
    <message>
        <source>The event cannot be deleted: %1</source>
        <translation>Evenimentul nu poate fi șters: %1</translation>
    </message>
    <message>
        <source>The event cannot be put back: it has no id.</source>
        <translation>Evenimentul nu poate fi readus: nu are identificator.</translation>
    </message>
</context>
<context>
    <name>FiguresCsv</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 nu poate fi scris: %2</translation>
    </message>
</context>
<context>
    <name>FundingAward</name>
    <message>
        <source>contracted</source>
        <translation>contractat</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>plătit</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>decontat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulat</translation>
    </message>
    <message>
        <source>reimbursed</source>
        <translation>rambursat</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitat</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Acordat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Contribuție proprie</translation>
    </message>
    <message>
        <source>Call: required.</source>
        <translation>Apel: câmp obligatoriu.</translation>
    </message>
    <message>
        <source>Organization: required.</source>
        <translation>Organizație: câmp obligatoriu.</translation>
    </message>
    <message>
        <source>Project: required.</source>
        <translation>Proiect: câmp obligatoriu.</translation>
    </message>
    <message>
        <source>%1: cannot be negative.</source>
        <translation>%1: valoarea nu poate fi negativă.</translation>
    </message>
    <message>
        <source>Paid: more than the amount granted (%1).</source>
        <translation>Plătit: mai mult decât suma acordată (%1).</translation>
    </message>
    <message>
        <source>End: before the start.</source>
        <translation>Sfârșit: înainte de început.</translation>
    </message>
</context>
<context>
    <name>FundingAwardCommand</name>
    <message>
        <source>Add the award “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the project&apos;s title</extracomment>
        <translation>Adaugă finanțarea acordată „%1”</translation>
    </message>
    <message>
        <source>Edit the award “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the project&apos;s title</extracomment>
        <translation>Editează finanțarea acordată „%1”</translation>
    </message>
    <message>
        <source>Delete the award “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the project&apos;s title</extracomment>
        <translation>Șterge finanțarea acordată „%1”</translation>
    </message>
</context>
<context>
    <name>FundingAwardDialog</name>
    <message>
        <source>Award</source>
        <translation>Finanțare acordată</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>&amp;Apel:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organizație:</translation>
    </message>
    <message>
        <source>Type part of the name, CIF or county</source>
        <translation>Tastați o parte din denumire, CIF-ul sau județul</translation>
    </message>
    <message>
        <source>Organizations found</source>
        <translation>Organizații găsite</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proiect:</translation>
    </message>
    <message>
        <source>Re&amp;quested (lei):</source>
        <translation>&amp;Solicitat (lei):</translation>
    </message>
    <message>
        <source>&amp;Granted (lei):</source>
        <translation>Aco&amp;rdat (lei):</translation>
    </message>
    <message>
        <source>P&amp;aid (lei):</source>
        <translation>P&amp;lătit (lei):</translation>
    </message>
    <message>
        <source>O&amp;wn contribution (lei):</source>
        <translation>&amp;Contribuție proprie (lei):</translation>
    </message>
    <message>
        <source>Co&amp;ntract no.:</source>
        <translation>&amp;Nr. contract:</translation>
    </message>
    <message>
        <source>Contract &amp;date:</source>
        <translation>&amp;Data contractului:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>Înc&amp;epe la:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Se înc&amp;heie la:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tare:</translation>
    </message>
</context>
<context>
    <name>FundingCall</name>
    <message>
        <source>Institution: required.</source>
        <translation>Instituție: câmp obligatoriu.</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>Denumire: câmp obligatoriu.</translation>
    </message>
    <message>
        <source>Year: between 1990 and 2100.</source>
        <translation>An: între 1990 și 2100.</translation>
    </message>
    <message>
        <source>Budget: cannot be negative.</source>
        <translation>Buget: nu poate fi negativ.</translation>
    </message>
    <message>
        <source>Submission deadline: before the call opens.</source>
        <translation>Termen de depunere: înainte de deschiderea apelului.</translation>
    </message>
    <message>
        <source>Results: before the submission deadline.</source>
        <translation>Rezultate: înainte de termenul de depunere.</translation>
    </message>
</context>
<context>
    <name>FundingCallCommand</name>
    <message>
        <source>Add the call “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the call&apos;s name</extracomment>
        <translation>Adaugă apelul „%1”</translation>
    </message>
    <message>
        <source>Edit the call “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the call&apos;s name</extracomment>
        <translation>Editează apelul „%1”</translation>
    </message>
    <message>
        <source>Delete the call “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the call&apos;s name</extracomment>
        <translation>Șterge apelul „%1”</translation>
    </message>
</context>
<context>
    <name>FundingCallDialog</name>
    <message>
        <source>Funding call</source>
        <translation>Apel de finanțare</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instituția:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>De&amp;numire:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domeniu:</translation>
    </message>
    <message>
        <source>&amp;Budget (lei):</source>
        <translation>&amp;Buget (lei):</translation>
    </message>
    <message>
        <source>e.g. 250.000,00</source>
        <translation>de ex. 250.000,00</translation>
    </message>
    <message>
        <source>&amp;Opens on:</source>
        <translation>Se desc&amp;hide la:</translation>
    </message>
    <message>
        <source>&amp;Submission deadline:</source>
        <translation>&amp;Termen de depunere:</translation>
    </message>
    <message>
        <source>&amp;Results on:</source>
        <translation>Data &amp;rezultatelor:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Observații:</translation>
    </message>
</context>
<context>
    <name>FundingRepository</name>
    <message>
        <source>Institution: no. %1 does not exist.</source>
        <translation>Instituție: nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Domain: no. %1 does not exist.</source>
        <translation>Domeniu: nr. %1 nu există.</translation>
    </message>
    <message>
        <source>The call no. %1 does not exist.</source>
        <translation>Apelul nr. %1 nu există.</translation>
    </message>
    <message>
        <source>%1 has awards; delete those first.</source>
        <translation>%1 are finanțări acordate; ștergeți-le mai întâi.</translation>
    </message>
    <message>
        <source>The call to restore has no number.</source>
        <translation>Apelul care trebuie restaurat nu are număr.</translation>
    </message>
    <message>
        <source>The call no. %1 already exists.</source>
        <translation>Apelul nr. %1 există deja.</translation>
    </message>
    <message>
        <source>Call: no. %1 does not exist.</source>
        <translation>Apel: nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Organization: no. %1 does not exist.</source>
        <translation>Organizație: nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Contract number: %1 is already used by another award (no. %2).</source>
        <translation>Număr de contract: %1 este deja folosit de altă finanțare acordată (nr. %2).</translation>
    </message>
    <message>
        <source>The award no. %1 does not exist.</source>
        <translation>Finanțarea acordată nr. %1 nu există.</translation>
    </message>
    <message>
        <source>The award to restore has no number.</source>
        <translation>Finanțarea acordată care trebuie restaurată nu are număr.</translation>
    </message>
    <message>
        <source>The award no. %1 already exists.</source>
        <translation>Finanțarea acordată nr. %1 există deja.</translation>
    </message>
</context>
<context>
    <name>FundingSummary</name>
    <message>
        <source>(all domains)</source>
        <translation>(toate domeniile)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
</context>
<context>
    <name>FundingSynthesis</name>
    <message>
        <source>Synthesis on the public funding of NGOs</source>
        <translation>Sinteză privind finanțarea publică a ONG-urilor</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Anul %1</translation>
    </message>
    <message numerus="yes">
        <source>In %1 the public authorities recorded here granted %2 to non-governmental organizations through %n award(s) under the non-refundable financing of non-profit activities of general interest (Law 350/2005), of a total budget of %3 (%4 awarded); %5 were paid. Cancelled awards are left out of every sum.</source>
        <translation>
            <numerusform>În %1, autoritățile publice înregistrate aici au acordat %2 organizațiilor neguvernamentale prin %n finanțare acordată în regimul finanțărilor nerambursabile pentru activități nonprofit de interes general (Legea nr. 350/2005), dintr-un buget total de %3 (atribuit: %4); s-au plătit %5. Finanțările anulate nu sunt incluse în nicio sumă.</numerusform>
            <numerusform>În %1, autoritățile publice înregistrate aici au acordat %2 organizațiilor neguvernamentale prin %n finanțări acordate în regimul finanțărilor nerambursabile pentru activități nonprofit de interes general (Legea nr. 350/2005), dintr-un buget total de %3 (atribuit: %4); s-au plătit %5. Finanțările anulate nu sunt incluse în nicio sumă.</numerusform>
            <numerusform>În %1, autoritățile publice înregistrate aici au acordat %2 organizațiilor neguvernamentale prin %n de finanțări acordate în regimul finanțărilor nerambursabile pentru activități nonprofit de interes general (Legea nr. 350/2005), dintr-un buget total de %3 (atribuit: %4); s-au plătit %5. Finanțările anulate nu sunt incluse în nicio sumă.</numerusform>
        </translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>Pe instituții</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>Pe domenii</translation>
    </message>
    <message>
        <source>By county</source>
        <translation>Pe județe</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Pe regiuni de dezvoltare</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Finanțări acordate</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Buget</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Acordat</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>Pondere în buget</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitat</translation>
    </message>
    <message>
        <source>No award in %1.</source>
        <translation>Nicio finanțare acordată în %1.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Granted per institution, %1</source>
        <translation>Sume acordate pe instituții, %1</translation>
    </message>
    <message>
        <source>Granted and paid per region, %1</source>
        <translation>Sume acordate și plătite pe regiuni de dezvoltare, %1</translation>
    </message>
    <message>
        <source>lei</source>
        <translation>lei</translation>
    </message>
    <message>
        <source>Organizations funded by several institutions</source>
        <translation>Organizații finanțate de mai multe instituții</translation>
    </message>
    <message>
        <source>No organization was funded by more than one institution in %1.</source>
        <translation>Nicio organizație nu a fost finanțată de mai mult de o instituție în %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) received awards from two or more institutions in the year; the list helps to check that the same activity is not financed twice.</source>
        <translation>
            <numerusform>%n organizație a primit finanțări de la două sau mai multe instituții în cursul anului; lista ajută la verificarea faptului că aceeași activitate nu este finanțată de două ori.</numerusform>
            <numerusform>%n organizații au primit finanțări de la două sau mai multe instituții în cursul anului; lista ajută la verificarea faptului că aceeași activitate nu este finanțată de două ori.</numerusform>
            <numerusform>%n de organizații au primit finanțări de la două sau mai multe instituții în cursul anului; lista ajută la verificarea faptului că aceeași activitate nu este finanțată de două ori.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituții</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>%1, edition %2 (%3)</source>
        <translation>%1, ediția %2 (%3)</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Regiuni: %1</translation>
    </message>
    <message>
        <source>Co-organizers: %1</source>
        <translation>Coorganizatori: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Central theme: %1</source>
        <translation>Tema centrală: %1</translation>
    </message>
    <message>
        <source>Other themes: %1</source>
        <translation>Alte teme: %1</translation>
    </message>
    <message>
        <source>%1: this is a folder; give a file name for the calendar.</source>
        <translation>%1: acesta este un folder; indicați un nume de fișier pentru calendar.</translation>
    </message>
    <message>
        <source>%1: the calendar cannot be written (the folder does not exist).</source>
        <translation>%1: calendarul nu poate fi scris (folderul nu există).</translation>
    </message>
    <message>
        <source>%1: the calendar cannot be written (%2).</source>
        <translation>%1: calendarul nu poate fi scris (%2).</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronim</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Formă juridică</translation>
    </message>
    <message>
        <source>CIF</source>
        <translation>CIF</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Număr de înscriere</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persoană de contact</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domenii</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntari</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Voluntariat</translation>
    </message>
</context>
<context>
    <name>ImportLog</name>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: fișierul nu poate fi citit (%2).</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>persons</source>
        <translation>persoane</translation>
    </message>
    <message>
        <source>events</source>
        <translation>evenimente</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documente</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organizații</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altele</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>introdus manual</translation>
    </message>
    <message>
        <source>count of held events</source>
        <translation>număr de evenimente desfășurate</translation>
    </message>
    <message>
        <source>sum of participants of held events</source>
        <translation>total participanți la evenimentele desfășurate</translation>
    </message>
    <message>
        <source>exactly</source>
        <extracomment>How an indicator&apos;s value is meant: exactly this number</extracomment>
        <translation>exact</translation>
    </message>
    <message>
        <source>at least</source>
        <extracomment>How an indicator&apos;s value is meant: this number or more</extracomment>
        <translation>cel puțin</translation>
    </message>
    <message>
        <source>over</source>
        <extracomment>How an indicator&apos;s value is meant: more than this number (&quot;peste 600&quot;)</extracomment>
        <translation>peste</translation>
    </message>
    <message>
        <source>about</source>
        <extracomment>How an indicator&apos;s value is meant: close to this number</extracomment>
        <translation>aproximativ</translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>An indicator&apos;s value: &quot;at least 10&quot;</extracomment>
        <translation>cel puțin %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <extracomment>An indicator&apos;s value: &quot;over 600&quot; (seed 003: &quot;peste 600&quot;)</extracomment>
        <translation>peste %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>An indicator&apos;s value: &quot;about 50&quot;</extracomment>
        <translation>aproximativ %1</translation>
    </message>
    <message>
        <source>Edition: the indicator belongs to no edition.</source>
        <translation>Ediție: indicatorul nu aparține niciunei ediții.</translation>
    </message>
    <message>
        <source>Name: the indicator needs a name.</source>
        <translation>Denumire: indicatorul trebuie să aibă o denumire.</translation>
    </message>
    <message>
        <source>Target: %1 is below zero; a target is zero or more.</source>
        <translation>Țintă: %1 este sub zero; ținta trebuie să fie zero sau mai mare.</translation>
    </message>
    <message>
        <source>Achieved: %1 is below zero; an achieved value is zero or more.</source>
        <translation>Realizat: %1 este sub zero; valoarea realizată trebuie să fie zero sau mai mare.</translation>
    </message>
    <message>
        <source>Achieved: this indicator is computed from the events; it cannot be typed.</source>
        <translation>Realizat: acest indicator se calculează din evenimente; nu poate fi introdus manual.</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>De&amp;numire:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unitate:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ț&amp;intă:</translation>
    </message>
    <message>
        <source>A&amp;chieved value:</source>
        <translation>Valoare &amp;realizată:</translation>
    </message>
    <message>
        <source>E&amp;vents counted:</source>
        <translation>E&amp;venimente luate în calcul:</translation>
    </message>
    <message>
        <source>Achie&amp;ved:</source>
        <translation>Reali&amp;zat:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Observații:</translation>
    </message>
    <message>
        <source>How the target is meant: exactly, at least, over or about this number</source>
        <translation>Cum se înțelege ținta: exact, cel puțin, peste sau aproximativ acest număr</translation>
    </message>
    <message>
        <source>How the achieved value is meant: exactly, at least, over (seed 003: “peste 600”) or about this number</source>
        <translation>Cum se înțelege valoarea realizată: exact, cel puțin, peste (ca „peste 600”) sau aproximativ acest număr</translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>Name: the edition already has an indicator &apos;%1&apos;.</source>
        <translation>Denumire: ediția are deja un indicator „%1”.</translation>
    </message>
    <message>
        <source>The indicator no. %1 no longer exists.</source>
        <translation>Indicatorul nr. %1 nu mai există.</translation>
    </message>
    <message>
        <source>The indicator to put back has no id.</source>
        <translation>Indicatorul care trebuie readus nu are identificator.</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Draft normative acts adopted</source>
        <translation>Proiecte de acte normative adoptate</translation>
    </message>
    <message>
        <source>Draft normative acts announced publicly</source>
        <translation>Proiecte de acte normative anunțate public</translation>
    </message>
    <message>
        <source>Drafts announced on the institution&apos;s website</source>
        <translation>Proiecte anunțate pe site-ul instituției</translation>
    </message>
    <message>
        <source>Drafts displayed at the headquarters</source>
        <translation>Proiecte afișate la sediul instituției</translation>
    </message>
    <message>
        <source>Drafts announced in the mass media</source>
        <translation>Proiecte anunțate prin mass-media</translation>
    </message>
    <message>
        <source>Requests for information on drafts from persons</source>
        <translation>Cereri de informații privind proiectele, primite de la persoane fizice</translation>
    </message>
    <message>
        <source>Requests for information on drafts from associations</source>
        <translation>Cereri de informații privind proiectele, primite de la asociații</translation>
    </message>
    <message>
        <source>Drafts sent to persons who asked for them</source>
        <translation>Proiecte transmise persoanelor fizice care le-au solicitat</translation>
    </message>
    <message>
        <source>Drafts sent to associations who asked for them</source>
        <translation>Proiecte transmise asociațiilor care le-au solicitat</translation>
    </message>
    <message>
        <source>Persons designated for the relation with civil society</source>
        <translation>Persoane desemnate pentru relația cu societatea civilă</translation>
    </message>
    <message>
        <source>Recommendations received</source>
        <translation>Recomandări primite</translation>
    </message>
    <message>
        <source>Recommendations received online</source>
        <translation>Recomandări primite online</translation>
    </message>
    <message>
        <source>Share of recommendations received online (%)</source>
        <translation>Ponderea recomandărilor primite online (%)</translation>
    </message>
    <message>
        <source>Recommendations included in the drafts</source>
        <translation>Recomandări incluse în proiecte</translation>
    </message>
    <message>
        <source>Written justifications of rejected recommendations sent</source>
        <translation>Justificări scrise ale respingerii recomandărilor, transmise</translation>
    </message>
    <message>
        <source>Drafts with at least one recommendation accepted</source>
        <translation>Proiecte cu cel puțin o recomandare acceptată</translation>
    </message>
    <message>
        <source>Drafts with no recommendation accepted</source>
        <translation>Proiecte fără nicio recomandare acceptată</translation>
    </message>
    <message>
        <source>Public debates at the initiative of associations</source>
        <translation>Dezbateri publice la inițiativa asociațiilor</translation>
    </message>
    <message>
        <source>Public debates at the initiative of public authorities</source>
        <translation>Dezbateri publice la inițiativa autorităților publice</translation>
    </message>
    <message>
        <source>Drafts adopted without a mandatory public debate (urgency or exceptions)</source>
        <translation>Proiecte adoptate fără dezbatere publică obligatorie (urgență sau excepții)</translation>
    </message>
    <message>
        <source>Public meetings</source>
        <translation>Ședințe publice</translation>
    </message>
    <message>
        <source>Public meetings announced at the headquarters</source>
        <translation>Ședințe publice anunțate la sediul instituției</translation>
    </message>
    <message>
        <source>Public meetings announced on the website</source>
        <translation>Ședințe publice anunțate pe site</translation>
    </message>
    <message>
        <source>Public meetings announced in the mass media</source>
        <translation>Ședințe publice anunțate prin mass-media</translation>
    </message>
    <message>
        <source>Estimated participants in public meetings (officials excluded)</source>
        <translation>Număr estimat de participanți la ședințele publice (exclusiv funcționarii)</translation>
    </message>
    <message>
        <source>Public meetings held with the mass media present</source>
        <translation>Ședințe publice desfășurate în prezența mass-media</translation>
    </message>
    <message>
        <source>Observations and recommendations expressed in public meetings</source>
        <translation>Observații și recomandări exprimate în ședințele publice</translation>
    </message>
    <message>
        <source>Observations and recommendations included in the decisions</source>
        <translation>Observații și recomandări incluse în deciziile luate</translation>
    </message>
    <message>
        <source>Meetings not public</source>
        <translation>Ședințe nepublice</translation>
    </message>
    <message>
        <source>Meetings not public: classified or exempted information</source>
        <translation>Ședințe nepublice: informații clasificate sau exceptate</translation>
    </message>
    <message>
        <source>Meetings not public: secret vote</source>
        <translation>Ședințe nepublice: vot secret</translation>
    </message>
    <message>
        <source>Meetings not public: other reasons</source>
        <translation>Ședințe nepublice: alte motive</translation>
    </message>
    <message>
        <source>Minutes of public meetings made public</source>
        <translation>Minute ale ședințelor publice făcute publice</translation>
    </message>
    <message>
        <source>Court cases under the law on decisional transparency</source>
        <translation>Acțiuni în justiție în temeiul legii privind transparența decizională</translation>
    </message>
    <message>
        <source>Court cases won by the plaintiff</source>
        <translation>Acțiuni în justiție rezolvate favorabil reclamantului</translation>
    </message>
    <message>
        <source>Court cases won by the institution</source>
        <translation>Acțiuni în justiție rezolvate favorabil instituției</translation>
    </message>
    <message>
        <source>Court cases pending</source>
        <translation>Acțiuni în justiție în curs de soluționare</translation>
    </message>
    <message>
        <source>The institution&apos;s evaluation of its partnership with citizens and associations</source>
        <translation>Evaluarea proprie a parteneriatului cu cetățenii și asociațiile</translation>
    </message>
    <message>
        <source>Requests for information on drafts</source>
        <translation>Cereri de informații privind proiectele</translation>
    </message>
    <message>
        <source>Interested associations, foundations and federations on record (art. 52 of G.O. 26/2000)</source>
        <translation>Asociații, fundații și federații interesate luate în evidență (art. 52 din O.G. nr. 26/2000)</translation>
    </message>
    <message>
        <source>How the persons were designated and other duties they hold</source>
        <translation>Modalitatea de desemnare a persoanelor și eventualul cumul de atribuții</translation>
    </message>
    <message>
        <source>The structure for the relation with associations (art. 51 of G.O. 26/2000)</source>
        <translation>Structura pentru relația cu mediul asociativ (art. 51 din O.G. nr. 26/2000)</translation>
    </message>
    <message>
        <source>Public debates held</source>
        <translation>Dezbateri publice organizate</translation>
    </message>
    <message>
        <source>Minutes of public meetings drawn up</source>
        <translation>Procese-verbale (minute) ale ședințelor publice întocmite</translation>
    </message>
    <message>
        <source>Measures to improve the partnership</source>
        <translation>Măsuri pentru îmbunătățirea parteneriatului</translation>
    </message>
    <message>
        <source>very good</source>
        <comment>D1: the institution&apos;s own evaluation</comment>
        <translation>foarte bună</translation>
    </message>
    <message>
        <source>good</source>
        <comment>D1: the institution&apos;s own evaluation</comment>
        <translation>bună</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <comment>D1: the institution&apos;s own evaluation</comment>
        <translation>satisfăcătoare</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <comment>D1: the institution&apos;s own evaluation</comment>
        <translation>nesatisfăcătoare</translation>
    </message>
</context>
<context>
    <name>Institution</name>
    <message>
        <source>ministry</source>
        <translation>minister</translation>
    </message>
    <message>
        <source>central agency</source>
        <translation>agenție centrală</translation>
    </message>
    <message>
        <source>other central authority</source>
        <translation>altă autoritate centrală</translation>
    </message>
    <message>
        <source>county council</source>
        <translation>consiliu județean</translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation>prefectură</translation>
    </message>
    <message>
        <source>city hall</source>
        <translation>primărie</translation>
    </message>
    <message>
        <source>local council</source>
        <translation>consiliu local</translation>
    </message>
    <message>
        <source>other local authority</source>
        <translation>altă autoritate locală</translation>
    </message>
    <message>
        <source>central</source>
        <translation>centrală</translation>
    </message>
    <message>
        <source>local</source>
        <translation>locală</translation>
    </message>
    <message>
        <source>Name: the institution needs a name.</source>
        <translation>Denumire: instituția trebuie să aibă o denumire.</translation>
    </message>
    <message>
        <source>County: a local authority needs its county.</source>
        <translation>Județ: o autoritate locală trebuie să aibă județul.</translation>
    </message>
    <message>
        <source>Liaison e-mail: &apos;%1&apos; is not an e-mail address.</source>
        <translation>E-mail persoană desemnată: „%1” nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>Liaison phone: &apos;%1&apos; is not a Romanian phone number.</source>
        <translation>Telefon persoană desemnată: „%1” nu este un număr de telefon din România.</translation>
    </message>
    <message>
        <source>Liaison: the contact details need the name of the person designated.</source>
        <translation>Persoană desemnată: datele de contact necesită numele persoanei desemnate.</translation>
    </message>
</context>
<context>
    <name>InstitutionCommand</name>
    <message>
        <source>Edit the institution “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the institution&apos;s name</extracomment>
        <translation>Editează instituția „%1”</translation>
    </message>
    <message>
        <source>Add the institution “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the institution&apos;s name</extracomment>
        <translation>Adaugă instituția „%1”</translation>
    </message>
    <message>
        <source>Delete the institution “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the institution&apos;s name</extracomment>
        <translation>Șterge instituția „%1”</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Denumire:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>Județ:</translation>
    </message>
    <message>
        <source>Liaison name:</source>
        <translation>Nume persoană desemnată:</translation>
    </message>
    <message>
        <source>Liaison function:</source>
        <translation>Funcție persoană desemnată:</translation>
    </message>
    <message>
        <source>Liaison e-mail:</source>
        <translation>E-mail persoană desemnată:</translation>
    </message>
    <message>
        <source>Liaison phone:</source>
        <translation>Telefon persoană desemnată:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Observații:</translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message numerus="yes">
        <source>%n draft act(s)</source>
        <translation>
            <numerusform>%n proiect de act normativ</numerusform>
            <numerusform>%n proiecte de acte normative</numerusform>
            <numerusform>%n de proiecte de acte normative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public meeting(s)</source>
        <translation>
            <numerusform>%n ședință publică</numerusform>
            <numerusform>%n ședințe publice</numerusform>
            <numerusform>%n de ședințe publice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n court case(s)</source>
        <translation>
            <numerusform>%n acțiune în justiție</numerusform>
            <numerusform>%n acțiuni în justiție</numerusform>
            <numerusform>%n de acțiuni în justiție</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annual report(s)</source>
        <translation>
            <numerusform>%n raport anual</numerusform>
            <numerusform>%n rapoarte anuale</numerusform>
            <numerusform>%n de rapoarte anuale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) entered by hand</source>
        <translation>
            <numerusform>%n valoare introdusă manual</numerusform>
            <numerusform>%n valori introduse manual</numerusform>
            <numerusform>%n de valori introduse manual</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding call(s)</source>
        <translation>
            <numerusform>%n apel de finanțare</numerusform>
            <numerusform>%n apeluri de finanțare</numerusform>
            <numerusform>%n de apeluri de finanțare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the secretariat of %n consultative body(ies)</source>
        <translation>
            <numerusform>secretariatul a %n organism consultativ</numerusform>
            <numerusform>secretariatul a %n organisme consultative</numerusform>
            <numerusform>secretariatul a %n de organisme consultative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in consultative bodies</source>
        <translation>
            <numerusform>%n loc în organisme consultative</numerusform>
            <numerusform>%n locuri în organisme consultative</numerusform>
            <numerusform>%n de locuri în organisme consultative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) it organizes</source>
        <translation>
            <numerusform>%n eveniment pe care îl organizează</numerusform>
            <numerusform>%n evenimente pe care le organizează</numerusform>
            <numerusform>%n de evenimente pe care le organizează</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: an institution named %1 already exists.</source>
        <translation>Denumire: există deja o instituție cu denumirea %1.</translation>
    </message>
    <message>
        <source>The institution no. %1 does not exist.</source>
        <translation>Instituția nr. %1 nu există.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while records refer to it: %2. Delete or move those first.</source>
        <extracomment>%1 is the institution&apos;s name, %2 the records that refer to it (&quot;3 draft acts; 1 court case&quot;)</extracomment>
        <translation>Instituția %1 nu poate fi ștearsă cât timp există înregistrări care fac referire la ea: %2. Ștergeți-le sau mutați-le mai întâi.</translation>
    </message>
    <message>
        <source>The institution to put back has no id.</source>
        <translation>Instituția care trebuie readusă nu are identificator.</translation>
    </message>
</context>
<context>
    <name>ManualFigureCommand</name>
    <message>
        <source>Enter the figure %1 by hand</source>
        <extracomment>Undo/Redo menu text; %1 is an indicator code such as A7</extracomment>
        <translation>Introdu manual valoarea %1</translation>
    </message>
    <message>
        <source>Remove the figure %1 typed by hand</source>
        <translation>Elimină valoarea %1 introdusă manual</translation>
    </message>
</context>
<context>
    <name>MoveEventCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Mută %1 pe %2</translation>
    </message>
</context>
<context>
    <name>NationalRegisterImporter</name>
    <message>
        <source>%1: the name is missing</source>
        <translation>%1: lipsește denumirea</translation>
    </message>
    <message>
        <source>%1: the registry number is missing</source>
        <translation>%1: lipsește numărul de înscriere</translation>
    </message>
    <message>
        <source>%1: the county is missing</source>
        <translation>%1: lipsește județul</translation>
    </message>
    <message>
        <source>%1: unknown county &apos;%2&apos;</source>
        <translation>%1: județ necunoscut „%2”</translation>
    </message>
    <message>
        <source>%1: unknown status &apos;%2&apos;</source>
        <translation>%1: stare necunoscută „%2”</translation>
    </message>
    <message>
        <source>%1: the database refused the import (%2).</source>
        <translation>%1: baza de date a refuzat importul (%2).</translation>
    </message>
    <message>
        <source>%1: no header row with the columns &apos;%2&apos; and &apos;%3&apos; in the first %4 rows.</source>
        <translation>%1: în primele %4 rânduri nu există un rând de antet cu coloanele „%2” și „%3”.</translation>
    </message>
    <message>
        <source>%1: the header row has no column &apos;%2&apos;.</source>
        <translation>%1: rândul de antet nu are coloana „%2”.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a registry number</source>
        <translation>%1: „%2” nu este un număr de înregistrare</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importul a fost anulat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>%1: the file&apos;s name does not say whether it holds associations, foundations, federations or unions; choose the kind.</source>
        <translation>%1: numele fișierului nu indică dacă acesta conține asociații, fundații, federații sau uniuni; alegeți tipul.</translation>
    </message>
    <message>
        <source>The database cannot start the import (%1).</source>
        <translation>Baza de date nu poate începe importul (%1).</translation>
    </message>
    <message>
        <source>The search index could not be updated (%1).</source>
        <translation>Indexul de căutare nu a putut fi actualizat (%1).</translation>
    </message>
    <message>
        <source>The import could not be saved (%1).</source>
        <translation>Importul nu a putut fi salvat (%1).</translation>
    </message>
</context>
<context>
    <name>NgoEvidenceReport</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.a.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizații</translation>
    </message>
    <message>
        <source>With volunteering</source>
        <translation>Cu voluntariat</translation>
    </message>
    <message>
        <source>Share of all</source>
        <translation>Pondere din total</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The evidence of non-governmental organizations</source>
        <translation>Evidența organizațiilor neguvernamentale</translation>
    </message>
    <message>
        <source>Per development region and county, on %1</source>
        <translation>Pe regiuni de dezvoltare și județe, la data de %1</translation>
    </message>
    <message>
        <source>Organizations in the evidence: %1, of which active: %2 (%3).</source>
        <translation>Organizații în evidență: %1, dintre care active: %2 (%3).</translation>
    </message>
    <message>
        <source>Organizations with volunteering activity: %1 (%2).</source>
        <translation>Organizații cu activitate de voluntariat: %1 (%2).</translation>
    </message>
    <message>
        <source>Domains of activity with at least one organization: %1.</source>
        <translation>Domenii de activitate cu cel puțin o organizație: %1.</translation>
    </message>
    <message>
        <source>Counties with no organization in the evidence: %1.</source>
        <translation>Județe fără nicio organizație în evidență: %1.</translation>
    </message>
    <message>
        <source>Organizations whose county is not known (undetermined), counted in the totals but in no county or region: %1.</source>
        <translation>Organizații al căror județ nu este cunoscut (nedeterminat), numărate în totaluri, dar în niciun județ sau regiune: %1.</translation>
    </message>
    <message>
        <source>Not counted as NGOs: %1 (%2), listed in section 4.</source>
        <translation>Nenumărate ca ONG-uri: %1 (%2), enumerate în secțiunea 4.</translation>
    </message>
    <message>
        <source>1. Per development region</source>
        <translation>1. Pe regiuni de dezvoltare</translation>
    </message>
    <message>
        <source>2. Per county</source>
        <translation>2. Pe județe</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>The counties with the most organizations (at most 15)</source>
        <translation>Județele cu cele mai multe organizații (cel mult 15)</translation>
    </message>
    <message>
        <source>3. Per domain of activity</source>
        <translation>3. Pe domenii de activitate</translation>
    </message>
    <message>
        <source>No domain of activity is recorded.</source>
        <translation>Nu este înregistrat niciun domeniu de activitate.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>An organization may work in several domains, so the domains add up to more than the organizations.</source>
        <translation>O organizație poate activa în mai multe domenii, astfel că totalul pe domenii depășește numărul organizațiilor.</translation>
    </message>
    <message>
        <source>4. Partners that are not NGOs</source>
        <translation>4. Parteneri care nu sunt ONG-uri</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>Organizations per development region</source>
        <translation>Organizații pe regiuni de dezvoltare</translation>
    </message>
    <message>
        <source>Organizations per county</source>
        <translation>Organizații pe județe</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>%1: the spreadsheet cannot be read; the file is damaged or truncated (%2).</source>
        <translation>%1: foaia de calcul nu poate fi citită; fișierul este deteriorat sau incomplet (%2).</translation>
    </message>
    <message>
        <source>%1: the spreadsheet is too large to be read here (its content inflates to more than %2 MB).</source>
        <translation>%1: foaia de calcul este prea mare pentru a fi citită aici (conținutul ei se dezarhivează în peste %2 MB).</translation>
    </message>
    <message>
        <source>bad compressed data</source>
        <translation>date comprimate greșit</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rândul %1: %2</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: fișierul nu există.</translation>
    </message>
    <message>
        <source>%1: not an OpenDocument spreadsheet, or the file is damaged or truncated.</source>
        <translation>%1: nu este o foaie de calcul OpenDocument sau fișierul este deteriorat ori incomplet.</translation>
    </message>
    <message>
        <source>%1: an OpenDocument file, but not a spreadsheet.</source>
        <translation>%1: un fișier OpenDocument, dar nu o foaie de calcul.</translation>
    </message>
    <message>
        <source>%1: not an OpenDocument spreadsheet (it has no content.xml).</source>
        <translation>%1: nu este o foaie de calcul OpenDocument (nu are content.xml).</translation>
    </message>
    <message>
        <source>%1: the spreadsheet is refused: its content.xml inflates to more than %2 times its compressed size, the limit (a &quot;zip bomb&quot;).</source>
        <translation>%1: foaia de calcul este refuzată: content.xml se dezarhivează în mai mult de %2 ori dimensiunea sa comprimată, limita (o „bombă zip”).</translation>
    </message>
    <message>
        <source>%1: the spreadsheet is refused: cell %2 holds more than %3 characters, Excel&apos;s limit for one cell.</source>
        <translation>%1: foaia de calcul este refuzată: celula %2 are mai mult de %3 de caractere, limita Excel pentru o celulă.</translation>
    </message>
    <message>
        <source>a cell longer than a cell may be</source>
        <translation>o celulă mai lungă decât poate fi o celulă</translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <source>association</source>
        <comment>legal form</comment>
        <translation>asociație</translation>
    </message>
    <message>
        <source>foundation</source>
        <comment>legal form</comment>
        <translation>fundație</translation>
    </message>
    <message>
        <source>federation</source>
        <comment>legal form</comment>
        <translation>federație</translation>
    </message>
    <message>
        <source>union</source>
        <comment>legal form</comment>
        <translation>uniune</translation>
    </message>
    <message>
        <source>branch</source>
        <comment>legal form</comment>
        <translation>filială</translation>
    </message>
    <message>
        <source>associative structure of local authorities</source>
        <translation>structură asociativă a autorităților administrației publice locale</translation>
    </message>
    <message>
        <source>other partner (not an NGO)</source>
        <translation>alt partener (nu este ONG)</translation>
    </message>
    <message>
        <source>NGO</source>
        <comment>organization kind</comment>
        <translation>ONG</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>nedeterminat</translation>
    </message>
    <message>
        <source>active</source>
        <comment>registry status</comment>
        <translation>activă</translation>
    </message>
    <message>
        <source>in liquidation</source>
        <comment>registry status</comment>
        <translation>în lichidare</translation>
    </message>
    <message>
        <source>dissolved</source>
        <comment>registry status</comment>
        <translation>dizolvată</translation>
    </message>
    <message>
        <source>struck off</source>
        <comment>registry status</comment>
        <translation>radiată</translation>
    </message>
</context>
<context>
    <name>OrganizationAliasRepository</name>
    <message>
        <source>The organization no. %1 no longer exists.</source>
        <translation>Organizația nr. %1 nu mai există.</translation>
    </message>
    <message>
        <source>A record cannot be marked as the same organization as itself.</source>
        <translation>O înregistrare nu poate fi marcată ca aceeași organizație cu ea însăși.</translation>
    </message>
    <message>
        <source>%1 is already marked as the same organization as %2; remove that mark first.</source>
        <extracomment>%1 and %2 are organization records</extracomment>
        <translation>%1 este deja marcată ca aceeași organizație cu %2; eliminați mai întâi acel marcaj.</translation>
    </message>
    <message>
        <source>%1 is itself marked as the same organization as %2: choose %2.</source>
        <extracomment>%1 is the chosen record, %2 the record it is already marked the same as</extracomment>
        <translation>%1 este ea însăși marcată ca aceeași organizație cu %2: alegeți %2.</translation>
    </message>
    <message>
        <source>Other records are marked as the same organization as %1 (%2): mark %3 instead, or remove those marks first.</source>
        <extracomment>%1 is a record that other records are marked the same as, %2 one of them</extracomment>
        <translation>Alte înregistrări sunt marcate ca aceeași organizație cu %1 (%2): marcați în schimb %3 sau eliminați mai întâi acele marcaje.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Organization</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identificare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>De&amp;numire:</translation>
    </message>
    <message>
        <source>A&amp;cronym:</source>
        <translation>Ac&amp;ronim:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Formă juridică:</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>&amp;Stare:</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adresă și contact</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>&amp;Județ:</translation>
    </message>
    <message>
        <source>Localit&amp;y:</source>
        <translation>L&amp;ocalitate:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresă:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web:</translation>
    </message>
    <message>
        <source>Contact pe&amp;rson:</source>
        <translation>&amp;Persoană de contact:</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <source>C&amp;IF:</source>
        <translation>&amp;CIF:</translation>
    </message>
    <message>
        <source>Registry n&amp;umber:</source>
        <translation>Nu&amp;măr de înscriere:</translation>
    </message>
    <message>
        <source>Re&amp;gistry date:</source>
        <translation>Data înscr&amp;ierii:</translation>
    </message>
    <message>
        <source>Pu&amp;blic-utility decision:</source>
        <translation>&amp;Hotărâre de utilitate publică:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation>&amp;Domenii:</translation>
    </message>
    <message>
        <source>The domains of activity of the organization. Select one and press Delete to remove it.</source>
        <translation>Domeniile de activitate ale organizației. Selectați unul și apăsați Delete pentru a-l elimina.</translation>
    </message>
    <message>
        <source>Type a domain or choose one</source>
        <translation>Scrieți un domeniu sau alegeți unul</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>a domain to the list</comment>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>the selected domain from the list</comment>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Works with &amp;volunteers</source>
        <translation>Lucrea&amp;ză cu voluntari</translation>
    </message>
    <message>
        <source>Numb&amp;er of volunteers:</source>
        <translation>Număr de &amp;voluntari:</translation>
    </message>
    <message>
        <source>&amp;Purposes:</source>
        <translation>Scop&amp;uri:</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>O&amp;bservații</translation>
    </message>
</context>
<context>
    <name>OrganizationExporter</name>
    <message>
        <source>%1: the organizations cannot be read (%2).</source>
        <translation>%1: organizațiile nu pot fi citite (%2).</translation>
    </message>
    <message>
        <source>%1: unknown file type; the export writes .csv and .xlsx files.</source>
        <translation>%1: tip de fișier necunoscut; exportul scrie fișiere .csv și .xlsx.</translation>
    </message>
</context>
<context>
    <name>OrganizationImporter</name>
    <message>
        <source>%1: the database refused the import (%2).</source>
        <translation>%1: baza de date a refuzat importul (%2).</translation>
    </message>
    <message>
        <source>%1: unknown county &apos;%2&apos;</source>
        <translation>%1: județ necunoscut „%2”</translation>
    </message>
    <message>
        <source>%1: unknown legal form &apos;%2&apos;</source>
        <translation>%1: formă juridică necunoscută „%2”</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: „%2” nu este un număr întreg</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not da/nu, yes/no or 1/0</source>
        <translation>%1: „%2” nu este da/nu, yes/no sau 1/0</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: fișierul este gol.</translation>
    </message>
    <message>
        <source>%1: the first row has no column with the organization&apos;s name (%2).</source>
        <translation>%1: primul rând nu are o coloană cu denumirea organizației (%2).</translation>
    </message>
    <message>
        <source>%1: the database cannot start the import (%2).</source>
        <translation>%1: baza de date nu poate începe importul (%2).</translation>
    </message>
    <message>
        <source>a quoted field is not closed; it runs to the end of the file</source>
        <translation>un câmp între ghilimele nu este închis; continuă până la sfârșitul fișierului</translation>
    </message>
    <message>
        <source>the row has %1 cells, the header row has %2</source>
        <translation>rândul are %1 celule, iar rândul de antet are %2</translation>
    </message>
    <message>
        <source>%1: the search index could not be updated (%2).</source>
        <translation>%1: indexul de căutare nu a putut fi actualizat (%2).</translation>
    </message>
    <message>
        <source>%1: the import could not be saved (%2).</source>
        <translation>%1: importul nu a putut fi salvat (%2).</translation>
    </message>
</context>
<context>
    <name>OrganizationRemoval</name>
    <message numerus="yes">
        <source>%n recommendation(s) it sent keep its name as text</source>
        <translation>
            <numerusform>%n recomandare trimisă de ea îi păstrează numele ca text</numerusform>
            <numerusform>%n recomandări trimise de ea îi păstrează numele ca text</numerusform>
            <numerusform>%n de recomandări trimise de ea îi păstrează numele ca text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public debate request(s) keep its name as text</source>
        <translation>
            <numerusform>%n cerere de dezbatere publică îi păstrează numele ca text</numerusform>
            <numerusform>%n cereri de dezbatere publică îi păstrează numele ca text</numerusform>
            <numerusform>%n de cereri de dezbatere publică îi păstrează numele ca text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in consultative bodies</source>
        <translation>
            <numerusform>%n loc în organisme consultative</numerusform>
            <numerusform>%n locuri în organisme consultative</numerusform>
            <numerusform>%n de locuri în organisme consultative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding award(s)</source>
        <translation>
            <numerusform>%n finanțare acordată</numerusform>
            <numerusform>%n finanțări acordate</numerusform>
            <numerusform>%n de finanțări acordate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) it organizes</source>
        <translation>
            <numerusform>%n eveniment pe care îl organizează</numerusform>
            <numerusform>%n evenimente pe care le organizează</numerusform>
            <numerusform>%n de evenimente pe care le organizează</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) as the same organization as another record</source>
        <translation>
            <numerusform>%n marcaj ca aceeași organizație cu altă înregistrare</numerusform>
            <numerusform>%n marcaje ca aceeași organizație cu alte înregistrări</numerusform>
            <numerusform>%n de marcaje ca aceeași organizație cu alte înregistrări</numerusform>
        </translation>
    </message>
    <message>
        <source>The organization no. %1 no longer exists.</source>
        <translation>Organizația nr. %1 nu mai există.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while these refer to it: %2. Remove it from those first.</source>
        <extracomment>%1 is the organization&apos;s name, %2 the records that refer to it (&quot;2 seats in consultative bodies&quot;)</extracomment>
        <translation>Organizația %1 nu poate fi ștearsă cât timp aceste înregistrări fac referire la ea: %2. Eliminați-o mai întâi din acestea.</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>The CIF %1 is already used by another organization (no. %2).</source>
        <translation>CIF-ul %1 este deja folosit de altă organizație (nr. %2).</translation>
    </message>
    <message>
        <source>The registry number %1 is already used by another organization (no. %2).</source>
        <translation>Numărul de înscriere %1 este deja folosit de altă organizație (nr. %2).</translation>
    </message>
    <message>
        <source>The organization no. %1 no longer exists.</source>
        <translation>Organizația nr. %1 nu mai există.</translation>
    </message>
    <message>
        <source>The organization %1 cannot be deleted: %2</source>
        <translation>Organizația %1 nu poate fi ștearsă: %2</translation>
    </message>
</context>
<context>
    <name>OrganizationValidation</name>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronim</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Formă juridică</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>CIF</source>
        <translation>CIF</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Număr de înscriere</translation>
    </message>
    <message>
        <source>Registry date</source>
        <translation>Data înscrierii</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persoană de contact</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntari</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domenii</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observații</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Denumirea este obligatorie.</translation>
    </message>
    <message>
        <source>The name is longer than 500 characters.</source>
        <translation>Denumirea depășește 500 de caractere.</translation>
    </message>
    <message>
        <source>The name holds the invisible character %1 (a control or text-direction character).</source>
        <translation>Denumirea conține caracterul invizibil %1 (un caracter de control sau de direcție a textului).</translation>
    </message>
    <message>
        <source>The CIF %1 is not valid (2 to 10 digits, the last one a check digit).</source>
        <translation>CIF-ul %1 nu este valid (între 2 și 10 cifre, ultima fiind cifra de control).</translation>
    </message>
    <message>
        <source>The e-mail address %1 is not valid.</source>
        <translation>Adresa de e-mail %1 nu este validă.</translation>
    </message>
    <message>
        <source>The phone number %1 is not a Romanian number (e.g. 021 314 3400, 0722 123 456, +40 21 314 3400).</source>
        <translation>Numărul de telefon %1 nu este un număr din România (de ex. 021 314 3400, 0722 123 456, +40 21 314 3400).</translation>
    </message>
    <message>
        <source>The web address %1 is not valid.</source>
        <translation>Adresa web %1 nu este validă.</translation>
    </message>
    <message>
        <source>The number of volunteers cannot be negative.</source>
        <translation>Numărul de voluntari nu poate fi negativ.</translation>
    </message>
    <message>
        <source>The registry date is in the future.</source>
        <translation>Data înscrierii este în viitor.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Partner</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organizație:</translation>
    </message>
    <message>
        <source>Type part of the name, CIF or county</source>
        <translation>Tastați o parte din denumire, CIF-ul sau județul</translation>
    </message>
    <message>
        <source>Organizations found</source>
        <translation>Organizații găsite</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Început:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>necunoscută</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Sfârșit:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tare:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>O&amp;bservații:</translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>Promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>Associative structure of local authorities</source>
        <translation>Structură asociativă a autorităților administrației publice locale</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiar</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propus</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Încheiat</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retras</translation>
    </message>
    <message>
        <source>Edition: the partnership belongs to no edition.</source>
        <translation>Ediție: parteneriatul nu aparține niciunei ediții.</translation>
    </message>
    <message>
        <source>Organization: choose the partner organization.</source>
        <translation>Organizație: alegeți organizația parteneră.</translation>
    </message>
    <message>
        <source>End: the end date %1 is before the start date %2.</source>
        <translation>Sfârșit: data de sfârșit %1 este anterioară datei de început %2.</translation>
    </message>
</context>
<context>
    <name>PartnershipRepository</name>
    <message>
        <source>Organization: the organization no. %1 does not exist.</source>
        <translation>Organizație: organizația nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Edition: the edition no. %1 does not exist.</source>
        <translation>Ediție: ediția nr. %1 nu există.</translation>
    </message>
    <message>
        <source>%1, edition %2 (%3)</source>
        <translation>%1, ediția %2 (%3)</translation>
    </message>
    <message>
        <source>Organization: %1 is already a partner of %2 as %3.</source>
        <translation>Organizație: %1 este deja parteneră în %2, cu rolul %3.</translation>
    </message>
    <message>
        <source>The partnership no. %1 no longer exists.</source>
        <translation>Parteneriatul nr. %1 nu mai există.</translation>
    </message>
    <message>
        <source>The partnership cannot be deleted: %1</source>
        <translation>Parteneriatul nu poate fi șters: %1</translation>
    </message>
    <message>
        <source>The partnership to put back has no id.</source>
        <translation>Parteneriatul care trebuie readus nu are identificator.</translation>
    </message>
    <message>
        <source>%1 of %2, edition %3 (%4)</source>
        <translation>%1 în %2, ediția %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>co-organizer of %n event(s)</source>
        <translation>
            <numerusform>coorganizator la %n eveniment</numerusform>
            <numerusform>coorganizator la %n evenimente</numerusform>
            <numerusform>coorganizator la %n de evenimente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>attended %n event(s)</source>
        <translation>
            <numerusform>a participat la %n eveniment</numerusform>
            <numerusform>a participat la %n evenimente</numerusform>
            <numerusform>a participat la %n de evenimente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 nu poate fi scris: %2</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Project</source>
        <translation>Proiect</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Name: the program needs a name.</source>
        <translation>Denumire: programul trebuie să aibă o denumire.</translation>
    </message>
</context>
<context>
    <name>ProgramDemoData</name>
    <message>
        <source>The demo partner %1 is not among the organizations.</source>
        <translation>Partenerul demonstrativ %1 nu se află printre organizații.</translation>
    </message>
    <message>
        <source>The demo partner %1 has an unknown role.</source>
        <translation>Partenerul demonstrativ %1 are un rol necunoscut.</translation>
    </message>
    <message>
        <source>A demo event has the unknown kind %1.</source>
        <translation>Un eveniment demonstrativ are tipul necunoscut %1.</translation>
    </message>
    <message>
        <source>The demo event %1 names an unknown region %2.</source>
        <translation>Evenimentul demonstrativ %1 indică o regiune necunoscută: %2.</translation>
    </message>
    <message>
        <source>The demo co-organizer %1 is not a partner of the edition.</source>
        <translation>Coorganizatorul demonstrativ %1 nu este partener al ediției.</translation>
    </message>
</context>
<context>
    <name>ProgramRepository</name>
    <message>
        <source>&apos;%1&apos; matches several programs: %2. Give more of the name.</source>
        <translation>„%1” corespunde mai multor programe: %2. Indicați o parte mai mare din denumire.</translation>
    </message>
    <message>
        <source>No program matches &apos;%1&apos;: the database has no programs.</source>
        <translation>Niciun program nu corespunde cu „%1”: baza de date nu conține programe.</translation>
    </message>
    <message>
        <source>No program matches &apos;%1&apos;. The programs are: %2.</source>
        <translation>Niciun program nu corespunde cu „%1”. Programele sunt: %2.</translation>
    </message>
    <message>
        <source>No program matches &apos;%1&apos;.</source>
        <translation>Niciun program nu corespunde cu „%1”.</translation>
    </message>
    <message>
        <source>The program no. %1 no longer exists.</source>
        <translation>Programul nr. %1 nu mai există.</translation>
    </message>
    <message>
        <source>Name: a program named &apos;%1&apos; already exists.</source>
        <translation>Denumire: există deja un program cu denumirea „%1”.</translation>
    </message>
    <message>
        <source>The program %1 cannot be deleted: %2</source>
        <translation>Programul %1 nu poate fi șters: %2</translation>
    </message>
    <message>
        <source>%1 has %2 editions in %3; the calendar takes one.</source>
        <translation>%1 are %2 ediții în %3; calendarul se exportă pentru o singură ediție.</translation>
    </message>
    <message>
        <source>%1 has no editions.</source>
        <translation>%1 nu are ediții.</translation>
    </message>
    <message>
        <source>%1 has no edition in %2. Its editions are of: %3.</source>
        <translation>%1 nu are nicio ediție în %2. Edițiile sale sunt din: %3.</translation>
    </message>
    <message>
        <source>The edition no. %1 no longer exists.</source>
        <translation>Ediția nr. %1 nu mai există.</translation>
    </message>
    <message>
        <source>Program: the program no. %1 does not exist.</source>
        <translation>Program: programul nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Number: the program already has an edition no. %1.</source>
        <translation>Număr: programul are deja o ediție cu nr. %1.</translation>
    </message>
    <message>
        <source>The edition cannot be deleted: %1</source>
        <translation>Ediția nu poate fi ștearsă: %1</translation>
    </message>
</context>
<context>
    <name>ProgramSynthesis</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last two names of a list: &quot;A, B, C and D&quot;</extracomment>
        <translation>%1 și %2</translation>
    </message>
    <message>
        <source>Participants per event</source>
        <translation>Participanți pe eveniment</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Indicators: achieved in percent of the target</source>
        <translation>Indicatori: realizat, în procente din țintă</translation>
    </message>
    <message>
        <source>% of the target</source>
        <translation>% din țintă</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>The edition no. %1 does not exist.</source>
        <translation>Ediția nr. %1 nu există.</translation>
    </message>
    <message>
        <source>The program of the edition no. %1 does not exist.</source>
        <translation>Programul ediției nr. %1 nu există.</translation>
    </message>
    <message>
        <source>%1 edition</source>
        <extracomment>The edition in a title: &quot;2nd edition&quot; (Romanian &quot;Ediția a II-a&quot;, Serbian &quot;2. izdanje&quot;); %1 is the ordinal as the language writes it</extracomment>
        <translation>Ediția %1</translation>
    </message>
    <message>
        <source>Synthesis of the %1, %2, %3</source>
        <extracomment>The title of a program synthesis: &quot;Sinteza Programului Promotorii Voluntariatului în România, Ediția a II-a, 2021&quot; (%1 the program, in the genitive in Romanian; %2 the edition; %3 the year)</extracomment>
        <translation>Sinteza %1, %2, %3</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Secțiune</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Ediție</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <source>First activity</source>
        <translation>Prima activitate</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima activitate</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducere</translation>
    </message>
    <message>
        <source>Period and objective</source>
        <translation>Perioada și obiectivul</translation>
    </message>
    <message>
        <source>The edition %1 of the %2 ran from %3 to %4.</source>
        <translation>Ediția %1 (%2) s-a desfășurat între %3 și %4.</translation>
    </message>
    <message>
        <source>The records give no period for the edition %1 of the %2; they show activities between %3 and %4.</source>
        <translation>Evidențele nu dau perioada ediției %1 (%2); ele arată activități între %3 și %4.</translation>
    </message>
    <message>
        <source>The records give no period for the edition %1 of the %2, and no activity.</source>
        <translation>Evidențele nu dau perioada ediției %1 (%2) și nicio activitate.</translation>
    </message>
    <message>
        <source>Its main objective: %1</source>
        <translation>Obiectivul principal: %1</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Parteneriat</translation>
    </message>
    <message numerus="yes">
        <source>The program was carried out in an active partnership with %n promoter(s) of volunteering, non-governmental organizations active in the field of volunteering</source>
        <translation>
            <numerusform>Programul s-a desfășurat în parteneriat activ cu %n promotor al voluntariatului, organizație neguvernamentală activă în domeniul voluntariatului</numerusform>
            <numerusform>Programul s-a desfășurat în parteneriat activ cu %n promotori ai voluntariatului, organizații neguvernamentale active în domeniul voluntariatului</numerusform>
            <numerusform>Programul s-a desfășurat în parteneriat activ cu %n de promotori ai voluntariatului, organizații neguvernamentale active în domeniul voluntariatului</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, and with %2: %3.</source>
        <translation>%1, precum și cu %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n associative structure(s) of the local public authorities</source>
        <translation>
            <numerusform>%n structură asociativă a autorităților administrației publice locale</numerusform>
            <numerusform>%n structuri asociative ale autorităților administrației publice locale</numerusform>
            <numerusform>%n de structuri asociative ale autorităților administrației publice locale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the table below names %n promoter record(s); the records marked as the same organization are counted once: %1.</source>
        <extracomment>%n is the number of promoter records; %1 the pairs of records marked as one organization (&quot;A / B; C / D&quot;)</extracomment>
        <translation>
            <numerusform>Notă: tabelul de mai jos numește %n înregistrare de promotor; înregistrările marcate ca aceeași organizație sunt numărate o singură dată: %1.</numerusform>
            <numerusform>Notă: tabelul de mai jos numește %n înregistrări de promotori; înregistrările marcate ca aceeași organizație sunt numărate o singură dată: %1.</numerusform>
            <numerusform>Notă: tabelul de mai jos numește %n de înregistrări de promotori; înregistrările marcate ca aceeași organizație sunt numărate o singură dată: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the records name %n promoter(s) (the table below). %1</source>
        <extracomment>%n is the number of promoters in the records; %1 the office&apos;s note on the difference</extracomment>
        <translation>
            <numerusform>Notă: evidențele numesc %n promotor (tabelul de mai jos). %1</numerusform>
            <numerusform>Notă: evidențele numesc %n promotori (tabelul de mai jos). %1</numerusform>
            <numerusform>Notă: evidențele numesc %n de promotori (tabelul de mai jos). %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notă: %1</translation>
    </message>
    <message>
        <source>Promoters stated</source>
        <translation>Promotori declarați</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotori</translation>
    </message>
    <message>
        <source>Promoter records</source>
        <translation>Înregistrări de promotori</translation>
    </message>
    <message>
        <source>Associative structures</source>
        <translation>Structuri asociative</translation>
    </message>
    <message>
        <source>Other partners</source>
        <translation>Alți parteneri</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>%1 (the same organization as %2)</source>
        <extracomment>A record marked as the same organization as another: &quot;Freamăt de Speranță (the same organization as Centrul de Voluntariat FSC)&quot;</extracomment>
        <translation>%1 (aceeași organizație cu %2)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultate</translation>
    </message>
    <message>
        <source>No indicator is recorded for this edition.</source>
        <translation>Nu este înregistrat niciun indicator pentru această ediție.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>% achieved</source>
        <translation>% realizat</translation>
    </message>
    <message>
        <source>target</source>
        <translation>țintă</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>realizat</translation>
    </message>
    <message>
        <source>Calendar of the activities</source>
        <translation>Calendarul activităților</translation>
    </message>
    <message>
        <source>No event is recorded for this edition.</source>
        <translation>Nu este înregistrat niciun eveniment pentru această ediție.</translation>
    </message>
    <message numerus="yes">
        <source>The edition held %n regional videoconference(s):</source>
        <translation>
            <numerusform>Ediția a cuprins %n videoconferință regională:</numerusform>
            <numerusform>Ediția a cuprins %n videoconferințe regionale:</numerusform>
            <numerusform>Ediția a cuprins %n de videoconferințe regionale:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The edition held %n event(s), of which %1 videoconference(s):</source>
        <translation>
            <numerusform>Ediția a cuprins %n eveniment (videoconferințe: %1):</numerusform>
            <numerusform>Ediția a cuprins %n evenimente (videoconferințe: %1):</numerusform>
            <numerusform>Ediția a cuprins %n de evenimente (videoconferințe: %1):</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiuni</translation>
    </message>
    <message>
        <source>Co-organizing promoters</source>
        <translation>Promotori coorganizatori</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Videoconferences</source>
        <translation>Videoconferințe</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
    <message>
        <source>The number of participants is not recorded for any event of the edition.</source>
        <translation>Numărul de participanți nu este înregistrat pentru niciun eveniment al ediției.</translation>
    </message>
    <message numerus="yes">
        <source>The events of the edition gathered %n participant(s) in total.</source>
        <translation>
            <numerusform>Evenimentele ediției au reunit în total %n participant.</numerusform>
            <numerusform>Evenimentele ediției au reunit în total %n participanți.</numerusform>
            <numerusform>Evenimentele ediției au reunit în total %n de participanți.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The events whose participants are recorded (%1 of %2) gathered %n participant(s) in total.</source>
        <translation>
            <numerusform>Evenimentele pentru care este înregistrat numărul de participanți (%1 din %2) au reunit în total %n participant.</numerusform>
            <numerusform>Evenimentele pentru care este înregistrat numărul de participanți (%1 din %2) au reunit în total %n participanți.</numerusform>
            <numerusform>Evenimentele pentru care este înregistrat numărul de participanți (%1 din %2) au reunit în total %n de participanți.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Eveniment</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>As reported in the indicators: %1, %2.</source>
        <translation>Conform celor raportate în indicatori: %1, %2.</translation>
    </message>
    <message>
        <source>Themes debated</source>
        <translation>Teme dezbătute</translation>
    </message>
    <message>
        <source>No theme is recorded for the events of this edition.</source>
        <translation>Nu este înregistrată nicio temă pentru evenimentele acestei ediții.</translation>
    </message>
    <message>
        <source>Central theme: %1</source>
        <translation>Tema centrală: %1</translation>
    </message>
    <message>
        <source>Other themes debated:</source>
        <translation>Alte teme dezbătute:</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teme</translation>
    </message>
    <message>
        <source>Central themes</source>
        <translation>Teme centrale</translation>
    </message>
    <message>
        <source>Other themes</source>
        <translation>Alte teme</translation>
    </message>
    <message>
        <source>Closing event</source>
        <translation>Eveniment de închidere</translation>
    </message>
    <message>
        <source>No closing event is recorded for this edition.</source>
        <translation>Nu este înregistrat niciun eveniment de închidere pentru această ediție.</translation>
    </message>
    <message>
        <source>The closing event of the edition took place on %1: %2.</source>
        <translation>Evenimentul de închidere a ediției a avut loc la %1: %2.</translation>
    </message>
    <message>
        <source>The closing event of the edition is planned for %1: %2.</source>
        <translation>Evenimentul de închidere a ediției este planificat pentru %1: %2.</translation>
    </message>
    <message>
        <source>Place: %1.</source>
        <translation>Loc: %1.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Concluzii</translation>
    </message>
</context>
<context>
    <name>PublicMeeting</name>
    <message>
        <source>classified or exempted information</source>
        <translation>informații clasificate sau exceptate</translation>
    </message>
    <message>
        <source>secret vote</source>
        <translation>vot secret</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>alt motiv</translation>
    </message>
    <message>
        <source>Institution: the meeting needs the institution that held it.</source>
        <translation>Instituție: ședința trebuie să indice instituția care a organizat-o.</translation>
    </message>
    <message>
        <source>Date: the meeting needs its date.</source>
        <translation>Data: ședința trebuie să aibă data.</translation>
    </message>
    <message>
        <source>Subject: the meeting needs a subject.</source>
        <translation>Subiect: ședința trebuie să aibă un subiect.</translation>
    </message>
    <message>
        <source>Reason for a closed meeting: a meeting that is not public needs one of the reasons the law allows.</source>
        <translation>Motivul ședinței închise: o ședință care nu este publică trebuie să aibă unul dintre motivele permise de lege.</translation>
    </message>
    <message>
        <source>Reason for a closed meeting: write the other reason.</source>
        <translation>Motivul ședinței închise: precizați celălalt motiv.</translation>
    </message>
    <message>
        <source>Announcement date: the meeting cannot be announced (%1) after it was held (%2).</source>
        <translation>Data anunțării: ședința nu poate fi anunțată (%1) după ce a avut loc (%2).</translation>
    </message>
    <message>
        <source>Participants: the number cannot be negative.</source>
        <translation>Participanți: numărul nu poate fi negativ.</translation>
    </message>
    <message>
        <source>Recommendations expressed: the number cannot be negative.</source>
        <translation>Recomandări exprimate: numărul nu poate fi negativ.</translation>
    </message>
    <message>
        <source>Recommendations included: the number cannot be negative.</source>
        <translation>Recomandări incluse: numărul nu poate fi negativ.</translation>
    </message>
    <message>
        <source>Recommendations included: %1 cannot be more than the %2 expressed.</source>
        <translation>Recomandări incluse: %1 nu poate depăși numărul recomandărilor exprimate (%2).</translation>
    </message>
    <message>
        <source>Minutes published: the minutes must be drawn up to be published.</source>
        <translation>Minută publicată: minuta trebuie întocmită pentru a putea fi publicată.</translation>
    </message>
</context>
<context>
    <name>PublicMeetingCommand</name>
    <message>
        <source>Edit the meeting “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the meeting&apos;s subject</extracomment>
        <translation>Editează ședința „%1”</translation>
    </message>
    <message>
        <source>Add the meeting “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the meeting&apos;s subject</extracomment>
        <translation>Adaugă ședința „%1”</translation>
    </message>
    <message>
        <source>Delete the meeting “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the meeting&apos;s subject</extracomment>
        <translation>Șterge ședința „%1”</translation>
    </message>
</context>
<context>
    <name>PublicMeetingDialog</name>
    <message>
        <source>Public meeting</source>
        <translation>Ședință publică</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Instituție:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subiect:</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Desfășurată la:</translation>
    </message>
    <message>
        <source>Public:</source>
        <translation>Publică:</translation>
    </message>
    <message>
        <source>Reason it was closed:</source>
        <translation>Motivul ședinței închise:</translation>
    </message>
    <message>
        <source>Other reason:</source>
        <translation>Alt motiv:</translation>
    </message>
    <message>
        <source>Announced on:</source>
        <translation>Anunțată la:</translation>
    </message>
    <message>
        <source>At the headquarters:</source>
        <translation>La sediul instituției:</translation>
    </message>
    <message>
        <source>On the website:</source>
        <translation>Pe site:</translation>
    </message>
    <message>
        <source>In the mass media:</source>
        <translation>Prin mass-media:</translation>
    </message>
    <message>
        <source>Mass media present:</source>
        <translation>Prezența mass-media:</translation>
    </message>
    <message>
        <source>Participants (officials excluded):</source>
        <translation>Participanți (fără oficiali):</translation>
    </message>
    <message>
        <source>NGOs took part:</source>
        <translation>Au participat ONG-uri:</translation>
    </message>
    <message>
        <source>Recommendations expressed:</source>
        <translation>Recomandări exprimate:</translation>
    </message>
    <message>
        <source>Recommendations included:</source>
        <translation>Recomandări incluse:</translation>
    </message>
    <message>
        <source>Minutes drawn up:</source>
        <translation>Minută întocmită:</translation>
    </message>
    <message>
        <source>Minutes made public:</source>
        <translation>Minută făcută publică:</translation>
    </message>
</context>
<context>
    <name>PublicMeetingRepository</name>
    <message>
        <source>Institution: the institution no. %1 does not exist.</source>
        <translation>Instituție: instituția nr. %1 nu există.</translation>
    </message>
    <message>
        <source>The meeting no. %1 does not exist.</source>
        <translation>Ședința nr. %1 nu există.</translation>
    </message>
    <message>
        <source>The meeting to put back has no id.</source>
        <translation>Ședința care trebuie readusă nu are identificator.</translation>
    </message>
    <message>
        <source>The court case no. %1 does not exist.</source>
        <translation>Acțiunea în justiție nr. %1 nu există.</translation>
    </message>
    <message>
        <source>The court case to put back has no id.</source>
        <translation>Acțiunea în justiție de restaurat nu are identificator.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Caută în:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nume fișier:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Fișiere de tipul:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Deschide</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Alege</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Salvează ca</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Alege dosarul</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dosare</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dosar:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dosarul părinte</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creează un dosar nou</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Dosar nou</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listă</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Locuri recente</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 există deja.
Doriți să îl înlocuiți?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fișierul nu a fost găsit.
Verificați dacă numele fișierului este corect.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data modificării</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvează tot</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da la &amp;toate</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;u la toate</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonează</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoră</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Nu salva</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetează</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restabilește valorile implicite</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Previzualizare tipărire</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Pagina următoare</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Pagina anterioară</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Prima pagină</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Ultima pagină</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Potrivire la lățime</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Potrivire la pagină</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Mărire</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Micșorare</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portret</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Peisaj</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Afișează o singură pagină</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Afișează paginile față în față</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Afișează toate paginile</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tipărește</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Configurare pagină</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Configurare pagină</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exportă în PDF</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>ReceivedReportsDemo</name>
    <message>
        <source>The demo report %1 cannot be written.</source>
        <translation>Raportul demonstrativ %1 nu poate fi scris.</translation>
    </message>
    <message>
        <source>No temporary folder for the demo reports: %1</source>
        <translation>Nu există un dosar temporar pentru rapoartele demonstrative: %1</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>not decided yet</source>
        <translation>nesoluționată încă</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptată</translation>
    </message>
    <message>
        <source>partially accepted</source>
        <translation>acceptată parțial</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>respinsă</translation>
    </message>
    <message>
        <source>Draft: the recommendation needs the draft it is about.</source>
        <translation>Proiect: recomandarea trebuie să indice proiectul la care se referă.</translation>
    </message>
    <message>
        <source>Author: choose the organization from the registry or write the name of the author.</source>
        <translation>Autor: alegeți organizația din registru sau scrieți numele autorului.</translation>
    </message>
    <message>
        <source>Date received: the recommendation needs the date it was received.</source>
        <translation>Data primirii: recomandarea trebuie să aibă data la care a fost primită.</translation>
    </message>
    <message>
        <source>Date received: the recommendation cannot be received (%1) before the draft was announced (%2).</source>
        <translation>Data primirii: recomandarea nu poate fi primită (%1) înainte de anunțarea proiectului (%2).</translation>
    </message>
    <message>
        <source>Text: the recommendation needs its text.</source>
        <translation>Text: recomandarea trebuie să aibă un text.</translation>
    </message>
    <message>
        <source>Justification: a %1 recommendation needs the justification.</source>
        <translation>Justificare: o recomandare %1 trebuie să aibă justificarea.</translation>
    </message>
</context>
<context>
    <name>RecommendationCommand</name>
    <message>
        <source>Add a recommendation</source>
        <translation>Adaugă o recomandare</translation>
    </message>
    <message>
        <source>Edit a recommendation</source>
        <translation>Editează o recomandare</translation>
    </message>
    <message>
        <source>Delete a recommendation</source>
        <translation>Șterge o recomandare</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>Recommendation</source>
        <translation>Recomandare</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Find the organization:</source>
        <translation>Căutați organizația:</translation>
    </message>
    <message>
        <source>Organization from the registry:</source>
        <translation>Organizație din registru:</translation>
    </message>
    <message>
        <source>Name (person or other):</source>
        <translation>Nume (persoană sau altă entitate):</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Primită la:</translation>
    </message>
    <message>
        <source>Online:</source>
        <translation>Online:</translation>
    </message>
    <message>
        <source>Received online</source>
        <translation>Primită online</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decizie:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Justificare:</translation>
    </message>
    <message>
        <source>Justification sent:</source>
        <translation>Justificare transmisă:</translation>
    </message>
    <message>
        <source>The written justification of the rejection was sent</source>
        <translation>Justificarea scrisă a respingerii a fost transmisă</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Someone else changed this record meanwhile; nothing was written. Their change:
%1</source>
        <extracomment>%1: the values someone else changed, one per line, &quot;old → new&quot;</extracomment>
        <translation>Altcineva a modificat această înregistrare între timp; nu s-a scris nimic. Modificarea lor:
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
        <translation>nu</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it. What each of you changed:</source>
        <extracomment>The box shown when Save finds that another user saved the record meanwhile; a table of the fields follows</extracomment>
        <translation>Altcineva a salvat această înregistrare în timp ce o editați. Ce a modificat fiecare dintre dumneavoastră:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Când ați deschis-o</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Salvată de altcineva</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>A dumneavoastră</translation>
    </message>
    <message>
        <source>Keep mine saves your version over theirs. Take theirs closes the form without saving yours. Back to the form puts their changes in the fields you did not change and keeps yours in the others: check them, then Save.</source>
        <translation>„Păstrează ale mele” salvează versiunea dumneavoastră peste a lor. „Preia ale lor” închide formularul fără să o salveze pe a dumneavoastră. „Înapoi la formular” pune modificările lor în câmpurile pe care nu le-ați schimbat și le păstrează pe ale dumneavoastră în celelalte: verificați-le, apoi salvați.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificată de altcineva</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Păstrează ale &amp;mele</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Preia ale &amp;lor</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>Înapoi la &amp;formular</translation>
    </message>
    <message>
        <source>They changed what this form does not show.</source>
        <translation>Au modificat ceva ce acest formular nu arată.</translation>
    </message>
</context>
<context>
    <name>RecordEditing</name>
    <message>
        <source>Someone else deleted this record while you were editing it. Add it again, as you have it in the form?</source>
        <translation>Altcineva a șters această înregistrare în timp ce o editați. O adăugați din nou, așa cum o aveți în formular?</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(necompletat)</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were deciding:
%1
Delete it anyway? You can put it back with Edit &gt; Undo.</source>
        <extracomment>%1: the values someone else changed, one per line, &quot;old → new&quot;</extracomment>
        <translation>Altcineva a modificat această înregistrare cât timp vă hotărâți:
%1
O ștergeți totuși? O puteți readuce cu Editare &gt; Anulează.</translation>
    </message>
    <message>
        <source>Someone else deleted this record meanwhile: there is nothing left to delete.</source>
        <translation>Altcineva a șters între timp această înregistrare: nu mai este nimic de șters.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>a value someone else changed, quoted</extracomment>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it:
%1
Save yours over it? You can go back to theirs with Edit &gt; Undo.</source>
        <extracomment>%1: the values someone else changed, one per line, &quot;old → new&quot;</extracomment>
        <translation>Altcineva a modificat această înregistrare cât timp o editați:
%1
O salvați pe a dumneavoastră peste a lor? Puteți reveni la a lor cu Editare &gt; Anulează.</translation>
    </message>
</context>
<context>
    <name>RegisterChange</name>
    <message>
        <source>status</source>
        <translation>stare</translation>
    </message>
    <message>
        <source>name</source>
        <translation>denumire</translation>
    </message>
    <message>
        <source>county</source>
        <translation>județ</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>formă juridică</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>localitate</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresă</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>scopuri</translation>
    </message>
    <message>
        <source>public-utility decision</source>
        <translation>hotărâre de utilitate publică</translation>
    </message>
    <message>
        <source>added</source>
        <comment>register change</comment>
        <translation>adăugată</translation>
    </message>
    <message>
        <source>dissolved</source>
        <comment>register change</comment>
        <translation>dizolvată</translation>
    </message>
    <message>
        <source>struck off</source>
        <comment>register change</comment>
        <translation>radiată</translation>
    </message>
    <message>
        <source>in liquidation</source>
        <comment>register change</comment>
        <translation>în lichidare</translation>
    </message>
    <message>
        <source>renamed</source>
        <comment>register change</comment>
        <translation>redenumită</translation>
    </message>
    <message>
        <source>moved county</source>
        <comment>register change</comment>
        <translation>mutată în alt județ</translation>
    </message>
    <message>
        <source>other</source>
        <comment>register change</comment>
        <translation>altă modificare</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(necompletat)</translation>
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
        <translation>%1: tip de fișier necunoscut; exportul scrie fișiere .csv și .xlsx.</translation>
    </message>
</context>
<context>
    <name>RegisterChangesReport</name>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1 (importat la %2)</translation>
    </message>
    <message>
        <source>What changed in the national NGO register</source>
        <translation>Ce s-a schimbat în Registrul național ONG</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De la %1 până la %2</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Până la %1</translation>
    </message>
    <message>
        <source>county: %1</source>
        <translation>județ: %1</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>modificări: %1</translation>
    </message>
    <message>
        <source>Only %1.</source>
        <translation>Doar %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizații</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sinteză</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Nicio modificare.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modificări</translation>
    </message>
</context>
<context>
    <name>RegisterKind</name>
    <message>
        <source>association</source>
        <translation>asociație</translation>
    </message>
    <message>
        <source>foundation</source>
        <translation>fundație</translation>
    </message>
    <message>
        <source>federation</source>
        <translation>federație</translation>
    </message>
    <message>
        <source>union</source>
        <translation>uniune</translation>
    </message>
</context>
<context>
    <name>ReminderWriter</name>
    <message>
        <source>%1: the reminder cannot be written (%2).</source>
        <translation>%1: mesajul de reamintire nu poate fi scris (%2).</translation>
    </message>
    <message>
        <source>no liaison e-mail</source>
        <translation>persoana desemnată nu are e-mail</translation>
    </message>
    <message>
        <source>the liaison&apos;s e-mail &apos;%1&apos; is not an e-mail address</source>
        <translation>e-mailul persoanei desemnate, „%1”, nu este o adresă de e-mail</translation>
    </message>
    <message>
        <source>The sender needs an e-mail address.</source>
        <translation>Expeditorul are nevoie de o adresă de e-mail.</translation>
    </message>
    <message>
        <source>The sender&apos;s address &apos;%1&apos; is not an e-mail address.</source>
        <translation>Adresa expeditorului, „%1”, nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: folderul nu există.</translation>
    </message>
</context>
<context>
    <name>ReplacingFile</name>
    <message>
        <source>this is a folder</source>
        <translation>este un dosar</translation>
    </message>
</context>
<context>
    <name>ReportFileReader</name>
    <message>
        <source>%1: the file holds far more text than a report (more than %2 characters).</source>
        <translation>%1: fișierul conține mult mai mult text decât un raport (peste %2 caractere).</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: fișierul nu există.</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a report (%2 MB; a report has a few kB).</source>
        <translation>%1: fișierul este prea mare pentru a fi un raport (%2 MB; un raport are câțiva kB).</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: fișierul nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: fișierul este gol.</translation>
    </message>
    <message>
        <source>%1: an Excel 97-2003 workbook (.xls) or another old Office file, which is not read; open it and save it as .xlsx or .ods, then import that file.</source>
        <translation>%1: un registru Excel 97-2003 (.xls) sau alt fișier Office vechi, care nu se citește; deschideți-l și salvați-l ca .xlsx sau .ods, apoi importați acel fișier.</translation>
    </message>
    <message>
        <source>%1: a PDF document, whose figures cannot be read; ask the institution for the spreadsheet, or type the figures from it (Manual figure…).</source>
        <translation>%1: un document PDF, din care cifrele nu pot fi citite; cereți instituției foaia de calcul sau introduceți cifrele din el (Valoare introdusă manual…).</translation>
    </message>
    <message>
        <source>%1: a zip archive that is neither an XLSX workbook nor an ODS spreadsheet.</source>
        <translation>%1: o arhivă zip care nu este nici registru XLSX, nici foaie de calcul ODS.</translation>
    </message>
</context>
<context>
    <name>ReportFormWriter</name>
    <message>
        <source>%1: the form cannot be written (%2).</source>
        <translation>%1: formularul nu poate fi scris (%2).</translation>
    </message>
    <message>
        <source>No institution has the id %1.</source>
        <translation>Nicio instituție nu are identificatorul %1.</translation>
    </message>
    <message>
        <source>No temporary folder for the form (%1).</source>
        <translation>Nu există un folder temporar pentru formular (%1).</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>folderul nu există</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>un folder are acest nume</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: folderul nu există.</translation>
    </message>
</context>
<context>
    <name>ReportImporter</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importul a fost anulat; nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>%1: no item of a model of the report was found in it (neither codes such as A1 … D2 nor the numbered items of the current model).</source>
        <translation>%1: nu s-a găsit în el niciun punct al unui model de raport (nici coduri ca A1 … D2, nici punctele numerotate ale modelului actual).</translation>
    </message>
    <message>
        <source>The file says the year is %1; it is imported as the report on %2, as asked.</source>
        <translation>Fișierul indică anul %1; este importat ca raport pe %2, așa cum s-a cerut.</translation>
    </message>
    <message>
        <source>%1: the file does not say the year of the report (a line &quot;Anul: …&quot; in the first rows); give the year.</source>
        <translation>%1: fișierul nu indică anul raportului (un rând „Anul: …” printre primele rânduri); precizați anul.</translation>
    </message>
    <message>
        <source>The file names &quot;%1&quot;; it is imported as the report of %2, as asked.</source>
        <translation>Fișierul numește „%1”; este importat ca raport al %2, așa cum s-a cerut.</translation>
    </message>
    <message>
        <source>%1: the file does not name the institution (a line &quot;Numele autorității sau instituției publice: …&quot; in the first rows); choose the institution.</source>
        <translation>%1: fișierul nu numește instituția (un rând „Numele autorității sau instituției publice: …” printre primele rânduri); alegeți instituția.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (%3) matches several institutions: %4; choose the institution.</source>
        <translation>%1: „%2” (%3) corespunde mai multor instituții: %4; alegeți instituția.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (%3) is not an institution of the database, which has none yet.</source>
        <translation>%1: „%2” (%3) nu este o instituție din baza de date, care nu are încă niciuna.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (%3) is not an institution of the database; the closest names are: %4.</source>
        <translation>%1: „%2” (%3) nu este o instituție din baza de date; cele mai apropiate denumiri sunt: %4.</translation>
    </message>
    <message>
        <source>%1: the report&apos;s items are there, but no value is filled in.</source>
        <translation>%1: punctele raportului există, dar nicio valoare nu este completată.</translation>
    </message>
    <message>
        <source>%1: none of the values can be used (see the cells rejected).</source>
        <translation>%1: niciuna dintre valori nu poate fi folosită (vedeți celulele respinse).</translation>
    </message>
    <message>
        <source>%1: the report says %2; the office&apos;s records give %3.</source>
        <translation>%1: raportul indică %2; evidențele oficiului dau %3.</translation>
    </message>
    <message>
        <source>%1: a report on %2 cannot have been received on %3.</source>
        <translation>%1: un raport pe %2 nu poate fi fost primit la %3.</translation>
    </message>
    <message>
        <source>%1 is also a report of %2 on %3, earlier in this import; this file, later, replaces it.</source>
        <translation>%1 este tot un raport al %2 pe %3, mai devreme în acest import; acest fișier, ulterior, îl înlocuiește.</translation>
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
        <translation>%1: nu este un model de raport: %2 la caracterul %3.</translation>
    </message>
    <message>
        <source>%1: not a model of the report (the &quot;format&quot; must be &quot;%2&quot;).</source>
        <translation>%1: nu este un model de raport („format” trebuie să fie „%2”).</translation>
    </message>
    <message>
        <source>%1: the model needs an &quot;id&quot; and a &quot;name&quot;.</source>
        <translation>%1: modelul are nevoie de „id” și „name”.</translation>
    </message>
    <message>
        <source>%1: &quot;validFrom&quot; must be a year from 2003 (Law 52/2003) on.</source>
        <translation>%1: „validFrom” trebuie să fie un an începând cu 2003 (Legea nr. 52/2003).</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elementul %1</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>elementul %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2: the kind must be section, number, percent, text or choice.</source>
        <translation>%1: %2: tipul trebuie să fie section, number, percent, text sau choice.</translation>
    </message>
    <message>
        <source>%1: %2: every item needs a code and a label.</source>
        <translation>%1: %2: fiecare element are nevoie de un cod și o denumire.</translation>
    </message>
    <message>
        <source>%1: %2: the code is used twice.</source>
        <translation>%1: %2: codul este folosit de două ori.</translation>
    </message>
    <message>
        <source>%1: %2: unknown code; the codes are those of the report (A1 … D2).</source>
        <translation>%1: %2: cod necunoscut; codurile sunt cele ale raportului (A1 … D2).</translation>
    </message>
    <message>
        <source>%1: %2: the kind does not fit the code (%3 is not a %4).</source>
        <translation>%1: %2: tipul nu se potrivește codului (%3 nu este %4).</translation>
    </message>
    <message>
        <source>%1: %2: the item needs its numbering on the form.</source>
        <translation>%1: %2: elementul are nevoie de numerotarea sa din formular.</translation>
    </message>
    <message>
        <source>%1: %2: the parent %3 must come before the item.</source>
        <translation>%1: %2: elementul părinte %3 trebuie să fie înaintea elementului.</translation>
    </message>
    <message>
        <source>%1: %2: a percentage needs its numerator and denominator among the items before it.</source>
        <translation>%1: %2: o pondere are nevoie de numărător și numitor printre elementele dinaintea ei.</translation>
    </message>
    <message>
        <source>%1: %2: each choice needs a key (%3) and a label.</source>
        <translation>%1: %2: fiecare variantă are nevoie de o cheie (%3) și o denumire.</translation>
    </message>
    <message>
        <source>%1: %2: a choice needs its list of answers.</source>
        <translation>%1: %2: o alegere are nevoie de lista de răspunsuri.</translation>
    </message>
    <message>
        <source>%1: the model has no items.</source>
        <translation>%1: modelul nu are elemente.</translation>
    </message>
</context>
<context>
    <name>ReportModelRepository</name>
    <message>
        <source>No loaded model has the id %1.</source>
        <translation>Niciun model încărcat nu are id-ul %1.</translation>
    </message>
</context>
<context>
    <name>ReportRecognizer</name>
    <message>
        <source>the spreadsheet shows the error %1 instead of a number</source>
        <translation>foaia de calcul arată eroarea %1 în loc de un număr</translation>
    </message>
    <message>
        <source>%1 is negative; a whole number of 0 or more is due</source>
        <translation>%1 este negativ; se cere un număr întreg de cel puțin 0</translation>
    </message>
    <message>
        <source>%1 is too large for a count</source>
        <translation>%1 este prea mare pentru un număr de cazuri</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 nu este un număr întreg</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is text; a whole number of 0 or more is due</source>
        <translation>„%1” este text; se cere un număr întreg de cel puțin 0</translation>
    </message>
    <message>
        <source>The file names the model &quot;%1&quot;, which is not among the models of the report; it was recognized by its items.</source>
        <translation>Fișierul numește modelul „%1”, care nu se află printre modelele raportului; a fost recunoscut după punctele lui.</translation>
    </message>
    <message>
        <source>The file follows the model &quot;%1&quot;, but the model of the report for %2 is &quot;%3&quot;.</source>
        <translation>Fișierul urmează modelul „%1”, dar modelul raportului pentru %2 este „%3”.</translation>
    </message>
    <message>
        <source>Only the first %1 rows of the file were read.</source>
        <translation>Au fost citite numai primele %1 rânduri ale fișierului.</translation>
    </message>
    <message>
        <source>%1 appears again with &quot;%2&quot;; the value in %3 was kept.</source>
        <translation>%1 apare din nou cu „%2”; s-a păstrat valoarea din %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the spreadsheet shows the error %2 instead of a text</source>
        <translation>%1: foaia de calcul arată eroarea %2 în loc de un text</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the answers (%3)</source>
        <translation>%1: „%2” nu este unul dintre răspunsuri (%3)</translation>
    </message>
    <message>
        <source>%1 = %2 is more than %3 = %4.</source>
        <translation>%1 = %2 este mai mult decât %3 = %4.</translation>
    </message>
    <message>
        <source>%1 = %2 differs from %3 = %4, their total.</source>
        <translation>%1 = %2 diferă de %3 = %4, totalul lor.</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <source>received</source>
        <comment>annual report</comment>
        <translation>primit</translation>
    </message>
    <message>
        <source>received late</source>
        <comment>annual report</comment>
        <translation>primit cu întârziere</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>annual report</comment>
        <translation>lipsă</translation>
    </message>
    <message>
        <source>Deadline: %1.%2 is not a day of the year.</source>
        <translation>Termen: %1.%2 nu este o zi a anului.</translation>
    </message>
</context>
<context>
    <name>SameOrganizationCommand</name>
    <message>
        <source>Mark “%1” as the same organization</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Marchează „%1” ca aceeași organizație</translation>
    </message>
    <message>
        <source>Remove the mark of “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Elimină marcajul lui „%1”</translation>
    </message>
</context>
<context>
    <name>SynthesisTextsDialog</name>
    <message>
        <source>Synthesis texts</source>
        <translation>Textele sintezei</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Introducere:</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>&amp;Concluzie:</translation>
    </message>
    <message>
        <source>The program synthesis is generated from the records of the edition. The introduction and the conclusion, written by hand, open and close it; the number of promoters and the note say what the office&apos;s own synthesis states where it differs from the records.</source>
        <translation>Sinteza programului este generată din evidențele ediției. Introducerea și concluzia, scrise de mână, o deschid și o încheie; numărul de promotori și nota spun ce declară sinteza serviciului acolo unde diferă de evidențe.</translation>
    </message>
    <message>
        <source>&amp;Promoters as the office states them:</source>
        <translation>&amp;Promotori, așa cum îi declară serviciul:</translation>
    </message>
    <message>
        <source>The number of promoters the office&apos;s own synthesis gives, when it differs from the partners recorded (seed 003: 19, where the calendar names 20); “as recorded” to print the records&apos; count</source>
        <translation>Numărul de promotori dat de sinteza serviciului, când diferă de partenerii înregistrați (19 în sinteza ediției, unde calendarul numește 20); „ca în evidențe” pentru a tipări numărul din evidențe</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>ca în evidențe</translation>
    </message>
    <message>
        <source>&amp;Note on the partnership (why the number differs, e.g. the records that may be one organization):</source>
        <translation>&amp;Notă despre parteneriat (de ce diferă numărul, de ex. înregistrările care pot fi aceeași organizație):</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation>Nicio tranzacție nu este deschisă.</translation>
    </message>
    <message>
        <source>%1: the database is busy: another program or import is writing to it</source>
        <translation>%1: baza de date este ocupată: alt program sau alt import scrie în ea</translation>
    </message>
    <message>
        <source>user %1, since %2</source>
        <translation>utilizatorul %1, de la %2</translation>
    </message>
    <message>
        <source>user %1 on the computer %2, since %3</source>
        <translation>utilizatorul %1 pe calculatorul %2, de la %3</translation>
    </message>
    <message>
        <source>%1: the database is busy: another import is running on this database (%2)</source>
        <translation>%1: baza de date este ocupată: un alt import rulează pe această bază de date (%2)</translation>
    </message>
    <message>
        <source>%1: the database is busy: the demonstration data is being added to it (%2)</source>
        <translation>%1: baza de date este ocupată: i se adaugă datele demonstrative (%2)</translation>
    </message>
    <message>
        <source>%1: the database is busy: the structure of the database is being updated (%2)</source>
        <translation>%1: baza de date este ocupată: structura bazei de date este în curs de actualizare (%2)</translation>
    </message>
    <message>
        <source>The connection to the database server is lost: nothing was written.</source>
        <translation>Legătura cu serverul bazei de date s-a pierdut: nu s-a scris nimic.</translation>
    </message>
</context>
<context>
    <name>TransparencyDemo</name>
    <message>
        <source>The demo institution %1 names an unknown county.</source>
        <translation>Instituția demonstrativă %1 indică un județ necunoscut.</translation>
    </message>
</context>
<context>
    <name>TransparencyReports</name>
    <message>
        <source>received online</source>
        <translation>primite online</translation>
    </message>
    <message>
        <source>included</source>
        <translation>incluse</translation>
    </message>
    <message>
        <source>Debates (associations)</source>
        <translation>Dezbateri (asociații)</translation>
    </message>
    <message>
        <source>Debates (authorities)</source>
        <translation>Dezbateri (autorități)</translation>
    </message>
    <message>
        <source>Public meetings</source>
        <translation>Ședințe publice</translation>
    </message>
    <message>
        <source>Closed meetings</source>
        <translation>Ședințe închise publicului</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Nepublice</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Central</source>
        <comment>column: the central administration</comment>
        <translation>Centrală</translation>
    </message>
    <message>
        <source>Prefectures</source>
        <comment>column</comment>
        <translation>Prefecturi</translation>
    </message>
    <message>
        <source>Local</source>
        <comment>column: the local administration</comment>
        <translation>Locală</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primite</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.a.</translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation>introdus manual</translation>
    </message>
    <message>
        <source>manual: %1, %2</source>
        <translation>introdus manual: %1, %2</translation>
    </message>
    <message>
        <source>report (records: %1)</source>
        <translation>raport (evidențe: %1)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>raport</translation>
    </message>
    <message>
        <source>records</source>
        <translation>înregistrări</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>fără înregistrări</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>%1: answers received</source>
        <translation>%1: răspunsuri primite</translation>
    </message>
    <message>
        <source>records and manual entries</source>
        <translation>înregistrări și introduceri manuale</translation>
    </message>
    <message>
        <source>A. Consultations on draft normative acts</source>
        <translation>A. Consultări privind proiectele de acte normative</translation>
    </message>
    <message>
        <source>B. Public meetings</source>
        <translation>B. Ședințe publice</translation>
    </message>
    <message>
        <source>C. Court cases under the law</source>
        <translation>C. Acțiuni în justiție în temeiul legii</translation>
    </message>
    <message>
        <source>D. The institution&apos;s own evaluation</source>
        <translation>D. Evaluarea proprie a instituției</translation>
    </message>
    <message>
        <source>Central administration</source>
        <translation>Administrația centrală</translation>
    </message>
    <message>
        <source>Prefectures</source>
        <translation>Prefecturi</translation>
    </message>
    <message>
        <source>Local administration</source>
        <translation>Administrația locală</translation>
    </message>
    <message>
        <source>The institution no. %1 does not exist.</source>
        <translation>Instituția nr. %1 nu există.</translation>
    </message>
    <message>
        <source>Annual report on decisional transparency</source>
        <translation>Raport anual privind transparența decizională</translation>
    </message>
    <message>
        <source>%1 — year %2</source>
        <translation>%1 — anul %2</translation>
    </message>
    <message>
        <source>The report of %1 for %2 on applying Law no. 52/2003 on decisional transparency in public administration (republished). Each figure is the one of the report the institution sent, where it gives it, otherwise the one computed from the records kept by the office (the Source column says which, and what the records give where they differ); a figure typed from a paper report is marked as a manual entry, with who entered it and when; — is a figure nobody gave.</source>
        <translation>Raportul %1 pentru %2 privind aplicarea Legii nr. 52/2003 privind transparența decizională în administrația publică (republicată). Fiecare cifră este cea din raportul trimis de instituție, acolo unde o dă, altfel cea calculată din evidențele oficiului (coloana Sursa spune care și ce dau evidențele acolo unde diferă); o cifră introdusă de pe un raport pe hârtie este marcată ca introducere manuală, cu cine a introdus-o și când; — este o cifră pe care nu a dat-o nimeni.</translation>
    </message>
    <message>
        <source>%1, county %2</source>
        <translation>%1, județul %2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tip: %1</translation>
    </message>
    <message>
        <source>Person designated for the relation with civil society: %1</source>
        <translation>Persoana desemnată pentru relația cu societatea civilă: %1</translation>
    </message>
    <message>
        <source>Person designated for the relation with civil society: none recorded</source>
        <translation>Persoana desemnată pentru relația cu societatea civilă: nu este înregistrată</translation>
    </message>
    <message>
        <source>Annual report received on %1, file %2 (SHA-256 %3…).</source>
        <translation>Raport anual primit la %1, fișierul %2 (SHA-256 %3…).</translation>
    </message>
    <message>
        <source>Annual report received on %1.</source>
        <translation>Raport anual primit la %1.</translation>
    </message>
    <message>
        <source>The annual report for %1 has not been received.</source>
        <translation>Raportul anual pentru %1 nu a fost primit.</translation>
    </message>
    <message>
        <source>The institution has not given its own evaluation.</source>
        <translation>Instituția nu a transmis evaluarea proprie.</translation>
    </message>
    <message>
        <source>The institution&apos;s own evaluation of the partnership: %1.</source>
        <translation>Evaluarea proprie a parteneriatului de către instituție: %1.</translation>
    </message>
    <message>
        <source>Measures to improve the partnership: %1</source>
        <translation>Măsuri pentru îmbunătățirea parteneriatului: %1</translation>
    </message>
    <message>
        <source>Manual entries not used because the records provide the figure: %1.</source>
        <translation>Introduceri manuale neutilizate, deoarece înregistrările furnizează cifra: %1.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nedată</translation>
    </message>
    <message>
        <source>National synthesis of the annual reports on decisional transparency</source>
        <translation>Sinteza națională a rapoartelor anuale privind transparența decizională</translation>
    </message>
    <message>
        <source>Law no. 52/2003 — year %1</source>
        <translation>Legea nr. 52/2003 — anul %1</translation>
    </message>
    <message>
        <source>Institutions expected to report for %1: %2; reports received: %3 (%4 on time, %5 late), a completion rate of %6; reports missing: %7.</source>
        <translation>Instituții care trebuie să raporteze pentru %1: %2; rapoarte primite: %3 (%4 la termen, %5 cu întârziere), o rată de completare de %6; rapoarte lipsă: %7.</translation>
    </message>
    <message>
        <source>The figures below add up only the reports received: an institution that sent none is listed in section 5 and never counted as zero.</source>
        <translation>Cifrele de mai jos adună numai rapoartele primite: o instituție care nu a trimis raportul este enumerată în secțiunea 5 și nu este niciodată numărată cu zero.</translation>
    </message>
    <message>
        <source>Recommendations received: %1, of which included in the adopted acts: %2 (%3).</source>
        <translation>Recomandări primite: %1, dintre care incluse în actele adoptate: %2 (%3).</translation>
    </message>
    <message>
        <source>Public debates held: %1. Decision-making meetings: %2 public, %3 closed.</source>
        <translation>Dezbateri publice organizate: %1. Ședințe în care se iau decizii: %2 publice, %3 nepublice.</translation>
    </message>
    <message>
        <source>Some figures were typed from paper reports (manual entries).</source>
        <translation>Unele cifre au fost introduse de pe rapoarte pe hârtie (introduceri manuale).</translation>
    </message>
    <message>
        <source>1. Reports received by kind of institution</source>
        <translation>1. Rapoarte primite, pe tipuri de instituții</translation>
    </message>
    <message>
        <source>Kind of institution</source>
        <translation>Tipul instituției</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Așteptate</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>La termen</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Întârziate</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Lipsă</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completare</translation>
    </message>
    <message>
        <source>2. Totals of the report, by kind of institution, against %1</source>
        <translation>2. Totalurile raportului, pe tipuri de instituții, față de %1</translation>
    </message>
    <message>
        <source>2. Totals of the report, by kind of institution</source>
        <translation>2. Totalurile raportului, pe tipuri de instituții</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>3. The institutions&apos; own evaluation of the partnership (D1)</source>
        <translation>3. Evaluarea proprie a parteneriatului de către instituții (D1)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluare</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Pondere</translation>
    </message>
    <message>
        <source>4. Per institution that reported</source>
        <translation>4. Pe fiecare instituție care a raportat</translation>
    </message>
    <message>
        <source>Recommendations received and included in the adopted acts, public debates held, decision-making meetings public and closed (not public).</source>
        <translation>Recomandări primite și incluse în actele adoptate, dezbateri publice organizate, ședințe în care se iau decizii publice și închise (nepublice).</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Primit la</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomandări</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluse</translation>
    </message>
    <message>
        <source>% included</source>
        <translation>% incluse</translation>
    </message>
    <message>
        <source>Debates</source>
        <translation>Dezbateri</translation>
    </message>
    <message>
        <source>%1 (manual entries)</source>
        <translation>%1 (introduceri manuale)</translation>
    </message>
    <message>
        <source>5. Institutions that sent no report</source>
        <translation>5. Instituții care nu au trimis raportul</translation>
    </message>
    <message>
        <source>Every institution sent its annual report for %1.</source>
        <translation>Toate instituțiile au transmis raportul anual pentru %1.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>Days past the deadline</source>
        <translation>Zile după termen</translation>
    </message>
    <message>
        <source>6. Conclusions and recommendations of the Service</source>
        <translation>6. Concluziile și recomandările Serviciului</translation>
    </message>
    <message>
        <source>The Service has not written its conclusions for %1 yet (Annual figures page, Conclusions…).</source>
        <translation>Serviciul nu a scris încă concluziile pentru %1 (pagina Cifre anuale, Concluzii…).</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Secțiune</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>Recommendations received and included, %1: the %2 institutions with the most</source>
        <translation>Recomandări primite și incluse, %1: instituțiile cu cele mai multe (primele %2)</translation>
    </message>
    <message>
        <source>Recommendations received and included per institution, %1</source>
        <translation>Recomandări primite și incluse pe instituții, %1</translation>
    </message>
    <message>
        <source>Public and closed meetings, %1: the %2 institutions with the most</source>
        <translation>Ședințe publice și nepublice, %1: instituțiile cu cele mai multe (primele %2)</translation>
    </message>
    <message>
        <source>Public and closed meetings per institution, %1</source>
        <translation>Ședințe publice și nepublice pe instituții, %1</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Ședințe</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publice</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Public debates and meetings</source>
        <translation>Dezbateri publice și ședințe</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>linia %1: %2</translation>
    </message>
    <message>
        <source>a document type declaration, which a workbook never has</source>
        <translation>o declarație de tip de document, pe care un registru de lucru nu o are niciodată</translation>
    </message>
    <message>
        <source>%1: the workbook cannot be read; the file is damaged or truncated (%2).</source>
        <translation>%1: registrul de lucru nu poate fi citit; fișierul este deteriorat sau trunchiat (%2).</translation>
    </message>
    <message>
        <source>shared strings: %1</source>
        <translation>șiruri partajate: %1</translation>
    </message>
    <message>
        <source>bad compressed data</source>
        <translation>date comprimate eronate</translation>
    </message>
    <message>
        <source>bad compressed data in the worksheet</source>
        <translation>date comprimate eronate în foaia de lucru</translation>
    </message>
    <message>
        <source>worksheet, row %1: %2</source>
        <translation>foaia de lucru, rândul %1: %2</translation>
    </message>
    <message>
        <source>the sheet ends early</source>
        <translation>foaia se termină prematur</translation>
    </message>
    <message>
        <source>%1: the workbook is refused: its part %2 inflates to more than %3 MB, the limit for that part.</source>
        <translation>%1: registrul de lucru este refuzat: partea sa %2 se dezarhivează în mai mult de %3 MB, limita pentru acea parte.</translation>
    </message>
    <message>
        <source>%1: the workbook is refused: its part %2 inflates to more than %3 times its compressed size, the limit (a &quot;zip bomb&quot;).</source>
        <translation>%1: registrul de lucru este refuzat: partea sa %2 se dezarhivează în mai mult de %3 ori dimensiunea sa comprimată, limita (o „bombă zip”).</translation>
    </message>
    <message>
        <source>%1: the workbook is refused: shared string %2 holds more than %3 characters, Excel&apos;s limit for one cell.</source>
        <translation>%1: registrul de lucru este refuzat: textul partajat %2 are mai mult de %3 de caractere, limita Excel pentru o celulă.</translation>
    </message>
    <message>
        <source>%1: the workbook is refused: cell %2 holds more than %3 characters, Excel&apos;s limit for one cell.</source>
        <translation>%1: registrul de lucru este refuzat: celula %2 are mai mult de %3 de caractere, limita Excel pentru o celulă.</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: fișierul nu există.</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook, or the file is damaged or truncated.</source>
        <translation>%1: nu este un registru de lucru XLSX sau fișierul este deteriorat ori trunchiat.</translation>
    </message>
    <message>
        <source>the workbook&apos;s index</source>
        <translation>indexul registrului de lucru</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (it has no worksheet).</source>
        <translation>%1: nu este un registru de lucru XLSX (nu are nicio foaie de lucru).</translation>
    </message>
    <message>
        <source>the worksheet&apos;s checksum does not match</source>
        <translation>suma de control a foii de lucru nu corespunde</translation>
    </message>
    <message>
        <source>a shared string longer than a cell may be</source>
        <translation>un text partajat mai lung decât poate fi o celulă</translation>
    </message>
    <message>
        <source>a cell longer than a cell may be</source>
        <translation>o celulă mai lungă decât poate fi o celulă</translation>
    </message>
</context>
<context>
    <name>dc::AnnualFiguresPage</name>
    <message>
        <source>Year:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Annual figures</source>
        <translation>Cifre anuale</translation>
    </message>
    <message>
        <source>Annual figures of %1</source>
        <translation>Cifrele anuale pe %1</translation>
    </message>
    <message>
        <source>Every institution has reported for %1.</source>
        <translation>Toate instituțiile au raportat pentru %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not reported for %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Nu au raportat pentru %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Print and Export PDF give the annual report of %1 for %2. Select the totals row for the national synthesis.</source>
        <translation>„Tipărește” și „Exportă PDF” generează raportul anual al instituției %1 pentru %2. Selectați rândul cu totalurile pentru sinteza națională.</translation>
    </message>
    <message>
        <source>Print and Export PDF give the national synthesis of %1. Select an institution for its own annual report.</source>
        <translation>„Tipărește” și „Exportă PDF” generează sinteza națională pentru %1. Selectați o instituție pentru raportul anual propriu al acesteia.</translation>
    </message>
    <message>
        <source>Annual transparency report</source>
        <translation>Raport anual privind transparența decizională</translation>
    </message>
    <message>
        <source>Annual report received…</source>
        <translation>Raport anual primit…</translation>
    </message>
    <message>
        <source>Manual figure…</source>
        <translation>Valoare introdusă manual…</translation>
    </message>
    <message>
        <source>Court cases…</source>
        <translation>Acțiuni în justiție…</translation>
    </message>
    <message>
        <source>For the institution selected in the table and the year shown</source>
        <translation>Pentru instituția selectată în tabel și anul afișat</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Raport anual</translation>
    </message>
    <message>
        <source>Manual figure</source>
        <translation>Valoare introdusă manual</translation>
    </message>
    <message>
        <source>Court cases</source>
        <translation>Acțiuni în justiție</translation>
    </message>
    <message>
        <source>The court case was not saved.</source>
        <translation>Acțiunea în justiție nu a fost salvată.</translation>
    </message>
    <message>
        <source>A figure comes from the institution&apos;s report where it sent one, else from the office&apos;s records; &lt;i&gt;italics&lt;/i&gt;: typed from a paper report; on a red ground: the report differs from the records (shown in brackets); —: unknown. Hover a code for its meaning, a figure for its source.</source>
        <translation>O cifră vine din raportul instituției, dacă l-a trimis, altfel din evidențele oficiului; &lt;i&gt;cursiv&lt;/i&gt;: introdusă de pe un raport pe hârtie; pe fond roșu: raportul diferă de evidențe (arătate în paranteză); —: necunoscut. Țineți mouse-ul pe un cod pentru semnificație, pe o cifră pentru sursă.</translation>
    </message>
    <message>
        <source>Send forms…</source>
        <translation>Trimite formulare…</translation>
    </message>
    <message>
        <source>The report&apos;s forms of the year shown, for every institution or the one selected</source>
        <translation>Formularele raportului pentru anul afișat, pentru toate instituțiile sau pentru cea selectată</translation>
    </message>
    <message>
        <source>Remind…</source>
        <translation>Reamintește…</translation>
    </message>
    <message>
        <source>E-mails to the institutions whose report of the year shown is overdue</source>
        <translation>Mesaje e-mail către instituțiile al căror raport pentru anul afișat a depășit termenul</translation>
    </message>
    <message>
        <source>Conclusions…</source>
        <translation>Concluzii…</translation>
    </message>
    <message>
        <source>The Service&apos;s conclusions and recommendations for the year shown</source>
        <translation>Concluziile și recomandările Serviciului pentru anul afișat</translation>
    </message>
    <message>
        <source>Report models…</source>
        <translation>Modele de raport…</translation>
    </message>
    <message>
        <source>The models of the annual report: load a corrected model file</source>
        <translation>Modelele raportului anual: încărcați un fișier de model corectat</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Concluzii</translation>
    </message>
    <message>
        <source>Import received reports…</source>
        <translation>Importă rapoartele primite…</translation>
    </message>
    <message>
        <source>The annual reports the institutions sent back as files (XLSX, ODS, CSV)</source>
        <translation>Rapoartele anuale trimise înapoi de instituții ca fișiere (XLSX, ODS, CSV)</translation>
    </message>
</context>
<context>
    <name>dc::AnnualFiguresTableModel</name>
    <message>
        <source>not reported</source>
        <translation>neraportat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Raport primit</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>primit %1</translation>
    </message>
    <message numerus="yes">
        <source>received %1, %n day(s) late</source>
        <translation>
            <numerusform>primit %1, cu o zi întârziere</numerusform>
            <numerusform>primit %1, cu %n zile întârziere</numerusform>
            <numerusform>primit %1, cu %n de zile întârziere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not reported, %n day(s) late</source>
        <translation>
            <numerusform>neraportat, o zi întârziere</numerusform>
            <numerusform>neraportat, %n zile întârziere</numerusform>
            <numerusform>neraportat, %n de zile întârziere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::AnnualReportDialog</name>
    <message>
        <source>Annual report received</source>
        <translation>Raport anual primit</translation>
    </message>
    <message>
        <source>The report of &lt;b&gt;%1&lt;/b&gt; for &lt;b&gt;%2&lt;/b&gt; on applying Law 52/2003.</source>
        <translation>Raportul instituției &lt;b&gt;%1&lt;/b&gt; pentru anul &lt;b&gt;%2&lt;/b&gt; privind aplicarea Legii nr. 52/2003.</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>P&amp;rimit la:</translation>
    </message>
    <message>
        <source>&amp;D, the institution&apos;s own evaluation:</source>
        <translation>&amp;D, evaluarea proprie a instituției:</translation>
    </message>
    <message>
        <source>&amp;Remove the report</source>
        <translation>&amp;Elimină raportul</translation>
    </message>
</context>
<context>
    <name>dc::BodiesPage</name>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt; (chair and members count for the quorum)</source>
        <translation>&lt;b&gt;Membri&lt;/b&gt; (președintele și membrii contează pentru cvorum)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meetings&lt;/b&gt; (attendance, decisions, minutes)</source>
        <translation>&lt;b&gt;Ședințe&lt;/b&gt; (prezență, decizii, minute)</translation>
    </message>
    <message>
        <source>Bodies</source>
        <comment>consultative bodies (councils, colleges, working groups)</comment>
        <translation>Organisme consultative</translation>
    </message>
    <message numerus="yes">
        <source>%n consultative body(ies)</source>
        <translation>
            <numerusform>%n organism consultativ</numerusform>
            <numerusform>%n organisme consultative</numerusform>
            <numerusform>%n de organisme consultative</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a consultative body.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Alegeți un organism consultativ.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Founding act: no. %1 of %2</source>
        <translation>Act de înființare: nr. %1 din %2</translation>
    </message>
    <message>
        <source>Secretariat: %1</source>
        <translation>Secretariat: %1</translation>
    </message>
    <message numerus="yes">
        <source>mandate of %n month(s)</source>
        <translation>
            <numerusform>mandat de %n lună</numerusform>
            <numerusform>mandat de %n luni</numerusform>
            <numerusform>mandat de %n de luni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quorum of %n member(s)</source>
        <translation>
            <numerusform>cvorum de %n membru</numerusform>
            <numerusform>cvorum de %n membri</numerusform>
            <numerusform>cvorum de %n de membri</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertismente</translation>
    </message>
    <message>
        <source>Mandates ending in the next 90 days</source>
        <translation>Mandate care expiră în următoarele 90 de zile</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Niciunul.</translation>
    </message>
    <message>
        <source>&amp;Add body…</source>
        <translation>&amp;Adaugă organism…</translation>
    </message>
    <message>
        <source>&amp;Edit body…</source>
        <translation>&amp;Editează organismul…</translation>
    </message>
    <message>
        <source>Delete body</source>
        <translation>Șterge organismul</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Adaugă &amp;membru…</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <translation>Editează membrul…</translation>
    </message>
    <message>
        <source>E&amp;nd mandate</source>
        <translation>Î&amp;ncheie mandatul</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Șterge membrul</translation>
    </message>
    <message>
        <source>Add mee&amp;ting…</source>
        <translation>Adaugă șe&amp;dință…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Editează ședința…</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Șterge ședința</translation>
    </message>
    <message>
        <source>Edit consultative body</source>
        <translation>Editează organismul consultativ</translation>
    </message>
    <message>
        <source>New consultative body</source>
        <translation>Organism consultativ nou</translation>
    </message>
    <message>
        <source>This mandate has already ended.</source>
        <translation>Acest mandat s-a încheiat deja.</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Editează membrul</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Membru nou</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Editează ședința</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Ședință nouă</translation>
    </message>
    <message>
        <source>%1, set up on %2, dissolved on %3</source>
        <translation>%1, înființat la %2, desființat la %3</translation>
    </message>
    <message>
        <source>%1, dissolved on %2</source>
        <translation>%1, desființat la %2</translation>
    </message>
    <message>
        <source>%1, set up on %2, dissolved (the date it ended is not known)</source>
        <translation>%1, înființat la %2, desființat (data încetării nu este cunoscută)</translation>
    </message>
    <message>
        <source>%1, dissolved (the date it ended is not known)</source>
        <translation>%1, desființat (data încetării nu este cunoscută)</translation>
    </message>
    <message>
        <source>%1, active since %2</source>
        <translation>%1, activ din %2</translation>
    </message>
</context>
<context>
    <name>dc::BodyDialog</name>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <source>Name: a body named %1 already exists.</source>
        <translation>Denumire: există deja un organism numit %1.</translation>
    </message>
    <message>
        <source>Quorum: %1</source>
        <translation>Cvorum: %1</translation>
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
        <translation>Prezență: %1 membri cu drept de vot prezenți, sub cvorumul de %2.</translation>
    </message>
    <message>
        <source>Attendance: a member ticked as present had no mandate on that day.</source>
        <translation>Prezență: un membru bifat ca prezent nu avea mandat în acea zi.</translation>
    </message>
</context>
<context>
    <name>dc::BodyMeetingTableModel</name>
    <message>
        <source>published</source>
        <translation>publicată</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nepublicată</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordinea de zi</translation>
    </message>
    <message>
        <source>Decisions and recommendations</source>
        <translation>Decizii și recomandări</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minută</translation>
    </message>
    <message>
        <source>%1 (%2 in all)</source>
        <translation>%1 (%2 în total)</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Membri prezenți</translation>
    </message>
</context>
<context>
    <name>dc::BodyMemberDialog</name>
    <message>
        <source>an organization (NGO)</source>
        <translation>o organizație (ONG)</translation>
    </message>
    <message>
        <source>an institution</source>
        <translation>o instituție</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(alegeți)</translation>
    </message>
    <message>
        <source>Organization: choose one from the list (type part of its name).</source>
        <translation>Organizație: alegeți una din listă (tastați o parte din denumire).</translation>
    </message>
    <message>
        <source>Institution: required.</source>
        <translation>Instituție: câmp obligatoriu.</translation>
    </message>
    <message>
        <source>Mandate end: the mandate ended on %1; the seat is shown as expired unless it is renewed.</source>
        <translation>Sfârșitul mandatului: mandatul a expirat la %1; locul este afișat ca expirat dacă mandatul nu este reînnoit.</translation>
    </message>
    <message>
        <source>Representative: nobody is named to sit for the member.</source>
        <translation>Reprezentant: nu este desemnată nicio persoană care să reprezinte membrul.</translation>
    </message>
</context>
<context>
    <name>dc::BodyMemberTableModel</name>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%2 din %3)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organism</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membru</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Reprezentant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Mandate start</source>
        <translation>Început mandat</translation>
    </message>
    <message>
        <source>Mandate end</source>
        <translation>Sfârșit mandat</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Prezență</translation>
    </message>
</context>
<context>
    <name>dc::BodyTableModel</name>
    <message>
        <source>no. %1 of %2</source>
        <translation>nr. %1 din %2</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organism</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Founding act</source>
        <translation>Act de înființare</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Mandate (months)</source>
        <translation>Mandat (luni)</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Cvorum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Serving members</source>
        <translation>Membri în funcție</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertismente</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Ediție</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiuni</translation>
    </message>
    <message>
        <source>Co-organizers</source>
        <translation>Coorganizatori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
</context>
<context>
    <name>dc::CalendarPage</name>
    <message>
        <source>All kinds</source>
        <translation>Toate tipurile</translation>
    </message>
    <message>
        <source>Events of the day</source>
        <translation>Evenimentele zilei</translation>
    </message>
    <message>
        <source>&amp;Move to this date</source>
        <translation>&amp;Mută la această dată</translation>
    </message>
    <message>
        <source>&amp;New event on this day…</source>
        <translation>Eveniment &amp;nou în această zi…</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Lună</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>Li&amp;stă</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) this month</source>
        <translation>
            <numerusform>%n eveniment în această lună</numerusform>
            <numerusform>%n evenimente în această lună</numerusform>
            <numerusform>%n de evenimente în această lună</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n eveniment</numerusform>
            <numerusform>%n evenimente</numerusform>
            <numerusform>%n de evenimente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, edition %2 (%3)</source>
        <translation>%1, ediția %2 (%3)</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Regiuni: %1</translation>
    </message>
    <message>
        <source>Co-organizers: %1</source>
        <translation>Coorganizatori: %1</translation>
    </message>
    <message>
        <source>No events on this day.</source>
        <translation>Niciun eveniment în această zi.</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>Ș&amp;terge evenimentul…</translation>
    </message>
    <message>
        <source>Delete the selected event (Undo puts it back)</source>
        <translation>Șterge evenimentul selectat (Anulează îl readuce)</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Editează evenimentul…</translation>
    </message>
    <message>
        <source>Edit %1 no. %2</source>
        <extracomment>Undo/Redo menu text; %1 is the event&apos;s kind (lower case), %2 its number within its kind</extracomment>
        <translation>Editează %1 nr. %2</translation>
    </message>
</context>
<context>
    <name>dc::ChartBuilder</name>
    <message>
        <source>No data</source>
        <translation>Nu există date</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Fișierul %1 nu poate fi scris.</translation>
    </message>
    <message>
        <source>Unknown chart format: %1 (PNG, SVG or PDF).</source>
        <translation>Format de grafic necunoscut: %1 (PNG, SVG sau PDF).</translation>
    </message>
</context>
<context>
    <name>dc::ConclusionsDialog</name>
    <message>
        <source>Conclusions on the reports of %1</source>
        <translation>Concluzii asupra rapoartelor din %1</translation>
    </message>
    <message>
        <source>The Service&apos;s own conclusions and recommendations on how the central and local administration applied Law no. 52/2003 in %1. They close the national synthesis.</source>
        <translation>Concluziile și recomandările proprii ale Serviciului privind aplicarea Legii nr. 52/2003 de către administrația centrală și locală în %1. Ele încheie sinteza națională.</translation>
    </message>
    <message>
        <source>&amp;Conclusions and recommendations:</source>
        <translation>&amp;Concluzii și recomandări:</translation>
    </message>
</context>
<context>
    <name>dc::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Conectare la server</translation>
    </message>
    <message>
        <source>e.g. db.office.local</source>
        <extracomment>An example of a server&apos;s name in the Connect to server dialog</extracomment>
        <translation>de ex. db.birou.local</translation>
    </message>
    <message>
        <source>empty: the one kept, or ~/.pgpass</source>
        <extracomment>The password field left empty: libpq looks in ~/.pgpass (or the keyring&apos;s copy is used)</extracomment>
        <translation>gol: parola păstrată sau ~/.pgpass</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <extracomment>TLS (sslmode) choices of a server connection; the libpq name follows in parentheses</extracomment>
        <translation>Criptat când serverul o oferă (prefer)</translation>
    </message>
    <message>
        <source>Always encrypted (require)</source>
        <translation>Întotdeauna criptat (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-ca)</source>
        <translation>Criptat, cu certificatul serverului verificat (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, certificate and server name checked (verify-full)</source>
        <translation>Criptat, cu certificatul și numele serverului verificate (verify-full)</translation>
    </message>
    <message>
        <source>Unencrypted unless the server demands it (allow)</source>
        <translation>Necriptat, dacă serverul nu cere criptare (allow)</translation>
    </message>
    <message>
        <source>Never encrypted (disable)</source>
        <translation>Niciodată criptat (disable)</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the desktop&apos;s keyring</source>
        <translation>&amp;Ține minte parola în seiful de chei al sistemului</translation>
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
        <translation>Baza de &amp;date:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Paro&amp;lă:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Criptare:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectează</translation>
    </message>
</context>
<context>
    <name>dc::CopyDatabaseDialog</name>
    <message>
        <source>Copy database</source>
        <translation>Copiere bază de date</translation>
    </message>
    <message>
        <source>Copies every record of %1 into a new file or into an empty database on a server, in one transaction, then compares the rows and a checksum of every table on both sides. The open database is only read.</source>
        <extracomment>%1 names the open database (a file or a server database)</extracomment>
        <translation>Copiază toate înregistrările din %1 într-un fișier nou sau într-o bază de date goală de pe un server, într-o singură tranzacție, apoi compară rândurile și suma de control a fiecărui tabel în ambele părți. Baza de date deschisă este doar citită.</translation>
    </message>
    <message>
        <source>a new file, or postgresql://user@server/database</source>
        <extracomment>The copy&apos;s destination field: a file&apos;s path or a server database&apos;s address</extracomment>
        <translation>un fișier nou sau postgresql://utilizator@server/baza_de_date</translation>
    </message>
    <message>
        <source>Copy &amp;to:</source>
        <translation>Copiază î&amp;n:</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Fișier…</translation>
    </message>
    <message>
        <source>Choose a new database file</source>
        <translation>Alegeți un fișier nou de bază de date</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Server…</translation>
    </message>
    <message>
        <source>Choose an empty database on a PostgreSQL server</source>
        <translation>Alegeți o bază de date goală de pe un server PostgreSQL</translation>
    </message>
    <message>
        <source>After the copy: every table, its rows and the checksum of its rows (SHA-256), the same on both sides.</source>
        <translation>După copiere: fiecare tabel, rândurile sale și suma de control a rândurilor (SHA-256), aceleași în ambele părți.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>Copy into a new file</source>
        <translation>Copiere într-un fișier nou</translation>
    </message>
    <message>
        <source>Dialog Civic databases (*.sqlite *.db);;All files (*)</source>
        <translation>Baze de date Dialog Civic (*.sqlite *.db);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Se copiază baza de date…</translation>
    </message>
    <message>
        <source>%L1 rows copied</source>
        <extracomment>Under &quot;Copying the database…&quot; while it runs</extracomment>
        <translation>%L1 rânduri copiate</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Copierea a fost anulată; nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>Copied %L1 tables, %L2 rows into %3. Every table has the rows and the checksum of the source.</source>
        <extracomment>%1 tables, %2 rows, %3 the copy (a file or a server database)</extracomment>
        <translation>S-au copiat %L1 tabele, %L2 rânduri în %3. Fiecare tabel are rândurile și suma de control ale sursei.</translation>
    </message>
</context>
<context>
    <name>dc::CourtCasesDialog</name>
    <message>
        <source>Court cases under Law 52/2003 brought against &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Acțiuni în justiție în temeiul Legii nr. 52/2003 introduse împotriva instituției &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>dc::DashboardPage</name>
    <message>
        <source>Organizations per region</source>
        <translation>Organizații pe regiuni de dezvoltare</translation>
    </message>
    <message>
        <source>Organizations per county</source>
        <translation>Organizații pe județe</translation>
    </message>
    <message>
        <source>Participants of the current edition</source>
        <translation>Participanții la ediția curentă</translation>
    </message>
    <message>
        <source>Recommendations per institution</source>
        <translation>Recomandări pe instituții</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>the dashboard page</comment>
        <translation>Pagina de pornire</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) in the next days</source>
        <translation>
            <numerusform>%n termen în următoarele zile</numerusform>
            <numerusform>%n termene în următoarele zile</numerusform>
            <numerusform>%n de termene în următoarele zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>Salvează graficul ca PNG, SVG sau PDF</translation>
    </message>
    <message>
        <source>The %1 counties with the most organizations</source>
        <translation>Cele %1 județe cu cele mai multe organizații</translation>
    </message>
    <message>
        <source>%1, edition %2 (%3): participants per event</source>
        <translation>%1, ediția %2 (%3): participanți pe eveniment</translation>
    </message>
    <message>
        <source>No program edition yet</source>
        <translation>Nu există încă nicio ediție de program</translation>
    </message>
    <message>
        <source>Recommendations received and included in %1</source>
        <translation>Recomandări primite și incluse, în %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No annual report for %1&lt;/b&gt; (%n institution(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Niciun raport anual pentru %1&lt;/b&gt; (%n instituție)</numerusform>
            <numerusform>&lt;b&gt;Niciun raport anual pentru %1&lt;/b&gt; (%n instituții)</numerusform>
            <numerusform>&lt;b&gt;Niciun raport anual pentru %1&lt;/b&gt; (%n de instituții)</numerusform>
        </translation>
    </message>
    <message>
        <source>current edition: &lt;b&gt;%1&lt;/b&gt;, edition %2 (%3)</source>
        <translation>ediția curentă: &lt;b&gt;%1&lt;/b&gt;, ediția %2 (%3)</translation>
    </message>
    <message>
        <source>transparency figures of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>cifrele privind transparența decizională pe &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; deadline(s) in the next %1 days</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; termen în următoarele %1 zile</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; termene în următoarele %1 zile</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; de termene în următoarele %1 zile</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Events ahead&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evenimente viitoare&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events ahead&lt;/b&gt;: none planned from today</source>
        <translation>&lt;b&gt;Evenimente viitoare&lt;/b&gt;: niciun eveniment planificat de astăzi înainte</translation>
    </message>
    <message>
        <source>today</source>
        <translation>astăzi</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>peste %n zi</numerusform>
            <numerusform>peste %n zile</numerusform>
            <numerusform>peste %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlines in the next %1 days&lt;/b&gt;</source>
        <translation>&lt;b&gt;Termene în următoarele %1 zile&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlines in the next %1 days&lt;/b&gt;: none</source>
        <translation>&lt;b&gt;Termene în următoarele %1 zile&lt;/b&gt;: niciunul</translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation>Salvează ca imagine PNG…</translation>
    </message>
    <message>
        <source>Save as SVG drawing…</source>
        <translation>Salvează ca desen SVG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salvează ca PDF…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagini PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Desene SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documente PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Salvează graficul</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>grafic</translation>
    </message>
    <message>
        <source>The chart was saved to %1.</source>
        <translation>Graficul a fost salvat în %1.</translation>
    </message>
    <message>
        <source>%1, edition %2 (%3): no participants recorded</source>
        <translation>%1, ediția %2 (%3): nu sunt înregistrați participanți</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; NGOs in the register</source>
        <translation>ONG-uri în registru: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>last edition: &lt;b&gt;%1&lt;/b&gt;, edition %2 (%3), no activity to come</source>
        <translation>ultima ediție: &lt;b&gt;%1&lt;/b&gt;, ediția %2 (%3), nicio activitate viitoare</translation>
    </message>
</context>
<context>
    <name>dc::DocumentActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Pre&amp;vizualizare tipărire…</translation>
    </message>
    <message>
        <source>See the document of this page as it will be printed</source>
        <translation>Afișează documentul acestei pagini așa cum va fi tipărit</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tipărește…</translation>
    </message>
    <message>
        <source>Print the document of this page</source>
        <translation>Tipărește documentul acestei pagini</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportă PDF…</translation>
    </message>
    <message>
        <source>Save the document of this page as a PDF file</source>
        <translation>Salvează documentul acestei pagini ca fișier PDF</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportă PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documente PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s)).</source>
        <translation>
            <numerusform>Fișierul %1 a fost salvat (%n pagină).</numerusform>
            <numerusform>Fișierul %1 a fost salvat (%n pagini).</numerusform>
            <numerusform>Fișierul %1 a fost salvat (%n de pagini).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::DraftActDialog</name>
    <message>
        <source>nobody</source>
        <translation>nimeni</translation>
    </message>
    <message>
        <source>an association</source>
        <translation>o asociație</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>o persoană</translation>
    </message>
    <message>
        <source>a public authority</source>
        <translation>o autoritate publică</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>Type a part of the name</source>
        <translation>Scrieți o parte din denumire</translation>
    </message>
    <message>
        <source>(not from the registry)</source>
        <translation>(din afara registrului)</translation>
    </message>
    <message>
        <source>Institution: choose the institution.</source>
        <translation>Instituție: alegeți instituția.</translation>
    </message>
</context>
<context>
    <name>dc::DraftActTableModel</name>
    <message>
        <source>held %1</source>
        <translation>desfășurată la %1</translation>
    </message>
    <message>
        <source>requested, not held</source>
        <translation>solicitată, nedesfășurată</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Proiect</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Anunțat</translation>
    </message>
    <message>
        <source>Recommendations until</source>
        <translation>Recomandări până la</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptat</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomandări</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluse</translation>
    </message>
    <message>
        <source>Public debate</source>
        <translation>Dezbatere publică</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termene</translation>
    </message>
    <message>
        <source>Sent for endorsement</source>
        <translation>Supus spre avizare</translation>
    </message>
</context>
<context>
    <name>dc::DraftsPage</name>
    <message>
        <source>All institutions</source>
        <translation>Toate instituțiile</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toți anii</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Orice stare</translation>
    </message>
    <message>
        <source>Only broken deadlines</source>
        <translation>Doar cu termene nerespectate</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Instituție:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stare:</translation>
    </message>
    <message>
        <source>Draft acts</source>
        <translation>Proiecte de acte normative</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n proiect</numerusform>
            <numerusform>%n proiecte</numerusform>
            <numerusform>%n de proiecte</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a draft.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Alegeți un proiect.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>sediu</translation>
    </message>
    <message>
        <source>mass media</source>
        <translation>mass-media</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Anunțat</translation>
    </message>
    <message>
        <source>Recommendations until</source>
        <translation>Recomandări până la</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Transmis spre aprobare</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptat</translation>
    </message>
    <message>
        <source>Debate requested</source>
        <translation>Dezbatere solicitată</translation>
    </message>
    <message>
        <source>Debate held</source>
        <translation>Dezbatere desfășurată</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (published %3), %n participant(s)</source>
        <translation>
            <numerusform>%1, %2 (publicare: %3), %n participant</numerusform>
            <numerusform>%1, %2 (publicare: %3), %n participanți</numerusform>
            <numerusform>%1, %2 (publicare: %3), %n de participanți</numerusform>
        </translation>
    </message>
    <message>
        <source>All legal deadlines kept.</source>
        <translation>Toate termenele legale au fost respectate.</translation>
    </message>
    <message>
        <source>Deadline warnings</source>
        <translation>Avertismente privind termenele</translation>
    </message>
    <message>
        <source>&amp;Add draft…</source>
        <translation>&amp;Adaugă proiect…</translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation>&amp;Editează proiectul…</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>Ș&amp;terge proiectul</translation>
    </message>
    <message>
        <source>Add a draft act (Insert)</source>
        <translation>Adaugă un proiect de act normativ (Insert)</translation>
    </message>
    <message>
        <source>Edit the chosen draft act (Enter)</source>
        <translation>Editează proiectul de act normativ ales (Enter)</translation>
    </message>
    <message>
        <source>Delete the chosen draft act (Delete)</source>
        <translation>Șterge proiectul de act normativ ales (Delete)</translation>
    </message>
    <message>
        <source>Add recommendation…</source>
        <translation>Adaugă recomandare…</translation>
    </message>
    <message>
        <source>Edit recommendation…</source>
        <translation>Editează recomandarea…</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Șterge recomandarea</translation>
    </message>
    <message>
        <source>Edit draft act</source>
        <translation>Editează proiectul de act normativ</translation>
    </message>
    <message>
        <source>New draft act</source>
        <translation>Proiect de act normativ nou</translation>
    </message>
    <message numerus="yes">
        <source>Delete the draft “%1” with its %n recommendation(s)?</source>
        <translation>
            <numerusform>Ștergeți proiectul „%1” împreună cu %n recomandare?</numerusform>
            <numerusform>Ștergeți proiectul „%1” împreună cu cele %n recomandări?</numerusform>
            <numerusform>Ștergeți proiectul „%1” împreună cu cele %n de recomandări?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft act</source>
        <translation>Șterge proiectul de act normativ</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomandări</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Editează recomandarea</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Recomandare nouă</translation>
    </message>
    <message>
        <source>Delete the chosen recommendation?</source>
        <translation>Ștergeți recomandarea aleasă?</translation>
    </message>
    <message>
        <source>Sent for endorsement</source>
        <translation>Supus spre avizare</translation>
    </message>
</context>
<context>
    <name>dc::EditionDialog</name>
    <message>
        <source>New program</source>
        <translation>Program nou</translation>
    </message>
    <message>
        <source>Edit edition</source>
        <translation>Editează ediția</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Ediție nouă</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>An edition&apos;s start or end date that no document gives</extracomment>
        <translation>necunoscută</translation>
    </message>
</context>
<context>
    <name>dc::EditionPage</name>
    <message>
        <source>Edition</source>
        <translation>Ediție</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Ediție:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Evenimentul selectat</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parteneri</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Export edition &amp;calendar…</source>
        <translation>Exportă &amp;calendarul ediției…</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programe</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n eveniment</numerusform>
            <numerusform>%n evenimente</numerusform>
            <numerusform>%n de evenimente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partener</numerusform>
            <numerusform>%n parteneri</numerusform>
            <numerusform>%n de parteneri</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — edition %2 (%3)</source>
        <translation>%1 — ediția %2 (%3)</translation>
    </message>
    <message>
        <source>No programs yet. Load the demo data with “dialogcivic demo” or add a program.</source>
        <translation>Nu există încă programe. Încărcați datele demonstrative cu „dialogcivic demo” sau adăugați un program.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiuni</translation>
    </message>
    <message>
        <source>Co-organizers</source>
        <translation>Coorganizatori</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Central theme</source>
        <translation>Tema centrală</translation>
    </message>
    <message>
        <source>Other themes</source>
        <translation>Alte teme</translation>
    </message>
    <message>
        <source>NGOs: %1</source>
        <translation>ONG-uri: %1</translation>
    </message>
    <message>
        <source>local public administration: %1</source>
        <translation>administrație publică locală: %1</translation>
    </message>
    <message>
        <source>associative structures: %1</source>
        <translation>structuri asociative: %1</translation>
    </message>
    <message>
        <source>others: %1</source>
        <translation>alții: %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Attending organizations</source>
        <translation>Organizații participante</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organizație</numerusform>
            <numerusform>%n organizații</numerusform>
            <numerusform>%n de organizații</numerusform>
        </translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Concluzii</translation>
    </message>
    <message>
        <source>Export the edition&apos;s calendar</source>
        <translation>Exportă calendarul ediției</translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>iCalendar (*.ics);;CSV (*.csv);;Registru de lucru Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n eveniment exportat în %1.</numerusform>
            <numerusform>%n evenimente exportate în %1.</numerusform>
            <numerusform>%n de evenimente exportate în %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit edition…</source>
        <translation>Editează ediția…</translation>
    </message>
    <message>
        <source>New edition…</source>
        <translation>Ediție nouă…</translation>
    </message>
    <message>
        <source>New program…</source>
        <translation>Program nou…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adaugă…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Elimină…</translation>
    </message>
    <message>
        <source>Add partner “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Adaugă partenerul „%1”</translation>
    </message>
    <message>
        <source>Edit partner “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Editează partenerul „%1”</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the partners of this edition?</source>
        <extracomment>%1 is the organization&apos;s name, %2 its role (promoter, partner...)</extracomment>
        <translation>Eliminați „%1” (%2) dintre partenerii acestei ediții?</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Elimină partenerul</translation>
    </message>
    <message>
        <source>Remove partner “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Elimină partenerul „%1”</translation>
    </message>
    <message>
        <source>Edit edition %1 (%2)</source>
        <extracomment>Undo/Redo menu text; %1 is the edition&apos;s number, %2 its year</extracomment>
        <translation>Editează ediția %1 (%2)</translation>
    </message>
    <message>
        <source>Add edition %1 (%2)</source>
        <extracomment>Undo/Redo menu text; %1 is the edition&apos;s number, %2 its year</extracomment>
        <translation>Adaugă ediția %1 (%2)</translation>
    </message>
    <message>
        <source>Add program “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the program&apos;s name</extracomment>
        <translation>Adaugă programul „%1”</translation>
    </message>
    <message>
        <source>Edit %1 no. %2</source>
        <extracomment>Undo/Redo menu text; %1 is the event&apos;s kind (lower case), %2 its number within its kind</extracomment>
        <translation>Editează %1 nr. %2</translation>
    </message>
    <message>
        <source>Add indicator “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the indicator&apos;s name</extracomment>
        <translation>Adaugă indicatorul „%1”</translation>
    </message>
    <message>
        <source>Edit indicator “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the indicator&apos;s name</extracomment>
        <translation>Editează indicatorul „%1”</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <extracomment>%1 is the indicator&apos;s name</extracomment>
        <translation>Elimină indicatorul</translation>
    </message>
    <message>
        <source>Remove the indicator “%1” from this edition?</source>
        <translation>Eliminați indicatorul „%1” din această ediție?</translation>
    </message>
    <message>
        <source>Remove indicator “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the indicator&apos;s name</extracomment>
        <translation>Elimină indicatorul „%1”</translation>
    </message>
    <message>
        <source>Synthesis texts…</source>
        <translation>Texte de sinteză…</translation>
    </message>
    <message>
        <source>Synthesis texts</source>
        <translation>Texte de sinteză</translation>
    </message>
    <message>
        <source>Edit the synthesis texts</source>
        <extracomment>Undo/Redo menu text</extracomment>
        <translation>Editează textele de sinteză</translation>
    </message>
    <message>
        <source>Program synthesis</source>
        <translation>Sinteza programului</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>Ș&amp;terge evenimentul…</translation>
    </message>
    <message>
        <source>Delete the selected event (Undo puts it back)</source>
        <translation>Șterge evenimentul selectat (Anulează îl readuce)</translation>
    </message>
    <message>
        <source>Delete %1 no. %2</source>
        <extracomment>Undo/Redo menu text; %1 is the event&apos;s kind (lower case), %2 its number within its kind</extracomment>
        <translation>Șterge %1 nr. %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>An edition&apos;s start or end date that no document gives</extracomment>
        <translation>necunoscută</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>period unknown, %1</source>
        <translation>perioadă necunoscută, %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Central theme of the series</source>
        <translation>Tema centrală a seriei</translation>
    </message>
    <message>
        <source>Other themes of the series</source>
        <translation>Alte teme ale seriei</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>dc::EventDialog</name>
    <message>
        <source>%1 — edition %2 (%3)</source>
        <translation>%1 — ediția %2 (%3)</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editează evenimentul</translation>
    </message>
    <message>
        <source>No program (an event of the Service or of others)</source>
        <extracomment>The choice of an event that belongs to no program of the office</extracomment>
        <translation>Fără program (eveniment al Serviciului sau al altora)</translation>
    </message>
    <message>
        <source>The Service itself</source>
        <extracomment>The organizer of an event of no program: the office itself</extracomment>
        <translation>Serviciul însuși</translation>
    </message>
    <message>
        <source>%1 (institution)</source>
        <extracomment>An institution among the organizers an event may have</extracomment>
        <translation>%1 (instituție)</translation>
    </message>
</context>
<context>
    <name>dc::EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiuni</translation>
    </message>
    <message>
        <source>Co-organizers</source>
        <translation>Coorganizatori</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Loc sau link</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
</context>
<context>
    <name>dc::FilesImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
</context>
<context>
    <name>dc::FundingAwardDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(alegeți)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A call in the award form: %1 year, %2 call&apos;s name, %3 institution</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>e.g. 12.345,67</source>
        <translation>de ex. 12.345,67</translation>
    </message>
</context>
<context>
    <name>dc::FundingAwardTableModel</name>
    <message>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Nr. contract</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proiect</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitat</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Acordat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Contribuție proprie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Data contractului</translation>
    </message>
</context>
<context>
    <name>dc::FundingCallDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(alegeți)</translation>
    </message>
    <message>
        <source>(every domain)</source>
        <translation>(toate domeniile)</translation>
    </message>
</context>
<context>
    <name>dc::FundingCallTableModel</name>
    <message>
        <source>(all domains)</source>
        <translation>(toate domeniile)</translation>
    </message>
    <message>
        <source>More was granted (%1) than the budget of the call (%2).</source>
        <translation>S-a acordat mai mult (%1) decât bugetul apelului (%2).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Buget</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Finanțări acordate</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Acordat</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Pondere din buget</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>Termen de depunere</translation>
    </message>
</context>
<context>
    <name>dc::FundingPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anul:</translation>
    </message>
    <message>
        <source>Summary &amp;by:</source>
        <translation>Sinteză &amp;după:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calls&lt;/b&gt; (budget and the share awarded; cancelled awards left out)</source>
        <translation>&lt;b&gt;Apeluri&lt;/b&gt; (bugetul și ponderea acordată; finanțările anulate nu sunt incluse)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Awards&lt;/b&gt; of the selected call</source>
        <translation>&lt;b&gt;Finanțări acordate&lt;/b&gt; în apelul selectat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sinteză&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>public funding of NGOs</comment>
        <translation>Finanțare</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n apel</numerusform>
            <numerusform>%n apeluri</numerusform>
            <numerusform>%n de apeluri</numerusform>
        </translation>
    </message>
    <message>
        <source>Organizations funded by several institutions in %1</source>
        <translation>Organizații finanțate de mai multe instituții în %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Niciuna.</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Acordat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <source>Granted and paid by %1 (lei)</source>
        <translation>Acordat și plătit pe %1 (lei)</translation>
    </message>
    <message>
        <source>&amp;Add call…</source>
        <translation>&amp;Adaugă apel…</translation>
    </message>
    <message>
        <source>&amp;Edit call…</source>
        <translation>&amp;Editează apelul…</translation>
    </message>
    <message>
        <source>Delete call</source>
        <translation>Șterge apelul</translation>
    </message>
    <message>
        <source>Add a&amp;ward…</source>
        <translation>Adaugă fi&amp;nanțare acordată…</translation>
    </message>
    <message>
        <source>Edit award…</source>
        <translation>Editează finanțarea acordată…</translation>
    </message>
    <message>
        <source>Delete award</source>
        <translation>Șterge finanțarea acordată</translation>
    </message>
    <message>
        <source>Edit funding call</source>
        <translation>Editează apelul de finanțare</translation>
    </message>
    <message>
        <source>New funding call</source>
        <translation>Apel de finanțare nou</translation>
    </message>
    <message>
        <source>Edit award</source>
        <translation>Editează finanțarea acordată</translation>
    </message>
    <message>
        <source>New award</source>
        <translation>Finanțare acordată nouă</translation>
    </message>
</context>
<context>
    <name>dc::FundingRules</name>
    <message>
        <source>Budget: not an amount in lei with at most two decimals (e.g. 250.000,00).</source>
        <translation>Buget: nu este o sumă în lei cu cel mult două zecimale (de ex. 250.000,00).</translation>
    </message>
    <message>
        <source>Budget: not given; the share of the budget awarded cannot be computed.</source>
        <translation>Buget: nu este indicat; ponderea din buget acordată nu poate fi calculată.</translation>
    </message>
    <message>
        <source>Budget: the awards already grant %1, more than this budget.</source>
        <translation>Buget: finanțările acordate însumează deja %1, mai mult decât acest buget.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitat</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Acordat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Contribuție proprie</translation>
    </message>
    <message>
        <source>%1: not an amount in lei with at most two decimals (e.g. 12.345,67).</source>
        <extracomment>%1 is the amount&apos;s field (Requested, Granted, Paid, Own contribution)</extracomment>
        <translation>%1: nu este o sumă în lei cu cel mult două zecimale (de ex. 12.345,67).</translation>
    </message>
    <message>
        <source>Granted: more than the amount requested (%1).</source>
        <translation>Acordat: mai mult decât suma solicitată (%1).</translation>
    </message>
    <message>
        <source>Paid: the status is paid but %1 of %2 were paid.</source>
        <translation>Plătit: starea este „plătit”, dar s-au plătit %1 din %2.</translation>
    </message>
</context>
<context>
    <name>dc::FundingSummaryTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Finanțări acordate</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitat</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Acordat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Buget</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Pondere din buget</translation>
    </message>
</context>
<context>
    <name>dc::ImportDialog</name>
    <message>
        <source>new</source>
        <comment>import action</comment>
        <translation>adăugare</translation>
    </message>
    <message>
        <source>update</source>
        <comment>import action</comment>
        <translation>actualizare</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>import action</comment>
        <translation>fără modificări</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>import action</comment>
        <translation>respingere</translation>
    </message>
    <message>
        <source>tab</source>
        <comment>separator</comment>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>Import organizations from CSV</source>
        <translation>Importă organizații din CSV</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Niciun fișier ales</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ale&amp;ge…</translation>
    </message>
    <message>
        <source>Automatic (UTF-8 when possible, else Windows-1250)</source>
        <translation>Automată (UTF-8 când este posibil, altfel Windows-1250)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fișier:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificare:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coloana din fișier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>Î&amp;nregistrări</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>C&amp;oloane</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>&amp;Respinse</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <source>Import organizations</source>
        <translation>Importă organizații</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fișiere CSV (*.csv *.txt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Se citește %1…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Previzualizarea a fost anulată.</translation>
    </message>
    <message>
        <source>Read as %1, separator %2</source>
        <translation>Citit ca %1, separator %2</translation>
    </message>
    <message>
        <source>The import will add %L1, update %L2 and leave unchanged %L3 organizations; %L4 records will be rejected.</source>
        <translation>Importul va adăuga %L1, va actualiza %L2 și va lăsa neschimbate %L3 organizații; %L4 înregistrări vor fi respinse.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Records (first %Ln)</source>
        <translation>
            <numerusform>Î&amp;nregistrări (prima %Ln)</numerusform>
            <numerusform>Î&amp;nregistrări (primele %Ln)</numerusform>
            <numerusform>Î&amp;nregistrări (primele %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorată)</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;jected (%Ln)</source>
        <translation>
            <numerusform>&amp;Respinse (%Ln)</numerusform>
            <numerusform>&amp;Respinse (%Ln)</numerusform>
            <numerusform>&amp;Respinse (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Se importă %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importul a eșuat</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import anulat</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importul a fost anulat; nu s-a modificat nimic.</translation>
    </message>
</context>
<context>
    <name>dc::ImportFileList</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>Adaugă fiși&amp;ere…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Adaugă &amp;dosar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Elimină</translation>
    </message>
</context>
<context>
    <name>dc::ImportReportsDialog</name>
    <message>
        <source>Import received reports</source>
        <translation>Importă rapoartele primite</translation>
    </message>
    <message>
        <source>The annual reports the institutions sent back: our own forms, or the published models filled in with Excel or LibreOffice (XLSX, ODS or CSV). Each file is read and shown below before anything is written; importing the same file again changes nothing, and a corrected file replaces the values received before.</source>
        <translation>Rapoartele anuale trimise înapoi de instituții: formularele noastre sau modelele publicate, completate în Excel ori LibreOffice (XLSX, ODS sau CSV). Fiecare fișier este citit și arătat mai jos înainte să se scrie ceva; importarea din nou a aceluiași fișier nu schimbă nimic, iar un fișier corectat înlocuiește valorile primite anterior.</translation>
    </message>
    <message>
        <source>As each file names it</source>
        <translation>Cum o numește fiecare fișier</translation>
    </message>
    <message>
        <source>As each file says</source>
        <translation>Cum indică fiecare fișier</translation>
    </message>
    <message>
        <source>The day the reports arrived; a corrected file of a report already received keeps the day of the first one unless you change this date.</source>
        <translation>Ziua în care au sosit rapoartele; un fișier corectat al unui raport deja primit păstrează ziua primului, dacă nu schimbați această dată.</translation>
    </message>
    <message>
        <source>Fi&amp;les:</source>
        <translation>&amp;Fișiere:</translation>
    </message>
    <message>
        <source>I&amp;nstitution:</source>
        <translation>Ins&amp;tituția:</translation>
    </message>
    <message>
        <source>&amp;Year of the reports:</source>
        <translation>&amp;Anul rapoartelor:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Primite &amp;la:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertismente</translation>
    </message>
    <message>
        <source>Cells rejected</source>
        <translation>Celule respinse</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Ce se va schimba</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celulă</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Cells rejected and &amp;warnings (the other values are imported):</source>
        <translation>Celule respinse și a&amp;vertismente (celelalte valori se importă):</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Previzualizare</translation>
    </message>
    <message>
        <source>Reports (%1);;All files (*)</source>
        <translation>Rapoarte (%1);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>A folder of received reports</source>
        <translation>Un dosar cu rapoarte primite</translation>
    </message>
    <message>
        <source>%1 holds no new report file (.xlsx, .ods or .csv).</source>
        <translation>%1 nu conține niciun fișier de raport nou (.xlsx, .ods sau .csv).</translation>
    </message>
    <message>
        <source>Add the files or the folder of the reports received.</source>
        <translation>Adăugați fișierele sau dosarul rapoartelor primite.</translation>
    </message>
    <message>
        <source>Preview the files to see what they hold before importing them.</source>
        <translation>Previzualizați fișierele pentru a vedea ce conțin înainte de a le importa.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Se citește %1…</translation>
    </message>
    <message>
        <source>Reading %1 files…</source>
        <translation>Se citesc %1 fișiere…</translation>
    </message>
    <message>
        <source>%1 of %2 files read</source>
        <translation>%1 din %2 fișiere citite</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nu se importă: %1</translation>
    </message>
    <message>
        <source>New report, received on %1</source>
        <translation>Raport nou, primit la %1</translation>
    </message>
    <message>
        <source>Replaces the values received before</source>
        <translation>Înlocuiește valorile primite anterior</translation>
    </message>
    <message>
        <source>Unchanged: already imported</source>
        <translation>Neschimbat: deja importat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinsă</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>Files read: %1. To import: %2 new, %3 replacing earlier values; %4 unchanged; %5 not imported. Cells rejected: %6. Warnings: %7.</source>
        <translation>Fișiere citite: %1. De importat: %2 noi, %3 care înlocuiesc valori anterioare; %4 neschimbate; %5 neimportate. Celule respinse: %6. Avertismente: %7.</translation>
    </message>
    <message>
        <source>Importing the reports…</source>
        <translation>Se importă rapoartele…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importul a eșuat</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>Nu s-a scris nimic. %1</translation>
    </message>
    <message>
        <source>Received reports imported: %1 new, %2 replaced, %3 unchanged, %4 files not imported.</source>
        <translation>Rapoarte primite importate: %1 noi, %2 înlocuite, %3 neschimbate, %4 fișiere neimportate.</translation>
    </message>
</context>
<context>
    <name>dc::IndicatorDialog</name>
    <message>
        <source>Edit indicator</source>
        <translation>Editează indicatorul</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Adaugă indicator</translation>
    </message>
    <message>
        <source>All kinds</source>
        <extracomment>Events counted by a computed indicator: all kinds</extracomment>
        <translation>Toate tipurile</translation>
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
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>Achieved %</source>
        <translation>Realizat %</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
</context>
<context>
    <name>dc::InstitutionDialog</name>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
</context>
<context>
    <name>dc::InstitutionTableModel</name>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>Liaison for civil society</source>
        <translation>Persoană desemnată pentru relația cu societatea civilă</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Proiecte</translation>
    </message>
    <message>
        <source>Deadline warnings</source>
        <translation>Avertismente privind termenele</translation>
    </message>
</context>
<context>
    <name>dc::InstitutionsPage</name>
    <message>
        <source>&lt;b&gt;Public meetings&lt;/b&gt; (decision-making meetings; art. 8: announced at least 3 days before)</source>
        <translation>&lt;b&gt;Ședințe publice&lt;/b&gt; (ședințe în care se iau decizii; art. 8: anunțate cu cel puțin 3 zile înainte)</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituții</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n instituție</numerusform>
            <numerusform>%n instituții</numerusform>
            <numerusform>%n de instituții</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose an institution.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Alegeți o instituție.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>county %1</source>
        <translation>județul %1</translation>
    </message>
    <message>
        <source>Liaison for civil society</source>
        <translation>Persoană desemnată pentru relația cu societatea civilă</translation>
    </message>
    <message>
        <source>No person designated.</source>
        <translation>Nicio persoană desemnată.</translation>
    </message>
    <message>
        <source>Deadline warnings</source>
        <translation>Avertismente privind termenele</translation>
    </message>
    <message>
        <source>Add meeting…</source>
        <translation>Adaugă ședință…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Editează ședința…</translation>
    </message>
    <message>
        <source>&amp;Add institution…</source>
        <translation>&amp;Adaugă instituție…</translation>
    </message>
    <message>
        <source>&amp;Edit institution…</source>
        <translation>&amp;Editează instituția…</translation>
    </message>
    <message>
        <source>Add an institution (Insert)</source>
        <translation>Adaugă o instituție (Insert)</translation>
    </message>
    <message>
        <source>Edit the chosen institution (Enter)</source>
        <translation>Editează instituția aleasă (Enter)</translation>
    </message>
    <message>
        <source>Edit institution</source>
        <translation>Editează instituția</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Instituție nouă</translation>
    </message>
    <message>
        <source>Edit public meeting</source>
        <translation>Editează ședința publică</translation>
    </message>
    <message>
        <source>New public meeting</source>
        <translation>Ședință publică nouă</translation>
    </message>
    <message>
        <source>Public meetings</source>
        <translation>Ședințe publice</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>Șterge ședința…</translation>
    </message>
    <message>
        <source>Delete the chosen meeting (Delete; Undo puts it back)</source>
        <translation>Șterge ședința aleasă (Delete; Anulează o readuce)</translation>
    </message>
    <message>
        <source>&amp;Delete institution…</source>
        <translation>Ș&amp;terge instituția…</translation>
    </message>
    <message>
        <source>Delete the chosen institution (Delete; Undo puts it back)</source>
        <translation>Șterge instituția aleasă (Delete; Anulează o readuce)</translation>
    </message>
    <message>
        <source>Delete institution</source>
        <extracomment>%1 is the institution&apos;s name; %2 the records that refer to it, one per line
----------
%1 is the institution&apos;s name</extracomment>
        <translation>Șterge instituția</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted while these refer to it:
%2
Delete or move those first.</source>
        <translation>Instituția „%1” nu poate fi ștearsă cât timp următoarele înregistrări fac referire la ea:
%2
Ștergeți-le sau mutați-le mai întâi.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can put it back with Edit &gt; Undo.</source>
        <translation>Ștergeți „%1”? O puteți readuce cu Editare &gt; Anulează.</translation>
    </message>
    <message>
        <source>Delete public meeting</source>
        <extracomment>%1 is the meeting&apos;s subject, %2 its date</extracomment>
        <translation>Șterge ședința publică</translation>
    </message>
    <message>
        <source>Delete the meeting “%1” of %2? You can put it back with Edit &gt; Undo.</source>
        <translation>Ștergeți ședința „%1” din %2? O puteți readuce cu Editare &gt; Anulează.</translation>
    </message>
</context>
<context>
    <name>dc::MainWindow</name>
    <message>
        <source>Dialog Civic databases (*.sqlite *.db);;All files (*)</source>
        <translation>Baze de date Dialog Civic (*.sqlite *.db);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagini</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Bază de date &amp;nouă…</translation>
    </message>
    <message>
        <source>Create an empty database file and work in it</source>
        <translation>Creează un fișier de bază de date gol și lucrează în el</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Deschide baza de date…</translation>
    </message>
    <message>
        <source>Work in another database file</source>
        <translation>Lucrează în alt fișier de bază de date</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Caută</translation>
    </message>
    <message>
        <source>Go to the search box of the page</source>
        <translation>Mergi la caseta de căutare a paginii</translation>
    </message>
    <message>
        <source>&amp;About Dialog Civic</source>
        <translation>&amp;Despre Dialog Civic</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Baze de date &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bara de instrumente principală</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (doar citire)</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Baza de date nu poate fi deschisă</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Deschide baza de date</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 nu există.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Bază de date nouă</translation>
    </message>
    <message>
        <source>evidence.sqlite</source>
        <translation>evidență.sqlite</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead? (A new database needs a new file name.)</source>
        <translation>%1 există deja. Doriți să îl deschideți? (O bază de date nouă necesită un nume de fișier nou.)</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Golește lista</translation>
    </message>
    <message>
        <source>About Dialog Civic</source>
        <translation>Despre Dialog Civic</translation>
    </message>
    <message>
        <source>Dialog Civic %1

The evidence of non-governmental organizations and of the cooperation with them, for the Service for Cooperation with the Associative Environment.

Database: %2</source>
        <translation>Dialog Civic %1

Evidența organizațiilor neguvernamentale și a cooperării cu acestea, pentru Serviciul pentru Cooperarea cu Mediul Asociativ.

Baza de date: %2</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferințe…</translation>
    </message>
    <message>
        <source>The language of the program and the names in the documents&apos; header</source>
        <translation>Limba programului și numele din antetul documentelor</translation>
    </message>
    <message>
        <source>The language was changed; the list of changes to undo was cleared.</source>
        <translation>Limba a fost schimbată; lista modificărilor care pot fi anulate a fost golită.</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Baze de date recente</translation>
    </message>
    <message>
        <source>%1 no longer exists: it was moved or deleted. It is taken off the list of recent databases.</source>
        <translation>%1 nu mai există: a fost mutat sau șters. Este scos din lista bazelor de date recente.</translation>
    </message>
    <message>
        <source>Updated with changes saved by another user.</source>
        <extracomment>The status bar, for some seconds, when another official saved changes to the shared database on the server</extracomment>
        <translation>Actualizat cu modificările salvate de alt utilizator.</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>Conectare la &amp;server…</translation>
    </message>
    <message>
        <source>Work in the office&apos;s shared database on a PostgreSQL server</source>
        <translation>Lucrați în baza de date comună a biroului, pe un server PostgreSQL</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>The status bar: the database open is on a server, shared with colleagues</extracomment>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>The connection to the server is back.</source>
        <translation>Legătura cu serverul a revenit.</translation>
    </message>
    <message>
        <source>The connection to the server is lost (%1). Nothing can be saved until it is back: a form you save meanwhile stays open with what you typed. Trying again every %L2 seconds…</source>
        <extracomment>The banner while the shared database&apos;s server does not answer; %1 is the reason (libpq&apos;s words), %2 a number of seconds</extracomment>
        <translation>Legătura cu serverul s-a pierdut (%1). Nu se poate salva nimic până revine: un formular pe care îl salvați între timp rămâne deschis cu ce ați scris. Se reîncearcă la fiecare %L2 secunde…</translation>
    </message>
    <message>
        <source>Cop&amp;y database…</source>
        <translation>&amp;Copiază baza de date…</translation>
    </message>
    <message>
        <source>Copy the whole database into a new file or into an empty database on a server</source>
        <translation>Copiază întreaga bază de date într-un fișier nou sau într-o bază de date goală de pe un server</translation>
    </message>
    <message>
        <source>Accounts of the data&amp;base…</source>
        <translation>Conturile &amp;bazei de date…</translation>
    </message>
    <message>
        <source>Give colleagues the reader&apos;s or the editor&apos;s role on the shared database (an administrator on a server)</source>
        <translation>Dați colegilor rolul de cititor sau de editor în baza de date comună (un administrator, pe server)</translation>
    </message>
</context>
<context>
    <name>dc::ManualFigureDialog</name>
    <message>
        <source>Manual figure</source>
        <translation>Valoare introdusă manual</translation>
    </message>
    <message>
        <source>A figure of &lt;b&gt;%1&lt;/b&gt; for &lt;b&gt;%2&lt;/b&gt; typed from the paper report. It is allowed only where no record provides the figure.</source>
        <translation>O valoare a instituției &lt;b&gt;%1&lt;/b&gt; pentru anul &lt;b&gt;%2&lt;/b&gt;, preluată din raportul pe hârtie. Este permisă numai acolo unde nicio înregistrare nu furnizează valoarea.</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valoare:</translation>
    </message>
    <message>
        <source>&amp;Remove the figure</source>
        <translation>&amp;Elimină valoarea</translation>
    </message>
    <message>
        <source>%1 is computed from the records of %2 for this institution; a figure typed by hand is not allowed.</source>
        <translation>%1 se calculează din înregistrările anului %2 pentru această instituție; nu este permisă o valoare introdusă manual.</translation>
    </message>
    <message>
        <source>Typed earlier: %1, by %2 on %3.</source>
        <translation>Introdusă anterior: %1, de %2, la %3.</translation>
    </message>
</context>
<context>
    <name>dc::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Închide acest mesaj</translation>
    </message>
</context>
<context>
    <name>dc::OrganizationDetailsPanel</name>
    <message>
        <source>Select an organization to see its partnerships, events, recommendations, debates, seats and funding.</source>
        <translation>Selectați o organizație pentru a vedea parteneriatele, evenimentele, recomandările, dezbaterile, locurile în organisme consultative și finanțările acesteia.</translation>
    </message>
    <message numerus="yes">
        <source>Partnerships (%n)</source>
        <extracomment>A tab under the organization list: the program editions it joined; %n is their number</extracomment>
        <translation>
            <numerusform>Parteneriate (%n)</numerusform>
            <numerusform>Parteneriate (%n)</numerusform>
            <numerusform>Parteneriate (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events (%n)</source>
        <extracomment>A tab: the events it co-organized or attended; %n is their number</extracomment>
        <translation>
            <numerusform>Evenimente (%n)</numerusform>
            <numerusform>Evenimente (%n)</numerusform>
            <numerusform>Evenimente (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recommendations sent (%n)</source>
        <extracomment>A tab: the recommendations it sent on draft acts; %n is their number</extracomment>
        <translation>
            <numerusform>Recomandări trimise (%n)</numerusform>
            <numerusform>Recomandări trimise (%n)</numerusform>
            <numerusform>Recomandări trimise (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Debates requested (%n)</source>
        <extracomment>A tab: the draft acts on which it requested a public debate; %n is their number</extracomment>
        <translation>
            <numerusform>Dezbateri solicitate (%n)</numerusform>
            <numerusform>Dezbateri solicitate (%n)</numerusform>
            <numerusform>Dezbateri solicitate (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seats (%n)</source>
        <extracomment>A tab: its seats in consultative bodies; %n is their number</extracomment>
        <translation>
            <numerusform>Locuri în organisme (%n)</numerusform>
            <numerusform>Locuri în organisme (%n)</numerusform>
            <numerusform>Locuri în organisme (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funding (%n)</source>
        <extracomment>A tab: its public funding awards; %n is their number</extracomment>
        <translation>
            <numerusform>Finanțări (%n)</numerusform>
            <numerusform>Finanțări (%n)</numerusform>
            <numerusform>Finanțări (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show on its page</source>
        <extracomment>Context menu of a row under the organization list: shows the record (edition, event, draft act, consultative body, funding call) on its own page</extracomment>
        <translation>&amp;Arată pe pagina sa</translation>
    </message>
    <message>
        <source>Marked as the same organization as “%1”: the counts take the two records once.</source>
        <extracomment>Above the tabs of an organization; %1 is the other record&apos;s name</extracomment>
        <translation>Marcată ca aceeași organizație cu „%1”: numărătorile iau cele două înregistrări o singură dată.</translation>
    </message>
    <message>
        <source>Marked as the same organization as this one: %1. The counts take them once.</source>
        <extracomment>Above the tabs of an organization; %1 names the records marked as the same organization as this one</extracomment>
        <translation>Marcate ca aceeași organizație cu aceasta: %1. Numărătorile le iau o singură dată.</translation>
    </message>
</context>
<context>
    <name>dc::OrganizationDialog</name>
    <message>
        <source>Not specified</source>
        <comment>legal form</comment>
        <translation>Nespecificată</translation>
    </message>
    <message>
        <source>e.g. RO 12345678</source>
        <translation>de ex. RO 12345678</translation>
    </message>
    <message>
        <source>The fiscal code (CIF); &quot;RO&quot; and spaces are allowed and removed.</source>
        <translation>Codul de identificare fiscală (CIF); prefixul „RO” și spațiile sunt permise și se elimină.</translation>
    </message>
    <message>
        <source>name@example.ro</source>
        <translation>nume@exemplu.ro</translation>
    </message>
    <message>
        <source>e.g. 021 314 3400</source>
        <translation>de ex. 021 314 3400</translation>
    </message>
    <message>
        <source>www.example.ro</source>
        <translation>www.exemplu.ro</translation>
    </message>
    <message>
        <source>The full name, as in the national NGO register (required).</source>
        <translation>Denumirea completă, ca în Registrul național ONG (obligatoriu).</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>registry date</comment>
        <translation>necunoscută</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>number of volunteers</comment>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Organizație nouă</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organizație: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>The changes to this organization have not been saved. Discard them?</source>
        <translation>Modificările aduse acestei organizații nu au fost salvate. Renunțați la ele?</translation>
    </message>
    <message>
        <source>The database is read-only: this organization can be looked at, not changed.</source>
        <translation>Baza de date este doar pentru citire: organizația poate fi consultată, dar nu modificată.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (și încă %n problemă)</numerusform>
            <numerusform>%1 (și încă %n probleme)</numerusform>
            <numerusform>%1 (și încă %n de probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Nicio modificare deocamdată.</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Regiune: %1</translation>
    </message>
    <message>
        <source>The county of the registered office; leave it undetermined when no document gives it.</source>
        <translation>Județul sediului; lăsați-l nedeterminat când niciun document nu îl dă.</translation>
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
        <translation>nu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronim</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Formă juridică</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <source>CIF</source>
        <translation>CIF</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>Nr. înscriere</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Voluntariat</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntari</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domenii</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizat</translation>
    </message>
</context>
<context>
    <name>dc::OrganizationsPage</name>
    <message>
        <source>Search by name, acronym, CIF, locality…</source>
        <translation>Căutați după denumire, acronim, CIF, localitate…</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Caută organizații</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizații</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>Organizație &amp;nouă…</translation>
    </message>
    <message>
        <source>Add an organization to the evidence</source>
        <translation>Adaugă o organizație în evidență</translation>
    </message>
    <message>
        <source>&amp;Edit organization…</source>
        <translation>&amp;Editează organizația…</translation>
    </message>
    <message>
        <source>Open the form of the selected organization</source>
        <translation>Deschide fișa organizației selectate</translation>
    </message>
    <message>
        <source>&amp;Delete organization</source>
        <translation>Ș&amp;terge organizația</translation>
    </message>
    <message>
        <source>Delete the selected organization (Undo puts it back)</source>
        <translation>Șterge organizația selectată (Anulează o readuce)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importă CSV…</translation>
    </message>
    <message>
        <source>Add or update organizations from a CSV file</source>
        <translation>Adaugă sau actualizează organizații dintr-un fișier CSV</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportă…</translation>
    </message>
    <message>
        <source>Write the organizations shown to a CSV or XLSX file</source>
        <translation>Scrie organizațiile afișate într-un fișier CSV sau XLSX</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toate regiunile</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Formă juridică</translation>
    </message>
    <message>
        <source>All legal forms</source>
        <translation>Toate formele juridice</translation>
    </message>
    <message>
        <source>Not specified</source>
        <comment>legal form</comment>
        <translation>Nespecificată</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Voluntariat</translation>
    </message>
    <message>
        <source>With or without volunteers</source>
        <translation>Cu sau fără voluntari</translation>
    </message>
    <message>
        <source>Working with volunteers</source>
        <translation>Lucrează cu voluntari</translation>
    </message>
    <message>
        <source>Without volunteers</source>
        <translation>Fără voluntari</translation>
    </message>
    <message>
        <source>Status in the register</source>
        <translation>Starea în registru</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Toate stările</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Șterge &amp;filtrele</translation>
    </message>
    <message>
        <source>Show all organizations again</source>
        <translation>Afișează din nou toate organizațiile</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Toate județele</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Toate domeniile</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln organizație</numerusform>
            <numerusform>%Ln organizații</numerusform>
            <numerusform>%Ln de organizații</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln organization(s) shown</source>
        <extracomment>%1 is how many the filter shows, %Ln how many the file holds</extracomment>
        <translation>
            <numerusform>%L1 din %Ln organizație afișată</numerusform>
            <numerusform>%L1 din %Ln organizații afișate</numerusform>
            <numerusform>%L1 din %Ln de organizații afișate</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show organization…</source>
        <translation>&amp;Afișează organizația…</translation>
    </message>
    <message>
        <source>Organization not found</source>
        <translation>Organizația nu a fost găsită</translation>
    </message>
    <message>
        <source>The organization no. %1 is no longer in the database.</source>
        <translation>Organizația nr. %1 nu mai există în baza de date.</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <extracomment>%1 is the organization&apos;s name; %2 the records that refer to it, one per line</extracomment>
        <translation>Șterge organizația</translation>
    </message>
    <message>
        <source>Delete “%1” from the evidence? You can put it back with Edit &gt; Undo.</source>
        <translation>Ștergeți „%1” din evidență? O puteți readuce cu Editare &gt; Anulează.</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Modificarea nu a putut fi efectuată</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Modificarea nu a putut fi salvată</translation>
    </message>
    <message>
        <source>“%1” was saved, but the current search or filters hide it.</source>
        <translation>„%1” a fost salvată, dar căutarea sau filtrele curente o ascund.</translation>
    </message>
    <message>
        <source>Import organizations</source>
        <translation>Importă organizații</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fișiere CSV (*.csv *.txt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Import of %1 finished: %L2 added, %L3 updated, %L4 unchanged, %L5 rejected.</source>
        <translation>Importul din %1 s-a încheiat: %L2 adăugate, %L3 actualizate, %L4 neschimbate, %L5 respinse.</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organizații</translation>
    </message>
    <message>
        <source>Export organizations</source>
        <translation>Exportă organizații</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Registre de lucru Excel (*.xlsx);;Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .csv or .xlsx.</source>
        <translation>%1: alegeți un nume care se termină în .csv sau .xlsx.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Se scrie %1…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportul a eșuat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s) written to %1.</source>
        <translation>
            <numerusform>%Ln organizație exportată în %1.</numerusform>
            <numerusform>%Ln organizații exportate în %1.</numerusform>
            <numerusform>%Ln de organizații exportate în %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>NGO evidence</source>
        <translation>Evidența ONG</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted while these refer to it:
%2
Remove it from those first.</source>
        <translation>Organizația „%1” nu poate fi ștearsă cât timp următoarele înregistrări fac referire la ea:
%2
Eliminați-o mai întâi din acestea.</translation>
    </message>
    <message>
        <source>Delete “%1” from the evidence? These go with it:
%2
You can put it all back with Edit &gt; Undo.</source>
        <extracomment>%1 is the organization&apos;s name; %2 what goes with it, one per line</extracomment>
        <translation>Ștergeți „%1” din evidență? Odată cu aceasta:
%2
Puteți readuce totul cu Editare &gt; Anulează.</translation>
    </message>
    <message>
        <source>This record is no longer in the database.</source>
        <extracomment>The row double-clicked under the organization list was deleted meanwhile</extracomment>
        <translation>Această înregistrare nu mai există în baza de date.</translation>
    </message>
    <message>
        <source>Mark as the &amp;same organization as…</source>
        <extracomment>Tells the program that two records are one organization (seed 003 counts 19 promoters where the records name 20); the counts then take them once</extracomment>
        <translation>Marchea&amp;ză ca aceeași organizație cu…</translation>
    </message>
    <message>
        <source>Say that the selected record and another are one organization, counted once</source>
        <translation>Spuneți că înregistrarea selectată și alta sunt o singură organizație, numărată o dată</translation>
    </message>
    <message>
        <source>&amp;Remove the mark “same organization”</source>
        <translation>&amp;Elimină marcajul „aceeași organizație”</translation>
    </message>
    <message>
        <source>The selected record and the one it was marked the same as are counted apart again</source>
        <translation>Înregistrarea selectată și cea cu care a fost marcată ca aceeași sunt din nou numărate separat</translation>
    </message>
    <message>
        <source>Kind of organization</source>
        <translation>Tipul organizației</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toate tipurile</translation>
    </message>
    <message numerus="yes">
        <source>Over %L1 of %Ln organization(s) shown (counting…)</source>
        <extracomment>%1 is how many of the filter&apos;s matches are shown so far, %Ln how many the file holds; the other matches are being counted</extracomment>
        <translation>
            <numerusform>Peste %L1 din %Ln organizație afișate (se numără…)</numerusform>
            <numerusform>Peste %L1 din %Ln organizații afișate (se numără…)</numerusform>
            <numerusform>Peste %L1 din %Ln de organizații afișate (se numără…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::Page</name>
    <message>
        <source>%1 — Edit &gt; Undo puts it back.</source>
        <translation>%1 — puteți reveni cu Editare &gt; Anulează.</translation>
    </message>
</context>
<context>
    <name>dc::PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Editează partenerul</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Adaugă partener</translation>
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
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronim</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Ediție</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>Co-organized events</source>
        <translation>Evenimente coorganizate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observații</translation>
    </message>
</context>
<context>
    <name>dc::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferințe</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfață</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limba:</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Limba sistemului (%1)</translation>
    </message>
    <message>
        <source>The new language applies at once to every window. Dates and numbers follow it too.</source>
        <translation>Noua limbă se aplică imediat tuturor ferestrelor. Datele calendaristice și numerele o urmează și ele.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instituția:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Compartimentul:</translation>
    </message>
    <message>
        <source>Printed in the header of every page of the documents</source>
        <translation>Tipărit în antetul fiecărei pagini a documentelor</translation>
    </message>
    <message>
        <source>Printed under the institution in the header of the documents</source>
        <translation>Tipărit sub instituție în antetul documentelor</translation>
    </message>
    <message>
        <source>Annual reports</source>
        <translation>Rapoarte anuale</translation>
    </message>
    <message>
        <source>&amp;Deadline (of the following year):</source>
        <translation>&amp;Termen (în anul următor):</translation>
    </message>
    <message>
        <source>The day by which the institutions send their annual report on Law 52/2003; kept in the database, the same for every workstation</source>
        <translation>Ziua până la care instituțiile trimit raportul anual privind Legea nr. 52/2003; păstrată în baza de date, aceeași pentru toate stațiile de lucru</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;role:</source>
        <translation>&amp;Funcția semnatarului:</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name:</source>
        <translation>&amp;Numele semnatarului:</translation>
    </message>
    <message>
        <source>e.g. Head of Service</source>
        <translation>de ex. Șef serviciu</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prenume și nume</translation>
    </message>
    <message>
        <source>Printed above the signature of the official documents (program and funding syntheses); when empty, a dotted line is left to fill in</source>
        <translation>Tipărit deasupra semnăturii documentelor oficiale (sinteza programului, sinteza finanțărilor); gol, rămâne o linie punctată de completat</translation>
    </message>
</context>
<context>
    <name>dc::PublicMeetingDialog</name>
    <message>
        <source>(public meeting)</source>
        <translation>(ședință publică)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>Reason it was closed: a closed meeting needs one of the reasons the law allows.</source>
        <translation>Motivul închiderii ședinței: o ședință închisă trebuie să aibă unul dintre motivele permise de lege.</translation>
    </message>
</context>
<context>
    <name>dc::PublicMeetingTableModel</name>
    <message>
        <source>public</source>
        <translation>publică</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>nepublică: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publică</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Anunțată</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>NGOs took part</source>
        <translation>Participare ONG</translation>
    </message>
    <message>
        <source>Recommendations expressed</source>
        <translation>Recomandări exprimate</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluse</translation>
    </message>
    <message>
        <source>Minutes public</source>
        <translation>Minută publică</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termene</translation>
    </message>
</context>
<context>
    <name>dc::RecommendationDialog</name>
    <message>
        <source>an organization</source>
        <translation>o organizație</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>o persoană</translation>
    </message>
    <message>
        <source>Type a part of the name</source>
        <translation>Scrieți o parte din denumire</translation>
    </message>
    <message>
        <source>(not from the registry)</source>
        <translation>(din afara registrului)</translation>
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
        <translation>nu</translation>
    </message>
    <message>
        <source>The written justification of the rejection has not been sent.</source>
        <translation>Justificarea scrisă a respingerii nu a fost transmisă.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primită</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Proiect</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decizie</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificare</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomandare</translation>
    </message>
</context>
<context>
    <name>dc::RegisterChangeModel</name>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Număr de înscriere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importat</translation>
    </message>
</context>
<context>
    <name>dc::RegisterChangesPage</name>
    <message>
        <source>All counties</source>
        <translation>Toate județele</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toate modificările</translation>
    </message>
    <message>
        <source>&amp;Last import</source>
        <translation>&amp;Ultimul import</translation>
    </message>
    <message>
        <source>Import national &amp;register…</source>
        <translation>Importă re&amp;gistrul național…</translation>
    </message>
    <message>
        <source>Import the Ministry of Justice&apos;s register workbooks and see what changed</source>
        <translation>Importă fișierele Excel ale registrului Ministerului Justiției și vezi ce s-a schimbat</translation>
    </message>
    <message>
        <source>Export register &amp;changes…</source>
        <translation>Exportă &amp;modificările registrului…</translation>
    </message>
    <message>
        <source>Write the register changes shown to a CSV file or an Excel workbook</source>
        <translation>Scrie modificările afișate ale registrului într-un fișier CSV sau într-un registru de lucru Excel</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importă…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportă…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imports of the register&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importuri ale registrului&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes &amp;after:</source>
        <translation>Modificări &amp;după:</translation>
    </message>
    <message>
        <source>&amp;up to:</source>
        <translation>&amp;până la:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>&amp;Județ:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce s-a schimbat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln modificare</numerusform>
            <numerusform>%Ln modificări</numerusform>
            <numerusform>%Ln de modificări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln import(s) of the register</source>
        <translation>
            <numerusform>%Ln import al registrului</numerusform>
            <numerusform>%Ln importuri ale registrului</numerusform>
            <numerusform>%Ln de importuri ale registrului</numerusform>
        </translation>
    </message>
    <message>
        <source>(the start)</source>
        <translation>(începutul)</translation>
    </message>
    <message>
        <source>The changes cannot be read: %1</source>
        <translation>Modificările nu pot fi citite: %1</translation>
    </message>
    <message>
        <source>Nothing imported yet. File &gt; Import national register… reads the Ministry of Justice&apos;s workbooks; each later edition shows here what changed.</source>
        <translation>Nu s-a importat încă nimic. Fișier &gt; Importă registrul național… citește fișierele Excel ale Ministerului Justiției; pentru fiecare ediție ulterioară a registrului, aici se arată ce s-a schimbat.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Nicio modificare.</translation>
    </message>
    <message>
        <source>Register imported: %L1 organizations added, %L2 changed, %L3 rows rejected.</source>
        <translation>Registrul a fost importat: organizații adăugate: %L1, modificate: %L2; rânduri respinse: %L3.</translation>
    </message>
    <message>
        <source>register-changes</source>
        <translation>modificări-registru</translation>
    </message>
    <message>
        <source>Export register changes</source>
        <translation>Exportă modificările registrului</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Registre de lucru Excel (*.xlsx);;Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportul a eșuat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1.</source>
        <translation>
            <numerusform>%Ln modificare scrisă în %1.</numerusform>
            <numerusform>%Ln modificări scrise în %1.</numerusform>
            <numerusform>%Ln de modificări scrise în %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::RegisterImportDialog</name>
    <message>
        <source>Import the national NGO register</source>
        <translation>Importă Registrul național ONG</translation>
    </message>
    <message>
        <source>The workbooks of the Ministry of Justice&apos;s national register of associations and foundations (one per kind). Organizations are matched by registry number; what the office entered itself is never overwritten. Importing the same file again changes nothing.</source>
        <translation>Registrele de lucru ale registrului național al asociațiilor și fundațiilor ținut de Ministerul Justiției (câte unul pentru fiecare tip). Organizațiile sunt identificate după numărul de înscriere; datele introduse de serviciu nu sunt niciodată suprascrise. Reimportarea aceluiași fișier nu modifică nimic.</translation>
    </message>
    <message>
        <source>From each file&apos;s name (asked when the name does not say)</source>
        <translation>Din numele fiecărui fișier (se cere când numele nu îl indică)</translation>
    </message>
    <message>
        <source>&amp;Workbooks:</source>
        <translation>&amp;Registre de lucru:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Rows &amp;not imported:</source>
        <translation>Rânduri &amp;neimportate:</translation>
    </message>
    <message>
        <source>Import the national register</source>
        <translation>Importă registrul național</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Registre de lucru Excel (*.xlsx);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>A folder of register workbooks</source>
        <translation>Un dosar cu fișierele Excel ale registrului</translation>
    </message>
    <message>
        <source>%1 holds no new .xlsx workbook.</source>
        <translation>%1 nu conține niciun registru de lucru .xlsx nou.</translation>
    </message>
    <message>
        <source>kind not in the name; asked</source>
        <translation>tipul nu reiese din nume; se va cere</translation>
    </message>
    <message>
        <source>The name of %1 does not say which register it is. What does it hold?</source>
        <translation>Numele fișierului %1 nu indică despre ce registru este vorba. Ce conține?</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Se importă %1…</translation>
    </message>
    <message>
        <source>Importing %1 workbooks…</source>
        <translation>Se importă registrele de lucru (%1)…</translation>
    </message>
    <message>
        <source>%L1 rows read</source>
        <translation>Rânduri citite: %L1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importul a eșuat</translation>
    </message>
    <message>
        <source>%1 (%2): %L3 rows read; %L4 organizations added, %L5 changed, %L6 with a new status, %L7 unchanged; %L8 rows rejected.</source>
        <translation>%1 (%2): rânduri citite: %L3; organizații adăugate: %L4, modificate: %L5, cu stare nouă: %L6, neschimbate: %L7; rânduri respinse: %L8.</translation>
    </message>
    <message>
        <source>This file was already imported on %1; nothing changed.</source>
        <translation>Acest fișier a fost deja importat la %1; nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>%L1 rows read. Saving to the database…</source>
        <translation>Rânduri citite: %L1. Se salvează în baza de date…</translation>
    </message>
</context>
<context>
    <name>dc::RegisterImportModel</name>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importat</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rânduri citite</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adăugate</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificate</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Stare schimbată</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Neschimbate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinse</translation>
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
        <translation>Modelele raportului anual</translation>
    </message>
    <message>
        <source>The institutions fill in the model of the report in force for the year. A model is a data file: load a corrected model file here and it applies from its first year on, in place of the built-in model with the same id.</source>
        <translation>Instituțiile completează modelul de raport în vigoare pentru anul respectiv. Un model este un fișier de date: încărcați aici un fișier de model corectat și el se aplică de la primul său an, în locul modelului inclus cu același id.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Din anul</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Proveniență</translation>
    </message>
    <message>
        <source>Load model file…</source>
        <translation>Încarcă fișier de model…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <source>Forget loaded model</source>
        <translation>Renunță la modelul încărcat</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>inclus</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>încărcat</translation>
    </message>
    <message>
        <source>Load a model of the report</source>
        <translation>Încarcă un model de raport</translation>
    </message>
    <message>
        <source>Models of the report (*.json);;All files (*)</source>
        <translation>Modele de raport (*.json);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The model %1 (%2) applies from %3 on.</source>
        <translation>Modelul %1 (%2) se aplică începând cu %3.</translation>
    </message>
    <message>
        <source>Export the model of the report</source>
        <translation>Exportă modelul de raport</translation>
    </message>
    <message>
        <source>Models of the report (*.json)</source>
        <translation>Modele de raport (*.json)</translation>
    </message>
    <message>
        <source>Forget the loaded model %1? The built-in model applies again.</source>
        <translation>Renunțați la modelul încărcat %1? Se aplică din nou modelul inclus.</translation>
    </message>
</context>
<context>
    <name>dc::SameOrganizationDialog</name>
    <message>
        <source>The same organization</source>
        <translation>Aceeași organizație</translation>
    </message>
    <message>
        <source>“%1” is the same organization as the record chosen below. The counts (such as the promoters of an edition) take the two records once; both records are kept as they are, and the mark can be removed.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>„%1” este aceeași organizație cu înregistrarea aleasă mai jos. Numărătorile (de exemplu promotorii unei ediții) iau cele două înregistrări o singură dată; ambele înregistrări rămân așa cum sunt, iar marcajul poate fi eliminat.</translation>
    </message>
    <message>
        <source>Search by name, acronym, locality or CIF</source>
        <translation>Căutați după nume, acronim, localitate sau CIF</translation>
    </message>
</context>
<context>
    <name>dc::SendFormsDialog</name>
    <message>
        <source>Write forms…</source>
        <translation>Scrie formularele…</translation>
    </message>
    <message>
        <source>Write reminders…</source>
        <translation>Scrie mesajele de reamintire…</translation>
    </message>
    <message>
        <source>Annual report forms of %1</source>
        <translation>Formularele raportului anual pe %1</translation>
    </message>
    <message>
        <source>Reminders for the reports of %1</source>
        <translation>Reamintiri pentru rapoartele pe %1</translation>
    </message>
    <message>
        <source>The annual report&apos;s form for %1, one XLSX workbook per institution, pre-filled where the office&apos;s records give the figures. Nothing is sent: attach the files to your e-mails, or use Remind… for the reports that are late.</source>
        <translation>Formularul raportului anual pe %1, câte un registru XLSX pentru fiecare instituție, precompletat acolo unde evidențele oficiului dau cifrele. Nu se trimite nimic: atașați fișierele la mesajele dumneavoastră sau folosiți Reamintește… pentru rapoartele întârziate.</translation>
    </message>
    <message numerus="yes">
        <source>All institutions (%n)</source>
        <translation>
            <numerusform>Toate instituțiile (%n)</numerusform>
            <numerusform>Toate instituțiile (%n)</numerusform>
            <numerusform>Toate instituțiile (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Doar %1</translation>
    </message>
    <message>
        <source>Only the institution selected in the table (none is selected)</source>
        <translation>Doar instituția selectată în tabel (nu este selectată niciuna)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Zile de întârziere</translation>
    </message>
    <message>
        <source>Liaison e-mail</source>
        <translation>E-mail persoană desemnată</translation>
    </message>
    <message>
        <source>none: no reminder (%1)</source>
        <translation>niciunul: fără reamintire (%1)</translation>
    </message>
    <message>
        <source>Add the liaison&apos;s e-mail on the Institutions page to remind this institution.</source>
        <translation>Adăugați e-mailul persoanei desemnate în pagina Instituții pentru a-i trimite o reamintire acestei instituții.</translation>
    </message>
    <message>
        <source>No report for %1 is overdue: the deadline is %2.</source>
        <translation>Niciun raport pe %1 nu a depășit termenul: termenul este %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) have not sent their report for %1, due on %2. Each one with a liaison e-mail gets an e-mail file (.eml) with its form attached, to open in Outlook or Thunderbird, check and send: nothing is sent by the program.</source>
        <translation>
            <numerusform>%n instituție nu a trimis raportul pe %1, al cărui termen era %2. Fiecare instituție cu e-mailul persoanei desemnate primește un fișier de e-mail (.eml) cu formularul său atașat, de deschis în Outlook sau Thunderbird, verificat și trimis: programul nu trimite nimic.</numerusform>
            <numerusform>%n instituții nu au trimis raportul pe %1, al cărui termen era %2. Fiecare instituție cu e-mailul persoanei desemnate primește un fișier de e-mail (.eml) cu formularul său atașat, de deschis în Outlook sau Thunderbird, verificat și trimis: programul nu trimite nimic.</numerusform>
            <numerusform>%n de instituții nu au trimis raportul pe %1, al cărui termen era %2. Fiecare instituție cu e-mailul persoanei desemnate primește un fișier de e-mail (.eml) cu formularul său atașat, de deschis în Outlook sau Thunderbird, verificat și trimis: programul nu trimite nimic.</numerusform>
        </translation>
    </message>
    <message>
        <source>the office&apos;s e-mail address</source>
        <translation>adresa de e-mail a oficiului</translation>
    </message>
    <message>
        <source>The From line of the reminders. Your mail program may put your own account there when you send them.</source>
        <translation>Expeditorul mesajelor de reamintire. Programul de e-mail poate pune acolo contul dumneavoastră când le trimiteți.</translation>
    </message>
    <message>
        <source>From (name):</source>
        <translation>De la (nume):</translation>
    </message>
    <message>
        <source>From (e-mail):</source>
        <translation>De la (e-mail):</translation>
    </message>
    <message>
        <source>No institution to remind.</source>
        <translation>Nicio instituție căreia să i se trimită o reamintire.</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>Folderul pentru formulare</translation>
    </message>
    <message>
        <source>Folder for the reminders</source>
        <translation>Folderul pentru mesajele de reamintire</translation>
    </message>
    <message>
        <source>Writing the forms of %1…</source>
        <translation>Se scriu formularele pe %1…</translation>
    </message>
    <message>
        <source>Writing the reminders for %1…</source>
        <translation>Se scriu mesajele de reamintire pe %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written</source>
        <translation>
            <numerusform>%n formular scris</numerusform>
            <numerusform>%n formulare scrise</numerusform>
            <numerusform>%n de formulare scrise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) done</source>
        <translation>
            <numerusform>%n instituție gata</numerusform>
            <numerusform>%n instituții gata</numerusform>
            <numerusform>%n de instituții gata</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at your request.</source>
        <translation>Oprit la cererea dumneavoastră.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written to %1</source>
        <translation>
            <numerusform>%n formular scris în %1</numerusform>
            <numerusform>%n formulare scrise în %1</numerusform>
            <numerusform>%n de formulare scrise în %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written to %1</source>
        <translation>
            <numerusform>%n mesaj de reamintire scris în %1</numerusform>
            <numerusform>%n mesaje de reamintire scrise în %1</numerusform>
            <numerusform>%n de mesaje de reamintire scrise în %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… și încă %n</numerusform>
            <numerusform>… și încă %n</numerusform>
            <numerusform>… și încă %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation>Nu s-au scris:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Deschide folderul</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>dc::ServerAddress</name>
    <message>
        <source>%1 is not the address of a database server (%2).</source>
        <translation>%1 nu este adresa unui server de baze de date (%2).</translation>
    </message>
    <message>
        <source>%1: the connection parameter %2 is not one Dialog Civic accepts.</source>
        <translation>%1: parametrul de conexiune %2 nu este acceptat de Dialog Civic.</translation>
    </message>
    <message>
        <source>%1: the value of the connection parameter %2 cannot be used.</source>
        <translation>%1: valoarea parametrului de conexiune %2 nu poate fi folosită.</translation>
    </message>
</context>
<context>
    <name>dc::ServerProbe</name>
    <message>
        <source>the server did not answer in time (%L1 s)</source>
        <extracomment>Why the connection to the server is lost: a trivial question got no answer in the time given; %1 is that time in seconds</extracomment>
        <translation>serverul nu a răspuns la timp (%L1 s)</translation>
    </message>
    <message>
        <source>the server does not answer</source>
        <extracomment>Why the connection to the server is lost, when neither the server nor the network said why</extracomment>
        <translation>serverul nu răspunde</translation>
    </message>
    <message>
        <source>the server&apos;s name “%1” was not found</source>
        <extracomment>Why the connection to the server is lost: its name (%1) is not known to the network</extracomment>
        <translation>numele serverului „%1” nu a fost găsit</translation>
    </message>
</context>
<context>
    <name>dc::ServerUsersDialog</name>
    <message>
        <source>Accounts of the database</source>
        <translation>Conturile bazei de date</translation>
    </message>
    <message>
        <source>&amp;Role of the selected account:</source>
        <translation>&amp;Rolul contului ales:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplică</translation>
    </message>
    <message>
        <source>Your own role is changed by another administrator or by IT.</source>
        <translation>Propriul rol vi-l schimbă alt administrator sau departamentul IT.</translation>
    </message>
    <message>
        <source>The account %1 now has the role: %2.</source>
        <extracomment>%1 is an account on the database server, %2 its new role (Editor, No access)</extracomment>
        <translation>Contul %1 are acum rolul: %2.</translation>
    </message>
    <message>
        <source>The accounts on the server of %1 and what each may do: a reader reads everything, an editor also adds, changes and deletes records, an administrator also gives these roles. New accounts are made by IT on the server.</source>
        <extracomment>%1 names the shared database (its server address)</extracomment>
        <translation>Conturile de pe serverul bazei %1 și ce poate face fiecare: un cititor citește tot, un editor și adaugă, modifică și șterge înregistrări, un administrator dă și aceste roluri. Conturile noi le face departamentul IT pe server.</translation>
    </message>
    <message>
        <source>A superuser, or the owner of the database, may do everything, whatever its role.</source>
        <translation>Un superutilizator, sau proprietarul bazei de date, poate face orice, oricare i-ar fi rolul.</translation>
    </message>
</context>
<context>
    <name>dc::ServerUsersModel</name>
    <message>
        <source>Reader</source>
        <extracomment>The role of an account on the shared database: may read everything, change nothing</extracomment>
        <translation>Cititor</translation>
    </message>
    <message>
        <source>Editor</source>
        <extracomment>The role of an account on the shared database: may add, change and delete records</extracomment>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>The role of an account on the shared database: an editor who also gives roles</extracomment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>No access</source>
        <extracomment>An account on the database server that has none of Dialog Civic&apos;s roles</extracomment>
        <translation>Fără acces</translation>
    </message>
    <message>
        <source>Superuser (may do everything)</source>
        <extracomment>An account that is the server&apos;s superuser: every right, whatever its roles</extracomment>
        <translation>Superutilizator (poate face orice)</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>The column of the accounts (login names) on the database server</extracomment>
        <translation>Cont</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Owner of the database (may do everything)</source>
        <extracomment>The account that owns the shared database (made it): every right on it</extracomment>
        <translation>Proprietarul bazei de date (poate face orice)</translation>
    </message>
</context>
<context>
    <name>dc::files</name>
    <message>
        <source>the folder does not exist</source>
        <translation>folderul nu există</translation>
    </message>
    <message>
        <source>%1: the file cannot be written (%2).</source>
        <translation>%1: fișierul nu poate fi scris (%2).</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>fișierul poate fi doar citit</translation>
    </message>
    <message>
        <source>the workbook cannot be created</source>
        <translation>registrul de calcul nu poate fi creat</translation>
    </message>
    <message>
        <source>the workbook is closed already</source>
        <translation>registrul de calcul este deja închis</translation>
    </message>
</context>
<context>
    <name>dc::passwords</name>
    <message>
        <source>The desktop&apos;s keyring cannot be used: %1</source>
        <extracomment>%1 is the keyring&apos;s own explanation (in English)</extracomment>
        <translation>Seiful de chei al sistemului nu poate fi folosit: %1</translation>
    </message>
</context>
<context>
    <name>dc::postgres</name>
    <message>
        <source>The PostgreSQL schema script cannot be read in %1.</source>
        <translation>Scriptul schemei PostgreSQL nu poate fi citit din %1.</translation>
    </message>
    <message>
        <source>The database is not empty (it holds the table %1): the schema of Dialog Civic is only created in an empty database.</source>
        <translation>Baza de date nu este goală (conține tabelul %1): schema Dialog Civic se creează doar într-o bază de date goală.</translation>
    </message>
    <message>
        <source>The schema could not be created: %1: %2</source>
        <translation>Schema nu a putut fi creată: %1: %2</translation>
    </message>
    <message>
        <source>constraint %1 of table %2 is not validated</source>
        <translation>constrângerea %1 a tabelului %2 nu este validată</translation>
    </message>
    <message>
        <source>index %1: %2</source>
        <translation>indexul %1: %2</translation>
    </message>
    <message>
        <source>The roles cannot be set up: %1</source>
        <translation>Rolurile nu pot fi configurate: %1</translation>
    </message>
    <message>
        <source>The roles cannot be read from the server.</source>
        <translation>Rolurile nu pot fi citite de pe server.</translation>
    </message>
    <message>
        <source>The tables cannot be counted on the server.</source>
        <translation>Tabelele nu pot fi numărate pe server.</translation>
    </message>
    <message>
        <source>The PostgreSQL schema script %1 cannot be read.</source>
        <translation>Scriptul schemei PostgreSQL %1 nu poate fi citit.</translation>
    </message>
    <message>
        <source>The update of the schema to version %1 failed: %2: %3</source>
        <extracomment>%1 is the version the update brings; %2 the statement that failed, %3 the reason</extracomment>
        <translation>Actualizarea schemei la versiunea %1 a eșuat: %2: %3</translation>
    </message>
    <message>
        <source>The schema cannot be updated: %1</source>
        <translation>Schema nu poate fi actualizată: %1</translation>
    </message>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>Versiunea schemei nu poate fi citită.</translation>
    </message>
    <message>
        <source>The schema is at version %1, older than any this version of Dialog Civic can update on a server (%2).</source>
        <translation>Schema este la versiunea %1, mai veche decât cele pe care această versiune a Dialog Civic le poate actualiza pe un server (%2).</translation>
    </message>
    <message>
        <source>The server&apos;s accounts cannot be read: %1</source>
        <translation>Conturile serverului nu pot fi citite: %1</translation>
    </message>
    <message>
        <source>The role of the account %1 was not changed: %2</source>
        <extracomment>%1 is an account on the database server (ana), %2 the server&apos;s reason</extracomment>
        <translation>Rolul contului %1 nu a fost schimbat: %2</translation>
    </message>
    <message>
        <source>only the reader&apos;s and the editor&apos;s roles are given here</source>
        <translation>aici se dau doar rolurile de cititor și de editor</translation>
    </message>
    <message>
        <source>the server has no such account</source>
        <translation>serverul nu are un asemenea cont</translation>
    </message>
    <message>
        <source>your account may not do this: an administrator gives and takes back the reader&apos;s and the editor&apos;s roles; an administrator&apos;s own role is changed by the owner of the database or by IT</source>
        <translation>contul dumneavoastră nu poate face asta: un administrator dă și retrage rolurile de cititor și de editor; rolul unui administrator îl schimbă proprietarul bazei de date sau departamentul IT</translation>
    </message>
</context>
<context>
    <name>dc::reports::DashboardData</name>
    <message>
        <source>Recommendations close</source>
        <comment>the last day for written recommendations on a draft</comment>
        <translation>Termen pentru recomandări</translation>
    </message>
    <message>
        <source>May be submitted</source>
        <comment>the first day a draft may be submitted for approval</comment>
        <translation>Poate fi transmis spre aprobare</translation>
    </message>
    <message>
        <source>Meeting to announce</source>
        <comment>the last day to announce a public meeting</comment>
        <translation>Ședință de anunțat</translation>
    </message>
</context>
<context>
    <name>dc::reports::SynthesisTextRepository</name>
    <message>
        <source>The edition no. %1 no longer exists.</source>
        <translation>Ediția nr. %1 nu mai există.</translation>
    </message>
    <message>
        <source>The synthesis texts cannot be saved: %1</source>
        <translation>Textele sintezei nu pot fi salvate: %1</translation>
    </message>
</context>
<context>
    <name>dc::sqlite</name>
    <message>
        <source>The connection is not an SQLite connection.</source>
        <translation>Conexiunea nu este o conexiune SQLite.</translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 refers to a missing row of %3</source>
        <translation>cheie străină: rândul %1 din tabelul %2 face referire la un rând inexistent din %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1 și încă %n problemă</numerusform>
            <numerusform>%1 și încă %n probleme</numerusform>
            <numerusform>%1 și încă %n de probleme</numerusform>
        </translation>
    </message>
</context>
</TS>

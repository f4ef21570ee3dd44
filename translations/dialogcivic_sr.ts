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
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
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
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>Attendance: no. %1 is not a member of this body.</source>
        <translation>Prisustvo: br. %1 nije član ovog tela.</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>%1, edition %2 (%3)</source>
        <translation>%1, izdanje %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CalendarEntry</name>
    <message>
        <source>%1 no. %2</source>
        <extracomment>An event&apos;s title made of its kind and number: &quot;Videoconference no. 3&quot;</extracomment>
        <translation>%1 br. %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a copy of the database was kept at %1</source>
        <translation>kopija baze podataka sačuvana je u %1</translation>
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
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>announced at least 30 working days before it is submitted for approval</source>
        <translation>najavljen najmanje 30 radnih dana pre podnošenja na usvajanje</translation>
    </message>
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
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>%1, edition %2 (%3)</source>
        <translation>%1, izdanje %2 (%3)</translation>
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
        <source>at &amp;least</source>
        <translation>najma&amp;nje</translation>
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
        <source>&amp;over</source>
        <translation>&amp;preko</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Na&amp;pomene:</translation>
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
        <source>Meetings (debates) held at the request of associations</source>
        <translation>Sastanci (rasprave) održani na zahtev udruženja</translation>
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
    <name>MoveEventCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Premesti %1 na %2</translation>
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
    <name>OrganizationRemoval</name>
    <message>
        <source>The organization no. %1 no longer exists.</source>
        <translation>Organizacija br. %1 više ne postoji.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while programs refer to it: %2. Remove it from those first.</source>
        <translation>%1 ne može biti obrisana dok se programi pozivaju na nju: %2. Najpre je uklonite iz njih.</translation>
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
    <name>ProgramRepository</name>
    <message numerus="yes">
        <source>Period: %n event(s) of the edition would fall outside %1 to %2.</source>
        <translation>
            <numerusform>Period: %n događaj izdanja bi bio van perioda od %1 do %2.</numerusform>
            <numerusform>Period: %n događaja izdanja bila bi van perioda od %1 do %2.</numerusform>
            <numerusform>Period: %n događaja izdanja bilo bi van perioda od %1 do %2.</numerusform>
        </translation>
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
    <name>Transaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation>Nijedna transakcija nije otvorena.</translation>
    </message>
</context>
<context>
    <name>dc</name>
    <message>
        <source>The demo data %1 is missing.</source>
        <translation>Demo podaci %1 nedostaju.</translation>
    </message>
    <message>
        <source>The demo data %1 is damaged: %2</source>
        <translation>Demo podaci %1 su oštećeni: %2</translation>
    </message>
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
        <source>NGO</source>
        <comment>organization kind</comment>
        <translation>OCD</translation>
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
    <message>
        <source>%1: the organizations cannot be read (%2).</source>
        <translation>%1: organizacije ne mogu da se pročitaju (%2).</translation>
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
        <source>%1: the import could not be saved (%2).</source>
        <translation>%1: uvoz nije mogao da se sačuva (%2).</translation>
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
        <source>The CIF %1 is not valid (2 to 10 digits, the last one a check digit).</source>
        <translation>CIF %1 nije ispravan (2 do 10 cifara, poslednja je kontrolna cifra).</translation>
    </message>
    <message>
        <source>The county is required.</source>
        <translation>Okrug je obavezan.</translation>
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
    <message>
        <source>Body: required.</source>
        <translation>Telo: obavezno.</translation>
    </message>
    <message>
        <source>Date: required.</source>
        <translation>Datum: obavezan.</translation>
    </message>
    <message>
        <source>Member: either an organization or an institution.</source>
        <translation>Član: ili organizacija ili institucija.</translation>
    </message>
    <message>
        <source>Mandate start: required.</source>
        <translation>Početak mandata: obavezan.</translation>
    </message>
    <message>
        <source>Mandate end: before the mandate&apos;s start.</source>
        <translation>Kraj mandata: pre početka mandata.</translation>
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
        <source>Dissolved on: required for a dissolved body.</source>
        <translation>Raspušteno dana: obavezno za raspušteno telo.</translation>
    </message>
    <message>
        <source>Dissolved on: an active body has no dissolution date.</source>
        <translation>Raspušteno dana: aktivno telo nema datum raspuštanja.</translation>
    </message>
    <message>
        <source>Dissolved on: before the body was set up.</source>
        <translation>Raspušteno dana: pre osnivanja tela.</translation>
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
    <message>
        <source>Institution: required.</source>
        <translation>Institucija: obavezna.</translation>
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
    <message>
        <source>(all domains)</source>
        <translation>(sve oblasti)</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: datoteka ne može da se pročita (%2).</translation>
    </message>
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
    <message>
        <source>%1: the file cannot be written.</source>
        <translation>%1: datoteka ne može da se upiše.</translation>
    </message>
    <message>
        <source>%1: the file cannot be written (%2).</source>
        <translation>%1: datoteka ne može da se upiše (%2).</translation>
    </message>
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
        <source>Start: the edition needs a start date.</source>
        <translation>Početak: izdanju je potreban datum početka.</translation>
    </message>
    <message>
        <source>End: the edition needs an end date.</source>
        <translation>Kraj: izdanju je potreban datum završetka.</translation>
    </message>
    <message>
        <source>End: the end date %1 is before the start date %2.</source>
        <translation>Kraj: datum završetka %1 je pre datuma početka %2.</translation>
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
        <source>Held</source>
        <translation>Održano</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Odloženo</translation>
    </message>
    <message>
        <source>Edition: the event belongs to no edition.</source>
        <translation>Izdanje: događaj ne pripada nijednom izdanju.</translation>
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
    <message>
        <source>Date: %1 is outside the edition&apos;s period (%2 to %3).</source>
        <translation>Datum: %1 je van perioda izdanja (%2 do %3).</translation>
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
        <source>at least %1</source>
        <translation>najmanje %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>preko %1</translation>
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
    <message>
        <source>%1: the database refused the import (%2).</source>
        <translation>%1: baza podataka je odbila uvoz (%2).</translation>
    </message>
    <message>
        <source>%1: the search index could not be updated (%2).</source>
        <translation>%1: indeks pretrage nije mogao da se ažurira (%2).</translation>
    </message>
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
    <message>
        <source>Institution: the institution no. %1 does not exist.</source>
        <translation>Institucija: institucija br. %1 ne postoji.</translation>
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
    <message>
        <source>Dialog Civic databases (*.sqlite *.db);;All files (*)</source>
        <translation>Baze podataka Dialog Civic (*.sqlite *.db);;Sve datoteke (*)</translation>
    </message>
</context>
<context>
    <name>dc::AddDraftActCommand</name>
    <message>
        <source>Add the draft “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the draft&apos;s title</extracomment>
        <translation>Dodaj nacrt „%1“</translation>
    </message>
</context>
<context>
    <name>dc::AddOrganizationCommand</name>
    <message>
        <source>Add “%1”</source>
        <extracomment>Undo/Redo menu text (&quot;Undo Add “Asociația X”&quot;); %1 is the organization&apos;s name</extracomment>
        <translation>Dodaj „%1“</translation>
    </message>
</context>
<context>
    <name>dc::AnnualFiguresPage</name>
    <message>
        <source>Figures in &lt;i&gt;italics&lt;/i&gt; were typed from a paper report; the others are computed from the records. Hover a code for its meaning.</source>
        <translation>Brojke u &lt;i&gt;kurzivu&lt;/i&gt; uneti su iz papirnog izveštaja; ostale se izračunavaju iz evidencije. Zadržite pokazivač na šifri da vidite njeno značenje.</translation>
    </message>
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
</context>
<context>
    <name>dc::AnnualFiguresTableModel</name>
    <message>
        <source>Entered by hand by %1 on %2</source>
        <translation>Ručno uneo/la %1 dana %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
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
</context>
<context>
    <name>dc::AnnualReportRepository</name>
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
    <name>dc::AwardImporter</name>
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
    <name>dc::BodiesFundingDemo</name>
    <message>
        <source>The demo data %1 cannot be read.</source>
        <translation>Demo podaci %1 ne mogu da se pročitaju.</translation>
    </message>
    <message>
        <source>The demo data %1 is not valid JSON.</source>
        <translation>Demo podaci %1 nisu ispravan JSON.</translation>
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
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do %1</translation>
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
    <name>dc::BodyRepository</name>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body no. %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member to restore has no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member no. %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting to restore has no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting no. %1 already exists.</source>
        <translation type="unfinished"></translation>
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
    <name>dc::BodyWarning</name>
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
    <name>dc::CalendarExporter</name>
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
        <source>the folder does not exist</source>
        <translation>fascikla ne postoji</translation>
    </message>
    <message>
        <source>%1: unknown file type; a calendar is written to .ics, .csv or .xlsx files.</source>
        <translation>%1: nepoznata vrsta datoteke; kalendar se upisuje u datoteke .ics, .csv ili .xlsx.</translation>
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
</context>
<context>
    <name>dc::CsvReader</name>
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
        <source>%1: reading failed (%2).</source>
        <translation>%1: čitanje nije uspelo (%2).</translation>
    </message>
</context>
<context>
    <name>dc::Database</name>
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
</context>
<context>
    <name>dc::DatabaseChooser</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Baza podataka ne može da se otvori</translation>
    </message>
    <message>
        <source>%1

You can open another database file, create a new one, or quit.</source>
        <translation>%1

Možete da otvorite drugu datoteku baze podataka, da napravite novu ili da izađete.</translation>
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
</context>
<context>
    <name>dc::DeleteDraftActCommand</name>
    <message>
        <source>Delete the draft “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the draft&apos;s title</extracomment>
        <translation>Obriši nacrt „%1“</translation>
    </message>
</context>
<context>
    <name>dc::DeleteOrganizationCommand</name>
    <message>
        <source>Delete “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Obriši „%1“</translation>
    </message>
</context>
<context>
    <name>dc::DemoDataset</name>
    <message>
        <source>The demo organization %1 names an unknown county.</source>
        <translation>Demo organizacija %1 navodi nepoznat okrug.</translation>
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
    <name>dc::DraftActRepository</name>
    <message>
        <source>Institution: the institution no. %1 does not exist.</source>
        <translation>Institucija: institucija br. %1 ne postoji.</translation>
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
        <source>The recommendation no. %1 does not exist.</source>
        <translation>Preporuka br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The draft to put back has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendation to put back has no id.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>dc::EditDraftActCommand</name>
    <message>
        <source>Edit the draft “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the draft&apos;s title</extracomment>
        <translation>Izmeni nacrt „%1“</translation>
    </message>
</context>
<context>
    <name>dc::EditOrganizationCommand</name>
    <message>
        <source>Edit “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation>Izmeni „%1“</translation>
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
        <source>&lt;b&gt;%1 – %2&lt;/b&gt; · %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1 – %2&lt;/b&gt; · %3&lt;br&gt;%4</translation>
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
</context>
<context>
    <name>dc::EventDialog</name>
    <message>
        <source>%1 — edition %2 (%3)</source>
        <translation>%1 — izdanje %2 (%3)</translation>
    </message>
    <message>
        <source>No edition of any program runs on this day.</source>
        <translation>Nijedno izdanje nijednog programa nije u toku ovog dana.</translation>
    </message>
    <message>
        <source>Number: the edition already has %1 no. %2.</source>
        <translation>Broj: izdanje već ima %1 br. %2.</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Izmeni događaj</translation>
    </message>
</context>
<context>
    <name>dc::EventRepository</name>
    <message>
        <source>On %1 there is already %2 of %3 (%4) for the region %5.</source>
        <translation>Dana %1 već postoji %2 od %3 (%4) za region %5.</translation>
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
        <source>Number: the edition already has %1 no. %2.</source>
        <translation>Broj: izdanje već ima %1 br. %2.</translation>
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
</context>
<context>
    <name>dc::FundingRepository</name>
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
        <source>The call to restore has no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call no. %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award to restore has no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award no. %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::FundingSummary</name>
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
    <name>dc::ICalendarWriter</name>
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
    <name>dc::ImportColumns</name>
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
    <name>dc::ImportRun</name>
    <message>
        <source>%1: the database refused the import (%2).</source>
        <translation>%1: baza podataka je odbila uvoz (%2).</translation>
    </message>
    <message>
        <source>%1: organization no. %2 vanished during the import.</source>
        <translation>%1: organizacija br. %2 je nestala tokom uvoza.</translation>
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
        <source>%1: unknown status &apos;%2&apos;</source>
        <translation>%1: nepoznat status „%2“</translation>
    </message>
    <message>
        <source>%1: no header row with the columns &apos;%2&apos; and &apos;%3&apos; in the first %4 rows.</source>
        <translation>%1: nema reda zaglavlja sa kolonama „%2“ i „%3“ u prvih %4 redova.</translation>
    </message>
    <message>
        <source>%1: the header row has no column &apos;%2&apos;.</source>
        <translation>%1: red zaglavlja nema kolonu „%2“.</translation>
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
    <name>dc::IndicatorRepository</name>
    <message>
        <source>Name: the edition already has an indicator &apos;%1&apos;.</source>
        <translation>Naziv: izdanje već ima indikator „%1“.</translation>
    </message>
    <message>
        <source>The indicator no. %1 no longer exists.</source>
        <translation>Indikator br. %1 više ne postoji.</translation>
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
    <name>dc::InstitutionCommand</name>
    <message>
        <source>Edit the institution “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the institution&apos;s name</extracomment>
        <translation>Izmeni instituciju „%1“</translation>
    </message>
    <message>
        <source>Add the institution “%1”</source>
        <translation>Dodaj instituciju „%1“</translation>
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
    <name>dc::InstitutionRepository</name>
    <message>
        <source>Name: an institution named %1 already exists.</source>
        <translation>Naziv: institucija pod nazivom %1 već postoji.</translation>
    </message>
    <message>
        <source>The institution no. %1 does not exist.</source>
        <translation>Institucija br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>%1 has drafts, meetings, court cases or reports; delete those first.</source>
        <translation>%1 ima nacrte, sastanke, sudske postupke ili izveštaje; najpre njih obrišite.</translation>
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
</context>
<context>
    <name>dc::Loader</name>
    <message>
        <source>The demo organization %1 is missing.</source>
        <translation>Demo organizacija %1 nedostaje.</translation>
    </message>
    <message>
        <source>The demo institution %1 is missing.</source>
        <translation>Demo institucija %1 nedostaje.</translation>
    </message>
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
    <message>
        <source>The demo institution %1 names an unknown county.</source>
        <translation>Demo institucija %1 navodi nepoznat okrug.</translation>
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
</context>
<context>
    <name>dc::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Zatvori ovu poruku</translation>
    </message>
</context>
<context>
    <name>dc::NationalRegisterImporter</name>
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
        <source>The database refused the import (%1).</source>
        <translation>Baza podataka je odbila uvoz (%1).</translation>
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
    <name>dc::OrganizationDialog</name>
    <message>
        <source>Not specified</source>
        <comment>legal form</comment>
        <translation>Nije navedeno</translation>
    </message>
    <message>
        <source>Choose a county…</source>
        <translation>Izaberite okrug…</translation>
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
        <source>The county of the registered office (required).</source>
        <translation>Okrug registrovanog sedišta (obavezno).</translation>
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
</context>
<context>
    <name>dc::OrganizationExporter</name>
    <message>
        <source>%1: the file cannot be written (%2).</source>
        <translation>%1: datoteka ne može da se upiše (%2).</translation>
    </message>
    <message>
        <source>%1: the file cannot be written.</source>
        <translation>%1: datoteka ne može da se upiše.</translation>
    </message>
    <message>
        <source>%1: unknown file type; the export writes .csv and .xlsx files.</source>
        <translation>%1: nepoznata vrsta datoteke; izvoz upisuje datoteke .csv i .xlsx.</translation>
    </message>
</context>
<context>
    <name>dc::OrganizationRepository</name>
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
    <message>
        <source>%1 (%2)</source>
        <extracomment>An organization found while typing: %1 its name, %2 its county</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dc::PartnershipRepository</name>
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
        <source>%1 of %2, edition %3 (%4)</source>
        <translation>%1 programa %2, izdanje %3 (%4)</translation>
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
    <name>dc::ProgramRepository</name>
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
    <name>dc::PublicMeetingCommand</name>
    <message>
        <source>Edit the meeting “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the meeting&apos;s subject</extracomment>
        <translation>Izmeni sastanak „%1“</translation>
    </message>
    <message>
        <source>Add the meeting “%1”</source>
        <translation>Dodaj sastanak „%1“</translation>
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
    <name>dc::PublicMeetingRepository</name>
    <message>
        <source>The meeting no. %1 does not exist.</source>
        <translation>Sednica br. %1 ne postoji.</translation>
    </message>
    <message>
        <source>The court case no. %1 does not exist.</source>
        <translation>Sudski postupak br. %1 ne postoji.</translation>
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
    <name>dc::RecommendationCommand</name>
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
    <name>dc::RegisterChange</name>
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
    <name>dc::RegisterChangeExporter</name>
    <message>
        <source>%1: the file cannot be written (%2).</source>
        <translation>%1: datoteka ne može da se upiše (%2).</translation>
    </message>
    <message>
        <source>%1: the file cannot be written.</source>
        <translation>%1: datoteka ne može da se upiše.</translation>
    </message>
    <message>
        <source>%1: unknown file type; the export writes .csv and .xlsx files.</source>
        <translation>%1: nepoznata vrsta datoteke; izvoz upisuje datoteke .csv i .xlsx.</translation>
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
    <name>dc::Run</name>
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
</context>
<context>
    <name>dc::TransparencyDemo</name>
    <message>
        <source>The demo data %1 is missing.</source>
        <translation>Demo podaci %1 nedostaju.</translation>
    </message>
    <message>
        <source>The demo data %1 is damaged: %2</source>
        <translation>Demo podaci %1 su oštećeni: %2</translation>
    </message>
</context>
<context>
    <name>dc::XlsxReader</name>
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
        <source>bad compressed data in the worksheet</source>
        <translation>neispravni komprimovani podaci u radnom listu</translation>
    </message>
    <message>
        <source>worksheet, row %1: %2</source>
        <translation>radni list, red %1: %2</translation>
    </message>
    <message>
        <source>the worksheet&apos;s checksum does not match</source>
        <translation>kontrolni zbir radnog lista se ne poklapa</translation>
    </message>
</context>
<context>
    <name>dc::XlsxReader::Private</name>
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
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a copy of the database was kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;cronym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Localit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact pe&amp;rson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;IF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistry date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blic-utility decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domains of activity of the organization. Select one and press Delete to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a domain or choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <comment>a domain to the list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>the selected domain from the list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with &amp;volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numb&amp;er of volunteers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purposes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>The CIF %1 is already used by another organization (no. %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry number %1 is already used by another organization (no. %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc</name>
    <message>
        <source>The demo data %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>association</source>
        <comment>legal form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foundation</source>
        <comment>legal form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>federation</source>
        <comment>legal form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>union</source>
        <comment>legal form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <comment>legal form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>associative structure of local authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO</source>
        <comment>organization kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <comment>registry status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in liquidation</source>
        <comment>registry status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissolved</source>
        <comment>registry status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>struck off</source>
        <comment>registry status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the organizations cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first row has no column with the organization&apos;s name (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database cannot start the import (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed; it runs to the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 cells, the header row has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the import could not be saved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CIF %1 is not valid (2 to 10 digits, the last one a check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number %1 is not a Romanian number (e.g. 021 314 3400, 0722 123 456, +40 21 314 3400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of volunteers cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AddOrganizationCommand</name>
    <message>
        <source>Add “%1”</source>
        <extracomment>Undo/Redo menu text (&quot;Undo Add “Asociația X”&quot;); %1 is the organization&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::CsvReader</name>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the encoding %2 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Database</name>
    <message>
        <source>%1: this is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this file is not a Dialog Civic database (not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is damaged and cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: you can look, but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a network share. SQLite cannot lock files reliably there; for a database shared by several people use PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the schema version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dialog Civic (schema %2; this version knows up to %3). Update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an update of its structure (schema %2 to %3), but the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the update of the structure failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy %1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DeleteOrganizationCommand</name>
    <message>
        <source>Delete “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DemoDataset</name>
    <message>
        <source>The demo organization %1 names an unknown county.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::EditOrganizationCommand</name>
    <message>
        <source>Edit “%1”</source>
        <extracomment>Undo/Redo menu text; %1 is the organization&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ImportColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ImportDialog</name>
    <message>
        <source>new</source>
        <comment>import action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <comment>import action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>import action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>import action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <comment>separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import organizations from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (UTF-8 when possible, else Windows-1250)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, separator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import will add %L1, update %L2 and leave unchanged %L3 organizations; %L4 records will be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Records (first %Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;jected (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ImportRun</name>
    <message>
        <source>%1: the database refused the import (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: organization no. %2 vanished during the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown county &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown legal form &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not da/nu, yes/no or 1/0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::OrganizationDialog</name>
    <message>
        <source>Not specified</source>
        <comment>legal form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a county…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RO 12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal code (CIF); &quot;RO&quot; and spaces are allowed and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.ro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 021 314 3400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.example.ro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name, as in the national NGO register (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county of the registered office (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <comment>registry date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <comment>number of volunteers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this organization have not been saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: this organization can be looked at, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::OrganizationExporter</name>
    <message>
        <source>%1: the file cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown file type; the export writes .csv and .xlsx files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::OrganizationRepository</name>
    <message>
        <source>The CIF %1 is already used by another organization (no. %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry number %1 is already used by another organization (no. %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization no. %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization %1 cannot be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::OrganizationTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::OrganizationsPage</name>
    <message>
        <source>Search by name, acronym, CIF, locality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organization to the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the form of the selected organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected organization (Undo puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update organizations from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the organizations shown to a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All legal forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not specified</source>
        <comment>legal form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With or without volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working with volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all organizations again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln organization(s) shown</source>
        <extracomment>%1 is how many the filter shows, %Ln how many the file holds</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization no. %1 is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the evidence? You can put it back with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved, but the current search or filters hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 finished: %L2 added, %L3 updated, %L4 unchanged, %L5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a name ending in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::sqlite</name>
    <message>
        <source>The connection is not an SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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

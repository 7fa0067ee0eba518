<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EditCommand</name>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record finding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit finding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete finding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tactic or theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot; to a source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>Unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Values withheld: %n</source>
        <translation>
            <numerusform>Values withheld: %n</numerusform>
            <numerusform>Values withheld: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources withheld: %n</source>
        <translation>
            <numerusform>Sources withheld: %n</numerusform>
            <numerusform>Sources withheld: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources replaced by pseudonyms: %n</source>
        <translation>
            <numerusform>Sources replaced by pseudonyms: %n</numerusform>
            <numerusform>Sources replaced by pseudonyms: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings withheld: %n</source>
        <translation>
            <numerusform>Findings withheld: %n</numerusform>
            <numerusform>Findings withheld: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judgements withheld: %n</source>
        <translation>
            <numerusform>Judgements withheld: %n</numerusform>
            <numerusform>Judgements withheld: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attachments withheld: %n</source>
        <translation>
            <numerusform>Attachments withheld: %n</numerusform>
            <numerusform>Attachments withheld: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reliability %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information credibility %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <comment>gender</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Property</name>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority-issued identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau van Dijk ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COATO / SOATO / OKATO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COD CAEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolution date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal tax service code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Places ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICIJ ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMO Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRS Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorporation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKOPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKVED(2) Classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCorporates URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetmap Place ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PFR Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PermID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuters Instrument Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEC Central Index Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock ticker symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address (ctd.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN SC identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique Entity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V.A.T. Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikidata ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikipedia Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ibcRUC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airplane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airplanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyzable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyzables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call for tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls for tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptocurrency wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptocurrency wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directorships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real estates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Disinformation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic litigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legislative lobbying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astroturfing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutional capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-opting human-rights language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding local proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudo-scientific research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN and treaty-body advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electoral mobilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religious mobilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion therapy promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens&apos; initiatives and referendums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media ownership and content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum interference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis pregnancy centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricting civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRHR and abortion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGBTIQ+ rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprehensive sexuality education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civic space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodily autonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion and the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democracy and rule of law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producing or spreading false or misleading claims, for example about sexual and reproductive health, gender or LGBTIQ+ people, to shape public opinion or policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing, funding or intervening in court cases to restrict rights, set restrictive precedents or exhaust opponents&apos; resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting, promoting or blocking bills and policies through direct contact with legislators, ministries and their staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting an organised, often externally funded campaign as a spontaneous grassroots movement, for example through front groups or coordinated petitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing allies in, or gaining lasting influence over, public bodies, regulators, courts, universities or professional associations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinated abuse, threats, doxxing or mass reporting aimed at activists, journalists, health workers or officials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reframing restrictive positions in the vocabulary of human rights, such as parental rights, religious freedom or the protection of children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channelling money, training or materials from foreign funders to local organisations that then act under a local identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning or promoting studies, institutes or journals that lend a scientific appearance to predetermined conclusions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobbying at the United Nations, regional bodies and treaty bodies to weaken resolutions, agreed language or the mandates of rights mechanisms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsing candidates, running voter guides or pledges, and mobilising voters around restrictive policy positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using congregations, clergy and faith networks to organise campaigns, marches, petitions or sermons for a policy agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoting, offering or defending practices that aim to change or suppress a person&apos;s sexual orientation or gender identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting signatures for popular initiatives, referendums or petitions to entrench restrictive definitions in law or constitutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning, financing or supplying outlets, channels and content producers that carry the movement&apos;s messaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigning against or replacing school curricula, textbooks and sexuality education programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running or funding centres that present themselves as health services while discouraging abortion or contraception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving money through shell companies, donor-advised funds, nominees or offshore jurisdictions so that its origin is hard to trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running conferences, fellowships and training programmes that build a transnational network of advocates, lawyers and politicians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoting laws or administrative measures, such as foreign-agent or registration rules, that restrict the organisations defending rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual and reproductive health and rights, including access to abortion, contraception and maternal health care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights of lesbian, gay, bisexual, trans, intersex and queer people, including decriminalisation, non-discrimination and legal gender recognition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality between women and men, including gender-based violence law, the Istanbul Convention and women&apos;s political participation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age-appropriate, evidence-based education on sexuality, relationships, consent and health in schools and beyond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal definitions of marriage and family, parental rights, child protection, divorce and family benefits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freedom of association, assembly and expression, and the conditions under which civil-society organisations can operate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right to make decisions about one&apos;s own body, including gender-affirming care, end-of-life decisions and consent to treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of religion in law and public institutions, including claims of religious freedom used to limit others&apos; rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence of courts and institutions, electoral integrity and constitutional change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human-rights standards negotiated at the United Nations and regional bodies, and their implementation at home.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::AnalystActions</name>
    <message>
        <source>A&amp;nalysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graph Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore who funds whom: paths, money flows, communities, pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected actor in the graph explorer with its neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money-Flow &amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments to or from the selected actor over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge candidate pairs of the same actor; unmerge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph Explorer — Commonplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money-Flow Timeline — Commonplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Queue — Commonplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph explorer: who funds whom, paths between actors, follow the money. Open a workspace to explore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money-flow timeline: one actor&apos;s payments per year or month. Open a workspace to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gra&amp;ph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Money Flows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::BundleExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no organisation key yet: make one in Tools &gt; Keys before exporting a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest sensitivity to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace withheld &amp;sources by pseudonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners see that claims rest on the same source without learning which source it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners to seal the bundle to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted partner keys: the bundle will be signed but not sealed, readable by anyone who gets the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked partners alone can open the bundle. With none checked, anyone who gets the file can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the organisation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything above “%1” stays in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commonplace bundles (*.cpbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::BundleImportDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the organisation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sealed bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is sealed: enter the passphrase of the organisation key to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this key: I have compared the fingerprint with the sender by another channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest sensitivity to give what is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is imported is never shared above this level again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import as at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into &amp;dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(compare the fingerprint with the sender before you trust it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset “%1”, bundle number %2, made %3; up to “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported until you trust this key. Ask %1 to read you their fingerprint, or its words, by phone or in person; if it matches, tick the box above, or trust the key in Tools &gt; Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the key that signed this bundle is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: this is bundle number %1 of “%2”, and number %3 has already been imported from this sender. An old bundle sent again could undo the sender&apos;s corrections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvFilterDialog</name>
    <message>
        <source>Rows Read by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without filters a pass reads every row. A filter reads only the rows whose cell in a column is exactly one of some values (or skips those rows); every filter must hold. Cells are compared as they are in the file, spaces and case included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters of this pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the filter does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads only rows where the cell is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skips rows where the cell is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value per line, exactly as in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or the cell is &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rows where %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows where %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the first rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter names a column the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of the first %n rows pass these filters.</source>
        <translation>
            <numerusform>%1 of the first row passes these filters.</numerusform>
            <numerusform>%1 of the first %n rows pass these filters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvMappingEditor</name>
    <message>
        <source>CSV Mapping — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which entities each row of &lt;b&gt;%1&lt;/b&gt; becomes: their type, the columns whose values identify them, and where each property comes from. The preview below imports the first rows for real, into a scratch workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a header row the first row is data and the columns are named by their number: 1, 2, 3, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text hashed into every id; FollowTheMoney uses the dataset name. Leave it empty unless ids must match another tool&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass over the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mapping reads the file several times, each pass with its own row filter and entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id pre&amp;fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities each row makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entit&amp;ies each row makes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of a new entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the entity in the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by links between the entities of a row (a payment&apos;s payer is the entity named here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns whose values identify the entity: rows with the same values make one entity. Space ticks the current column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional text hashed into this entity&apos;s ids, to keep apart entities made from the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ required by the type, ◆ names the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pro&amp;perty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove t&amp;his property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;literal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;operties (★ required by the type, ◆ names the entity):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A constant value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template of columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another entity of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant value or template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO dates; or e.g. %d.%m.%Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator of several values in one cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quired: a row without a value is an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split values &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date for&amp;mat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the values come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities the first rows make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity or property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a problem to see its cell in the rows above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ult for the first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in these rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a mapping file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping to its file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use This Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16, which cannot be imported: save it as UTF-8 and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row (the first row looks like data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or add a property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {{Street}}, {{City}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same value for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” is empty in the first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity of this row can be a %1: add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entity needs a name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has no %2; those properties were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping makes no entities yet: add one (its type, then “Add entity”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity “%1” has no key column: tick the columns whose values identify it under “Key columns”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property “%1” of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column: choose one, or remove the property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the template is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links to no entity: add the entity it links to, or remove the property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows make %1 entities.</source>
        <translation>
            <numerusform>The first row makes %1 entities.</numerusform>
            <numerusform>The first %n rows make %1 entities.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found: %1 (listed on the right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the mapping to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CSV mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row Filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which rows this pass reads, by the values of a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file once more, with its own row filters and entities (for example to type the same key as a Person in some rows and as a Company in others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this mapping is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the mapping file again, after fixing it in a text editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a New Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The mapping could not be loaded.&lt;/b&gt; %1&lt;br&gt;The rows of the file are shown below. Fix the mapping file and load it again, or make a new mapping here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows where %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass skips this row (Row Filters…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvPreview</name>
    <message>
        <source>No room for a preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows would not import: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a %1 not in these rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EditIntegration</name>
    <message>
        <source>Record a Fi&amp;nding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a finding with its actors, relationship and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings of this workspace, to read and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources, their grading and what cites them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tactics and Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename or remove tactics and themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the entity shown in the detail pane and move the keyboard there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entity in a &amp;Window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the entity shown in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value typed for &quot;%1&quot; is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EntityDetailView</name>
    <message>
        <source>Entity details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous entity (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values and their sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities that reference this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity to see its values and where each one came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced by nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced by (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change or remove values (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the values here; again to only read them (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EntityEditor</name>
    <message>
        <source>Entity editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values and their provenance (F2 edits, Delete removes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name and pick the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings about this entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1: type part of its name, Return picks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long text: Ctrl+Return adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date: YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country: type its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address: https://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, e.g. 250000 or 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an entity from the suggestions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EntityTableModel</name>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (merged into %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 has no name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::ExchangeActions</name>
    <message>
        <source>Import &amp;Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a signed exchange bundle from a partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a signed bundle for partners, redacted and sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation&apos;s key and partners&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commonplace bundles (*.cpbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into dataset “%1”: %2 new values, %3 retracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle number %1 of dataset “%2” written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (one table per type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML (yEd, NetworkX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEXF (Gephi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest sensitivity to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values and sources more sensitive than this are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is written whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One CSV file per type is written into this folder; files of the same name there are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (one sheet per type)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::FindingForm</name>
    <message>
        <source>Record a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a country name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding in detail: who did what, when, with which money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tactics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter, Return to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;actics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name: pick one, or create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors of this finding (Delete removes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship it establishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a title: pick a source, or add a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of this finding (Delete removes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability of the source (A-F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility of the information (1-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a file to attach (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new source needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source date &quot;%1&quot; is not a date (YYYY-MM-DD, YYYY-MM or YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] - new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tactic ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save f&amp;inding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source with the file %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return saves, Escape cancels. Alt+C actors, Alt+R relationship, Alt+U sources; Down in an empty field lists the recent ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return saves every change as one step (Ctrl+Z undoes it), Escape throws the changes away. Alt+C actors, Alt+R relationship, Alt+U sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 50000, 50k, 1.2m USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file: the date it was created. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::FindingTableModel</name>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::FindingsView</name>
    <message>
        <source>Search findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search findings by title and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding &quot;%1&quot; has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::GraphCanvas</name>
    <message>
        <source>Graph canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for an actor above, or choose &quot;Whole graph&quot;, to start exploring.
Double-click an actor to show its neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::GraphExplorer</name>
    <message>
        <source>Find an actor to start from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an actor to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every actor under the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every actor from the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layered (money flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the actors shown; pinned actors keep their place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: PageRank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: total received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: total given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: type, ring brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved diagrams of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Diagram As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide relationships whose amount is below this (those without an amount stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep relationships with a source graded at least this well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest sensitivity shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only values up to this sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection, paths and money flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money-flow timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an actor to select it, Ctrl+click a second one for the paths between them. Double-click shows neighbours. Drag to move; wheel or +/- to zoom, arrows to pan, 0 to fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest path, in hops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest path, in hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths between the selected actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops to follow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the money within hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders and beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder / beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a payment to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 and undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources graded %1 or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1. Made with Commonplace on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor-funding graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: PageRank (influence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: total received (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: total given (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: community (Louvain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors shown: %1 of %2. Relationships shown: %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Left out below the minimum amount: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates (%1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an actor of the graph under this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n neighbours; showing the %2 most central.</source>
        <translation>
            <numerusform>%1 has %n neighbour; showing the %2 most central.</numerusform>
            <numerusform>%1 has %n neighbours; showing the %2 most central.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actor of the graph matches &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n actors</source>
        <translation>
            <numerusform>Move %n actor</numerusform>
            <numerusform>Move %n actors</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money-Flow Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n actors…</source>
        <translation>
            <numerusform>Laying out %n actor…</numerusform>
            <numerusform>Laying out %n actors…</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n paths found</source>
        <translation>
            <numerusform>The first path found</numerusform>
            <numerusform>The first %n paths found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n paths</source>
        <translation>
            <numerusform>The only path</numerusform>
            <numerusform>All %n paths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funders of %1 (%n)</source>
        <translation>
            <numerusform>Funders of %1 (%n)</numerusform>
            <numerusform>Funders of %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Beneficiaries of %1 (%n)</source>
        <translation>
            <numerusform>Beneficiaries of %1 (%n)</numerusform>
            <numerusform>Beneficiaries of %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hops)</source>
        <translation>
            <numerusform>%1 (%n hop)</numerusform>
            <numerusform>%1 (%n hops)</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to show it in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list these payments and their sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unsaved view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing paths or money flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the paths or money flows being computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding paths…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the money…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the payments&apos; sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved diagram first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the diagram “%1”? This cannot be undone; the view stays on screen until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the side panel: selection, paths, follow the money (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the side panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &lt;b&gt;%1&lt;/b&gt; into this workspace. Everything in the file is imported, or nothing is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value remembers the dataset it came from. Letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity of the imported values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest sensitivity the imported values get; values the file marks as more sensitive keep their level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file saying which column goes to which property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities the mapping makes of these rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity or property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entities they make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows make these entities. Nothing is written to your workspace until you import.</source>
        <translation>
            <numerusform>The first row makes these entities. Nothing is written to your workspace until you import.</numerusform>
            <numerusform>The first %n rows make these entities. Nothing is written to your workspace until you import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edi&amp;t Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new mapping, or change this one, in the CSV mapping editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mapping, or make one with “Edit Mapping…”, to see the entities these rows make.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::KeyringDialog</name>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Public Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Organisation Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Key File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a key only after reading its fingerprint, or its words, to the partner by another channel: phone, or in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fingerprint: %2
In words: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation key yet. Make one to sign bundles and to receive sealed ones; it is made once, so choose the name partners know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a partner&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key files (*.pub *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key files (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the key of %1?

Fingerprint: %2
In words: %3

Only if the partner read you this same fingerprint by another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key of %1? Bundles signed with it will be refused from now on. Revocation cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in words: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key to see its fingerprint in words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::MainWindow</name>
    <message>
        <source>Commonplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import FollowTheMoney JSON lines or CSV with a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the workspace or a dataset to share or analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspace again, e.g. after the command line changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Commonplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running task?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import or export is still running. Quit and cancel it? The workspace stays as it was before the task started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace includes the demo dataset: fictional people, organisations and payments, for trying Commonplace out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Commonplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commonplace workspaces (*.commonplace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commonplace workspaces (*.commonplace);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines (*.ijson *.json *.jsonl);;CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entities from %1 into dataset “%2” (%3 new, %4 values added).</source>
        <translation>
            <numerusform>Imported %n entity from %1 into dataset “%2” (%3 new, %4 values added).</numerusform>
            <numerusform>Imported %n entities from %1 into dataset “%2” (%3 new, %4 values added).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n references point at entities not in the workspace.</source>
        <translation>
            <numerusform>%n reference points at an entity not in the workspace.</numerusform>
            <numerusform>%n references point at entities not in the workspace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was imported; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entities (%1 values) to %2.</source>
        <translation>
            <numerusform>Exported %n entity (%1 values) to %2.</numerusform>
            <numerusform>Exported %n entities (%1 values) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values above “%1” were left out.</source>
        <translation>
            <numerusform>%n value above “%1” was left out.</numerusform>
            <numerusform>%n values above “%1” were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo dataset: fictional people, organisations and payments, for trying Commonplace out. None of it is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the demo dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Commonplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;A research workbench for human-rights researchers: record findings on anti-rights actors with their sources, follow the money between them, and merge datasets with partners without losing who said what.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open. Open or create one in the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entities · %2 values · %3 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, defaults for new findings, locking, text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;Demo Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo dataset?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo dataset is fictional: invented funders, groups, people and payments for trying Commonplace out. It goes into a dataset named &quot;demo&quot; in this workspace. Load it here rather than in a workspace with real research?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the fictional demo dataset to this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is empty. Import a file with File ▸ Import… (Ctrl+I), or try the fictional demo data with Help ▸ Load the Demo Dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encr&amp;ypt Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect this workspace on disk with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase for this encrypted workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the encrypted workspace and forget its key until the passphrase is entered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — Commonplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encrypt the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is now encrypted. Lock it with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed; the old one no longer opens the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The old passphrase still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search E&amp;verything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find actors, relationships, findings and sources by name, alias or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter This List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the entities of this list that match some words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tactics and Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the &amp;Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings, actors by type, relationships, sources, tactics and themes, datasets and the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything…  Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, aliases and finding text across the workspace (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter this list by name or text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the entities of this list whose names or text match, as you type (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue: possible duplicates waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing names for sorting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the names for sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting by name stays incomplete until the names are prepared; they will be the next time the workspace opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, organisations, companies and public bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments, ownership, directorships, memberships and other links between actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses, events, notes, documents and other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tactics and themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities by the dataset their values come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the names of this workspace for sorting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entities match</source>
        <translation>
            <numerusform>%1 of %Ln entity matches</numerusform>
            <numerusform>%1 of %Ln entities match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities match</source>
        <translation>
            <numerusform>%Ln entity matches</numerusform>
            <numerusform>%Ln entities match</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypting the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::MergeReview</name>
    <message>
        <source>Find Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmerge Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two candidates side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same actor (Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure (U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate pairs at this score: nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y: same actor · N: different · U: unsure · S: skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 ↔ %3  (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n judged</source>
        <translation>
            <numerusform>%1 of %n judged</numerusform>
            <numerusform>%1 of %n judged</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;%1 (no longer in the workspace)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/a&gt;&lt;br&gt;%3 · %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match score from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is merged from %n parts: %2</source>
        <translation>
            <numerusform>%1 is merged from %n part: %2</numerusform>
            <numerusform>%1 is merged from %n parts: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged: the same actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged: different actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged: unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: different actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every candidate is judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unmerged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unmerged into %n entities.</source>
        <translation>
            <numerusform>Unmerged into %n entity.</numerusform>
            <numerusform>Unmerged into %n entities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n parts)</source>
        <translation>
            <numerusform>%1 (%n part)</numerusform>
            <numerusform>%1 (%n parts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged (%n)</source>
        <translation>
            <numerusform>Merged (%n)</numerusform>
            <numerusform>Merged (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::MoneyTimeline</name>
    <message>
        <source>Find an actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received or given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, per funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given, per beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per year or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list its payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments of the bar clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a payment to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an actor: search above, or select one in the graph and ask for its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Received by %1&lt;/b&gt; per funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Given by %1&lt;/b&gt; per beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Received by %1&lt;/b&gt; per funder, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Given by %1&lt;/b&gt; per beneficiary, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated payments in this currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n undated payments are not shown.</source>
        <translation>
            <numerusform>%n undated payment is not shown.</numerusform>
            <numerusform>%n undated payments are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payments record no amount.</source>
        <translation>
            <numerusform>%n payment records no amount.</numerusform>
            <numerusform>%n payments record no amount.</numerusform>
        </translation>
    </message>
    <message>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payments in %1, %2 in total. Double-click one to open it.</source>
        <translation>
            <numerusform>%n payment in %1, %2 in total. Double-click it to open it.</numerusform>
            <numerusform>%n payments in %1, %2 in total. Double-click one to open it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show All Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following the graph explorer&apos;s filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the graph explorer&apos;s filter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph explorer&apos;s filter leaves out payments: choose Payment among its relationships, or show all payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::PairComparisonModel</name>
    <message>
        <source>Both hold this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two disagree on this property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the left one has this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the right one has this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::PassphraseDialog</name>
    <message>
        <source>Unlock Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create “%1”. An encrypted workspace reveals nothing on disk without its passphrase, but nobody can recover it if the passphrase is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt “%1” with a passphrase. Nobody can recover the workspace if the passphrase is lost. Copies of the unencrypted file made before (backups, old disk blocks) are not encrypted by this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase for “%1”. The old one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::QuickEntry</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short forms: 2020, 2020-3, 3.2020, 15.3.2020 or 3/15/2020 (in the order of your language), 20200315; 15 alone is that day of the month shown, 15.3 that day of the year shown; t is today, -3 three days ago. The date shows in ISO form (YYYY-MM-DD) when you leave the field.</source>
        <extracomment>Tooltip of date fields. Keep &apos;t&apos; and the examples as they are: they are what is typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::RecordFindingDialog</name>
    <message>
        <source>Record a finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actors, relationships, findings and sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, an alias or words of a finding. Enter opens the result, Escape closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n results in %1 ms. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n result in %1 ms. Enter opens it.</numerusform>
            <numerusform>%n results in %1 ms. Enter opens the selected one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SearchWorker</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: choose for each finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset a new finding goes into; type a name to use a new dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far a new finding may travel until you choose otherwise: exports leave out everything above the level they are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Commonplace after this many minutes without input, so an unattended laptop does not show your research (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <comment>percent sign after the text size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;sensitivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commonplace will speak %1 after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Commonplace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when Commonplace restarts. Restart now? Your work is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the fictional de&amp;mo dataset into a new default workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SourceTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln value</numerusform>
            <numerusform>%Ln values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SourcesView</name>
    <message>
        <source>Search sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sources by title, publisher or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrie&amp;ved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability of the source (A-F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reliability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility of the information (1-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What cites this source (Return opens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding or entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve new source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (saved with the source)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::StatementTableModel</name>
    <message>
        <source>%1
Click to open it (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cites no source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Source id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports with a lower maximum sensitivity leave this value out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admiralty grading of the source: reliability A–F and credibility 1–6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SuggestField</name>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commonplace::ui::TaxonomyView</name>
    <message>
        <source>%1 (F2 renames, Delete removes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tactics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tactic: type its name, Return adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme: type its name, Return adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
Used by %Ln finding(s).</source>
        <translation>
            <numerusform>%1
Used by %Ln finding.</numerusform>
            <numerusform>%1
Used by %Ln findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::WorkspaceLock</name>
    <message>
        <source>“%1” is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was closed and its key dropped from memory. Enter the passphrase to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commonplace, a research workbench for human-rights researchers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to open (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[WORKSPACE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>EditCommand</name>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>Impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;annuler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Record finding &quot;%1&quot;</source>
        <translation>Consigner le constat «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit finding &quot;%1&quot;</source>
        <translation>Modifier le constat «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Supprimer le constat</translation>
    </message>
    <message>
        <source>Delete finding &quot;%1&quot;</source>
        <translation>Supprimer le constat «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add %1 &quot;%2&quot;</source>
        <translation>Ajouter %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Retirer la valeur</translation>
    </message>
    <message>
        <source>Remove %1 &quot;%2&quot;</source>
        <translation>Retirer %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <source>Edit %1 &quot;%2&quot;</source>
        <translation>Modifier %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Création (%1)</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>Supprimer l&apos;entité</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add source &quot;%1&quot;</source>
        <translation>Ajouter la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit source &quot;%1&quot;</source>
        <translation>Modifier la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Delete source &quot;%1&quot;</source>
        <translation>Supprimer la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Renommer en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove tactic or theme</source>
        <translation>Retirer la tactique ou le thème</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot; to a source</source>
        <translation>Joindre «&#xa0;%1&#xa0;» à une source</translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>Unknown key</source>
        <translation>Clé inconnue</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Not yet trusted</source>
        <translation>Pas encore approuvée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Nothing is withheld.</source>
        <translation>Rien n&apos;est retenu.</translation>
    </message>
    <message numerus="yes">
        <source>Values withheld: %n</source>
        <translation>
            <numerusform>Valeurs retenues&#xa0;: %n</numerusform>
            <numerusform>Valeurs retenues&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources withheld: %n</source>
        <translation>
            <numerusform>Sources retenues&#xa0;: %n</numerusform>
            <numerusform>Sources retenues&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources replaced by pseudonyms: %n</source>
        <translation>
            <numerusform>Sources remplacées par des pseudonymes&#xa0;: %n</numerusform>
            <numerusform>Sources remplacées par des pseudonymes&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings withheld: %n</source>
        <translation>
            <numerusform>Constats retenus&#xa0;: %n</numerusform>
            <numerusform>Constats retenus&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judgements withheld: %n</source>
        <translation>
            <numerusform>Jugements retenus&#xa0;: %n</numerusform>
            <numerusform>Jugements retenus&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attachments withheld: %n</source>
        <translation>
            <numerusform>Pièces jointes retenues&#xa0;: %n</numerusform>
            <numerusform>Pièces jointes retenues&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>totalement fiable</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>habituellement fiable</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>assez fiable</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>habituellement peu fiable</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>confirmée par d&apos;autres sources</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>probablement vraie</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>peut-être vraie</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>douteuse</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>véracité impossible à évaluer</translation>
    </message>
    <message>
        <source>Source reliability %1: %2.</source>
        <translation>Fiabilité de la source %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Information credibility %1: %2.</source>
        <translation>Crédibilité de l&apos;information %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>féminin</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculin</translation>
    </message>
    <message>
        <source>other</source>
        <comment>gender</comment>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>Property</name>
    <message>
        <source>Abbreviation</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amount in EUR</source>
        <translation>Montant en EUR</translation>
    </message>
    <message>
        <source>Amount in USD</source>
        <translation>Montant en USD</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Authority-issued identifier</source>
        <translation>Identifiant attribué par l&apos;autorité</translation>
    </message>
    <message>
        <source>BIK</source>
        <translation>BIK</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Beneficiary bank account</source>
        <translation>Compte bancaire du bénéficiaire</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Bureau van Dijk ID</source>
        <translation>Identifiant Bureau van Dijk</translation>
    </message>
    <message>
        <source>CAGE</source>
        <translation>CAGE</translation>
    </message>
    <message>
        <source>COATO / SOATO / OKATO</source>
        <translation>COATO / SOATO / OKATO</translation>
    </message>
    <message>
        <source>COD CAEM</source>
        <translation>COD CAEM</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Pays de naissance</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Currency of shares</source>
        <translation>Devise des parts</translation>
    </message>
    <message>
        <source>DUNS</source>
        <translation>DUNS</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Death date</source>
        <translation>Date de décès</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Dissolution date</source>
        <translation>Date de dissolution</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Origine ethnique</translation>
    </message>
    <message>
        <source>Eye color</source>
        <translation>Couleur des yeux</translation>
    </message>
    <message>
        <source>FSS</source>
        <translation>FSS</translation>
    </message>
    <message>
        <source>Federal tax service code</source>
        <translation>Code du service fédéral des impôts</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Adresse complète</translation>
    </message>
    <message>
        <source>GIIN</source>
        <translation>GIIN</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Google Places ID</source>
        <translation>Identifiant Google Places</translation>
    </message>
    <message>
        <source>Hair color</source>
        <translation>Couleur des cheveux</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>ICIJ ID</source>
        <translation>Identifiant ICIJ</translation>
    </message>
    <message>
        <source>ID Number</source>
        <translation>Numéro d&apos;identification</translation>
    </message>
    <message>
        <source>IMO Number</source>
        <translation>Numéro OMI</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>IPO</source>
        <translation>IPO</translation>
    </message>
    <message>
        <source>IRS Number</source>
        <translation>Numéro IRS</translation>
    </message>
    <message>
        <source>ISIN</source>
        <translation>ISIN</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Incorporation date</source>
        <translation>Date de constitution</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Impliqués</translation>
    </message>
    <message>
        <source>JIB</source>
        <translation>JIB</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>KPP</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>License Number</source>
        <translation>Numéro de licence</translation>
    </message>
    <message>
        <source>Listing date</source>
        <translation>Date d&apos;inscription sur la liste</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>MBS</source>
        <translation>MBS</translation>
    </message>
    <message>
        <source>Matronymic</source>
        <translation>Matronyme</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Modified on</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Suffixe du nom</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number of shares</source>
        <translation>Nombre de parts</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>OGRN</translation>
    </message>
    <message>
        <source>OKOPF</source>
        <translation>OKOPF</translation>
    </message>
    <message>
        <source>OKPO</source>
        <translation>OKPO</translation>
    </message>
    <message>
        <source>OKSM</source>
        <translation>OKSM</translation>
    </message>
    <message>
        <source>OKVED(2) Classifier</source>
        <translation>Classification OKVED(2)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>OpenCorporates URL</source>
        <translation>URL OpenCorporates</translation>
    </message>
    <message>
        <source>OpenStreetmap Place ID</source>
        <translation>Identifiant de lieu OpenStreetMap</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Autre nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>PFR Number</source>
        <translation>Numéro PFR</translation>
    </message>
    <message>
        <source>PO Box</source>
        <translation>Boîte postale</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Société mère</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Numéro de passeport</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronyme</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Payer bank account</source>
        <translation>Compte bancaire du payeur</translation>
    </message>
    <message>
        <source>Payment programme</source>
        <translation>Programme de paiement</translation>
    </message>
    <message>
        <source>Payment purpose</source>
        <translation>Objet du paiement</translation>
    </message>
    <message>
        <source>Percentage held</source>
        <translation>Pourcentage détenu</translation>
    </message>
    <message>
        <source>PermID</source>
        <translation>PermID</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Physical appearance</source>
        <translation>Apparence physique</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Political association</source>
        <translation>Appartenance politique</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Previous name</source>
        <translation>Ancien nom</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Program ID</source>
        <translation>Identifiant du programme</translation>
    </message>
    <message>
        <source>Program URL</source>
        <translation>URL du programme</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Publishing source</source>
        <translation>Source de publication</translation>
    </message>
    <message>
        <source>Publishing source URL</source>
        <translation>URL de la source de publication</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Identifiant de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Proche</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Récupéré le</translation>
    </message>
    <message>
        <source>Reuters Instrument Code</source>
        <translation>Code d&apos;instrument Reuters</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>SEC Central Index Key</source>
        <translation>Clé CIK de la SEC</translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation>SWIFT/BIC</translation>
    </message>
    <message>
        <source>Scope of sanctions</source>
        <translation>Portée des sanctions</translation>
    </message>
    <message>
        <source>Second name</source>
        <translation>Second prénom</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Numéro d&apos;ordre</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>Numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Document source</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Lien vers la source</translation>
    </message>
    <message>
        <source>Spoken language</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stock ticker symbol</source>
        <translation>Symbole boursier</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Street address (ctd.)</source>
        <translation>Adresse postale (suite)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Tax Number</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <source>Tax status</source>
        <translation>Statut fiscal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation>Numéro de transaction</translation>
    </message>
    <message>
        <source>Type of ownership</source>
        <translation>Type de participation</translation>
    </message>
    <message>
        <source>Type of shares</source>
        <translation>Type de parts</translation>
    </message>
    <message>
        <source>UN SC identifier</source>
        <translation>Identifiant du Conseil de sécurité de l&apos;ONU</translation>
    </message>
    <message>
        <source>Unique Entity ID</source>
        <translation>Identifiant unique d&apos;entité (UEI)</translation>
    </message>
    <message>
        <source>V.A.T. Identifier</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>VOEN</source>
        <translation>VOEN</translation>
    </message>
    <message>
        <source>Value of shares</source>
        <translation>Valeur des parts</translation>
    </message>
    <message>
        <source>Weak alias</source>
        <translation>Alias faible</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Wikidata ID</source>
        <translation>Identifiant Wikidata</translation>
    </message>
    <message>
        <source>Wikipedia Article</source>
        <translation>Article Wikipédia</translation>
    </message>
    <message>
        <source>ibcRUC</source>
        <translation>ibcRUC</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Airplane</source>
        <translation>Avion</translation>
    </message>
    <message>
        <source>Airplanes</source>
        <translation>Avions</translation>
    </message>
    <message>
        <source>Analyzable</source>
        <translation>Analysable</translation>
    </message>
    <message>
        <source>Analyzables</source>
        <translation>Analysables</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Associates</source>
        <translation>Associés</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Audio files</source>
        <translation>Fichiers audio</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Comptes bancaires</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Call for tenders</source>
        <translation>Appel d&apos;offres</translation>
    </message>
    <message>
        <source>Calls for tenders</source>
        <translation>Appels d&apos;offres</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Contract award</source>
        <translation>Attribution de marché</translation>
    </message>
    <message>
        <source>Contract awards</source>
        <translation>Attributions de marchés</translation>
    </message>
    <message>
        <source>Court case</source>
        <translation>Affaire judiciaire</translation>
    </message>
    <message>
        <source>Court cases</source>
        <translation>Affaires judiciaires</translation>
    </message>
    <message>
        <source>Case party</source>
        <translation>Partie à l&apos;affaire</translation>
    </message>
    <message>
        <source>Case parties</source>
        <translation>Parties aux affaires</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet</source>
        <translation>Portefeuille de cryptomonnaie</translation>
    </message>
    <message>
        <source>Cryptocurrency wallets</source>
        <translation>Portefeuilles de cryptomonnaie</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Dette</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Dettes</translation>
    </message>
    <message>
        <source>Directorship</source>
        <translation>Mandat de dirigeant</translation>
    </message>
    <message>
        <source>Directorships</source>
        <translation>Mandats de dirigeant</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Documentations</source>
        <translation>Documentations</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>Déclaration en douane</translation>
    </message>
    <message>
        <source>Customs declarations</source>
        <translation>Déclarations en douane</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>E-Mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Lien familial</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Membres de la famille</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Pages web</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Identifications</source>
        <translation>Pièces d&apos;identité</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Entité juridique</translation>
    </message>
    <message>
        <source>Legal entities</source>
        <translation>Entités juridiques</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation d&apos;un poste</translation>
    </message>
    <message>
        <source>Occupancies</source>
        <translation>Occupations de postes</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Ownerships</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Passports</source>
        <translation>Passeports</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Fichier texte</translation>
    </message>
    <message>
        <source>Text files</source>
        <translation>Fichiers texte</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Project participant</source>
        <translation>Participant au projet</translation>
    </message>
    <message>
        <source>Project participants</source>
        <translation>Participants aux projets</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <source>Public bodies</source>
        <translation>Organismes publics</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Bien immobilier</translation>
    </message>
    <message>
        <source>Real estates</source>
        <translation>Biens immobiliers</translation>
    </message>
    <message>
        <source>Representation</source>
        <translation>Représentation</translation>
    </message>
    <message>
        <source>Representations</source>
        <translation>Représentations</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sanctions</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Titre financier</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>Titres financiers</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Similaire</translation>
    </message>
    <message>
        <source>Similar entities</source>
        <translation>Entités similaires</translation>
    </message>
    <message>
        <source>Succession</source>
        <translation>Succession</translation>
    </message>
    <message>
        <source>Successions</source>
        <translation>Successions</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>Tax roll</source>
        <translation>Rôle d&apos;imposition</translation>
    </message>
    <message>
        <source>Tax rolls</source>
        <translation>Rôles d&apos;imposition</translation>
    </message>
    <message>
        <source>Thing</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Voyages</translation>
    </message>
    <message>
        <source>Other link</source>
        <translation>Autre lien</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>Autres liens</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Compte utilisateur</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Navire</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>Navires</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Classeurs</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Disinformation</source>
        <translation>Désinformation</translation>
    </message>
    <message>
        <source>Strategic litigation</source>
        <translation>Contentieux stratégique</translation>
    </message>
    <message>
        <source>Legislative lobbying</source>
        <translation>Lobbying législatif</translation>
    </message>
    <message>
        <source>Astroturfing</source>
        <translation>Astroturfing</translation>
    </message>
    <message>
        <source>Institutional capture</source>
        <translation>Captation des institutions</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>Harcèlement en ligne</translation>
    </message>
    <message>
        <source>Co-opting human-rights language</source>
        <translation>Récupération du langage des droits humains</translation>
    </message>
    <message>
        <source>Funding local proxies</source>
        <translation>Financement de relais locaux</translation>
    </message>
    <message>
        <source>Pseudo-scientific research</source>
        <translation>Recherche pseudo-scientifique</translation>
    </message>
    <message>
        <source>UN and treaty-body advocacy</source>
        <translation>Plaidoyer à l&apos;ONU et auprès des organes de traités</translation>
    </message>
    <message>
        <source>Electoral mobilisation</source>
        <translation>Mobilisation électorale</translation>
    </message>
    <message>
        <source>Religious mobilisation</source>
        <translation>Mobilisation religieuse</translation>
    </message>
    <message>
        <source>Conversion therapy promotion</source>
        <translation>Promotion des thérapies de conversion</translation>
    </message>
    <message>
        <source>Citizens&apos; initiatives and referendums</source>
        <translation>Initiatives citoyennes et référendums</translation>
    </message>
    <message>
        <source>Media ownership and content</source>
        <translation>Propriété et contenus des médias</translation>
    </message>
    <message>
        <source>Curriculum interference</source>
        <translation>Ingérence dans les programmes scolaires</translation>
    </message>
    <message>
        <source>Crisis pregnancy centres</source>
        <translation>Faux centres d&apos;aide à la grossesse</translation>
    </message>
    <message>
        <source>Opaque financing</source>
        <translation>Financement opaque</translation>
    </message>
    <message>
        <source>Training and networking</source>
        <translation>Formation et mise en réseau</translation>
    </message>
    <message>
        <source>Restricting civil society</source>
        <translation>Restriction de la société civile</translation>
    </message>
    <message>
        <source>SRHR and abortion</source>
        <translation>DSSR et avortement</translation>
    </message>
    <message>
        <source>LGBTIQ+ rights</source>
        <translation>Droits des personnes LGBTIQ+</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Égalité de genre</translation>
    </message>
    <message>
        <source>Comprehensive sexuality education</source>
        <translation>Éducation complète à la sexualité</translation>
    </message>
    <message>
        <source>Family policy</source>
        <translation>Politique familiale</translation>
    </message>
    <message>
        <source>Civic space</source>
        <translation>Espace civique</translation>
    </message>
    <message>
        <source>Bodily autonomy</source>
        <translation>Autonomie corporelle</translation>
    </message>
    <message>
        <source>Religion and the state</source>
        <translation>Religion et État</translation>
    </message>
    <message>
        <source>Democracy and rule of law</source>
        <translation>Démocratie et État de droit</translation>
    </message>
    <message>
        <source>International norms</source>
        <translation>Normes internationales</translation>
    </message>
    <message>
        <source>Producing or spreading false or misleading claims, for example about sexual and reproductive health, gender or LGBTIQ+ people, to shape public opinion or policy.</source>
        <translation>Produire ou diffuser des affirmations fausses ou trompeuses, par exemple sur la santé sexuelle et reproductive, le genre ou les personnes LGBTIQ+, pour influencer l&apos;opinion publique ou les politiques.</translation>
    </message>
    <message>
        <source>Bringing, funding or intervening in court cases to restrict rights, set restrictive precedents or exhaust opponents&apos; resources.</source>
        <translation>Engager, financer ou intervenir dans des procédures judiciaires pour restreindre des droits, créer des précédents restrictifs ou épuiser les ressources des adversaires.</translation>
    </message>
    <message>
        <source>Drafting, promoting or blocking bills and policies through direct contact with legislators, ministries and their staff.</source>
        <translation>Rédiger, promouvoir ou bloquer des projets de loi et des politiques par un contact direct avec les parlementaires, les ministères et leurs équipes.</translation>
    </message>
    <message>
        <source>Presenting an organised, often externally funded campaign as a spontaneous grassroots movement, for example through front groups or coordinated petitions.</source>
        <translation>Présenter une campagne organisée, souvent financée de l&apos;extérieur, comme un mouvement citoyen spontané, par exemple au moyen de groupes écrans ou de pétitions coordonnées.</translation>
    </message>
    <message>
        <source>Placing allies in, or gaining lasting influence over, public bodies, regulators, courts, universities or professional associations.</source>
        <translation>Placer des alliés au sein des organismes publics, des autorités de régulation, des tribunaux, des universités ou des ordres professionnels, ou y acquérir une influence durable.</translation>
    </message>
    <message>
        <source>Coordinated abuse, threats, doxxing or mass reporting aimed at activists, journalists, health workers or officials.</source>
        <translation>Insultes, menaces, divulgation de données personnelles ou signalements massifs coordonnés visant des militantes et militants, des journalistes, des soignants ou des responsables publics.</translation>
    </message>
    <message>
        <source>Reframing restrictive positions in the vocabulary of human rights, such as parental rights, religious freedom or the protection of children.</source>
        <translation>Reformuler des positions restrictives dans le vocabulaire des droits humains, comme les droits des parents, la liberté religieuse ou la protection de l&apos;enfance.</translation>
    </message>
    <message>
        <source>Channelling money, training or materials from foreign funders to local organisations that then act under a local identity.</source>
        <translation>Faire transiter de l&apos;argent, des formations ou du matériel de bailleurs étrangers vers des organisations locales qui agissent ensuite sous une identité locale.</translation>
    </message>
    <message>
        <source>Commissioning or promoting studies, institutes or journals that lend a scientific appearance to predetermined conclusions.</source>
        <translation>Commander ou promouvoir des études, des instituts ou des revues qui donnent une apparence scientifique à des conclusions décidées d&apos;avance.</translation>
    </message>
    <message>
        <source>Lobbying at the United Nations, regional bodies and treaty bodies to weaken resolutions, agreed language or the mandates of rights mechanisms.</source>
        <translation>Faire pression à l&apos;ONU, dans les instances régionales et auprès des organes de traités pour affaiblir des résolutions, un langage convenu ou les mandats des mécanismes de protection des droits.</translation>
    </message>
    <message>
        <source>Endorsing candidates, running voter guides or pledges, and mobilising voters around restrictive policy positions.</source>
        <translation>Soutenir des candidats, diffuser des guides de vote ou des engagements, et mobiliser l&apos;électorat autour de positions politiques restrictives.</translation>
    </message>
    <message>
        <source>Using congregations, clergy and faith networks to organise campaigns, marches, petitions or sermons for a policy agenda.</source>
        <translation>Utiliser des congrégations, le clergé et des réseaux religieux pour organiser des campagnes, des marches, des pétitions ou des sermons au service d&apos;un programme politique.</translation>
    </message>
    <message>
        <source>Promoting, offering or defending practices that aim to change or suppress a person&apos;s sexual orientation or gender identity.</source>
        <translation>Promouvoir, proposer ou défendre des pratiques qui visent à changer ou à réprimer l&apos;orientation sexuelle ou l&apos;identité de genre d&apos;une personne.</translation>
    </message>
    <message>
        <source>Collecting signatures for popular initiatives, referendums or petitions to entrench restrictive definitions in law or constitutions.</source>
        <translation>Recueillir des signatures pour des initiatives populaires, des référendums ou des pétitions afin d&apos;inscrire des définitions restrictives dans la loi ou la constitution.</translation>
    </message>
    <message>
        <source>Owning, financing or supplying outlets, channels and content producers that carry the movement&apos;s messaging.</source>
        <translation>Posséder, financer ou alimenter des médias, des chaînes et des producteurs de contenus qui relaient les messages du mouvement.</translation>
    </message>
    <message>
        <source>Campaigning against or replacing school curricula, textbooks and sexuality education programmes.</source>
        <translation>Faire campagne contre des programmes scolaires, des manuels et des programmes d&apos;éducation à la sexualité, ou les remplacer.</translation>
    </message>
    <message>
        <source>Running or funding centres that present themselves as health services while discouraging abortion or contraception.</source>
        <translation>Gérer ou financer des centres qui se présentent comme des services de santé tout en dissuadant de recourir à l&apos;avortement ou à la contraception.</translation>
    </message>
    <message>
        <source>Moving money through shell companies, donor-advised funds, nominees or offshore jurisdictions so that its origin is hard to trace.</source>
        <translation>Faire circuler de l&apos;argent par des sociétés écrans, des fonds orientés par les donateurs, des prête-noms ou des juridictions offshore pour en masquer l&apos;origine.</translation>
    </message>
    <message>
        <source>Running conferences, fellowships and training programmes that build a transnational network of advocates, lawyers and politicians.</source>
        <translation>Organiser des conférences, des bourses et des programmes de formation qui construisent un réseau transnational de militants, de juristes et de responsables politiques.</translation>
    </message>
    <message>
        <source>Promoting laws or administrative measures, such as foreign-agent or registration rules, that restrict the organisations defending rights.</source>
        <translation>Promouvoir des lois ou des mesures administratives, comme les règles sur les «&#xa0;agents de l&apos;étranger&#xa0;» ou l&apos;enregistrement, qui restreignent les organisations de défense des droits.</translation>
    </message>
    <message>
        <source>Sexual and reproductive health and rights, including access to abortion, contraception and maternal health care.</source>
        <translation>Santé et droits sexuels et reproductifs, y compris l&apos;accès à l&apos;avortement, à la contraception et aux soins de santé maternelle.</translation>
    </message>
    <message>
        <source>Rights of lesbian, gay, bisexual, trans, intersex and queer people, including decriminalisation, non-discrimination and legal gender recognition.</source>
        <translation>Droits des personnes lesbiennes, gays, bisexuelles, trans, intersexes et queers, y compris la dépénalisation, la non-discrimination et la reconnaissance juridique du genre.</translation>
    </message>
    <message>
        <source>Equality between women and men, including gender-based violence law, the Istanbul Convention and women&apos;s political participation.</source>
        <translation>Égalité entre les femmes et les hommes, y compris le droit relatif aux violences fondées sur le genre, la Convention d&apos;Istanbul et la participation politique des femmes.</translation>
    </message>
    <message>
        <source>Age-appropriate, evidence-based education on sexuality, relationships, consent and health in schools and beyond.</source>
        <translation>Éducation adaptée à l&apos;âge et fondée sur des données probantes sur la sexualité, les relations, le consentement et la santé, à l&apos;école et au-delà.</translation>
    </message>
    <message>
        <source>Legal definitions of marriage and family, parental rights, child protection, divorce and family benefits.</source>
        <translation>Définitions juridiques du mariage et de la famille, droits des parents, protection de l&apos;enfance, divorce et prestations familiales.</translation>
    </message>
    <message>
        <source>Freedom of association, assembly and expression, and the conditions under which civil-society organisations can operate.</source>
        <translation>Libertés d&apos;association, de réunion et d&apos;expression, et conditions dans lesquelles les organisations de la société civile peuvent agir.</translation>
    </message>
    <message>
        <source>The right to make decisions about one&apos;s own body, including gender-affirming care, end-of-life decisions and consent to treatment.</source>
        <translation>Le droit de prendre des décisions sur son propre corps, y compris les soins d&apos;affirmation de genre, les décisions de fin de vie et le consentement aux soins.</translation>
    </message>
    <message>
        <source>The place of religion in law and public institutions, including claims of religious freedom used to limit others&apos; rights.</source>
        <translation>La place de la religion dans le droit et les institutions publiques, y compris l&apos;invocation de la liberté religieuse pour limiter les droits d&apos;autrui.</translation>
    </message>
    <message>
        <source>Independence of courts and institutions, electoral integrity and constitutional change.</source>
        <translation>Indépendance des tribunaux et des institutions, intégrité des élections et changements constitutionnels.</translation>
    </message>
    <message>
        <source>Human-rights standards negotiated at the United Nations and regional bodies, and their implementation at home.</source>
        <translation>Normes relatives aux droits humains négociées à l&apos;ONU et dans les instances régionales, et leur mise en œuvre au niveau national.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::AnalystActions</name>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Graph Explorer</source>
        <translation>&amp;Explorateur de graphe</translation>
    </message>
    <message>
        <source>Explore who funds whom: paths, money flows, communities, pictures</source>
        <translation>Explorer qui finance qui&#xa0;: chemins, flux financiers, communautés, images</translation>
    </message>
    <message>
        <source>&amp;Show in Graph</source>
        <translation>&amp;Afficher dans le graphe</translation>
    </message>
    <message>
        <source>Open the selected actor in the graph explorer with its neighbours</source>
        <translation>Ouvrir l&apos;acteur sélectionné dans l&apos;explorateur de graphe avec ses voisins</translation>
    </message>
    <message>
        <source>Money-Flow &amp;Timeline</source>
        <translation>&amp;Chronologie des flux financiers</translation>
    </message>
    <message>
        <source>Payments to or from the selected actor over time</source>
        <translation>Paiements reçus ou versés par l&apos;acteur sélectionné dans le temps</translation>
    </message>
    <message>
        <source>&amp;Review Queue</source>
        <translation>File d&apos;e&amp;xamen</translation>
    </message>
    <message>
        <source>Judge candidate pairs of the same actor; unmerge</source>
        <translation>Juger les paires candidates d&apos;un même acteur&#xa0;; défusionner</translation>
    </message>
    <message>
        <source>Graph Explorer — Commonplace</source>
        <translation>Explorateur de graphe — Commonplace</translation>
    </message>
    <message>
        <source>Money-Flow Timeline — Commonplace</source>
        <translation>Chronologie des flux financiers — Commonplace</translation>
    </message>
    <message>
        <source>Review Queue — Commonplace</source>
        <translation>File d&apos;examen — Commonplace</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>The graph explorer: who funds whom, paths between actors, follow the money. Open a workspace to explore it.</source>
        <translation>L&apos;explorateur de graphe&#xa0;: qui finance qui, chemins entre acteurs, suivi de l&apos;argent. Ouvrez un espace de travail pour l&apos;explorer.</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>Flux financiers</translation>
    </message>
    <message>
        <source>The money-flow timeline: one actor&apos;s payments per year or month. Open a workspace to see it.</source>
        <translation>La chronologie des flux financiers&#xa0;: les paiements d&apos;un acteur par année ou par mois. Ouvrez un espace de travail pour la voir.</translation>
    </message>
    <message>
        <source>Gra&amp;ph</source>
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <source>&amp;Money Flows</source>
        <translation>&amp;Flux financiers</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::BundleExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Signed by %1 (%2)</source>
        <translation>Signé par %1 (%2)</translation>
    </message>
    <message>
        <source>This workspace has no organisation key yet: make one in Tools &gt; Keys before exporting a bundle.</source>
        <translation>Cet espace de travail n&apos;a pas encore de clé d&apos;organisation&#xa0;: créez-en une dans Outils &gt; Clés avant d&apos;exporter un paquet.</translation>
    </message>
    <message>
        <source>Highest sensitivity to include</source>
        <translation>Sensibilité maximale à inclure</translation>
    </message>
    <message>
        <source>Dataset to export</source>
        <translation>Jeu de données à exporter</translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation>Tous les jeux de données</translation>
    </message>
    <message>
        <source>Replace withheld &amp;sources by pseudonyms</source>
        <translation>Remplacer les &amp;sources retenues par des pseudonymes</translation>
    </message>
    <message>
        <source>Partners see that claims rest on the same source without learning which source it is.</source>
        <translation>Les partenaires voient que des affirmations reposent sur la même source sans savoir laquelle.</translation>
    </message>
    <message>
        <source>Partners to seal the bundle to</source>
        <translation>Partenaires pour qui sceller le paquet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No trusted partner keys: the bundle will be signed but not sealed, readable by anyone who gets the file.</source>
        <translation>Aucune clé de partenaire approuvée&#xa0;: le paquet sera signé mais pas scellé, lisible par quiconque obtient le fichier.</translation>
    </message>
    <message>
        <source>Checked partners alone can open the bundle. With none checked, anyone who gets the file can read it.</source>
        <translation>Seuls les partenaires cochés peuvent ouvrir le paquet. Si aucun n&apos;est coché, quiconque obtient le fichier peut le lire.</translation>
    </message>
    <message>
        <source>Seal to</source>
        <translation>Sceller pour</translation>
    </message>
    <message>
        <source>Stays home</source>
        <translation>Reste ici</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Fichier de destination</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>Choisir le fichier de destination</translation>
    </message>
    <message>
        <source>Passphrase of the organisation key</source>
        <translation>Phrase secrète de la clé d&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Include up to:</source>
        <translation>&amp;Inclure jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Enregistrer &amp;vers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Everything above “%1” stays in this workspace.</source>
        <translation>Tout ce qui dépasse «&#xa0;%1&#xa0;» reste dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Export bundle to</source>
        <translation>Exporter le paquet vers</translation>
    </message>
    <message>
        <source>Commonplace bundles (*.cpbundle);;All files (*)</source>
        <translation>Paquets Commonplace (*.cpbundle);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::BundleImportDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Passphrase of the organisation key</source>
        <translation>Phrase secrète de la clé d&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the sealed bundle</source>
        <translation>Ouvrir le paquet scellé</translation>
    </message>
    <message>
        <source>This bundle is sealed: enter the passphrase of the organisation key to read it.</source>
        <translation>Ce paquet est scellé&#xa0;: saisissez la phrase secrète de la clé d&apos;organisation pour le lire.</translation>
    </message>
    <message>
        <source>&amp;Trust this key: I have compared the fingerprint with the sender by another channel</source>
        <translation>&amp;Faire confiance à cette clé&#xa0;: j&apos;ai comparé l&apos;empreinte avec l&apos;expéditeur par un autre canal</translation>
    </message>
    <message>
        <source>Lowest sensitivity to give what is imported</source>
        <translation>Sensibilité minimale à donner à ce qui est importé</translation>
    </message>
    <message>
        <source>What is imported is never shared above this level again.</source>
        <translation>Ce qui est importé n&apos;est plus jamais partagé au-delà de ce niveau.</translation>
    </message>
    <message>
        <source>Dataset to import into</source>
        <translation>Jeu de données de destination</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>En mots&#xa0;:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import as at least:</source>
        <translation>&amp;Importer au moins en&#xa0;:</translation>
    </message>
    <message>
        <source>Into &amp;dataset:</source>
        <translation>Dans le &amp;jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation>(scellé)</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>(compare the fingerprint with the sender before you trust it)</source>
        <translation>(comparez l&apos;empreinte avec l&apos;expéditeur avant de lui faire confiance)</translation>
    </message>
    <message>
        <source>Dataset “%1”, bundle number %2, made %3; up to “%4”.</source>
        <translation>Jeu de données «&#xa0;%1&#xa0;», paquet n° %2, créé le %3&#xa0;; jusqu&apos;à «&#xa0;%4&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
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
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported until you trust this key. Ask %1 to read you their fingerprint, or its words, by phone or in person; if it matches, tick the box above, or trust the key in Tools &gt; Keys.</source>
        <translation>Rien n&apos;est importé tant que vous n&apos;approuvez pas cette clé. Demandez à %1 de vous lire son empreinte, ou ses mots, par téléphone ou en personne&#xa0;; si elle correspond, cochez la case ci-dessus, ou approuvez la clé dans Outils &gt; Clés.</translation>
    </message>
    <message>
        <source>Refused: the key that signed this bundle is revoked.</source>
        <translation>Refusé&#xa0;: la clé qui a signé ce paquet est révoquée.</translation>
    </message>
    <message>
        <source>Refused: this is bundle number %1 of “%2”, and number %3 has already been imported from this sender. An old bundle sent again could undo the sender&apos;s corrections.</source>
        <translation>Refusé&#xa0;: c&apos;est le paquet n° %1 de «&#xa0;%2&#xa0;», et le n° %3 a déjà été importé de cet expéditeur. Un ancien paquet renvoyé pourrait annuler les corrections de l&apos;expéditeur.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvFilterDialog</name>
    <message>
        <source>Rows Read by %1</source>
        <translation>Lignes lues — %1</translation>
    </message>
    <message>
        <source>Without filters a pass reads every row. A filter reads only the rows whose cell in a column is exactly one of some values (or skips those rows); every filter must hold. Cells are compared as they are in the file, spaces and case included.</source>
        <translation>Sans filtre, un passage lit toutes les lignes. Un filtre ne lit que les lignes dont la cellule dans une colonne vaut exactement l&apos;une de certaines valeurs (ou ignore ces lignes)&#xa0;; tous les filtres doivent être satisfaits. Les cellules sont comparées telles qu&apos;elles sont dans le fichier, espaces et casse compris.</translation>
    </message>
    <message>
        <source>Filters of this pass</source>
        <translation>Filtres de ce passage</translation>
    </message>
    <message>
        <source>&amp;Filters:</source>
        <translation>&amp;Filtres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add Filter</source>
        <translation>&amp;Ajouter un filtre</translation>
    </message>
    <message>
        <source>&amp;Remove Filter</source>
        <translation>&amp;Retirer le filtre</translation>
    </message>
    <message>
        <source>Column of the filter</source>
        <translation>Colonne du filtre</translation>
    </message>
    <message>
        <source>What the filter does</source>
        <translation>Ce que fait le filtre</translation>
    </message>
    <message>
        <source>reads only rows where the cell is one of</source>
        <translation>ne lit que les lignes dont la cellule est l&apos;une des valeurs</translation>
    </message>
    <message>
        <source>skips rows where the cell is one of</source>
        <translation>ignore les lignes dont la cellule est l&apos;une des valeurs</translation>
    </message>
    <message>
        <source>Values, one per line</source>
        <translation>Valeurs, une par ligne</translation>
    </message>
    <message>
        <source>One value per line, exactly as in the file.</source>
        <translation>Une valeur par ligne, exactement comme dans le fichier.</translation>
    </message>
    <message>
        <source>or the cell is &amp;empty</source>
        <translation>ou la cellule est vi&amp;de</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Colonne&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Règ&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Values (one per line):</source>
        <translation>&amp;Valeurs (une par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>Skip rows where %1 is %2</source>
        <translation>Ignorer les lignes où %1 vaut %2</translation>
    </message>
    <message>
        <source>Only rows where %1 is %2</source>
        <translation>Seulement les lignes où %1 vaut %2</translation>
    </message>
    <message>
        <source>%1 (not in the file)</source>
        <translation>%1 (absente du fichier)</translation>
    </message>
    <message>
        <source>In the first rows: %1</source>
        <translation>Dans les premières lignes&#xa0;: %1</translation>
    </message>
    <message>
        <source>A filter names a column the file does not have.</source>
        <translation>Un filtre désigne une colonne absente du fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the first %n rows pass these filters.</source>
        <translation>
            <numerusform>Lignes retenues par ces filtres&#xa0;: %1 sur la première.</numerusform>
            <numerusform>Lignes retenues par ces filtres&#xa0;: %1 sur les %n premières.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvMappingEditor</name>
    <message>
        <source>CSV Mapping — %1</source>
        <translation>Correspondance CSV — %1</translation>
    </message>
    <message>
        <source>Say which entities each row of &lt;b&gt;%1&lt;/b&gt; becomes: their type, the columns whose values identify them, and where each property comes from. The preview below imports the first rows for real, into a scratch workspace.</source>
        <translation>Indiquez quelles entités chaque ligne de &lt;b&gt;%1&lt;/b&gt; produit&#xa0;: leur type, les colonnes dont les valeurs les identifient et la provenance de chaque propriété. L&apos;aperçu ci-dessous importe réellement les premières lignes, dans un espace de travail temporaire.</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Délimiteur</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe de l&apos;Ouest)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation>La première ligne contient les noms des colonnes</translation>
    </message>
    <message>
        <source>Without a header row the first row is data and the columns are named by their number: 1, 2, 3, …</source>
        <translation>Sans ligne d&apos;en-tête, la première ligne est une donnée et les colonnes sont désignées par leur numéro&#xa0;: 1, 2, 3, …</translation>
    </message>
    <message>
        <source>Id prefix</source>
        <translation>Préfixe des identifiants</translation>
    </message>
    <message>
        <source>Text hashed into every id; FollowTheMoney uses the dataset name. Leave it empty unless ids must match another tool&apos;s.</source>
        <translation>Texte haché dans chaque identifiant&#xa0;; FollowTheMoney utilise le nom du jeu de données. Laissez-le vide, sauf si les identifiants doivent correspondre à ceux d&apos;un autre outil.</translation>
    </message>
    <message>
        <source>Pass over the file</source>
        <translation>Passage sur le fichier</translation>
    </message>
    <message>
        <source>This mapping reads the file several times, each pass with its own row filter and entities.</source>
        <translation>Cette correspondance lit le fichier plusieurs fois, chaque passage avec son propre filtre de lignes et ses propres entités.</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Délimiteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Id pre&amp;fix:</source>
        <translation>Pré&amp;fixe des identifiants&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ass:</source>
        <translation>P&amp;assage&#xa0;:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>First &amp;rows of the file:</source>
        <translation>Premières lignes du fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>Entities each row makes</source>
        <translation>Entités que produit chaque ligne</translation>
    </message>
    <message>
        <source>Entit&amp;ies each row makes:</source>
        <translation>Entités &amp;que produit chaque ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Type of a new entity</source>
        <translation>Type d&apos;une nouvelle entité</translation>
    </message>
    <message>
        <source>Type of the entity</source>
        <translation>Type de l&apos;entité</translation>
    </message>
    <message>
        <source>Add entit&amp;y</source>
        <translation>A&amp;jouter l&apos;entité</translation>
    </message>
    <message>
        <source>Remo&amp;ve entity</source>
        <translation>&amp;Retirer l&apos;entité</translation>
    </message>
    <message>
        <source>Ne&amp;w:</source>
        <translation>Nou&amp;velle&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the entity in the mapping</source>
        <translation>Nom de l&apos;entité dans la correspondance</translation>
    </message>
    <message>
        <source>Used by links between the entities of a row (a payment&apos;s payer is the entity named here).</source>
        <translation>Sert aux liens entre les entités d&apos;une ligne (le payeur d&apos;un paiement est l&apos;entité nommée ici).</translation>
    </message>
    <message>
        <source>Key columns</source>
        <translation>Colonnes clés</translation>
    </message>
    <message>
        <source>Tick the columns whose values identify the entity: rows with the same values make one entity. Space ticks the current column.</source>
        <translation>Cochez les colonnes dont les valeurs identifient l&apos;entité&#xa0;: les lignes aux mêmes valeurs produisent une seule entité. Espace coche la colonne courante.</translation>
    </message>
    <message>
        <source>Key text</source>
        <translation>Texte de clé</translation>
    </message>
    <message>
        <source>Optional text hashed into this entity&apos;s ids, to keep apart entities made from the same columns.</source>
        <translation>Texte facultatif haché dans les identifiants de cette entité, pour distinguer des entités produites à partir des mêmes colonnes.</translation>
    </message>
    <message>
        <source>Properties of the entity</source>
        <translation>Propriétés de l&apos;entité</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Property to add</source>
        <translation>Propriété à ajouter</translation>
    </message>
    <message>
        <source>★ required by the type, ◆ names the entity</source>
        <translation>★ exigée par le type, ◆ nomme l&apos;entité</translation>
    </message>
    <message>
        <source>Add pro&amp;perty</source>
        <translation>Ajouter une pr&amp;opriété</translation>
    </message>
    <message>
        <source>Remove t&amp;his property</source>
        <translation>Re&amp;tirer cette propriété</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key columns:</source>
        <translation>Colonnes &amp;clés&#xa0;:</translation>
    </message>
    <message>
        <source>Key &amp;literal:</source>
        <translation>Texte de cl&amp;é&#xa0;:</translation>
    </message>
    <message>
        <source>Pr&amp;operties (★ required by the type, ◆ names the entity):</source>
        <translation>Propr&amp;iétés (★ exigée par le type, ◆ nomme l&apos;entité)&#xa0;:</translation>
    </message>
    <message>
        <source>Source of the values</source>
        <translation>Provenance des valeurs</translation>
    </message>
    <message>
        <source>A column</source>
        <translation>Une colonne</translation>
    </message>
    <message>
        <source>A constant value</source>
        <translation>Une valeur constante</translation>
    </message>
    <message>
        <source>A template of columns</source>
        <translation>Un modèle de colonnes</translation>
    </message>
    <message>
        <source>Another entity of the row</source>
        <translation>Une autre entité de la ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Constant value or template</source>
        <translation>Valeur constante ou modèle</translation>
    </message>
    <message>
        <source>Target entity</source>
        <translation>Entité cible</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>ISO dates; or e.g. %d.%m.%Y</source>
        <translation>Dates ISO&#xa0;; ou par ex. %d.%m.%Y</translation>
    </message>
    <message>
        <source>Separator of several values in one cell</source>
        <translation>Séparateur de plusieurs valeurs dans une cellule</translation>
    </message>
    <message>
        <source>Re&amp;quired: a row without a value is an error</source>
        <translation>Obli&amp;gatoire&#xa0;: une ligne sans valeur est une erreur</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Provenance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>Co&amp;lonne&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Tar&amp;get entity:</source>
        <translation>Entité ci&amp;ble&#xa0;:</translation>
    </message>
    <message>
        <source>Split values &amp;by:</source>
        <translation>&amp;Scinder les valeurs sur&#xa0;:</translation>
    </message>
    <message>
        <source>Date for&amp;mat:</source>
        <translation>For&amp;mat de date&#xa0;:</translation>
    </message>
    <message>
        <source>Where the values come from</source>
        <translation>Provenance des valeurs</translation>
    </message>
    <message>
        <source>Entities the first rows make</source>
        <translation>Entités produites par les premières lignes</translation>
    </message>
    <message>
        <source>Entity or property</source>
        <translation>Entité ou propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problems in the first rows</source>
        <translation>Problèmes dans les premières lignes</translation>
    </message>
    <message>
        <source>Choose a problem to see its cell in the rows above.</source>
        <translation>Choisissez un problème pour voir sa cellule dans les lignes ci-dessus.</translation>
    </message>
    <message>
        <source>Res&amp;ult for the first rows:</source>
        <translation>Rés&amp;ultat pour les premières lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Problems in these rows:</source>
        <translation>Problèmes dans ces lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Open Mapping…</source>
        <translation>Ouvrir une correspondance…</translation>
    </message>
    <message>
        <source>Load a mapping file (%1)</source>
        <translation>Charger un fichier de correspondance (%1)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Save the mapping to its file (%1)</source>
        <translation>Enregistrer la correspondance dans son fichier (%1)</translation>
    </message>
    <message>
        <source>Save Mapping As…</source>
        <translation>Enregistrer la correspondance sous…</translation>
    </message>
    <message>
        <source>Use This Mapping</source>
        <translation>Utiliser cette correspondance</translation>
    </message>
    <message>
        <source>entity “%1”</source>
        <translation>entité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>template “%1”</source>
        <translation>modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>constant “%1”</source>
        <translation>constante «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choisissez une colonne)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>Detected: %1, %2</source>
        <translation>Détecté&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>with a byte order mark</source>
        <translation>avec une marque d&apos;ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>The file is UTF-16, which cannot be imported: save it as UTF-8 and open it again.</source>
        <translation>Le fichier est en UTF-16, qui ne peut pas être importé&#xa0;: enregistrez-le en UTF-8 et rouvrez-le.</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>no header row (the first row looks like data)</source>
        <translation>pas de ligne d&apos;en-tête (la première ligne ressemble à des données)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Pass %1 of %2</source>
        <translation>Passage %1 sur %2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 (not in the file)</source>
        <translation>%1 (absente du fichier)</translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>%1 (%2 valeurs)</translation>
    </message>
    <message>
        <source>Choose or add a property.</source>
        <translation>Choisissez ou ajoutez une propriété.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2 (%3)</translation>
    </message>
    <message>
        <source>e.g. {{Street}}, {{City}}</source>
        <translation>par ex. {{Rue}}, {{Ville}}</translation>
    </message>
    <message>
        <source>The same value for every row</source>
        <translation>La même valeur pour chaque ligne</translation>
    </message>
    <message>
        <source>Column “%1” is empty in the first rows.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est vide dans les premières lignes.</translation>
    </message>
    <message>
        <source>Values in “%1”: %2</source>
        <translation>Valeurs de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No entity of this row can be a %1: add one first.</source>
        <translation>Aucune entité de cette ligne ne peut être de type %1&#xa0;: ajoutez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>Every entity needs a name of its own.</source>
        <translation>Chaque entité a besoin de son propre nom.</translation>
    </message>
    <message>
        <source>A %1 has no %2; those properties were removed.</source>
        <translation>Le type %1 n&apos;a pas de propriété %2&#xa0;; ces propriétés ont été retirées.</translation>
    </message>
    <message>
        <source>The mapping makes no entities yet: add one (its type, then “Add entity”).</source>
        <translation>La correspondance ne produit encore aucune entité&#xa0;: ajoutez-en une (son type, puis «&#xa0;Ajouter l&apos;entité&#xa0;»).</translation>
    </message>
    <message>
        <source>Entity “%1” has no key column: tick the columns whose values identify it under “Key columns”.</source>
        <translation>L&apos;entité «&#xa0;%1&#xa0;» n&apos;a pas de colonne clé&#xa0;: cochez sous «&#xa0;Colonnes clés&#xa0;» les colonnes dont les valeurs l&apos;identifient.</translation>
    </message>
    <message>
        <source>Property “%1” of “%2”</source>
        <translation>Propriété «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has no column: choose one, or remove the property.</source>
        <translation>%1 n&apos;a pas de colonne&#xa0;: choisissez-en une ou retirez la propriété.</translation>
    </message>
    <message>
        <source>%1: the template is empty.</source>
        <translation>%1&#xa0;: le modèle est vide.</translation>
    </message>
    <message>
        <source>%1 links to no entity: add the entity it links to, or remove the property.</source>
        <translation>%1 ne renvoie à aucune entité&#xa0;: ajoutez l&apos;entité vers laquelle elle renvoie ou retirez la propriété.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows make %1 entities.</source>
        <translation>
            <numerusform>La première ligne produit %1 entités.</numerusform>
            <numerusform>Les %n premières lignes produisent %1 entités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found: %1 (listed on the right).</source>
        <translation>Problèmes trouvés&#xa0;: %1 (listés à droite).</translation>
    </message>
    <message>
        <source>Cannot open the mapping: %1</source>
        <translation>Impossible d&apos;ouvrir la correspondance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the mapping to %1.</source>
        <translation>Correspondance enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Open a CSV mapping</source>
        <translation>Ouvrir une correspondance CSV</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Fichiers de correspondance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the CSV mapping</source>
        <translation>Enregistrer la correspondance CSV</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Fichiers de correspondance (*.json)</translation>
    </message>
    <message>
        <source>Row Filters…</source>
        <translation>Filtres de lignes…</translation>
    </message>
    <message>
        <source>Choose which rows this pass reads, by the values of a column</source>
        <translation>Choisir les lignes que lit ce passage, d&apos;après les valeurs d&apos;une colonne</translation>
    </message>
    <message>
        <source>Add Pass</source>
        <translation>Ajouter un passage</translation>
    </message>
    <message>
        <source>Read the file once more, with its own row filters and entities (for example to type the same key as a Person in some rows and as a Company in others)</source>
        <translation>Lire le fichier une fois de plus, avec ses propres filtres de lignes et entités (par exemple pour faire de la même clé une Personne dans certaines lignes et une Entreprise dans d&apos;autres)</translation>
    </message>
    <message>
        <source>Remove Pass</source>
        <translation>Retirer le passage</translation>
    </message>
    <message>
        <source>Description of the mapping</source>
        <translation>Description de la correspondance</translation>
    </message>
    <message>
        <source>What this mapping is for (optional)</source>
        <translation>À quoi sert cette correspondance (facultatif)</translation>
    </message>
    <message>
        <source>Load Again</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Read the mapping file again, after fixing it in a text editor</source>
        <translation>Relire le fichier de correspondance après l&apos;avoir corrigé dans un éditeur de texte</translation>
    </message>
    <message>
        <source>Start a New Mapping</source>
        <translation>Commencer une nouvelle correspondance</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The mapping could not be loaded.&lt;/b&gt; %1&lt;br&gt;The rows of the file are shown below. Fix the mapping file and load it again, or make a new mapping here.</source>
        <translation>&lt;b&gt;La correspondance n&apos;a pas pu être chargée.&lt;/b&gt; %1&lt;br&gt;Les lignes du fichier sont affichées ci-dessous. Corrigez le fichier de correspondance et rechargez-le, ou créez une nouvelle correspondance ici.</translation>
    </message>
    <message>
        <source>This Mapping</source>
        <translation>Cette correspondance</translation>
    </message>
    <message>
        <source>Every row is read.</source>
        <translation>Toutes les lignes sont lues.</translation>
    </message>
    <message>
        <source>Only rows where %1.</source>
        <translation>Seulement les lignes où %1.</translation>
    </message>
    <message>
        <source>This pass skips this row (Row Filters…).</source>
        <translation>Ce passage ignore cette ligne (Filtres de lignes…).</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvPreview</name>
    <message>
        <source>No room for a preview: %1</source>
        <translation>Pas de place pour un aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>These rows would not import: %1: %2</source>
        <translation>Ces lignes ne seraient pas importées&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(a %1 not in these rows)</source>
        <translation>(%1 hors de ces lignes)</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Identifiant&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EditIntegration</name>
    <message>
        <source>Record a Fi&amp;nding…</source>
        <translation>&amp;Consigner un constat…</translation>
    </message>
    <message>
        <source>Record a finding with its actors, relationship and sources</source>
        <translation>Consigner un constat avec ses acteurs, sa relation et ses sources</translation>
    </message>
    <message>
        <source>Edit &amp;Entity…</source>
        <translation>Modifier l&apos;&amp;entité…</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>C&amp;onstats</translation>
    </message>
    <message>
        <source>The findings of this workspace, to read and edit</source>
        <translation>Les constats de cet espace de travail, à lire et à modifier</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>The sources, their grading and what cites them</source>
        <translation>Les sources, leur cotation et ce qui les cite</translation>
    </message>
    <message>
        <source>&amp;Tactics and Themes</source>
        <translation>&amp;Tactiques et thèmes</translation>
    </message>
    <message>
        <source>Add, rename or remove tactics and themes</source>
        <translation>Ajouter, renommer ou retirer des tactiques et des thèmes</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>Modifier l&apos;entité</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Impossible d&apos;annuler ou de rétablir</translation>
    </message>
    <message>
        <source>Edit the entity shown in the detail pane and move the keyboard there</source>
        <translation>Modifier l&apos;entité affichée dans le panneau de détails et y placer le clavier</translation>
    </message>
    <message>
        <source>Edit Entity in a &amp;Window…</source>
        <translation>Modifier l&apos;entité dans une fe&amp;nêtre…</translation>
    </message>
    <message>
        <source>Edit the entity shown in a window of its own</source>
        <translation>Modifier l&apos;entité affichée dans une fenêtre distincte</translation>
    </message>
    <message>
        <source>A value typed for &quot;%1&quot; is not saved yet.</source>
        <translation>Une valeur saisie pour «&#xa0;%1&#xa0;» n&apos;est pas encore enregistrée.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EntityDetailView</name>
    <message>
        <source>Entity details</source>
        <translation>Détails de l&apos;entité</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the previous entity (Alt+Left)</source>
        <translation>Revenir à l&apos;entité précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Values and their sources</source>
        <translation>Valeurs et leurs sources</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>Référencée par</translation>
    </message>
    <message>
        <source>Entities that reference this one</source>
        <translation>Entités qui font référence à celle-ci</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>As</source>
        <translation>En tant que</translation>
    </message>
    <message>
        <source>Select an entity to see its values and where each one came from.</source>
        <translation>Sélectionnez une entité pour voir ses valeurs et la provenance de chacune.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionnée dans %1</translation>
    </message>
    <message>
        <source>Values (%1)</source>
        <translation>Valeurs (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Open this %1</source>
        <translation>Ouvrir cette fiche (%1)</translation>
    </message>
    <message>
        <source>Referenced by nothing</source>
        <translation>Aucune référence</translation>
    </message>
    <message>
        <source>Referenced by (%1)</source>
        <translation>Référencée par (%1)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit this entity</source>
        <translation>Modifier cette entité</translation>
    </message>
    <message>
        <source>Add, change or remove values (Ctrl+Shift+D)</source>
        <translation>Ajouter, modifier ou retirer des valeurs (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the values here; again to only read them (Ctrl+Shift+D)</source>
        <translation>Modifier les valeurs ici&#xa0;; à nouveau pour revenir à la seule lecture (Ctrl+Maj+D)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EntityEditor</name>
    <message>
        <source>Entity editor</source>
        <translation>Éditeur d&apos;entité</translation>
    </message>
    <message>
        <source>Delete this entity</source>
        <translation>Supprimer cette entité</translation>
    </message>
    <message>
        <source>Values and their provenance (F2 edits, Delete removes)</source>
        <translation>Valeurs et leur provenance (F2 modifie, Suppr retire)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation>&amp;Propriété&#xa0;:</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Type a name and pick the entity</source>
        <translation>Saisissez un nom et choisissez l&apos;entité</translation>
    </message>
    <message>
        <source>Text value</source>
        <translation>Valeur texte</translation>
    </message>
    <message>
        <source>Dataset of the value</source>
        <translation>Jeu de données de la valeur</translation>
    </message>
    <message>
        <source>Source of the value</source>
        <translation>Source de la valeur</translation>
    </message>
    <message>
        <source>Sensitivity of the value</source>
        <translation>Sensibilité de la valeur</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>Provenance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add value</source>
        <translation>&amp;Ajouter la valeur</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Ajouter la valeur</translation>
    </message>
    <message>
        <source>&amp;Remove selected value</source>
        <translation>&amp;Retirer la valeur sélectionnée</translation>
    </message>
    <message>
        <source>Remove selected value</source>
        <translation>Retirer la valeur sélectionnée</translation>
    </message>
    <message>
        <source>Findings about it</source>
        <translation>Constats qui la concernent</translation>
    </message>
    <message>
        <source>Findings about this entity</source>
        <translation>Constats qui concernent cette entité</translation>
    </message>
    <message>
        <source>No entity selected</source>
        <translation>Aucune entité sélectionnée</translation>
    </message>
    <message>
        <source>Entity not found</source>
        <translation>Entité introuvable</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Return opens %1</source>
        <translation>Entrée ouvre %1</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(aucune source)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>A %1: type part of its name, Return picks it</source>
        <translation>%1&#xa0;: saisissez une partie du nom, Entrée le choisit</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Long text: Ctrl+Return adds it</source>
        <translation>Texte long&#xa0;: Ctrl+Entrée l&apos;ajoute</translation>
    </message>
    <message>
        <source>A date: YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>Une date&#xa0;: AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>A country: type its name</source>
        <translation>Un pays&#xa0;: saisissez son nom</translation>
    </message>
    <message>
        <source>A web address: https://...</source>
        <translation>Une adresse web&#xa0;: https://...</translation>
    </message>
    <message>
        <source>A number, e.g. 250000 or 12.5</source>
        <translation>Un nombre, par ex. 250000 ou 12.5</translation>
    </message>
    <message>
        <source>An e-mail address</source>
        <translation>Une adresse électronique</translation>
    </message>
    <message>
        <source>Pick an entity from the suggestions first.</source>
        <translation>Choisissez d&apos;abord une entité parmi les suggestions.</translation>
    </message>
    <message>
        <source>Type a value first.</source>
        <translation>Saisissez d&apos;abord une valeur.</translation>
    </message>
    <message>
        <source>Delete entit&amp;y</source>
        <translation>&amp;Supprimer l&apos;entité</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EntityTableModel</name>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1 (merged into %2)</source>
        <translation>%1 (fusionnée dans %2)</translation>
    </message>
    <message>
        <source>This %1 has no name of its own.</source>
        <translation>Cette fiche (%1) n&apos;a pas de nom propre.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::ExchangeActions</name>
    <message>
        <source>Import &amp;Bundle…</source>
        <translation>Importer un paq&amp;uet…</translation>
    </message>
    <message>
        <source>Import a signed exchange bundle from a partner organisation</source>
        <translation>Importer un paquet d&apos;échange signé d&apos;une organisation partenaire</translation>
    </message>
    <message>
        <source>E&amp;xport Bundle…</source>
        <translation>E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <source>Export a signed bundle for partners, redacted and sealed</source>
        <translation>Exporter un paquet signé pour les partenaires, expurgé et scellé</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Clés…</translation>
    </message>
    <message>
        <source>This organisation&apos;s key and partners&apos; keys</source>
        <translation>La clé de cette organisation et celles des partenaires</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Commonplace bundles (*.cpbundle);;All files (*)</source>
        <translation>Paquets Commonplace (*.cpbundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <source>Imported into dataset “%1”: %2 new values, %3 retracted.</source>
        <translation>Importé dans le jeu de données «&#xa0;%1&#xa0;»&#xa0;: %2 nouvelles valeurs, %3 retirées.</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Paquet exporté</translation>
    </message>
    <message>
        <source>Bundle number %1 of dataset “%2” written.</source>
        <translation>Paquet n° %1 du jeu de données «&#xa0;%2&#xa0;» écrit.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines</source>
        <translation>Lignes JSON FollowTheMoney</translation>
    </message>
    <message>
        <source>CSV (one table per type)</source>
        <translation>CSV (une table par type)</translation>
    </message>
    <message>
        <source>GraphML (yEd, NetworkX)</source>
        <translation>GraphML (yEd, NetworkX)</translation>
    </message>
    <message>
        <source>GEXF (Gephi)</source>
        <translation>GEXF (Gephi)</translation>
    </message>
    <message>
        <source>Highest sensitivity to include</source>
        <translation>Sensibilité maximale à inclure</translation>
    </message>
    <message>
        <source>Values and sources more sensitive than this are left out.</source>
        <translation>Les valeurs et les sources plus sensibles sont exclues.</translation>
    </message>
    <message>
        <source>Dataset to export</source>
        <translation>Jeu de données à exporter</translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation>Tous les jeux de données</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Fichier de destination</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>Choisir le fichier de destination</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Include up to:</source>
        <translation>&amp;Inclure jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>One CSV file per type is written into this folder; files of the same name there are replaced.</source>
        <translation>Un fichier CSV par type est écrit dans ce dossier&#xa0;; les fichiers du même nom y sont remplacés.</translation>
    </message>
    <message>
        <source>The file is written whole or not at all.</source>
        <translation>Le fichier est écrit en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Fichiers %1 (*.%2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Excel workbook (one sheet per type)</source>
        <translation>Classeur Excel (une feuille par type)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::FindingForm</name>
    <message>
        <source>Record a finding</source>
        <translation>Consigner un constat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What was found, in one line</source>
        <translation>Ce qui a été constaté, en une ligne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type a country name</source>
        <translation>Saisissez un nom de pays</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>The finding in detail: who did what, when, with which money</source>
        <translation>Le constat en détail&#xa0;: qui a fait quoi, quand, avec quel argent</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Filter tactics</source>
        <translation>Filtrer les tactiques</translation>
    </message>
    <message>
        <source>Type to filter, Return to tick</source>
        <translation>Saisissez pour filtrer, Entrée pour cocher</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>Tactiques</translation>
    </message>
    <message>
        <source>T&amp;actics:</source>
        <translation>Ta&amp;ctiques&#xa0;:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <source>Type a name: pick one, or create it</source>
        <translation>Saisissez un nom&#xa0;: choisissez-en un ou créez-le</translation>
    </message>
    <message>
        <source>Actors of this finding (Delete removes)</source>
        <translation>Acteurs de ce constat (Suppr retire)</translation>
    </message>
    <message>
        <source>Relationship it establishes</source>
        <translation>Relation qu&apos;il établit</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Type a title: pick a source, or add a new one</source>
        <translation>Saisissez un titre&#xa0;: choisissez une source ou ajoutez-en une</translation>
    </message>
    <message>
        <source>New source &quot;%1&quot;...</source>
        <translation>Nouvelle source «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Sources of this finding (Delete removes)</source>
        <translation>Sources de ce constat (Suppr retire)</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Titre de la source</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la source</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Éditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Date de la source</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publiée le&#xa0;:</translation>
    </message>
    <message>
        <source>Reliability of the source (A-F)</source>
        <translation>Fiabilité de la source (A-F)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation>Fiabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Credibility of the information (1-6)</source>
        <translation>Crédibilité de l&apos;information (1-6)</translation>
    </message>
    <message>
        <source>Credibility:</source>
        <translation>Crédibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Fichier joint</translation>
    </message>
    <message>
        <source>Path of a file to attach (optional)</source>
        <translation>Chemin d&apos;un fichier à joindre (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>Choisir un fichier à joindre</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Add this source</source>
        <translation>Ajouter cette source</translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>Enregistrer le constat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Modifier le constat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 - new</source>
        <translation>%1 – à créer</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>par ex. USD, EUR</translation>
    </message>
    <message>
        <source>A new source needs a title.</source>
        <translation>Une nouvelle source doit avoir un titre.</translation>
    </message>
    <message>
        <source>The source date &quot;%1&quot; is not a date (YYYY-MM-DD, YYYY-MM or YYYY).</source>
        <translation>La date de la source «&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ, AAAA-MM ou AAAA).</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB.</source>
        <translation>%1 pèse %2 Mo&#xa0;; les pièces jointes ne peuvent pas dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 [%2] - new</source>
        <translation>%1 [%2] – à créer</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, avec %1</translation>
    </message>
    <message>
        <source>Attach a file to the source</source>
        <translation>Joindre un fichier à la source</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>Un constat doit avoir un titre.</translation>
    </message>
    <message>
        <source>Unknown country &quot;%1&quot;.</source>
        <translation>Pays inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No tactic ticked</source>
        <translation>Aucune tactique cochée</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>Cochées&#xa0;: %1</translation>
    </message>
    <message>
        <source>End of the relationship</source>
        <translation>Extrémité de la relation</translation>
    </message>
    <message>
        <source>Value of the relationship</source>
        <translation>Valeur de la relation</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Tit&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>Sensitivit&amp;y:</source>
        <translation>&amp;Sensibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Data&amp;set:</source>
        <translation>&amp;Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>Save f&amp;inding</source>
        <translation>Enre&amp;gistrer le constat</translation>
    </message>
    <message>
        <source>Create new %1 &quot;%2&quot;</source>
        <translation>Créer «&#xa0;%2&#xa0;» (%1)</translation>
    </message>
    <message>
        <source>New source with the file %1...</source>
        <translation>Nouvelle source avec le fichier %1…</translation>
    </message>
    <message>
        <source>Ctrl+Return saves, Escape cancels. Alt+C actors, Alt+R relationship, Alt+U sources; Down in an empty field lists the recent ones.</source>
        <translation>Ctrl+Entrée enregistre, Échap annule. Alt+C acteurs, Alt+R relation, Alt+U sources&#xa0;; Bas dans un champ vide affiche les derniers utilisés.</translation>
    </message>
    <message>
        <source>Ctrl+Return saves every change as one step (Ctrl+Z undoes it), Escape throws the changes away. Alt+C actors, Alt+R relationship, Alt+U sources.</source>
        <translation>Ctrl+Entrée enregistre toutes les modifications en une seule étape (Ctrl+Z l&apos;annule), Échap les abandonne. Alt+C acteurs, Alt+R relation, Alt+U sources.</translation>
    </message>
    <message>
        <source>e.g. 50000, 50k, 1.2m USD</source>
        <translation>par ex. 50000, 50k ou 1,2M USD</translation>
    </message>
    <message>
        <source>From the file: the date it was created. Check it.</source>
        <translation>D&apos;après le fichier&#xa0;: sa date de création. Vérifiez-la.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::FindingTableModel</name>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::FindingsView</name>
    <message>
        <source>Search findings</source>
        <translation>Rechercher des constats</translation>
    </message>
    <message>
        <source>Search findings by title and text</source>
        <translation>Rechercher des constats par titre et texte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;Delete finding</source>
        <translation>&amp;Supprimer le constat</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The finding &quot;%1&quot; has changes that are not saved.</source>
        <translation>Le constat «&#xa0;%1&#xa0;» a des modifications non enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln constat</numerusform>
            <numerusform>%Ln constats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::GraphCanvas</name>
    <message>
        <source>Graph canvas</source>
        <translation>Zone du graphe</translation>
    </message>
    <message>
        <source>Search for an actor above, or choose &quot;Whole graph&quot;, to start exploring.
Double-click an actor to show its neighbours.</source>
        <translation>Recherchez un acteur ci-dessus ou choisissez «&#xa0;Graphe entier&#xa0;» pour commencer l&apos;exploration.
Double-cliquez sur un acteur pour afficher ses voisins.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::GraphExplorer</name>
    <message>
        <source>Find an actor to start from…</source>
        <translation>Trouver un acteur de départ…</translation>
    </message>
    <message>
        <source>Find an actor to start from</source>
        <translation>Trouver un acteur de départ</translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation>Graphe entier</translation>
    </message>
    <message>
        <source>Show every actor under the filter</source>
        <translation>Afficher tous les acteurs retenus par le filtre</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Remove every actor from the view</source>
        <translation>Retirer tous les acteurs de la vue</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Forces dirigées</translation>
    </message>
    <message>
        <source>Layered (money flow)</source>
        <translation>En couches (flux financiers)</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>Circulaire</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Arrange the actors shown; pinned actors keep their place</source>
        <translation>Disposer les acteurs affichés&#xa0;; les acteurs épinglés gardent leur place</translation>
    </message>
    <message>
        <source>Node size</source>
        <translation>Taille des nœuds</translation>
    </message>
    <message>
        <source>Size: PageRank</source>
        <translation>Taille&#xa0;: PageRank</translation>
    </message>
    <message>
        <source>Size: total received</source>
        <translation>Taille&#xa0;: total reçu</translation>
    </message>
    <message>
        <source>Size: total given</source>
        <translation>Taille&#xa0;: total versé</translation>
    </message>
    <message>
        <source>Size: equal</source>
        <translation>Taille&#xa0;: égale</translation>
    </message>
    <message>
        <source>Node colour</source>
        <translation>Couleur des nœuds</translation>
    </message>
    <message>
        <source>Colour: type</source>
        <translation>Couleur&#xa0;: type</translation>
    </message>
    <message>
        <source>Colour: community</source>
        <translation>Couleur&#xa0;: communauté</translation>
    </message>
    <message>
        <source>Colour: type, ring brokers</source>
        <translation>Couleur&#xa0;: type, intermédiaires cerclés</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Saved diagrams</source>
        <translation>Diagrammes enregistrés</translation>
    </message>
    <message>
        <source>Saved diagrams of this workspace</source>
        <translation>Diagrammes enregistrés de cet espace de travail</translation>
    </message>
    <message>
        <source>Open Diagram</source>
        <translation>Ouvrir le diagramme</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Save Diagram As…</source>
        <translation>Enregistrer le diagramme sous…</translation>
    </message>
    <message>
        <source>Delete Diagram</source>
        <translation>Supprimer le diagramme</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Exporter une image…</translation>
    </message>
    <message>
        <source>Layout progress</source>
        <translation>Progression de la disposition</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>À partir de l&apos;année</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Jusqu&apos;à l&apos;année</translation>
    </message>
    <message>
        <source>Include undated</source>
        <translation>Inclure les non datés</translation>
    </message>
    <message>
        <source>Amount and evidence</source>
        <translation>Montant et preuves</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Montant minimal</translation>
    </message>
    <message>
        <source>Hide relationships whose amount is below this (those without an amount stay)</source>
        <translation>Masquer les relations dont le montant est inférieur (celles sans montant restent)</translation>
    </message>
    <message>
        <source>Minimum grading</source>
        <translation>Cotation minimale</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>%1 or better</source>
        <translation>%1 ou mieux</translation>
    </message>
    <message>
        <source>Keep relationships with a source graded at least this well</source>
        <translation>Garder les relations dont une source a au moins cette cotation</translation>
    </message>
    <message>
        <source>Highest sensitivity shown</source>
        <translation>Sensibilité maximale affichée</translation>
    </message>
    <message>
        <source>Show only values up to this sensitivity</source>
        <translation>N&apos;afficher que les valeurs jusqu&apos;à cette sensibilité</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Relationships shown</source>
        <translation>Relations affichées</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Datasets shown</source>
        <translation>Jeux de données affichés</translation>
    </message>
    <message>
        <source>Selection, paths and money flows</source>
        <translation>Sélection, chemins et flux financiers</translation>
    </message>
    <message>
        <source>Show neighbours</source>
        <translation>Afficher les voisins</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Épingler / désépingler</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Open details</source>
        <translation>Ouvrir les détails</translation>
    </message>
    <message>
        <source>Money-flow timeline</source>
        <translation>Chronologie des flux financiers</translation>
    </message>
    <message>
        <source>Click an actor to select it, Ctrl+click a second one for the paths between them. Double-click shows neighbours. Drag to move; wheel or +/- to zoom, arrows to pan, 0 to fit.</source>
        <translation>Cliquez sur un acteur pour le sélectionner, Ctrl+clic sur un second pour les chemins qui les relient. Le double-clic affiche les voisins. Faites glisser pour déplacer&#xa0;; molette ou +/- pour zoomer, flèches pour se déplacer, 0 pour tout voir.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Longest path, in hops:</source>
        <translation>Chemin le plus long, en sauts&#xa0;:</translation>
    </message>
    <message>
        <source>Longest path, in hops</source>
        <translation>Chemin le plus long, en sauts</translation>
    </message>
    <message>
        <source>Either direction</source>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>Paths between the selected actors</source>
        <translation>Chemins entre les acteurs sélectionnés</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Sauts</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <source>Hops to follow:</source>
        <translation>Sauts à suivre&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the money within hops</source>
        <translation>Suivre l&apos;argent sur ce nombre de sauts</translation>
    </message>
    <message>
        <source>Funders and beneficiaries</source>
        <translation>Bailleurs de fonds et bénéficiaires</translation>
    </message>
    <message>
        <source>Funder / beneficiary</source>
        <translation>Bailleur / bénéficiaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Double-click a payment to open it</source>
        <translation>Double-cliquez sur un paiement pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Follow the money</source>
        <translation>Suivre l&apos;argent</translation>
    </message>
    <message>
        <source>The graph could not be loaded: %1</source>
        <translation>Le graphe n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1–%2 and undated</source>
        <translation>%1–%2 et non datés</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>amounts from %1</source>
        <translation>montants à partir de %1</translation>
    </message>
    <message>
        <source>sources graded %1 or better</source>
        <translation>sources cotées %1 ou mieux</translation>
    </message>
    <message>
        <source>datasets %1</source>
        <translation>jeux de données %1</translation>
    </message>
    <message>
        <source>values up to %1</source>
        <translation>valeurs jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Filter: %1. Made with Commonplace on %2.</source>
        <translation>Filtre&#xa0;: %1. Réalisé avec Commonplace le %2.</translation>
    </message>
    <message>
        <source>Actor-funding graph</source>
        <translation>Graphe des financements entre acteurs</translation>
    </message>
    <message>
        <source>Size: PageRank (influence)</source>
        <translation>Taille&#xa0;: PageRank (influence)</translation>
    </message>
    <message>
        <source>Size: total received (%1)</source>
        <translation>Taille&#xa0;: total reçu (%1)</translation>
    </message>
    <message>
        <source>Size: total given (%1)</source>
        <translation>Taille&#xa0;: total versé (%1)</translation>
    </message>
    <message>
        <source>Colour: community (Louvain)</source>
        <translation>Couleur&#xa0;: communauté (Louvain)</translation>
    </message>
    <message>
        <source>No workspace.</source>
        <translation>Aucun espace de travail.</translation>
    </message>
    <message>
        <source>Loading the graph…</source>
        <translation>Chargement du graphe…</translation>
    </message>
    <message>
        <source>Actors shown: %1 of %2. Relationships shown: %3 of %4.</source>
        <translation>Acteurs affichés&#xa0;: %1 sur %2. Relations affichées&#xa0;: %3 sur %4.</translation>
    </message>
    <message>
        <source>%1 Left out below the minimum amount: %2.</source>
        <translation>%1 Exclues sous le montant minimal&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No dated relationships</source>
        <translation>Aucune relation datée</translation>
    </message>
    <message>
        <source>All dates (%1–%2)</source>
        <translation>Toutes les dates (%1–%2)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an actor of the graph under this filter.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un acteur du graphe avec ce filtre.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n neighbours; showing the %2 most central.</source>
        <translation>
            <numerusform>%1 a %n voisin&#xa0;; affichage des %2 plus centraux.</numerusform>
            <numerusform>%1 a %n voisins&#xa0;; affichage des %2 plus centraux.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No actor of the graph matches &apos;%1&apos;.</source>
        <translation>Aucun acteur du graphe ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n actors</source>
        <translation>
            <numerusform>Déplacer %n acteur</numerusform>
            <numerusform>Déplacer %n acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Show Neighbours</source>
        <translation>Afficher les voisins</translation>
    </message>
    <message>
        <source>Open Details</source>
        <translation>Ouvrir les détails</translation>
    </message>
    <message>
        <source>Money-Flow Timeline</source>
        <translation>Chronologie des flux financiers</translation>
    </message>
    <message>
        <source>Follow the Money</source>
        <translation>Suivre l&apos;argent</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>Ajuster à la vue</translation>
    </message>
    <message>
        <source>Whole Graph</source>
        <translation>Graphe entier</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n actors…</source>
        <translation>
            <numerusform>Disposition de %n acteur…</numerusform>
            <numerusform>Disposition de %n acteurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout stopped: %1</source>
        <translation>Disposition interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Layout stopped.</source>
        <translation>Disposition interrompue.</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Disposition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Aucune sélection.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Chemin le plus court</translation>
    </message>
    <message numerus="yes">
        <source>The first %n paths found</source>
        <translation>
            <numerusform>Le premier chemin trouvé</numerusform>
            <numerusform>Les %n premiers chemins trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n paths</source>
        <translation>
            <numerusform>L&apos;unique chemin</numerusform>
            <numerusform>Les %n chemins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funders of %1 (%n)</source>
        <translation>
            <numerusform>Bailleurs de fonds de %1 (%n)</numerusform>
            <numerusform>Bailleurs de fonds de %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Beneficiaries of %1 (%n)</source>
        <translation>
            <numerusform>Bénéficiaires de %1 (%n)</numerusform>
            <numerusform>Bénéficiaires de %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hops)</source>
        <translation>
            <numerusform>%1 (%n saut)</numerusform>
            <numerusform>%1 (%n sauts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to show it in the graph</source>
        <translation>Double-cliquez pour l&apos;afficher dans le graphe</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>sans montant</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Click to list these payments and their sources</source>
        <translation>Cliquez pour lister ces paiements et leurs sources</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>sans source</translation>
    </message>
    <message>
        <source>(unsaved view)</source>
        <translation>(vue non enregistrée)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Save Diagram</source>
        <translation>Enregistrer le diagramme</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Exporter une image</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Via %1</source>
        <translation>Via %1</translation>
    </message>
    <message>
        <source>Rename Diagram…</source>
        <translation>Renommer le diagramme…</translation>
    </message>
    <message>
        <source>Delete Diagram…</source>
        <translation>Supprimer le diagramme…</translation>
    </message>
    <message>
        <source>Computing paths or money flows</source>
        <translation>Calcul des chemins ou des flux financiers</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop waiting for the paths or money flows being computed</source>
        <translation>Ne plus attendre le calcul des chemins ou des flux financiers</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Finding paths…</source>
        <translation>Recherche des chemins…</translation>
    </message>
    <message>
        <source>Following the money…</source>
        <translation>Suivi de l&apos;argent…</translation>
    </message>
    <message>
        <source>Reading the payments&apos; sources…</source>
        <translation>Lecture des sources des paiements…</translation>
    </message>
    <message>
        <source>Choose a saved diagram first.</source>
        <translation>Choisissez d&apos;abord un diagramme enregistré.</translation>
    </message>
    <message>
        <source>Rename Diagram</source>
        <translation>Renommer le diagramme</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the diagram “%1”? This cannot be undone; the view stays on screen until you change it.</source>
        <translation>Supprimer le diagramme «&#xa0;%1&#xa0;»&#xa0;? Impossible de revenir en arrière&#xa0;; la vue reste affichée tant que vous ne la changez pas.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Diagram “%1” deleted.</source>
        <translation>Diagramme «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Side Panel</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <source>Show or hide the side panel: selection, paths, follow the money (F9)</source>
        <translation>Afficher ou masquer le panneau latéral&#xa0;: sélection, chemins, suivre l&apos;argent (F9)</translation>
    </message>
    <message>
        <source>Show the side panel</source>
        <translation>Afficher le panneau latéral</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import &lt;b&gt;%1&lt;/b&gt; into this workspace. Everything in the file is imported, or nothing is.</source>
        <translation>Importer &lt;b&gt;%1&lt;/b&gt; dans cet espace de travail. Tout le contenu du fichier est importé, ou rien ne l&apos;est.</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Nom du jeu de données</translation>
    </message>
    <message>
        <source>Every value remembers the dataset it came from. Letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Chaque valeur garde la trace du jeu de données dont elle provient. Lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;-&#xa0;» et «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Détecter d&apos;après le fichier</translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines</source>
        <translation>Lignes JSON FollowTheMoney</translation>
    </message>
    <message>
        <source>CSV with a mapping</source>
        <translation>CSV avec une correspondance</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Fichier de correspondance</translation>
    </message>
    <message>
        <source>A JSON file saying which column goes to which property</source>
        <translation>Un fichier JSON qui indique quelle colonne va dans quelle propriété</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>Choisir un fichier de correspondance</translation>
    </message>
    <message>
        <source>Sensitivity of the imported values</source>
        <translation>Sensibilité des valeurs importées</translation>
    </message>
    <message>
        <source>The lowest sensitivity the imported values get; values the file marks as more sensitive keep their level.</source>
        <translation>La sensibilité minimale attribuée aux valeurs importées&#xa0;; les valeurs que le fichier marque comme plus sensibles gardent leur niveau.</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Sensibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a CSV mapping</source>
        <translation>Choisir une correspondance CSV</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Fichiers de correspondance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Entities the mapping makes of these rows</source>
        <translation>Entités que la correspondance crée à partir de ces lignes</translation>
    </message>
    <message>
        <source>Entity or property</source>
        <translation>Entité ou propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>First &amp;rows of the file:</source>
        <translation>&amp;Premières lignes du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Entities they make:</source>
        <translation>&amp;Entités qu&apos;elles créent&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows make these entities. Nothing is written to your workspace until you import.</source>
        <translation>
            <numerusform>La première ligne crée ces entités. Rien n&apos;est écrit dans votre espace de travail avant l&apos;importation.</numerusform>
            <numerusform>Les %n premières lignes créent ces entités. Rien n&apos;est écrit dans votre espace de travail avant l&apos;importation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edi&amp;t Mapping…</source>
        <translation>&amp;Modifier la correspondance…</translation>
    </message>
    <message>
        <source>Make a new mapping, or change this one, in the CSV mapping editor</source>
        <translation>Créer une nouvelle correspondance, ou modifier celle-ci, dans l&apos;éditeur de correspondances CSV</translation>
    </message>
    <message>
        <source>Choose a mapping, or make one with “Edit Mapping…”, to see the entities these rows make.</source>
        <translation>Choisissez une correspondance, ou créez-en une avec «&#xa0;Modifier la correspondance…&#xa0;», pour voir les entités que ces lignes produisent.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::KeyringDialog</name>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>Cette organisation</translation>
    </message>
    <message>
        <source>&amp;Export Public Key…</source>
        <translation>&amp;Exporter la clé publique…</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Nom de l&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create Organisation Key</source>
        <translation>&amp;Créer la clé de l&apos;organisation</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Partner keys</source>
        <translation>Clés des partenaires</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>&amp;Import Key File…</source>
        <translation>&amp;Importer un fichier de clé…</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>Trust a key only after reading its fingerprint, or its words, to the partner by another channel: phone, or in person.</source>
        <translation>N&apos;approuvez une clé qu&apos;après avoir lu son empreinte, ou ses mots, au partenaire par un autre canal&#xa0;: téléphone ou en personne.</translation>
    </message>
    <message>
        <source>%1
Fingerprint: %2
In words: %3</source>
        <translation>%1
Empreinte&#xa0;: %2
En mots&#xa0;: %3</translation>
    </message>
    <message>
        <source>No organisation key yet. Make one to sign bundles and to receive sealed ones; it is made once, so choose the name partners know.</source>
        <translation>Pas encore de clé d&apos;organisation. Créez-en une pour signer des paquets et en recevoir de scellés&#xa0;; elle n&apos;est créée qu&apos;une fois, choisissez donc le nom que connaissent vos partenaires.</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name.</source>
        <translation>Indiquez le nom de l&apos;organisation.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Choisissez une phrase secrète d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Import a partner&apos;s public key</source>
        <translation>Importer la clé publique d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Public key files (*.pub *.json);;All files (*)</source>
        <translation>Fichiers de clé publique (*.pub *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>Exporter la clé publique</translation>
    </message>
    <message>
        <source>Public key files (*.pub);;All files (*)</source>
        <translation>Fichiers de clé publique (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Trust the key of %1?

Fingerprint: %2
In words: %3

Only if the partner read you this same fingerprint by another channel.</source>
        <translation>Approuver la clé de %1&#xa0;?

Empreinte&#xa0;: %2
En mots&#xa0;: %3

Seulement si le partenaire vous a lu cette même empreinte par un autre canal.</translation>
    </message>
    <message>
        <source>Revoke the key of %1? Bundles signed with it will be refused from now on. Revocation cannot be undone.</source>
        <translation>Révoquer la clé de %1&#xa0;? Les paquets signés avec elle seront désormais refusés. La révocation est définitive.</translation>
    </message>
    <message>
        <source>%1 in words: %2</source>
        <translation>%1 en mots&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select a key to see its fingerprint in words.</source>
        <translation>Sélectionnez une clé pour voir son empreinte en mots.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::MainWindow</name>
    <message>
        <source>Commonplace</source>
        <translation>Commonplace</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Créer un fichier d&apos;espace de travail vide</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Ouvrir un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import FollowTheMoney JSON lines or CSV with a mapping</source>
        <translation>Importer des lignes JSON FollowTheMoney ou un CSV avec une correspondance</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the workspace or a dataset to share or analyse</source>
        <translation>Exporter l&apos;espace de travail ou un jeu de données pour le partager ou l&apos;analyser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, defaults for new findings, locking, text size</source>
        <translation>Langue, valeurs par défaut des nouveaux constats, verrouillage, taille du texte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Read the workspace again, e.g. after the command line changed it</source>
        <translation>Relire l&apos;espace de travail, par exemple après une modification en ligne de commande</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Load the &amp;Demo Dataset</source>
        <translation>Charger le jeu de données de &amp;démonstration</translation>
    </message>
    <message>
        <source>Load the demo dataset?</source>
        <translation>Charger le jeu de données de démonstration&#xa0;?</translation>
    </message>
    <message>
        <source>The demo dataset is fictional: invented funders, groups, people and payments for trying Commonplace out. It goes into a dataset named &quot;demo&quot; in this workspace. Load it here rather than in a workspace with real research?</source>
        <translation>Le jeu de données de démonstration est fictif&#xa0;: bailleurs de fonds, groupes, personnes et paiements inventés pour essayer Commonplace. Il est placé dans un jeu de données nommé «&#xa0;demo&#xa0;» de cet espace de travail. Le charger ici plutôt que dans un espace de travail qui contient de vraies recherches&#xa0;?</translation>
    </message>
    <message>
        <source>Add the fictional demo dataset to this workspace</source>
        <translation>Ajouter le jeu de données de démonstration fictif à cet espace de travail</translation>
    </message>
    <message>
        <source>&amp;About Commonplace</source>
        <translation>À &amp;propos de Commonplace</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Stop the running task?</source>
        <translation>Arrêter la tâche en cours&#xa0;?</translation>
    </message>
    <message>
        <source>An import or export is still running. Quit and cancel it? The workspace stays as it was before the task started.</source>
        <translation>Une importation ou une exportation est encore en cours. Quitter et l&apos;annuler&#xa0;? L&apos;espace de travail reste tel qu&apos;il était avant le début de la tâche.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>This workspace includes the demo dataset: fictional people, organisations and payments, for trying Commonplace out.</source>
        <translation>Cet espace de travail contient le jeu de données de démonstration&#xa0;: personnes, organisations et paiements fictifs, pour essayer Commonplace.</translation>
    </message>
    <message>
        <source>%1 — Commonplace</source>
        <translation>%1 — Commonplace</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Commonplace workspaces (*.commonplace)</source>
        <translation>Espaces de travail Commonplace (*.commonplace)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Commonplace workspaces (*.commonplace);;All files (*)</source>
        <translation>Espaces de travail Commonplace (*.commonplace);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines (*.ijson *.json *.jsonl);;CSV (*.csv);;All files (*)</source>
        <translation>Lignes JSON FollowTheMoney (*.ijson *.json *.jsonl);;CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entities from %1 into dataset “%2” (%3 new, %4 values added).</source>
        <translation>
            <numerusform>%n entité importée de %1 dans le jeu de données «&#xa0;%2&#xa0;» (%3 nouvelles, %4 valeurs ajoutées).</numerusform>
            <numerusform>%n entités importées de %1 dans le jeu de données «&#xa0;%2&#xa0;» (%3 nouvelles, %4 valeurs ajoutées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n references point at entities not in the workspace.</source>
        <translation>
            <numerusform>%n référence pointe vers une entité absente de l&apos;espace de travail.</numerusform>
            <numerusform>%n références pointent vers des entités absentes de l&apos;espace de travail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Importation annulée&#xa0;; l&apos;espace de travail n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>%1

Nothing was imported; the workspace is unchanged.</source>
        <translation>%1

Rien n&apos;a été importé&#xa0;; l&apos;espace de travail n&apos;a pas changé.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entities (%1 values) to %2.</source>
        <translation>
            <numerusform>%n entité exportée (%1 valeurs) vers %2.</numerusform>
            <numerusform>%n entités exportées (%1 valeurs) vers %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values above “%1” were left out.</source>
        <translation>
            <numerusform>%n valeur au-dessus de «&#xa0;%1&#xa0;» a été exclue.</numerusform>
            <numerusform>%n valeurs au-dessus de «&#xa0;%1&#xa0;» ont été exclues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Loading the demo dataset…</source>
        <translation>Chargement du jeu de données de démonstration…</translation>
    </message>
    <message>
        <source>Loaded the demo dataset: fictional people, organisations and payments, for trying Commonplace out. None of it is real.</source>
        <translation>Jeu de données de démonstration chargé&#xa0;: personnes, organisations et paiements fictifs, pour essayer Commonplace. Rien de tout cela n&apos;est réel.</translation>
    </message>
    <message>
        <source>Could not load the demo dataset</source>
        <translation>Impossible de charger le jeu de données de démonstration</translation>
    </message>
    <message>
        <source>About Commonplace</source>
        <translation>À propos de Commonplace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;A research workbench for human-rights researchers: record findings on anti-rights actors with their sources, follow the money between them, and merge datasets with partners without losing who said what.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;Un atelier de recherche pour les chercheurs et chercheuses en droits humains&#xa0;: consignez des constats sur les acteurs anti-droits avec leurs sources, suivez l&apos;argent qui circule entre eux et fusionnez des jeux de données avec vos partenaires sans perdre qui a dit quoi.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No workspace is open. Open or create one in the File menu.</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Ouvrez-en un ou créez-en un dans le menu Fichier.</translation>
    </message>
    <message>
        <source>This workspace is empty. Import a file with File ▸ Import… (Ctrl+I), or try the fictional demo data with Help ▸ Load the Demo Dataset.</source>
        <translation>Cet espace de travail est vide. Importez un fichier avec Fichier ▸ Importer… (Ctrl+I), ou essayez les données fictives avec Aide ▸ Charger le jeu de données de démonstration.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>%1 entities · %2 values · %3 sources</source>
        <translation>%1 entités · %2 valeurs · %3 sources</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Encr&amp;ypt Workspace…</source>
        <translation>&amp;Chiffrer l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Protect this workspace on disk with a passphrase</source>
        <translation>Protéger cet espace de travail sur le disque par une phrase secrète</translation>
    </message>
    <message>
        <source>Chan&amp;ge Passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this encrypted workspace</source>
        <translation>Choisir une nouvelle phrase secrète pour cet espace de travail chiffré</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Close the encrypted workspace and forget its key until the passphrase is entered again</source>
        <translation>Fermer l&apos;espace de travail chiffré et oublier sa clé jusqu&apos;à ce que la phrase secrète soit de nouveau saisie</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Phrase secrète incorrecte. Réessayez.</translation>
    </message>
    <message>
        <source>Locked — Commonplace</source>
        <translation>Verrouillé — Commonplace</translation>
    </message>
    <message>
        <source>Could not encrypt the workspace</source>
        <translation>Impossible de chiffrer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>%1

The workspace is unchanged.</source>
        <translation>%1

L&apos;espace de travail n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The workspace is now encrypted. Lock it with Ctrl+L.</source>
        <translation>L&apos;espace de travail est maintenant chiffré. Verrouillez-le avec Ctrl+L.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase was changed; the old one no longer opens the workspace.</source>
        <translation>La phrase secrète a été changée&#xa0;; l&apos;ancienne n&apos;ouvre plus l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Could not change the passphrase</source>
        <translation>Impossible de changer la phrase secrète</translation>
    </message>
    <message>
        <source>%1

The old passphrase still works.</source>
        <translation>%1

L&apos;ancienne phrase secrète fonctionne toujours.</translation>
    </message>
    <message>
        <source>Search E&amp;verything…</source>
        <translation>Recherc&amp;her partout…</translation>
    </message>
    <message>
        <source>Find actors, relationships, findings and sources by name, alias or text</source>
        <translation>Trouver des acteurs, des relations, des constats et des sources par nom, alias ou texte</translation>
    </message>
    <message>
        <source>&amp;Filter This List…</source>
        <translation>&amp;Filtrer cette liste…</translation>
    </message>
    <message>
        <source>Show only the entities of this list that match some words</source>
        <translation>N&apos;afficher que les entités de cette liste qui correspondent à certains mots</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Acteurs</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>&amp;Relations</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>&amp;Tactics and Themes</source>
        <translation>&amp;Tactiques et thèmes</translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>&amp;Jeux de données</translation>
    </message>
    <message>
        <source>Re&amp;view Queue</source>
        <translation>File d&apos;&amp;examen</translation>
    </message>
    <message>
        <source>Focus the &amp;Navigator</source>
        <translation>Aller au &amp;navigateur</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Findings, actors by type, relationships, sources, tactics and themes, datasets and the review queue</source>
        <translation>Constats, acteurs par type, relations, sources, tactiques et thèmes, jeux de données et file d&apos;examen</translation>
    </message>
    <message>
        <source>Search everything…  Ctrl+K</source>
        <translation>Rechercher partout…  Ctrl+K</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Names, aliases and finding text across the workspace (Ctrl+K)</source>
        <translation>Noms, alias et texte des constats dans tout l&apos;espace de travail (Ctrl+K)</translation>
    </message>
    <message>
        <source>Filter this list by name or text…</source>
        <translation>Filtrer cette liste par nom ou texte…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Show only the entities of this list whose names or text match, as you type (Ctrl+F)</source>
        <translation>N&apos;afficher que les entités de cette liste dont le nom ou le texte correspond, pendant la saisie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Review queue: possible duplicates waiting for a decision.</source>
        <translation>File d&apos;examen&#xa0;: doublons possibles en attente d&apos;une décision.</translation>
    </message>
    <message>
        <source>Preparing names for sorting…</source>
        <translation>Préparation des noms pour le tri…</translation>
    </message>
    <message>
        <source>Could not prepare the names for sorting</source>
        <translation>Impossible de préparer les noms pour le tri</translation>
    </message>
    <message>
        <source>Sorting by name stays incomplete until the names are prepared; they will be the next time the workspace opens.</source>
        <translation>Le tri par nom reste incomplet tant que les noms ne sont pas préparés&#xa0;; ils le seront à la prochaine ouverture de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>People, organisations, companies and public bodies</source>
        <translation>Personnes, organisations, entreprises et organismes publics</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Payments, ownership, directorships, memberships and other links between actors</source>
        <translation>Paiements, participations, mandats de dirigeant, adhésions et autres liens entre acteurs</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Autres fiches</translation>
    </message>
    <message>
        <source>Addresses, events, notes, documents and other records</source>
        <translation>Adresses, événements, notes, documents et autres fiches</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Tactics and themes</source>
        <translation>Tactiques et thèmes</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Entities by the dataset their values come from</source>
        <translation>Entités selon le jeu de données d&apos;où viennent leurs valeurs</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File d&apos;examen</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Preparing the names of this workspace for sorting…</source>
        <translation>Préparation des noms de cet espace de travail pour le tri…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entité</numerusform>
            <numerusform>%Ln entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entities match</source>
        <translation>
            <numerusform>Correspondances&#xa0;: %1 sur %Ln entité</numerusform>
            <numerusform>Correspondances&#xa0;: %1 sur %Ln entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities match</source>
        <translation>
            <numerusform>%Ln entité correspond</numerusform>
            <numerusform>%Ln entités correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypting the workspace…</source>
        <translation>Chiffrement de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase secrète…</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::MergeReview</name>
    <message>
        <source>Find Candidates</source>
        <translation>Chercher des candidats</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Score minimal</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Score le plus bas</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Progression de l&apos;examen</translation>
    </message>
    <message>
        <source>%v of %m judged</source>
        <translation>%v sur %m jugés</translation>
    </message>
    <message>
        <source>Candidate pairs</source>
        <translation>Paires candidates</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Merged entities</source>
        <translation>Entités fusionnées</translation>
    </message>
    <message>
        <source>Merged entity</source>
        <translation>Entité fusionnée</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unmerge Selected</source>
        <translation>Défusionner la sélection</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnées</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Défusionner</translation>
    </message>
    <message>
        <source>The two candidates side by side</source>
        <translation>Les deux candidats côte à côte</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Pourquoi ce score</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparé</translation>
    </message>
    <message>
        <source>Same actor (Y)</source>
        <translation>Même acteur (Y)</translation>
    </message>
    <message>
        <source>Different (N)</source>
        <translation>Différents (N)</translation>
    </message>
    <message>
        <source>Unsure (U)</source>
        <translation>Incertain (U)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Passer (S)</translation>
    </message>
    <message>
        <source>Looking for candidates…</source>
        <translation>Recherche de candidats…</translation>
    </message>
    <message>
        <source>No candidates: %1</source>
        <translation>Aucun candidat&#xa0;: %1</translation>
    </message>
    <message>
        <source>No candidate pairs at this score: nothing to review.</source>
        <translation>Aucune paire candidate à ce score&#xa0;: rien à examiner.</translation>
    </message>
    <message>
        <source>Y: same actor · N: different · U: unsure · S: skip</source>
        <translation>Y&#xa0;: même acteur · N&#xa0;: différents · U&#xa0;: incertain · S&#xa0;: passer</translation>
    </message>
    <message>
        <source>%1%2 ↔ %3  (%4)</source>
        <translation>%1%2 ↔ %3  (%4)</translation>
    </message>
    <message>
        <source>No candidates</source>
        <translation>Aucun candidat</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n judged</source>
        <translation>
            <numerusform>%1 sur %n jugés</numerusform>
            <numerusform>%1 sur %n jugés</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;%1 (no longer in the workspace)&lt;/i&gt;</source>
        <translation>&lt;i&gt;%1 (n&apos;est plus dans l&apos;espace de travail)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/a&gt;&lt;br&gt;%3 · %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/a&gt;&lt;br&gt;%3 · %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Match score from 0 to 1</source>
        <translation>Score de correspondance de 0 à 1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is merged from %n parts: %2</source>
        <translation>
            <numerusform>%1 est issue de la fusion de %n partie&#xa0;: %2</numerusform>
            <numerusform>%1 est issue de la fusion de %n parties&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged: the same actor.</source>
        <translation>Jugé&#xa0;: même acteur.</translation>
    </message>
    <message>
        <source>Judged: different actors.</source>
        <translation>Jugé&#xa0;: acteurs différents.</translation>
    </message>
    <message>
        <source>Judged: unsure.</source>
        <translation>Jugé&#xa0;: incertain.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merged %1 and %2.</source>
        <translation>%1 et %2 fusionnées.</translation>
    </message>
    <message>
        <source>Recorded: different actors.</source>
        <translation>Enregistré&#xa0;: acteurs différents.</translation>
    </message>
    <message>
        <source>Recorded: unsure.</source>
        <translation>Enregistré&#xa0;: incertain.</translation>
    </message>
    <message>
        <source>Every candidate is judged.</source>
        <translation>Tous les candidats sont jugés.</translation>
    </message>
    <message>
        <source>Not unmerged: %1</source>
        <translation>Non défusionnée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Unmerged into %n entities.</source>
        <translation>
            <numerusform>Défusionnée en %n entité.</numerusform>
            <numerusform>Défusionnée en %n entités.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n parts)</source>
        <translation>
            <numerusform>%1 (%n partie)</numerusform>
            <numerusform>%1 (%n parties)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged (%n)</source>
        <translation>
            <numerusform>Fusionnées (%n)</numerusform>
            <numerusform>Fusionnées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::MoneyTimeline</name>
    <message>
        <source>Find an actor</source>
        <translation>Trouver un acteur</translation>
    </message>
    <message>
        <source>Find an actor…</source>
        <translation>Trouver un acteur…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Received or given</source>
        <translation>Reçu ou versé</translation>
    </message>
    <message>
        <source>Received, per funder</source>
        <translation>Reçu, par bailleur</translation>
    </message>
    <message>
        <source>Given, per beneficiary</source>
        <translation>Versé, par bénéficiaire</translation>
    </message>
    <message>
        <source>Per year or month</source>
        <translation>Par année ou par mois</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added together</source>
        <translation>Les montants en devises différentes ne sont jamais additionnés</translation>
    </message>
    <message>
        <source>Payments over time</source>
        <translation>Paiements dans le temps</translation>
    </message>
    <message>
        <source>Click a bar to list its payments.</source>
        <translation>Cliquez sur une barre pour lister ses paiements.</translation>
    </message>
    <message>
        <source>Payments of the bar clicked</source>
        <translation>Paiements de la barre cliquée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Double-click a payment to open it</source>
        <translation>Double-cliquez sur un paiement pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>(sans devise)</translation>
    </message>
    <message>
        <source>No workspace.</source>
        <translation>Aucun espace de travail.</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Chargement des paiements…</translation>
    </message>
    <message>
        <source>Choose an actor: search above, or select one in the graph and ask for its timeline.</source>
        <translation>Choisissez un acteur&#xa0;: cherchez ci-dessus, ou sélectionnez-en un dans le graphe et demandez sa chronologie.</translation>
    </message>
    <message>
        <source>%1 has no payments.</source>
        <translation>%1 n&apos;a aucun paiement.</translation>
    </message>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Received by %1&lt;/b&gt; per funder</source>
        <translation>&lt;b&gt;Reçu par %1&lt;/b&gt; par bailleur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Given by %1&lt;/b&gt; per beneficiary</source>
        <translation>&lt;b&gt;Versé par %1&lt;/b&gt; par bénéficiaire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received by %1&lt;/b&gt; per funder, in %2</source>
        <translation>&lt;b&gt;Reçu par %1&lt;/b&gt; par bailleur, en %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Given by %1&lt;/b&gt; per beneficiary, in %2</source>
        <translation>&lt;b&gt;Versé par %1&lt;/b&gt; par bénéficiaire, en %2</translation>
    </message>
    <message>
        <source>No dated payments in this currency.</source>
        <translation>Aucun paiement daté dans cette devise.</translation>
    </message>
    <message numerus="yes">
        <source>%n undated payments are not shown.</source>
        <translation>
            <numerusform>%n paiement non daté n&apos;est pas affiché.</numerusform>
            <numerusform>%n paiements non datés ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payments record no amount.</source>
        <translation>
            <numerusform>%n paiement n&apos;indique aucun montant.</numerusform>
            <numerusform>%n paiements n&apos;indiquent aucun montant.</numerusform>
        </translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>sans montant</translation>
    </message>
    <message numerus="yes">
        <source>%n payments in %1, %2 in total. Double-click one to open it.</source>
        <translation>
            <numerusform>%n paiement en %1, %2 au total. Double-cliquez dessus pour l&apos;ouvrir.</numerusform>
            <numerusform>%n paiements en %1, %2 au total. Double-cliquez sur l&apos;un d&apos;eux pour l&apos;ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show All Payments</source>
        <translation>Afficher tous les paiements</translation>
    </message>
    <message>
        <source>Stop following the graph explorer&apos;s filter</source>
        <translation>Ne plus suivre le filtre de l&apos;explorateur de graphe</translation>
    </message>
    <message>
        <source>Under the graph explorer&apos;s filter: %1.</source>
        <translation>Avec le filtre de l&apos;explorateur de graphe&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The graph explorer&apos;s filter leaves out payments: choose Payment among its relationships, or show all payments.</source>
        <translation>Le filtre de l&apos;explorateur de graphe exclut les paiements&#xa0;: choisissez Paiement parmi ses relations, ou affichez tous les paiements.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::PairComparisonModel</name>
    <message>
        <source>Both hold this value</source>
        <translation>Les deux ont cette valeur</translation>
    </message>
    <message>
        <source>The two disagree on this property</source>
        <translation>Les deux divergent sur cette propriété</translation>
    </message>
    <message>
        <source>Only the left one has this value</source>
        <translation>Seul celui de gauche a cette valeur</translation>
    </message>
    <message>
        <source>Only the right one has this value</source>
        <translation>Seul celui de droite a cette valeur</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Left source</source>
        <translation>Source de gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Right source</source>
        <translation>Source de droite</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::PassphraseDialog</name>
    <message>
        <source>Unlock Workspace</source>
        <translation>Déverrouiller l&apos;espace de travail</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter its passphrase to open it.</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré. Saisissez sa phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Create “%1”. An encrypted workspace reveals nothing on disk without its passphrase, but nobody can recover it if the passphrase is lost.</source>
        <translation>Créer «&#xa0;%1&#xa0;». Un espace de travail chiffré ne révèle rien sur le disque sans sa phrase secrète, mais personne ne peut le récupérer si la phrase secrète est perdue.</translation>
    </message>
    <message>
        <source>Encrypt Workspace</source>
        <translation>Chiffrer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Encrypt “%1” with a passphrase. Nobody can recover the workspace if the passphrase is lost. Copies of the unencrypted file made before (backups, old disk blocks) are not encrypted by this.</source>
        <translation>Chiffrer «&#xa0;%1&#xa0;» avec une phrase secrète. Personne ne peut récupérer l&apos;espace de travail si la phrase secrète est perdue. Les copies du fichier non chiffré faites auparavant (sauvegardes, anciens blocs du disque) ne sont pas chiffrées par cette opération.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Choose a new passphrase for “%1”. The old one stops working.</source>
        <translation>Choisissez une nouvelle phrase secrète pour «&#xa0;%1&#xa0;». L&apos;ancienne cessera de fonctionner.</translation>
    </message>
    <message>
        <source>&amp;Encrypt this workspace</source>
        <translation>&amp;Chiffrer cet espace de travail</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Nouvelle &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Cr&amp;éer</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>C&amp;hiffrer</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::QuickEntry</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Short forms: 2020, 2020-3, 3.2020, 15.3.2020 or 3/15/2020 (in the order of your language), 20200315; 15 alone is that day of the month shown, 15.3 that day of the year shown; t is today, -3 three days ago. The date shows in ISO form (YYYY-MM-DD) when you leave the field.</source>
        <extracomment>Tooltip of date fields. Keep &apos;t&apos; and the examples as they are: they are what is typed.</extracomment>
        <translation>Formes courtes&#xa0;: 2020, 2020-3, 3.2020, 15.3.2020 ou 3/15/2020 (dans l&apos;ordre de votre langue), 20200315&#xa0;; 15 seul désigne ce jour du mois affiché, 15.3 ce jour de l&apos;année affichée&#xa0;; t ou «&#xa0;aujourd&apos;hui&#xa0;» donne la date du jour, -3 celle d&apos;il y a trois jours. La date s&apos;affiche au format ISO (AAAA-MM-JJ) quand vous quittez le champ.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::RecordFindingDialog</name>
    <message>
        <source>Record a finding</source>
        <translation>Consigner un constat</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Search actors, relationships, findings and sources…</source>
        <translation>Rechercher des acteurs, des relations, des constats et des sources…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Type a name, an alias or words of a finding. Enter opens the result, Escape closes.</source>
        <translation>Saisissez un nom, un alias ou des mots d&apos;un constat. Entrée ouvre le résultat, Échap ferme.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n results in %1 ms. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n résultat en %1 ms. Entrée ouvre celui qui est sélectionné.</numerusform>
            <numerusform>%n résultats en %1 ms. Entrée ouvre celui qui est sélectionné.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SearchWorker</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Default dataset</source>
        <translation>Jeu de données par défaut</translation>
    </message>
    <message>
        <source>None: choose for each finding</source>
        <translation>Aucun&#xa0;: choisir pour chaque constat</translation>
    </message>
    <message>
        <source>The dataset a new finding goes into; type a name to use a new dataset</source>
        <translation>Le jeu de données où va un nouveau constat&#xa0;; saisissez un nom pour utiliser un nouveau jeu de données</translation>
    </message>
    <message>
        <source>Default sensitivity</source>
        <translation>Sensibilité par défaut</translation>
    </message>
    <message>
        <source>How far a new finding may travel until you choose otherwise: exports leave out everything above the level they are given</source>
        <translation>Jusqu&apos;où un nouveau constat peut circuler tant que vous n&apos;en décidez pas autrement&#xa0;: les exports excluent tout ce qui dépasse le niveau indiqué</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock Commonplace after this many minutes without input, so an unattended laptop does not show your research (0: never)</source>
        <translation>Verrouiller Commonplace après ce nombre de minutes sans saisie, pour qu&apos;un ordinateur laissé sans surveillance n&apos;affiche pas vos recherches (0&#xa0;: jamais)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>%</source>
        <comment>percent sign after the text size</comment>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;dataset:</source>
        <translation>&amp;Jeu de données par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;sensitivity:</source>
        <translation>&amp;Sensibilité par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Commonplace will speak %1 after a restart.</source>
        <translation>Commonplace passera en %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart Commonplace?</source>
        <translation>Redémarrer Commonplace&#xa0;?</translation>
    </message>
    <message>
        <source>The new language takes effect when Commonplace restarts. Restart now? Your work is saved.</source>
        <translation>La nouvelle langue s&apos;applique au redémarrage de Commonplace. Redémarrer maintenant&#xa0;? Votre travail est enregistré.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Load the fictional de&amp;mo dataset into a new default workspace</source>
        <translation>Charger le jeu de données de dé&amp;monstration fictif dans un nouvel espace de travail par défaut</translation>
    </message>
    <message>
        <source>Loc&amp;k when idle for:</source>
        <translation>&amp;Verrouiller après une inactivité de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SourceTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citée par</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln constat</numerusform>
            <numerusform>%Ln constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln valeur</numerusform>
            <numerusform>%Ln valeurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SourcesView</name>
    <message>
        <source>Search sources</source>
        <translation>Rechercher des sources</translation>
    </message>
    <message>
        <source>Search sources by title, publisher or URL</source>
        <translation>Rechercher des sources par titre, éditeur ou URL</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>P&amp;ublisher:</source>
        <translation>É&amp;diteur&#xa0;:</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>&amp;Publiée le&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Consultée le</translation>
    </message>
    <message>
        <source>Retrie&amp;ved:</source>
        <translation>C&amp;onsultée le&#xa0;:</translation>
    </message>
    <message>
        <source>Reliability of the source (A-F)</source>
        <translation>Fiabilité de la source (A-F)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>&amp;Reliability:</source>
        <translation>&amp;Fiabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Credibility of the information (1-6)</source>
        <translation>Crédibilité de l&apos;information (1-6)</translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation>&amp;Crédibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Sensitivity of the source</source>
        <translation>Sensibilité de la source</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Sensibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attach file...</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New source</source>
        <translation>No&amp;uvelle source</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Sa&amp;ve source</source>
        <translation>&amp;Enregistrer la source</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Enregistrer la source</translation>
    </message>
    <message>
        <source>&amp;Delete source</source>
        <translation>Suppri&amp;mer la source</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citée par</translation>
    </message>
    <message>
        <source>What cites this source (Return opens)</source>
        <translation>Ce qui cite cette source (Entrée ouvre)</translation>
    </message>
    <message>
        <source>Finding or entity</source>
        <translation>Constat ou entité</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Sa&amp;ve new source</source>
        <translation>&amp;Enregistrer la nouvelle source</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>Values (%1)</source>
        <translation>Valeurs (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Attach a file to the source</source>
        <translation>Joindre un fichier à la source</translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB.</source>
        <translation>%1 pèse %2 Mo&#xa0;; les pièces jointes ne peuvent pas dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (saved with the source)</source>
        <translation>%1 (enregistré avec la source)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::StatementTableModel</name>
    <message>
        <source>%1
Click to open it (id %2).</source>
        <translation>%1
Cliquez pour l&apos;ouvrir (id %2).</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>Vue pour la première fois le %1, pour la dernière fois le %2</translation>
    </message>
    <message>
        <source>This value cites no source.</source>
        <translation>Cette valeur ne cite aucune source.</translation>
    </message>
    <message>
        <source>%1
Source id: %2</source>
        <translation>%1
Id de la source&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exports with a lower maximum sensitivity leave this value out.</source>
        <translation>Les exports dont la sensibilité maximale est inférieure excluent cette valeur.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Admiralty grading of the source: reliability A–F and credibility 1–6.</source>
        <translation>Cotation Admiralty de la source&#xa0;: fiabilité A–F et crédibilité 1–6.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SuggestField</name>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::TaxonomyView</name>
    <message>
        <source>%1 (F2 renames, Delete removes)</source>
        <translation>%1 (F2 renomme, Suppr retire)</translation>
    </message>
    <message>
        <source>&amp;Tactics</source>
        <translation>&amp;Tactiques</translation>
    </message>
    <message>
        <source>New tactic: type its name, Return adds it</source>
        <translation>Nouvelle tactique&#xa0;: saisissez son nom, Entrée l&apos;ajoute</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;hèmes</translation>
    </message>
    <message>
        <source>New theme: type its name, Return adds it</source>
        <translation>Nouveau thème&#xa0;: saisissez son nom, Entrée l&apos;ajoute</translation>
    </message>
    <message numerus="yes">
        <source>%1
Used by %Ln finding(s).</source>
        <translation>
            <numerusform>%1
Utilisé par %Ln constat.</numerusform>
            <numerusform>%1
Utilisé par %Ln constats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::WorkspaceLock</name>
    <message>
        <source>“%1” is locked</source>
        <translation>«&#xa0;%1&#xa0;» est verrouillé</translation>
    </message>
    <message>
        <source>The workspace was closed and its key dropped from memory. Enter the passphrase to open it again.</source>
        <translation>L&apos;espace de travail a été fermé et sa clé effacée de la mémoire. Saisissez la phrase secrète pour le rouvrir.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Phrase secrète incorrecte. Réessayez.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commonplace, a research workbench for human-rights researchers.</source>
        <translation>Commonplace, un atelier de recherche pour les chercheurs et chercheuses en droits humains.</translation>
    </message>
    <message>
        <source>The workspace file to open (default: %1).</source>
        <translation>Le fichier d&apos;espace de travail à ouvrir (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>[WORKSPACE]</source>
        <translation>[ESPACE_DE_TRAVAIL]</translation>
    </message>
</context>
</TS>

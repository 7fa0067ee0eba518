<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>EditCommand</name>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>No se puede rehacer «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>No se puede deshacer «%1»: %2</translation>
    </message>
    <message>
        <source>Record finding &quot;%1&quot;</source>
        <translation>Registrar el hallazgo «%1»</translation>
    </message>
    <message>
        <source>Edit finding &quot;%1&quot;</source>
        <translation>Editar el hallazgo «%1»</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Eliminar el hallazgo</translation>
    </message>
    <message>
        <source>Delete finding &quot;%1&quot;</source>
        <translation>Eliminar el hallazgo «%1»</translation>
    </message>
    <message>
        <source>Add %1 &quot;%2&quot;</source>
        <translation>Añadir %1 «%2»</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Quitar el valor</translation>
    </message>
    <message>
        <source>Remove %1 &quot;%2&quot;</source>
        <translation>Quitar %1 «%2»</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Editar el valor</translation>
    </message>
    <message>
        <source>Edit %1 &quot;%2&quot;</source>
        <translation>Editar %1 «%2»</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Creación (%1)</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>Eliminar la entidad</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <source>Add source &quot;%1&quot;</source>
        <translation>Añadir la fuente «%1»</translation>
    </message>
    <message>
        <source>Edit source &quot;%1&quot;</source>
        <translation>Editar la fuente «%1»</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Eliminar la fuente</translation>
    </message>
    <message>
        <source>Delete source &quot;%1&quot;</source>
        <translation>Eliminar la fuente «%1»</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>Añadir «%1»</translation>
    </message>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Cambiar el nombre a «%1»</translation>
    </message>
    <message>
        <source>Remove tactic or theme</source>
        <translation>Quitar la táctica o el tema</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Quitar «%1»</translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot; to a source</source>
        <translation>Adjuntar «%1» a una fuente</translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>Unknown key</source>
        <translation>Clave desconocida</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <source>Not yet trusted</source>
        <translation>Aún no es de confianza</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Nothing is withheld.</source>
        <translation>No se retiene nada.</translation>
    </message>
    <message numerus="yes">
        <source>Values withheld: %n</source>
        <translation>
            <numerusform>Valores retenidos: %n</numerusform>
            <numerusform>Valores retenidos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources withheld: %n</source>
        <translation>
            <numerusform>Fuentes retenidas: %n</numerusform>
            <numerusform>Fuentes retenidas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources replaced by pseudonyms: %n</source>
        <translation>
            <numerusform>Fuentes sustituidas por seudónimos: %n</numerusform>
            <numerusform>Fuentes sustituidas por seudónimos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings withheld: %n</source>
        <translation>
            <numerusform>Hallazgos retenidos: %n</numerusform>
            <numerusform>Hallazgos retenidos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judgements withheld: %n</source>
        <translation>
            <numerusform>Juicios retenidos: %n</numerusform>
            <numerusform>Juicios retenidos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attachments withheld: %n</source>
        <translation>
            <numerusform>Adjuntos retenidos: %n</numerusform>
            <numerusform>Adjuntos retenidos: %n</numerusform>
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
        <translation>Público</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalición</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>totalmente fiable</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>normalmente fiable</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>bastante fiable</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>normalmente poco fiable</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>no fiable</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>fiabilidad imposible de evaluar</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>confirmada por otras fuentes</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>probablemente cierta</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>posiblemente cierta</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>dudosa</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>veracidad imposible de evaluar</translation>
    </message>
    <message>
        <source>Source reliability %1: %2.</source>
        <translation>Fiabilidad de la fuente %1: %2.</translation>
    </message>
    <message>
        <source>Information credibility %1: %2.</source>
        <translation>Credibilidad de la información %1: %2.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>other</source>
        <comment>gender</comment>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>Property</name>
    <message>
        <source>Abbreviation</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Amount in EUR</source>
        <translation>Importe en EUR</translation>
    </message>
    <message>
        <source>Amount in USD</source>
        <translation>Importe en USD</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Authority-issued identifier</source>
        <translation>Identificador emitido por la autoridad</translation>
    </message>
    <message>
        <source>BIK</source>
        <translation>BIK</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Beneficiary bank account</source>
        <translation>Cuenta bancaria del beneficiario</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Bureau van Dijk ID</source>
        <translation>ID de Bureau van Dijk</translation>
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
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Currency of shares</source>
        <translation>Moneda de las acciones</translation>
    </message>
    <message>
        <source>DUNS</source>
        <translation>DUNS</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Death date</source>
        <translation>Fecha de fallecimiento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directivo</translation>
    </message>
    <message>
        <source>Dissolution date</source>
        <translation>Fecha de disolución</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <source>Eye color</source>
        <translation>Color de ojos</translation>
    </message>
    <message>
        <source>FSS</source>
        <translation>FSS</translation>
    </message>
    <message>
        <source>Federal tax service code</source>
        <translation>Código del servicio federal de impuestos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Dirección completa</translation>
    </message>
    <message>
        <source>GIIN</source>
        <translation>GIIN</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Google Places ID</source>
        <translation>ID de Google Places</translation>
    </message>
    <message>
        <source>Hair color</source>
        <translation>Color de cabello</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Estatura</translation>
    </message>
    <message>
        <source>ICIJ ID</source>
        <translation>ID del ICIJ</translation>
    </message>
    <message>
        <source>ID Number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <source>IMO Number</source>
        <translation>Número OMI</translation>
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
        <translation>Número del IRS</translation>
    </message>
    <message>
        <source>ISIN</source>
        <translation>ISIN</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Incorporation date</source>
        <translation>Fecha de constitución</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Involucrados</translation>
    </message>
    <message>
        <source>JIB</source>
        <translation>JIB</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>KPP</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fundamento jurídico</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>License Number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <source>Listing date</source>
        <translation>Fecha de inclusión en la lista</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>MBS</source>
        <translation>MBS</translation>
    </message>
    <message>
        <source>Matronymic</source>
        <translation>Matronímico</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Modified on</source>
        <translation>Modificado el</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Sufijo del nombre</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Number of shares</source>
        <translation>Número de acciones</translation>
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
        <translation>Clasificador OKVED(2)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>OpenCorporates URL</source>
        <translation>URL de OpenCorporates</translation>
    </message>
    <message>
        <source>OpenStreetmap Place ID</source>
        <translation>ID de lugar de OpenStreetMap</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Otro nombre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>PFR Number</source>
        <translation>Número PFR</translation>
    </message>
    <message>
        <source>PO Box</source>
        <translation>Apartado de correos</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Empresa matriz</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronímico</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Payer bank account</source>
        <translation>Cuenta bancaria del pagador</translation>
    </message>
    <message>
        <source>Payment programme</source>
        <translation>Programa de pagos</translation>
    </message>
    <message>
        <source>Payment purpose</source>
        <translation>Finalidad del pago</translation>
    </message>
    <message>
        <source>Percentage held</source>
        <translation>Porcentaje de participación</translation>
    </message>
    <message>
        <source>PermID</source>
        <translation>PermID</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Physical appearance</source>
        <translation>Apariencia física</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <source>Political association</source>
        <translation>Afiliación política</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Previous name</source>
        <translation>Nombre anterior</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Program ID</source>
        <translation>ID del programa</translation>
    </message>
    <message>
        <source>Program URL</source>
        <translation>URL del programa</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Publishing source</source>
        <translation>Fuente de publicación</translation>
    </message>
    <message>
        <source>Publishing source URL</source>
        <translation>URL de la fuente de publicación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID del registro</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Pariente</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religión</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Obtenido el</translation>
    </message>
    <message>
        <source>Reuters Instrument Code</source>
        <translation>Código de instrumento de Reuters</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>SEC Central Index Key</source>
        <translation>Clave CIK de la SEC</translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation>SWIFT/BIC</translation>
    </message>
    <message>
        <source>Scope of sanctions</source>
        <translation>Alcance de las sanciones</translation>
    </message>
    <message>
        <source>Second name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretario</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Número de secuencia</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>Número de la seguridad social</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Documento fuente</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Enlace a la fuente</translation>
    </message>
    <message>
        <source>Spoken language</source>
        <translation>Idioma hablado</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stock ticker symbol</source>
        <translation>Símbolo bursátil</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Street address (ctd.)</source>
        <translation>Dirección postal (cont.)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Tax Number</source>
        <translation>Número de identificación fiscal</translation>
    </message>
    <message>
        <source>Tax status</source>
        <translation>Situación fiscal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation>Número de transacción</translation>
    </message>
    <message>
        <source>Type of ownership</source>
        <translation>Tipo de participación</translation>
    </message>
    <message>
        <source>Type of shares</source>
        <translation>Tipo de acciones</translation>
    </message>
    <message>
        <source>UN SC identifier</source>
        <translation>Identificador del Consejo de Seguridad de la ONU</translation>
    </message>
    <message>
        <source>Unique Entity ID</source>
        <translation>Identificador único de entidad (UEI)</translation>
    </message>
    <message>
        <source>V.A.T. Identifier</source>
        <translation>Número de IVA</translation>
    </message>
    <message>
        <source>VOEN</source>
        <translation>VOEN</translation>
    </message>
    <message>
        <source>Value of shares</source>
        <translation>Valor de las acciones</translation>
    </message>
    <message>
        <source>Weak alias</source>
        <translation>Alias débil</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Wikidata ID</source>
        <translation>ID de Wikidata</translation>
    </message>
    <message>
        <source>Wikipedia Article</source>
        <translation>Artículo de Wikipedia</translation>
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
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Airplane</source>
        <translation>Avión</translation>
    </message>
    <message>
        <source>Airplanes</source>
        <translation>Aviones</translation>
    </message>
    <message>
        <source>Analyzable</source>
        <translation>Analizable</translation>
    </message>
    <message>
        <source>Analyzables</source>
        <translation>Analizables</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Associates</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Audio files</source>
        <translation>Archivos de audio</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Cuentas bancarias</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Call for tenders</source>
        <translation>Licitación</translation>
    </message>
    <message>
        <source>Calls for tenders</source>
        <translation>Licitaciones</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Contract award</source>
        <translation>Adjudicación de contrato</translation>
    </message>
    <message>
        <source>Contract awards</source>
        <translation>Adjudicaciones de contratos</translation>
    </message>
    <message>
        <source>Court case</source>
        <translation>Causa judicial</translation>
    </message>
    <message>
        <source>Court cases</source>
        <translation>Causas judiciales</translation>
    </message>
    <message>
        <source>Case party</source>
        <translation>Parte en la causa</translation>
    </message>
    <message>
        <source>Case parties</source>
        <translation>Partes en causas</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet</source>
        <translation>Monedero de criptomonedas</translation>
    </message>
    <message>
        <source>Cryptocurrency wallets</source>
        <translation>Monederos de criptomonedas</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Deuda</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Deudas</translation>
    </message>
    <message>
        <source>Directorship</source>
        <translation>Cargo directivo</translation>
    </message>
    <message>
        <source>Directorships</source>
        <translation>Cargos directivos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <source>Documentations</source>
        <translation>Documentaciones</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>Declaración aduanera</translation>
    </message>
    <message>
        <source>Customs declarations</source>
        <translation>Declaraciones aduaneras</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>E-Mails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>Empleos</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Vínculo familiar</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Familiares</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Páginas web</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Identifications</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Entidad jurídica</translation>
    </message>
    <message>
        <source>Legal entities</source>
        <translation>Entidades jurídicas</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Afiliaciones</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mención</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación de un cargo</translation>
    </message>
    <message>
        <source>Occupancies</source>
        <translation>Ocupaciones de cargos</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Ownerships</source>
        <translation>Participaciones</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Passports</source>
        <translation>Pasaportes</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Archivo de texto</translation>
    </message>
    <message>
        <source>Text files</source>
        <translation>Archivos de texto</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Project participant</source>
        <translation>Participante en el proyecto</translation>
    </message>
    <message>
        <source>Project participants</source>
        <translation>Participantes en proyectos</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Organismo público</translation>
    </message>
    <message>
        <source>Public bodies</source>
        <translation>Organismos públicos</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Bien inmueble</translation>
    </message>
    <message>
        <source>Real estates</source>
        <translation>Bienes inmuebles</translation>
    </message>
    <message>
        <source>Representation</source>
        <translation>Representación</translation>
    </message>
    <message>
        <source>Representations</source>
        <translation>Representaciones</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanción</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sanciones</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Valor financiero</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>Valores financieros</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Similar</translation>
    </message>
    <message>
        <source>Similar entities</source>
        <translation>Entidades similares</translation>
    </message>
    <message>
        <source>Succession</source>
        <translation>Sucesión</translation>
    </message>
    <message>
        <source>Successions</source>
        <translation>Sucesiones</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Tax roll</source>
        <translation>Padrón fiscal</translation>
    </message>
    <message>
        <source>Tax rolls</source>
        <translation>Padrones fiscales</translation>
    </message>
    <message>
        <source>Thing</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Viaje</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <source>Other link</source>
        <translation>Otro vínculo</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>Otros vínculos</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Cuenta de usuario</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Buque</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>Buques</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Libro de cálculo</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Libros de cálculo</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Disinformation</source>
        <translation>Desinformación</translation>
    </message>
    <message>
        <source>Strategic litigation</source>
        <translation>Litigio estratégico</translation>
    </message>
    <message>
        <source>Legislative lobbying</source>
        <translation>Cabildeo legislativo</translation>
    </message>
    <message>
        <source>Astroturfing</source>
        <translation>Astroturfing</translation>
    </message>
    <message>
        <source>Institutional capture</source>
        <translation>Captura institucional</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>Acoso en línea</translation>
    </message>
    <message>
        <source>Co-opting human-rights language</source>
        <translation>Apropiación del lenguaje de los derechos humanos</translation>
    </message>
    <message>
        <source>Funding local proxies</source>
        <translation>Financiación de intermediarios locales</translation>
    </message>
    <message>
        <source>Pseudo-scientific research</source>
        <translation>Investigación pseudocientífica</translation>
    </message>
    <message>
        <source>UN and treaty-body advocacy</source>
        <translation>Incidencia en la ONU y los órganos de tratados</translation>
    </message>
    <message>
        <source>Electoral mobilisation</source>
        <translation>Movilización electoral</translation>
    </message>
    <message>
        <source>Religious mobilisation</source>
        <translation>Movilización religiosa</translation>
    </message>
    <message>
        <source>Conversion therapy promotion</source>
        <translation>Promoción de terapias de conversión</translation>
    </message>
    <message>
        <source>Citizens&apos; initiatives and referendums</source>
        <translation>Iniciativas ciudadanas y referendos</translation>
    </message>
    <message>
        <source>Media ownership and content</source>
        <translation>Propiedad y contenidos de los medios</translation>
    </message>
    <message>
        <source>Curriculum interference</source>
        <translation>Injerencia en los planes de estudio</translation>
    </message>
    <message>
        <source>Crisis pregnancy centres</source>
        <translation>Falsos centros de ayuda al embarazo</translation>
    </message>
    <message>
        <source>Opaque financing</source>
        <translation>Financiación opaca</translation>
    </message>
    <message>
        <source>Training and networking</source>
        <translation>Formación y trabajo en red</translation>
    </message>
    <message>
        <source>Restricting civil society</source>
        <translation>Restricción de la sociedad civil</translation>
    </message>
    <message>
        <source>SRHR and abortion</source>
        <translation>DSSR y aborto</translation>
    </message>
    <message>
        <source>LGBTIQ+ rights</source>
        <translation>Derechos LGBTIQ+</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Igualdad de género</translation>
    </message>
    <message>
        <source>Comprehensive sexuality education</source>
        <translation>Educación integral en sexualidad</translation>
    </message>
    <message>
        <source>Family policy</source>
        <translation>Política familiar</translation>
    </message>
    <message>
        <source>Civic space</source>
        <translation>Espacio cívico</translation>
    </message>
    <message>
        <source>Bodily autonomy</source>
        <translation>Autonomía corporal</translation>
    </message>
    <message>
        <source>Religion and the state</source>
        <translation>Religión y Estado</translation>
    </message>
    <message>
        <source>Democracy and rule of law</source>
        <translation>Democracia y Estado de derecho</translation>
    </message>
    <message>
        <source>International norms</source>
        <translation>Normas internacionales</translation>
    </message>
    <message>
        <source>Producing or spreading false or misleading claims, for example about sexual and reproductive health, gender or LGBTIQ+ people, to shape public opinion or policy.</source>
        <translation>Producir o difundir afirmaciones falsas o engañosas, por ejemplo sobre la salud sexual y reproductiva, el género o las personas LGBTIQ+, para influir en la opinión pública o en las políticas.</translation>
    </message>
    <message>
        <source>Bringing, funding or intervening in court cases to restrict rights, set restrictive precedents or exhaust opponents&apos; resources.</source>
        <translation>Interponer, financiar o intervenir en causas judiciales para restringir derechos, sentar precedentes restrictivos o agotar los recursos de los oponentes.</translation>
    </message>
    <message>
        <source>Drafting, promoting or blocking bills and policies through direct contact with legislators, ministries and their staff.</source>
        <translation>Redactar, promover o bloquear proyectos de ley y políticas mediante el contacto directo con legisladores, ministerios y su personal.</translation>
    </message>
    <message>
        <source>Presenting an organised, often externally funded campaign as a spontaneous grassroots movement, for example through front groups or coordinated petitions.</source>
        <translation>Presentar una campaña organizada, a menudo financiada desde fuera, como un movimiento ciudadano espontáneo, por ejemplo mediante grupos pantalla o peticiones coordinadas.</translation>
    </message>
    <message>
        <source>Placing allies in, or gaining lasting influence over, public bodies, regulators, courts, universities or professional associations.</source>
        <translation>Colocar aliados en organismos públicos, reguladores, tribunales, universidades o colegios profesionales, o ganar en ellos una influencia duradera.</translation>
    </message>
    <message>
        <source>Coordinated abuse, threats, doxxing or mass reporting aimed at activists, journalists, health workers or officials.</source>
        <translation>Abusos, amenazas, divulgación de datos personales o denuncias masivas coordinados contra activistas, periodistas, personal sanitario o cargos públicos.</translation>
    </message>
    <message>
        <source>Reframing restrictive positions in the vocabulary of human rights, such as parental rights, religious freedom or the protection of children.</source>
        <translation>Reformular posiciones restrictivas con el vocabulario de los derechos humanos, como los derechos de los padres, la libertad religiosa o la protección de la infancia.</translation>
    </message>
    <message>
        <source>Channelling money, training or materials from foreign funders to local organisations that then act under a local identity.</source>
        <translation>Canalizar dinero, formación o materiales de financiadores extranjeros hacia organizaciones locales que luego actúan con una identidad local.</translation>
    </message>
    <message>
        <source>Commissioning or promoting studies, institutes or journals that lend a scientific appearance to predetermined conclusions.</source>
        <translation>Encargar o promover estudios, institutos o revistas que dan apariencia científica a conclusiones predeterminadas.</translation>
    </message>
    <message>
        <source>Lobbying at the United Nations, regional bodies and treaty bodies to weaken resolutions, agreed language or the mandates of rights mechanisms.</source>
        <translation>Hacer presión en las Naciones Unidas, los organismos regionales y los órganos de tratados para debilitar resoluciones, lenguaje acordado o los mandatos de los mecanismos de derechos.</translation>
    </message>
    <message>
        <source>Endorsing candidates, running voter guides or pledges, and mobilising voters around restrictive policy positions.</source>
        <translation>Respaldar candidaturas, difundir guías de voto o compromisos y movilizar al electorado en torno a posiciones políticas restrictivas.</translation>
    </message>
    <message>
        <source>Using congregations, clergy and faith networks to organise campaigns, marches, petitions or sermons for a policy agenda.</source>
        <translation>Usar congregaciones, clero y redes religiosas para organizar campañas, marchas, peticiones o sermones al servicio de una agenda política.</translation>
    </message>
    <message>
        <source>Promoting, offering or defending practices that aim to change or suppress a person&apos;s sexual orientation or gender identity.</source>
        <translation>Promover, ofrecer o defender prácticas que pretenden cambiar o reprimir la orientación sexual o la identidad de género de una persona.</translation>
    </message>
    <message>
        <source>Collecting signatures for popular initiatives, referendums or petitions to entrench restrictive definitions in law or constitutions.</source>
        <translation>Recoger firmas para iniciativas populares, referendos o peticiones con el fin de consagrar definiciones restrictivas en la ley o la constitución.</translation>
    </message>
    <message>
        <source>Owning, financing or supplying outlets, channels and content producers that carry the movement&apos;s messaging.</source>
        <translation>Poseer, financiar o abastecer medios, canales y productores de contenidos que difunden los mensajes del movimiento.</translation>
    </message>
    <message>
        <source>Campaigning against or replacing school curricula, textbooks and sexuality education programmes.</source>
        <translation>Hacer campaña contra planes de estudio, libros de texto y programas de educación sexual, o sustituirlos.</translation>
    </message>
    <message>
        <source>Running or funding centres that present themselves as health services while discouraging abortion or contraception.</source>
        <translation>Gestionar o financiar centros que se presentan como servicios de salud mientras disuaden del aborto o la anticoncepción.</translation>
    </message>
    <message>
        <source>Moving money through shell companies, donor-advised funds, nominees or offshore jurisdictions so that its origin is hard to trace.</source>
        <translation>Mover dinero a través de empresas pantalla, fondos asesorados por donantes, testaferros o jurisdicciones extraterritoriales para que su origen sea difícil de rastrear.</translation>
    </message>
    <message>
        <source>Running conferences, fellowships and training programmes that build a transnational network of advocates, lawyers and politicians.</source>
        <translation>Organizar conferencias, becas y programas de formación que construyen una red transnacional de activistas, abogados y políticos.</translation>
    </message>
    <message>
        <source>Promoting laws or administrative measures, such as foreign-agent or registration rules, that restrict the organisations defending rights.</source>
        <translation>Promover leyes o medidas administrativas, como las normas sobre «agentes extranjeros» o de registro, que restringen a las organizaciones que defienden derechos.</translation>
    </message>
    <message>
        <source>Sexual and reproductive health and rights, including access to abortion, contraception and maternal health care.</source>
        <translation>Salud y derechos sexuales y reproductivos, incluido el acceso al aborto, la anticoncepción y la atención de la salud materna.</translation>
    </message>
    <message>
        <source>Rights of lesbian, gay, bisexual, trans, intersex and queer people, including decriminalisation, non-discrimination and legal gender recognition.</source>
        <translation>Derechos de las personas lesbianas, gais, bisexuales, trans, intersexuales y queer, incluidas la despenalización, la no discriminación y el reconocimiento legal del género.</translation>
    </message>
    <message>
        <source>Equality between women and men, including gender-based violence law, the Istanbul Convention and women&apos;s political participation.</source>
        <translation>Igualdad entre mujeres y hombres, incluidas la legislación sobre violencia de género, el Convenio de Estambul y la participación política de las mujeres.</translation>
    </message>
    <message>
        <source>Age-appropriate, evidence-based education on sexuality, relationships, consent and health in schools and beyond.</source>
        <translation>Educación adecuada a la edad y basada en pruebas sobre sexualidad, relaciones, consentimiento y salud, en la escuela y fuera de ella.</translation>
    </message>
    <message>
        <source>Legal definitions of marriage and family, parental rights, child protection, divorce and family benefits.</source>
        <translation>Definiciones jurídicas del matrimonio y la familia, derechos de los padres, protección de la infancia, divorcio y prestaciones familiares.</translation>
    </message>
    <message>
        <source>Freedom of association, assembly and expression, and the conditions under which civil-society organisations can operate.</source>
        <translation>Libertades de asociación, reunión y expresión, y las condiciones en que pueden actuar las organizaciones de la sociedad civil.</translation>
    </message>
    <message>
        <source>The right to make decisions about one&apos;s own body, including gender-affirming care, end-of-life decisions and consent to treatment.</source>
        <translation>El derecho a tomar decisiones sobre el propio cuerpo, incluidos la atención de afirmación de género, las decisiones al final de la vida y el consentimiento al tratamiento.</translation>
    </message>
    <message>
        <source>The place of religion in law and public institutions, including claims of religious freedom used to limit others&apos; rights.</source>
        <translation>El lugar de la religión en el derecho y las instituciones públicas, incluida la invocación de la libertad religiosa para limitar los derechos de los demás.</translation>
    </message>
    <message>
        <source>Independence of courts and institutions, electoral integrity and constitutional change.</source>
        <translation>Independencia de los tribunales y las instituciones, integridad electoral y cambios constitucionales.</translation>
    </message>
    <message>
        <source>Human-rights standards negotiated at the United Nations and regional bodies, and their implementation at home.</source>
        <translation>Normas de derechos humanos negociadas en las Naciones Unidas y los organismos regionales, y su aplicación en cada país.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::AnalystActions</name>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>&amp;Graph Explorer</source>
        <translation>&amp;Explorador de grafos</translation>
    </message>
    <message>
        <source>Explore who funds whom: paths, money flows, communities, pictures</source>
        <translation>Explorar quién financia a quién: caminos, flujos de dinero, comunidades, imágenes</translation>
    </message>
    <message>
        <source>&amp;Show in Graph</source>
        <translation>&amp;Mostrar en el grafo</translation>
    </message>
    <message>
        <source>Open the selected actor in the graph explorer with its neighbours</source>
        <translation>Abrir el actor seleccionado en el explorador de grafos con sus vecinos</translation>
    </message>
    <message>
        <source>Money-Flow &amp;Timeline</source>
        <translation>&amp;Cronología del flujo de dinero</translation>
    </message>
    <message>
        <source>Payments to or from the selected actor over time</source>
        <translation>Pagos recibidos o hechos por el actor seleccionado a lo largo del tiempo</translation>
    </message>
    <message>
        <source>&amp;Review Queue</source>
        <translation>Cola de re&amp;visión</translation>
    </message>
    <message>
        <source>Judge candidate pairs of the same actor; unmerge</source>
        <translation>Juzgar pares candidatos del mismo actor; separar</translation>
    </message>
    <message>
        <source>Graph Explorer — Commonplace</source>
        <translation>Explorador de grafos — Commonplace</translation>
    </message>
    <message>
        <source>Money-Flow Timeline — Commonplace</source>
        <translation>Cronología del flujo de dinero — Commonplace</translation>
    </message>
    <message>
        <source>Review Queue — Commonplace</source>
        <translation>Cola de revisión — Commonplace</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Grafo</translation>
    </message>
    <message>
        <source>The graph explorer: who funds whom, paths between actors, follow the money. Open a workspace to explore it.</source>
        <translation>El explorador de grafos: quién financia a quién, caminos entre actores, seguir el dinero. Abra un espacio de trabajo para explorarlo.</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>Flujos de dinero</translation>
    </message>
    <message>
        <source>The money-flow timeline: one actor&apos;s payments per year or month. Open a workspace to see it.</source>
        <translation>La cronología del flujo de dinero: los pagos de un actor por año o por mes. Abra un espacio de trabajo para verla.</translation>
    </message>
    <message>
        <source>Gra&amp;ph</source>
        <translation>&amp;Grafo</translation>
    </message>
    <message>
        <source>&amp;Money Flows</source>
        <translation>Flujos de &amp;dinero</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::BundleExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Signed by %1 (%2)</source>
        <translation>Firmado por %1 (%2)</translation>
    </message>
    <message>
        <source>This workspace has no organisation key yet: make one in Tools &gt; Keys before exporting a bundle.</source>
        <translation>Este espacio de trabajo aún no tiene clave de organización: cree una en Herramientas &gt; Claves antes de exportar un paquete.</translation>
    </message>
    <message>
        <source>Highest sensitivity to include</source>
        <translation>Sensibilidad máxima que incluir</translation>
    </message>
    <message>
        <source>Dataset to export</source>
        <translation>Conjunto de datos que exportar</translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation>Todos los conjuntos de datos</translation>
    </message>
    <message>
        <source>Replace withheld &amp;sources by pseudonyms</source>
        <translation>Sustituir las fuentes retenidas por &amp;seudónimos</translation>
    </message>
    <message>
        <source>Partners see that claims rest on the same source without learning which source it is.</source>
        <translation>Los socios ven que varias afirmaciones se basan en la misma fuente sin saber cuál es.</translation>
    </message>
    <message>
        <source>Partners to seal the bundle to</source>
        <translation>Socios para los que sellar el paquete</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No trusted partner keys: the bundle will be signed but not sealed, readable by anyone who gets the file.</source>
        <translation>No hay claves de socios de confianza: el paquete se firmará pero no se sellará, y cualquiera que obtenga el archivo podrá leerlo.</translation>
    </message>
    <message>
        <source>Checked partners alone can open the bundle. With none checked, anyone who gets the file can read it.</source>
        <translation>Solo los socios marcados pueden abrir el paquete. Si no hay ninguno marcado, cualquiera que obtenga el archivo puede leerlo.</translation>
    </message>
    <message>
        <source>Seal to</source>
        <translation>Sellar para</translation>
    </message>
    <message>
        <source>Stays home</source>
        <translation>Se queda aquí</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Archivo de destino</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>Elegir el archivo de destino</translation>
    </message>
    <message>
        <source>Passphrase of the organisation key</source>
        <translation>Frase de contraseña de la clave de organización</translation>
    </message>
    <message>
        <source>&amp;Include up to:</source>
        <translation>&amp;Incluir hasta:</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Conjunto de datos:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Guardar &amp;en:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Everything above “%1” stays in this workspace.</source>
        <translation>Todo lo que supere «%1» se queda en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Export bundle to</source>
        <translation>Exportar el paquete a</translation>
    </message>
    <message>
        <source>Commonplace bundles (*.cpbundle);;All files (*)</source>
        <translation>Paquetes de Commonplace (*.cpbundle);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::BundleImportDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>Passphrase of the organisation key</source>
        <translation>Frase de contraseña de la clave de organización</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the sealed bundle</source>
        <translation>Abrir el paquete sellado</translation>
    </message>
    <message>
        <source>This bundle is sealed: enter the passphrase of the organisation key to read it.</source>
        <translation>Este paquete está sellado: introduzca la frase de contraseña de la clave de organización para leerlo.</translation>
    </message>
    <message>
        <source>&amp;Trust this key: I have compared the fingerprint with the sender by another channel</source>
        <translation>&amp;Confiar en esta clave: he comparado la huella con el remitente por otro canal</translation>
    </message>
    <message>
        <source>Lowest sensitivity to give what is imported</source>
        <translation>Sensibilidad mínima que dar a lo importado</translation>
    </message>
    <message>
        <source>What is imported is never shared above this level again.</source>
        <translation>Lo importado nunca vuelve a compartirse por encima de este nivel.</translation>
    </message>
    <message>
        <source>Dataset to import into</source>
        <translation>Conjunto de datos de destino</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>En palabras:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <source>&amp;Import as at least:</source>
        <translation>&amp;Importar como mínimo:</translation>
    </message>
    <message>
        <source>Into &amp;dataset:</source>
        <translation>En el conjunto de &amp;datos:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation>(sellado)</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(ilegible)</translation>
    </message>
    <message>
        <source>(compare the fingerprint with the sender before you trust it)</source>
        <translation>(compare la huella con el remitente antes de confiar en ella)</translation>
    </message>
    <message>
        <source>Dataset “%1”, bundle number %2, made %3; up to “%4”.</source>
        <translation>Conjunto de datos «%1», paquete n.º %2, creado el %3; hasta «%4».</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valor</numerusform>
            <numerusform>%n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported until you trust this key. Ask %1 to read you their fingerprint, or its words, by phone or in person; if it matches, tick the box above, or trust the key in Tools &gt; Keys.</source>
        <translation>No se importa hasta que confíe en esta clave. Pida a %1 que le lea su huella, o sus palabras, por teléfono o en persona; si coincide, marque la casilla de arriba o confíe en la clave en Herramientas &gt; Claves.</translation>
    </message>
    <message>
        <source>Refused: the key that signed this bundle is revoked.</source>
        <translation>Rechazado: la clave que firmó este paquete está revocada.</translation>
    </message>
    <message>
        <source>Refused: this is bundle number %1 of “%2”, and number %3 has already been imported from this sender. An old bundle sent again could undo the sender&apos;s corrections.</source>
        <translation>Rechazado: es el paquete n.º %1 de «%2» y ya se importó el n.º %3 de este remitente. Un paquete antiguo enviado de nuevo podría deshacer las correcciones del remitente.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvFilterDialog</name>
    <message>
        <source>Rows Read by %1</source>
        <translation>Filas leídas — %1</translation>
    </message>
    <message>
        <source>Without filters a pass reads every row. A filter reads only the rows whose cell in a column is exactly one of some values (or skips those rows); every filter must hold. Cells are compared as they are in the file, spaces and case included.</source>
        <translation>Sin filtros, una pasada lee todas las filas. Un filtro lee solo las filas cuya celda en una columna es exactamente uno de ciertos valores (u omite esas filas); deben cumplirse todos los filtros. Las celdas se comparan tal como están en el archivo, incluidos los espacios y las mayúsculas.</translation>
    </message>
    <message>
        <source>Filters of this pass</source>
        <translation>Filtros de esta pasada</translation>
    </message>
    <message>
        <source>&amp;Filters:</source>
        <translation>&amp;Filtros:</translation>
    </message>
    <message>
        <source>&amp;Add Filter</source>
        <translation>&amp;Añadir filtro</translation>
    </message>
    <message>
        <source>&amp;Remove Filter</source>
        <translation>&amp;Quitar filtro</translation>
    </message>
    <message>
        <source>Column of the filter</source>
        <translation>Columna del filtro</translation>
    </message>
    <message>
        <source>What the filter does</source>
        <translation>Qué hace el filtro</translation>
    </message>
    <message>
        <source>reads only rows where the cell is one of</source>
        <translation>lee solo las filas cuya celda es uno de estos valores</translation>
    </message>
    <message>
        <source>skips rows where the cell is one of</source>
        <translation>omite las filas cuya celda es uno de estos valores</translation>
    </message>
    <message>
        <source>Values, one per line</source>
        <translation>Valores, uno por línea</translation>
    </message>
    <message>
        <source>One value per line, exactly as in the file.</source>
        <translation>Un valor por línea, exactamente como en el archivo.</translation>
    </message>
    <message>
        <source>or the cell is &amp;empty</source>
        <translation>o la celda está &amp;vacía</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Columna:</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>&amp;Regla:</translation>
    </message>
    <message>
        <source>&amp;Values (one per line):</source>
        <translation>Va&amp;lores (uno por línea):</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(ningún valor)</translation>
    </message>
    <message>
        <source>Skip rows where %1 is %2</source>
        <translation>Omitir las filas donde %1 es %2</translation>
    </message>
    <message>
        <source>Only rows where %1 is %2</source>
        <translation>Solo las filas donde %1 es %2</translation>
    </message>
    <message>
        <source>%1 (not in the file)</source>
        <translation>%1 (no está en el archivo)</translation>
    </message>
    <message>
        <source>In the first rows: %1</source>
        <translation>En las primeras filas: %1</translation>
    </message>
    <message>
        <source>A filter names a column the file does not have.</source>
        <translation>Un filtro nombra una columna que el archivo no tiene.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the first %n rows pass these filters.</source>
        <translation>
            <numerusform>Filas que pasan estos filtros: %1 de la primera.</numerusform>
            <numerusform>Filas que pasan estos filtros: %1 de las %n primeras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvMappingEditor</name>
    <message>
        <source>CSV Mapping — %1</source>
        <translation>Mapeo CSV — %1</translation>
    </message>
    <message>
        <source>Say which entities each row of &lt;b&gt;%1&lt;/b&gt; becomes: their type, the columns whose values identify them, and where each property comes from. The preview below imports the first rows for real, into a scratch workspace.</source>
        <translation>Indique qué entidades produce cada fila de &lt;b&gt;%1&lt;/b&gt;: su tipo, las columnas cuyos valores las identifican y de dónde viene cada propiedad. La vista previa de abajo importa de verdad las primeras filas, en un espacio de trabajo temporal.</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa occidental)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation>La primera fila contiene los nombres de las columnas</translation>
    </message>
    <message>
        <source>Without a header row the first row is data and the columns are named by their number: 1, 2, 3, …</source>
        <translation>Sin fila de encabezado, la primera fila son datos y las columnas se nombran por su número: 1, 2, 3, …</translation>
    </message>
    <message>
        <source>Id prefix</source>
        <translation>Prefijo de los identificadores</translation>
    </message>
    <message>
        <source>Text hashed into every id; FollowTheMoney uses the dataset name. Leave it empty unless ids must match another tool&apos;s.</source>
        <translation>Texto incluido en el hash de cada identificador; FollowTheMoney usa el nombre del conjunto de datos. Déjelo vacío salvo que los identificadores deban coincidir con los de otra herramienta.</translation>
    </message>
    <message>
        <source>Pass over the file</source>
        <translation>Pasada por el archivo</translation>
    </message>
    <message>
        <source>This mapping reads the file several times, each pass with its own row filter and entities.</source>
        <translation>Este mapeo lee el archivo varias veces, cada pasada con su propio filtro de filas y sus propias entidades.</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Id pre&amp;fix:</source>
        <translation>Prefi&amp;jo de los id:</translation>
    </message>
    <message>
        <source>P&amp;ass:</source>
        <translation>&amp;Pasada:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>First &amp;rows of the file:</source>
        <translation>Primeras filas del arc&amp;hivo:</translation>
    </message>
    <message>
        <source>Entities each row makes</source>
        <translation>Entidades que produce cada fila</translation>
    </message>
    <message>
        <source>Entit&amp;ies each row makes:</source>
        <translation>Entidades &amp;que produce cada fila:</translation>
    </message>
    <message>
        <source>Type of a new entity</source>
        <translation>Tipo de una entidad nueva</translation>
    </message>
    <message>
        <source>Type of the entity</source>
        <translation>Tipo de la entidad</translation>
    </message>
    <message>
        <source>Add entit&amp;y</source>
        <translation>&amp;Añadir entidad</translation>
    </message>
    <message>
        <source>Remo&amp;ve entity</source>
        <translation>Q&amp;uitar entidad</translation>
    </message>
    <message>
        <source>Ne&amp;w:</source>
        <translation>&amp;Nueva:</translation>
    </message>
    <message>
        <source>Name of the entity in the mapping</source>
        <translation>Nombre de la entidad en el mapeo</translation>
    </message>
    <message>
        <source>Used by links between the entities of a row (a payment&apos;s payer is the entity named here).</source>
        <translation>Lo usan los vínculos entre las entidades de una fila (el pagador de un pago es la entidad nombrada aquí).</translation>
    </message>
    <message>
        <source>Key columns</source>
        <translation>Columnas clave</translation>
    </message>
    <message>
        <source>Tick the columns whose values identify the entity: rows with the same values make one entity. Space ticks the current column.</source>
        <translation>Marque las columnas cuyos valores identifican la entidad: las filas con los mismos valores producen una sola entidad. Espacio marca la columna actual.</translation>
    </message>
    <message>
        <source>Key text</source>
        <translation>Texto de clave</translation>
    </message>
    <message>
        <source>Optional text hashed into this entity&apos;s ids, to keep apart entities made from the same columns.</source>
        <translation>Texto opcional incluido en el hash de los identificadores de esta entidad, para distinguir entidades producidas a partir de las mismas columnas.</translation>
    </message>
    <message>
        <source>Properties of the entity</source>
        <translation>Propiedades de la entidad</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Property to add</source>
        <translation>Propiedad que añadir</translation>
    </message>
    <message>
        <source>★ required by the type, ◆ names the entity</source>
        <translation>★ exigida por el tipo, ◆ nombra la entidad</translation>
    </message>
    <message>
        <source>Add pro&amp;perty</source>
        <translation>A&amp;ñadir propiedad</translation>
    </message>
    <message>
        <source>Remove t&amp;his property</source>
        <translation>Qu&amp;itar esta propiedad</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Key columns:</source>
        <translation>Colu&amp;mnas clave:</translation>
    </message>
    <message>
        <source>Key &amp;literal:</source>
        <translation>Texto de cla&amp;ve:</translation>
    </message>
    <message>
        <source>Pr&amp;operties (★ required by the type, ◆ names the entity):</source>
        <translation>Propi&amp;edades (★ exigida por el tipo, ◆ nombra la entidad):</translation>
    </message>
    <message>
        <source>Source of the values</source>
        <translation>Procedencia de los valores</translation>
    </message>
    <message>
        <source>A column</source>
        <translation>Una columna</translation>
    </message>
    <message>
        <source>A constant value</source>
        <translation>Un valor constante</translation>
    </message>
    <message>
        <source>A template of columns</source>
        <translation>Una plantilla de columnas</translation>
    </message>
    <message>
        <source>Another entity of the row</source>
        <translation>Otra entidad de la fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Constant value or template</source>
        <translation>Valor constante o plantilla</translation>
    </message>
    <message>
        <source>Target entity</source>
        <translation>Entidad enlazada</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>ISO dates; or e.g. %d.%m.%Y</source>
        <translation>Fechas ISO; o p. ej. %d.%m.%Y</translation>
    </message>
    <message>
        <source>Separator of several values in one cell</source>
        <translation>Separador de varios valores en una celda</translation>
    </message>
    <message>
        <source>Re&amp;quired: a row without a value is an error</source>
        <translation>Obli&amp;gatoria: una fila sin valor es un error</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>Co&amp;lumna:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Tar&amp;get entity:</source>
        <translation>Entidad enla&amp;zada:</translation>
    </message>
    <message>
        <source>Split values &amp;by:</source>
        <translation>&amp;Separar valores por:</translation>
    </message>
    <message>
        <source>Date for&amp;mat:</source>
        <translation>&amp;Formato de fecha:</translation>
    </message>
    <message>
        <source>Where the values come from</source>
        <translation>De dónde vienen los valores</translation>
    </message>
    <message>
        <source>Entities the first rows make</source>
        <translation>Entidades que producen las primeras filas</translation>
    </message>
    <message>
        <source>Entity or property</source>
        <translation>Entidad o propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problems in the first rows</source>
        <translation>Problemas en las primeras filas</translation>
    </message>
    <message>
        <source>Choose a problem to see its cell in the rows above.</source>
        <translation>Elija un problema para ver su celda en las filas de arriba.</translation>
    </message>
    <message>
        <source>Res&amp;ult for the first rows:</source>
        <translation>&amp;Resultado de las primeras filas:</translation>
    </message>
    <message>
        <source>Problems in these rows:</source>
        <translation>Problemas en estas filas:</translation>
    </message>
    <message>
        <source>Open Mapping…</source>
        <translation>Abrir mapeo…</translation>
    </message>
    <message>
        <source>Load a mapping file (%1)</source>
        <translation>Cargar un archivo de mapeo (%1)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Guardar mapeo</translation>
    </message>
    <message>
        <source>Save the mapping to its file (%1)</source>
        <translation>Guardar el mapeo en su archivo (%1)</translation>
    </message>
    <message>
        <source>Save Mapping As…</source>
        <translation>Guardar mapeo como…</translation>
    </message>
    <message>
        <source>Use This Mapping</source>
        <translation>Usar este mapeo</translation>
    </message>
    <message>
        <source>entity “%1”</source>
        <translation>entidad «%1»</translation>
    </message>
    <message>
        <source>template “%1”</source>
        <translation>plantilla «%1»</translation>
    </message>
    <message>
        <source>constant “%1”</source>
        <translation>constante «%1»</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(elija una columna)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>Detected: %1, %2</source>
        <translation>Detectado: %1, %2</translation>
    </message>
    <message>
        <source>with a byte order mark</source>
        <translation>con marca de orden de bytes (BOM)</translation>
    </message>
    <message>
        <source>The file is UTF-16, which cannot be imported: save it as UTF-8 and open it again.</source>
        <translation>El archivo está en UTF-16, que no se puede importar: guárdelo como UTF-8 y ábralo de nuevo.</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>una fila de encabezado</translation>
    </message>
    <message>
        <source>no header row (the first row looks like data)</source>
        <translation>sin fila de encabezado (la primera fila parece de datos)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Pass %1 of %2</source>
        <translation>Pasada %1 de %2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>no %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>%1 (not in the file)</source>
        <translation>%1 (no está en el archivo)</translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>%1 (%2 valores)</translation>
    </message>
    <message>
        <source>Choose or add a property.</source>
        <translation>Elija o añada una propiedad.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2 (%3)</translation>
    </message>
    <message>
        <source>e.g. {{Street}}, {{City}}</source>
        <translation>p. ej. {{Calle}}, {{Ciudad}}</translation>
    </message>
    <message>
        <source>The same value for every row</source>
        <translation>El mismo valor para cada fila</translation>
    </message>
    <message>
        <source>Column “%1” is empty in the first rows.</source>
        <translation>La columna «%1» está vacía en las primeras filas.</translation>
    </message>
    <message>
        <source>Values in “%1”: %2</source>
        <translation>Valores de «%1»: %2</translation>
    </message>
    <message>
        <source>No entity of this row can be a %1: add one first.</source>
        <translation>Ninguna entidad de esta fila puede ser de tipo %1: añada una primero.</translation>
    </message>
    <message>
        <source>Every entity needs a name of its own.</source>
        <translation>Cada entidad necesita un nombre propio.</translation>
    </message>
    <message>
        <source>A %1 has no %2; those properties were removed.</source>
        <translation>El tipo %1 no tiene %2; se quitaron esas propiedades.</translation>
    </message>
    <message>
        <source>The mapping makes no entities yet: add one (its type, then “Add entity”).</source>
        <translation>El mapeo aún no produce entidades: añada una (su tipo, luego «Añadir entidad»).</translation>
    </message>
    <message>
        <source>Entity “%1” has no key column: tick the columns whose values identify it under “Key columns”.</source>
        <translation>La entidad «%1» no tiene columna clave: marque en «Columnas clave» las columnas cuyos valores la identifican.</translation>
    </message>
    <message>
        <source>Property “%1” of “%2”</source>
        <translation>Propiedad «%1» de «%2»</translation>
    </message>
    <message>
        <source>%1 has no column: choose one, or remove the property.</source>
        <translation>%1 no tiene columna: elija una o quite la propiedad.</translation>
    </message>
    <message>
        <source>%1: the template is empty.</source>
        <translation>%1: la plantilla está vacía.</translation>
    </message>
    <message>
        <source>%1 links to no entity: add the entity it links to, or remove the property.</source>
        <translation>%1 no enlaza con ninguna entidad: añada la entidad a la que enlaza o quite la propiedad.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows make %1 entities.</source>
        <translation>
            <numerusform>La primera fila produce %1 entidades.</numerusform>
            <numerusform>Las primeras %n filas producen %1 entidades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found: %1 (listed on the right).</source>
        <translation>Problemas encontrados: %1 (en la lista de la derecha).</translation>
    </message>
    <message>
        <source>Cannot open the mapping: %1</source>
        <translation>No se puede abrir el mapeo: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved the mapping to %1.</source>
        <translation>Mapeo guardado en %1.</translation>
    </message>
    <message>
        <source>Open a CSV mapping</source>
        <translation>Abrir un mapeo CSV</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Archivos de mapeo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the CSV mapping</source>
        <translation>Guardar el mapeo CSV</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Archivos de mapeo (*.json)</translation>
    </message>
    <message>
        <source>Row Filters…</source>
        <translation>Filtros de filas…</translation>
    </message>
    <message>
        <source>Choose which rows this pass reads, by the values of a column</source>
        <translation>Elegir qué filas lee esta pasada, según los valores de una columna</translation>
    </message>
    <message>
        <source>Add Pass</source>
        <translation>Añadir pasada</translation>
    </message>
    <message>
        <source>Read the file once more, with its own row filters and entities (for example to type the same key as a Person in some rows and as a Company in others)</source>
        <translation>Leer el archivo una vez más, con sus propios filtros de filas y entidades (por ejemplo, para tipificar la misma clave como Persona en unas filas y como Empresa en otras)</translation>
    </message>
    <message>
        <source>Remove Pass</source>
        <translation>Quitar pasada</translation>
    </message>
    <message>
        <source>Description of the mapping</source>
        <translation>Descripción del mapeo</translation>
    </message>
    <message>
        <source>What this mapping is for (optional)</source>
        <translation>Para qué sirve este mapeo (opcional)</translation>
    </message>
    <message>
        <source>Load Again</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Read the mapping file again, after fixing it in a text editor</source>
        <translation>Volver a leer el archivo de mapeo, tras corregirlo en un editor de texto</translation>
    </message>
    <message>
        <source>Start a New Mapping</source>
        <translation>Empezar un mapeo nuevo</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The mapping could not be loaded.&lt;/b&gt; %1&lt;br&gt;The rows of the file are shown below. Fix the mapping file and load it again, or make a new mapping here.</source>
        <translation>&lt;b&gt;No se pudo cargar el mapeo.&lt;/b&gt; %1&lt;br&gt;Las filas del archivo se muestran abajo. Corrija el archivo de mapeo y vuelva a cargarlo, o cree un mapeo nuevo aquí.</translation>
    </message>
    <message>
        <source>This Mapping</source>
        <translation>Este mapeo</translation>
    </message>
    <message>
        <source>Every row is read.</source>
        <translation>Se leen todas las filas.</translation>
    </message>
    <message>
        <source>Only rows where %1.</source>
        <translation>Solo las filas donde %1.</translation>
    </message>
    <message>
        <source>This pass skips this row (Row Filters…).</source>
        <translation>Esta pasada omite esta fila (Filtros de filas…).</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvPreview</name>
    <message>
        <source>No room for a preview: %1</source>
        <translation>No hay espacio para una vista previa: %1</translation>
    </message>
    <message>
        <source>These rows would not import: %1: %2</source>
        <translation>Estas filas no se importarían: %1: %2</translation>
    </message>
    <message>
        <source>(a %1 not in these rows)</source>
        <translation>(%1 fuera de estas filas)</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Identificador: %1</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EditIntegration</name>
    <message>
        <source>Record a Fi&amp;nding…</source>
        <translation>&amp;Registrar un hallazgo…</translation>
    </message>
    <message>
        <source>Record a finding with its actors, relationship and sources</source>
        <translation>Registrar un hallazgo con sus actores, su relación y sus fuentes</translation>
    </message>
    <message>
        <source>Edit &amp;Entity…</source>
        <translation>&amp;Editar entidad…</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Hallazgos</translation>
    </message>
    <message>
        <source>The findings of this workspace, to read and edit</source>
        <translation>Los hallazgos de este espacio de trabajo, para leer y editar</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>F&amp;uentes</translation>
    </message>
    <message>
        <source>The sources, their grading and what cites them</source>
        <translation>Las fuentes, su calificación y lo que las cita</translation>
    </message>
    <message>
        <source>&amp;Tactics and Themes</source>
        <translation>&amp;Tácticas y temas</translation>
    </message>
    <message>
        <source>Add, rename or remove tactics and themes</source>
        <translation>Añadir, cambiar el nombre o quitar tácticas y temas</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>Editar entidad</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>No se puede deshacer ni rehacer</translation>
    </message>
    <message>
        <source>Edit the entity shown in the detail pane and move the keyboard there</source>
        <translation>Editar la entidad mostrada en el panel de detalles y llevar allí el teclado</translation>
    </message>
    <message>
        <source>Edit Entity in a &amp;Window…</source>
        <translation>Editar entidad en una &amp;ventana…</translation>
    </message>
    <message>
        <source>Edit the entity shown in a window of its own</source>
        <translation>Editar la entidad mostrada en una ventana propia</translation>
    </message>
    <message>
        <source>A value typed for &quot;%1&quot; is not saved yet.</source>
        <translation>Un valor escrito para «%1» aún no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EntityDetailView</name>
    <message>
        <source>Entity details</source>
        <translation>Detalles de la entidad</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous entity (Alt+Left)</source>
        <translation>Volver a la entidad anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Values and their sources</source>
        <translation>Valores y sus fuentes</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>Referenciada por</translation>
    </message>
    <message>
        <source>Entities that reference this one</source>
        <translation>Entidades que hacen referencia a esta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>Select an entity to see its values and where each one came from.</source>
        <translation>Seleccione una entidad para ver sus valores y la procedencia de cada uno.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
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
        <translation>Fusionada en %1</translation>
    </message>
    <message>
        <source>Values (%1)</source>
        <translation>Valores (%1)</translation>
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
        <translation>Abrir esta ficha (%1)</translation>
    </message>
    <message>
        <source>Referenced by nothing</source>
        <translation>Sin referencias</translation>
    </message>
    <message>
        <source>Referenced by (%1)</source>
        <translation>Referenciada por (%1)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit this entity</source>
        <translation>Editar esta entidad</translation>
    </message>
    <message>
        <source>Add, change or remove values (Ctrl+Shift+D)</source>
        <translation>Añadir, cambiar o quitar valores (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the values here; again to only read them (Ctrl+Shift+D)</source>
        <translation>Editar los valores aquí; de nuevo para solo leerlos (Ctrl+Mayús+D)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EntityEditor</name>
    <message>
        <source>Entity editor</source>
        <translation>Editor de entidades</translation>
    </message>
    <message>
        <source>Delete this entity</source>
        <translation>Eliminar esta entidad</translation>
    </message>
    <message>
        <source>Values and their provenance (F2 edits, Delete removes)</source>
        <translation>Valores y su procedencia (F2 edita, Supr quita)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Añadir un valor</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation>&amp;Propiedad:</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Type a name and pick the entity</source>
        <translation>Escriba un nombre y elija la entidad</translation>
    </message>
    <message>
        <source>Text value</source>
        <translation>Valor de texto</translation>
    </message>
    <message>
        <source>Dataset of the value</source>
        <translation>Conjunto de datos del valor</translation>
    </message>
    <message>
        <source>Source of the value</source>
        <translation>Fuente del valor</translation>
    </message>
    <message>
        <source>Sensitivity of the value</source>
        <translation>Sensibilidad del valor</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>Procedencia:</translation>
    </message>
    <message>
        <source>&amp;Add value</source>
        <translation>&amp;Añadir valor</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Añadir valor</translation>
    </message>
    <message>
        <source>&amp;Remove selected value</source>
        <translation>&amp;Quitar el valor seleccionado</translation>
    </message>
    <message>
        <source>Remove selected value</source>
        <translation>Quitar el valor seleccionado</translation>
    </message>
    <message>
        <source>Findings about it</source>
        <translation>Hallazgos sobre ella</translation>
    </message>
    <message>
        <source>Findings about this entity</source>
        <translation>Hallazgos sobre esta entidad</translation>
    </message>
    <message>
        <source>No entity selected</source>
        <translation>Ninguna entidad seleccionada</translation>
    </message>
    <message>
        <source>Entity not found</source>
        <translation>Entidad no encontrada</translation>
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
        <translation>Intro abre %1</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(sin fuente)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>A %1: type part of its name, Return picks it</source>
        <translation>%1: escriba parte del nombre, Intro lo elige</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Long text: Ctrl+Return adds it</source>
        <translation>Texto largo: Ctrl+Intro lo añade</translation>
    </message>
    <message>
        <source>A date: YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>Una fecha: AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <source>A country: type its name</source>
        <translation>Un país: escriba su nombre</translation>
    </message>
    <message>
        <source>A web address: https://...</source>
        <translation>Una dirección web: https://...</translation>
    </message>
    <message>
        <source>A number, e.g. 250000 or 12.5</source>
        <translation>Un número, p. ej. 250000 o 12.5</translation>
    </message>
    <message>
        <source>An e-mail address</source>
        <translation>Una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Pick an entity from the suggestions first.</source>
        <translation>Elija primero una entidad de las sugerencias.</translation>
    </message>
    <message>
        <source>Type a value first.</source>
        <translation>Escriba primero un valor.</translation>
    </message>
    <message>
        <source>Delete entit&amp;y</source>
        <translation>&amp;Eliminar entidad</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>&amp;Valor:</translation>
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
        <translation>%1 (fusionada en %2)</translation>
    </message>
    <message>
        <source>This %1 has no name of its own.</source>
        <translation>Esta ficha (%1) no tiene nombre propio.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
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
        <translation>Importar &amp;paquete…</translation>
    </message>
    <message>
        <source>Import a signed exchange bundle from a partner organisation</source>
        <translation>Importar un paquete de intercambio firmado de una organización asociada</translation>
    </message>
    <message>
        <source>E&amp;xport Bundle…</source>
        <translation>E&amp;xportar paquete…</translation>
    </message>
    <message>
        <source>Export a signed bundle for partners, redacted and sealed</source>
        <translation>Exportar un paquete firmado para los socios, censurado y sellado</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Claves…</translation>
    </message>
    <message>
        <source>This organisation&apos;s key and partners&apos; keys</source>
        <translation>La clave de esta organización y las de los socios</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>Commonplace bundles (*.cpbundle);;All files (*)</source>
        <translation>Paquetes de Commonplace (*.cpbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paquete importado</translation>
    </message>
    <message>
        <source>Imported into dataset “%1”: %2 new values, %3 retracted.</source>
        <translation>Importado en el conjunto de datos «%1»: %2 valores nuevos, %3 retirados.</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Paquete exportado</translation>
    </message>
    <message>
        <source>Bundle number %1 of dataset “%2” written.</source>
        <translation>Se escribió el paquete n.º %1 del conjunto de datos «%2».</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines</source>
        <translation>Líneas JSON de FollowTheMoney</translation>
    </message>
    <message>
        <source>CSV (one table per type)</source>
        <translation>CSV (una tabla por tipo)</translation>
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
        <translation>Sensibilidad máxima que incluir</translation>
    </message>
    <message>
        <source>Values and sources more sensitive than this are left out.</source>
        <translation>Se omiten los valores y las fuentes más sensibles que este nivel.</translation>
    </message>
    <message>
        <source>Dataset to export</source>
        <translation>Conjunto de datos que exportar</translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation>Todos los conjuntos de datos</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Archivo de destino</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>Elegir el archivo de destino</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Include up to:</source>
        <translation>&amp;Incluir hasta:</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Conjunto de datos:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>One CSV file per type is written into this folder; files of the same name there are replaced.</source>
        <translation>Se escribe un archivo CSV por tipo en esta carpeta; los archivos con el mismo nombre se reemplazan.</translation>
    </message>
    <message>
        <source>The file is written whole or not at all.</source>
        <translation>El archivo se escribe completo o no se escribe.</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exportar a la carpeta</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Archivos %1 (*.%2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Excel workbook (one sheet per type)</source>
        <translation>Libro de Excel (una hoja por tipo)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::FindingForm</name>
    <message>
        <source>Record a finding</source>
        <translation>Registrar un hallazgo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What was found, in one line</source>
        <translation>Lo que se encontró, en una línea</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type a country name</source>
        <translation>Escriba el nombre de un país</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The finding in detail: who did what, when, with which money</source>
        <translation>El hallazgo en detalle: quién hizo qué, cuándo, con qué dinero</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Filter tactics</source>
        <translation>Filtrar las tácticas</translation>
    </message>
    <message>
        <source>Type to filter, Return to tick</source>
        <translation>Escriba para filtrar, Intro para marcar</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>Tácticas</translation>
    </message>
    <message>
        <source>T&amp;actics:</source>
        <translation>T&amp;ácticas:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation>Añadir un actor</translation>
    </message>
    <message>
        <source>Type a name: pick one, or create it</source>
        <translation>Escriba un nombre: elija uno o créelo</translation>
    </message>
    <message>
        <source>Actors of this finding (Delete removes)</source>
        <translation>Actores de este hallazgo (Supr quita)</translation>
    </message>
    <message>
        <source>Relationship it establishes</source>
        <translation>Relación que establece</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Tipo de relación</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <source>Type a title: pick a source, or add a new one</source>
        <translation>Escriba un título: elija una fuente o añada una nueva</translation>
    </message>
    <message>
        <source>New source &quot;%1&quot;...</source>
        <translation>Nueva fuente «%1»…</translation>
    </message>
    <message>
        <source>Sources of this finding (Delete removes)</source>
        <translation>Fuentes de este hallazgo (Supr quita)</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nueva fuente</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Título de la fuente</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la fuente</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Editor:</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Fecha de la fuente</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publicada:</translation>
    </message>
    <message>
        <source>Reliability of the source (A-F)</source>
        <translation>Fiabilidad de la fuente (A-F)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation>Fiabilidad:</translation>
    </message>
    <message>
        <source>Credibility of the information (1-6)</source>
        <translation>Credibilidad de la información (1-6)</translation>
    </message>
    <message>
        <source>Credibility:</source>
        <translation>Credibilidad:</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>Path of a file to attach (optional)</source>
        <translation>Ruta de un archivo que adjuntar (opcional)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>Elegir un archivo que adjuntar</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Add this source</source>
        <translation>Añadir esta fuente</translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>Guardar el hallazgo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Editar el hallazgo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 - new</source>
        <translation>%1 - por crear</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>p. ej. USD, EUR</translation>
    </message>
    <message>
        <source>A new source needs a title.</source>
        <translation>Una fuente nueva necesita un título.</translation>
    </message>
    <message>
        <source>The source date &quot;%1&quot; is not a date (YYYY-MM-DD, YYYY-MM or YYYY).</source>
        <translation>La fecha de la fuente «%1» no es una fecha (AAAA-MM-DD, AAAA-MM o AAAA).</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB.</source>
        <translation>%1 ocupa %2 MB; los adjuntos pueden ocupar como máximo %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 [%2] - new</source>
        <translation>%1 [%2] - por crear</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, con %1</translation>
    </message>
    <message>
        <source>Attach a file to the source</source>
        <translation>Adjuntar un archivo a la fuente</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>Un hallazgo necesita un título.</translation>
    </message>
    <message>
        <source>Unknown country &quot;%1&quot;.</source>
        <translation>País desconocido: «%1».</translation>
    </message>
    <message>
        <source>No tactic ticked</source>
        <translation>Ninguna táctica marcada</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>Marcadas: %1</translation>
    </message>
    <message>
        <source>End of the relationship</source>
        <translation>Extremo de la relación</translation>
    </message>
    <message>
        <source>Value of the relationship</source>
        <translation>Valor de la relación</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Sensitivit&amp;y:</source>
        <translation>&amp;Sensibilidad:</translation>
    </message>
    <message>
        <source>Data&amp;set:</source>
        <translation>Conjunto de &amp;datos:</translation>
    </message>
    <message>
        <source>Save f&amp;inding</source>
        <translation>&amp;Guardar hallazgo</translation>
    </message>
    <message>
        <source>Create new %1 &quot;%2&quot;</source>
        <translation>Crear «%2» (%1)</translation>
    </message>
    <message>
        <source>New source with the file %1...</source>
        <translation>Nueva fuente con el archivo %1…</translation>
    </message>
    <message>
        <source>Ctrl+Return saves, Escape cancels. Alt+C actors, Alt+R relationship, Alt+U sources; Down in an empty field lists the recent ones.</source>
        <translation>Ctrl+Intro guarda, Esc cancela. Alt+C actores, Alt+R relación, Alt+U fuentes; Abajo en un campo vacío muestra los recientes.</translation>
    </message>
    <message>
        <source>Ctrl+Return saves every change as one step (Ctrl+Z undoes it), Escape throws the changes away. Alt+C actors, Alt+R relationship, Alt+U sources.</source>
        <translation>Ctrl+Intro guarda todos los cambios en un solo paso (Ctrl+Z lo deshace), Esc descarta los cambios. Alt+C actores, Alt+R relación, Alt+U fuentes.</translation>
    </message>
    <message>
        <source>e.g. 50000, 50k, 1.2m USD</source>
        <translation>p. ej. 50000, 50k o 1,2M USD</translation>
    </message>
    <message>
        <source>From the file: the date it was created. Check it.</source>
        <translation>Del archivo: la fecha en que se creó. Compruébela.</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::FindingsView</name>
    <message>
        <source>Search findings</source>
        <translation>Buscar hallazgos</translation>
    </message>
    <message>
        <source>Search findings by title and text</source>
        <translation>Buscar hallazgos por título y texto</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>&amp;Delete finding</source>
        <translation>&amp;Eliminar el hallazgo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The finding &quot;%1&quot; has changes that are not saved.</source>
        <translation>El hallazgo «%1» tiene cambios sin guardar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln hallazgo</numerusform>
            <numerusform>%Ln hallazgos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::GraphCanvas</name>
    <message>
        <source>Graph canvas</source>
        <translation>Lienzo del grafo</translation>
    </message>
    <message>
        <source>Search for an actor above, or choose &quot;Whole graph&quot;, to start exploring.
Double-click an actor to show its neighbours.</source>
        <translation>Busque un actor arriba o elija «Grafo completo» para empezar a explorar.
Haga doble clic en un actor para mostrar sus vecinos.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::GraphExplorer</name>
    <message>
        <source>Find an actor to start from…</source>
        <translation>Buscar un actor de partida…</translation>
    </message>
    <message>
        <source>Find an actor to start from</source>
        <translation>Buscar un actor de partida</translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation>Grafo completo</translation>
    </message>
    <message>
        <source>Show every actor under the filter</source>
        <translation>Mostrar todos los actores que pasan el filtro</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Remove every actor from the view</source>
        <translation>Quitar todos los actores de la vista</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Dirigido por fuerzas</translation>
    </message>
    <message>
        <source>Layered (money flow)</source>
        <translation>Por capas (flujo de dinero)</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Disponer</translation>
    </message>
    <message>
        <source>Arrange the actors shown; pinned actors keep their place</source>
        <translation>Disponer los actores mostrados; los actores fijados conservan su lugar</translation>
    </message>
    <message>
        <source>Node size</source>
        <translation>Tamaño de los nodos</translation>
    </message>
    <message>
        <source>Size: PageRank</source>
        <translation>Tamaño: PageRank</translation>
    </message>
    <message>
        <source>Size: total received</source>
        <translation>Tamaño: total recibido</translation>
    </message>
    <message>
        <source>Size: total given</source>
        <translation>Tamaño: total entregado</translation>
    </message>
    <message>
        <source>Size: equal</source>
        <translation>Tamaño: igual</translation>
    </message>
    <message>
        <source>Node colour</source>
        <translation>Color de los nodos</translation>
    </message>
    <message>
        <source>Colour: type</source>
        <translation>Color: tipo</translation>
    </message>
    <message>
        <source>Colour: community</source>
        <translation>Color: comunidad</translation>
    </message>
    <message>
        <source>Colour: type, ring brokers</source>
        <translation>Color: tipo, intermediarios con anillo</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Saved diagrams</source>
        <translation>Diagramas guardados</translation>
    </message>
    <message>
        <source>Saved diagrams of this workspace</source>
        <translation>Diagramas guardados de este espacio de trabajo</translation>
    </message>
    <message>
        <source>Open Diagram</source>
        <translation>Abrir diagrama</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>Save Diagram As…</source>
        <translation>Guardar diagrama como…</translation>
    </message>
    <message>
        <source>Delete Diagram</source>
        <translation>Eliminar diagrama</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Layout progress</source>
        <translation>Progreso de la disposición</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Hasta el año</translation>
    </message>
    <message>
        <source>Include undated</source>
        <translation>Incluir los no fechados</translation>
    </message>
    <message>
        <source>Amount and evidence</source>
        <translation>Importe y pruebas</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Importe mínimo</translation>
    </message>
    <message>
        <source>Hide relationships whose amount is below this (those without an amount stay)</source>
        <translation>Ocultar las relaciones cuyo importe sea inferior (las que no tienen importe se mantienen)</translation>
    </message>
    <message>
        <source>Minimum grading</source>
        <translation>Calificación mínima</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>%1 or better</source>
        <translation>%1 o mejor</translation>
    </message>
    <message>
        <source>Keep relationships with a source graded at least this well</source>
        <translation>Conservar las relaciones con una fuente calificada al menos así</translation>
    </message>
    <message>
        <source>Highest sensitivity shown</source>
        <translation>Sensibilidad máxima mostrada</translation>
    </message>
    <message>
        <source>Show only values up to this sensitivity</source>
        <translation>Mostrar solo los valores hasta esta sensibilidad</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Relationships shown</source>
        <translation>Relaciones mostradas</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de datos</translation>
    </message>
    <message>
        <source>Datasets shown</source>
        <translation>Conjuntos de datos mostrados</translation>
    </message>
    <message>
        <source>Selection, paths and money flows</source>
        <translation>Selección, caminos y flujos de dinero</translation>
    </message>
    <message>
        <source>Show neighbours</source>
        <translation>Mostrar vecinos</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Fijar / soltar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Open details</source>
        <translation>Abrir detalles</translation>
    </message>
    <message>
        <source>Money-flow timeline</source>
        <translation>Cronología del flujo de dinero</translation>
    </message>
    <message>
        <source>Click an actor to select it, Ctrl+click a second one for the paths between them. Double-click shows neighbours. Drag to move; wheel or +/- to zoom, arrows to pan, 0 to fit.</source>
        <translation>Haga clic en un actor para seleccionarlo y Ctrl+clic en otro para ver los caminos entre ellos. El doble clic muestra los vecinos. Arrastre para mover; rueda o +/- para ampliar, flechas para desplazarse, 0 para ajustar.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Longest path, in hops:</source>
        <translation>Camino más largo, en saltos:</translation>
    </message>
    <message>
        <source>Longest path, in hops</source>
        <translation>Camino más largo, en saltos</translation>
    </message>
    <message>
        <source>Either direction</source>
        <translation>En ambos sentidos</translation>
    </message>
    <message>
        <source>Paths between the selected actors</source>
        <translation>Caminos entre los actores seleccionados</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Camino</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Saltos</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Caminos</translation>
    </message>
    <message>
        <source>Hops to follow:</source>
        <translation>Saltos que seguir:</translation>
    </message>
    <message>
        <source>Follow the money within hops</source>
        <translation>Seguir el dinero en este número de saltos</translation>
    </message>
    <message>
        <source>Funders and beneficiaries</source>
        <translation>Financiadores y beneficiarios</translation>
    </message>
    <message>
        <source>Funder / beneficiary</source>
        <translation>Financiador / beneficiario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Double-click a payment to open it</source>
        <translation>Haga doble clic en un pago para abrirlo</translation>
    </message>
    <message>
        <source>Follow the money</source>
        <translation>Seguir el dinero</translation>
    </message>
    <message>
        <source>The graph could not be loaded: %1</source>
        <translation>No se pudo cargar el grafo: %1</translation>
    </message>
    <message>
        <source>%1–%2 and undated</source>
        <translation>%1–%2 y sin fecha</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>amounts from %1</source>
        <translation>importes desde %1</translation>
    </message>
    <message>
        <source>sources graded %1 or better</source>
        <translation>fuentes calificadas %1 o mejor</translation>
    </message>
    <message>
        <source>datasets %1</source>
        <translation>conjuntos de datos %1</translation>
    </message>
    <message>
        <source>values up to %1</source>
        <translation>valores hasta %1</translation>
    </message>
    <message>
        <source>Filter: %1. Made with Commonplace on %2.</source>
        <translation>Filtro: %1. Hecho con Commonplace el %2.</translation>
    </message>
    <message>
        <source>Actor-funding graph</source>
        <translation>Grafo de financiación entre actores</translation>
    </message>
    <message>
        <source>Size: PageRank (influence)</source>
        <translation>Tamaño: PageRank (influencia)</translation>
    </message>
    <message>
        <source>Size: total received (%1)</source>
        <translation>Tamaño: total recibido (%1)</translation>
    </message>
    <message>
        <source>Size: total given (%1)</source>
        <translation>Tamaño: total entregado (%1)</translation>
    </message>
    <message>
        <source>Colour: community (Louvain)</source>
        <translation>Color: comunidad (Louvain)</translation>
    </message>
    <message>
        <source>No workspace.</source>
        <translation>Ningún espacio de trabajo.</translation>
    </message>
    <message>
        <source>Loading the graph…</source>
        <translation>Cargando el grafo…</translation>
    </message>
    <message>
        <source>Actors shown: %1 of %2. Relationships shown: %3 of %4.</source>
        <translation>Actores mostrados: %1 de %2. Relaciones mostradas: %3 de %4.</translation>
    </message>
    <message>
        <source>%1 Left out below the minimum amount: %2.</source>
        <translation>%1 Omitidas por debajo del importe mínimo: %2.</translation>
    </message>
    <message>
        <source>No dated relationships</source>
        <translation>Ninguna relación fechada</translation>
    </message>
    <message>
        <source>All dates (%1–%2)</source>
        <translation>Todas las fechas (%1–%2)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an actor of the graph under this filter.</source>
        <translation>«%1» no es un actor del grafo con este filtro.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n neighbours; showing the %2 most central.</source>
        <translation>
            <numerusform>%1 tiene %n vecino; se muestran los %2 más centrales.</numerusform>
            <numerusform>%1 tiene %n vecinos; se muestran los %2 más centrales.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No actor of the graph matches &apos;%1&apos;.</source>
        <translation>Ningún actor del grafo coincide con «%1».</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n actors</source>
        <translation>
            <numerusform>Mover %n actor</numerusform>
            <numerusform>Mover %n actores</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Show Neighbours</source>
        <translation>Mostrar vecinos</translation>
    </message>
    <message>
        <source>Open Details</source>
        <translation>Abrir detalles</translation>
    </message>
    <message>
        <source>Money-Flow Timeline</source>
        <translation>Cronología del flujo de dinero</translation>
    </message>
    <message>
        <source>Follow the Money</source>
        <translation>Seguir el dinero</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>Ajustar a la vista</translation>
    </message>
    <message>
        <source>Whole Graph</source>
        <translation>Grafo completo</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n actors…</source>
        <translation>
            <numerusform>Disponiendo %n actor…</numerusform>
            <numerusform>Disponiendo %n actores…</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout stopped: %1</source>
        <translation>Disposición detenida: %1</translation>
    </message>
    <message>
        <source>Layout stopped.</source>
        <translation>Disposición detenida.</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Disposición: %1</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nada seleccionado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Camino más corto</translation>
    </message>
    <message numerus="yes">
        <source>The first %n paths found</source>
        <translation>
            <numerusform>El primer camino encontrado</numerusform>
            <numerusform>Los primeros %n caminos encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n paths</source>
        <translation>
            <numerusform>El único camino</numerusform>
            <numerusform>Los %n caminos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funders of %1 (%n)</source>
        <translation>
            <numerusform>Financiadores de %1 (%n)</numerusform>
            <numerusform>Financiadores de %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Beneficiaries of %1 (%n)</source>
        <translation>
            <numerusform>Beneficiarios de %1 (%n)</numerusform>
            <numerusform>Beneficiarios de %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hops)</source>
        <translation>
            <numerusform>%1 (%n salto)</numerusform>
            <numerusform>%1 (%n saltos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to show it in the graph</source>
        <translation>Haga doble clic para mostrarlo en el grafo</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>sin importe</translation>
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
        <translation>Haga clic para listar estos pagos y sus fuentes</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>sin fuente</translation>
    </message>
    <message>
        <source>(unsaved view)</source>
        <translation>(vista sin guardar)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Save Diagram</source>
        <translation>Guardar diagrama</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Se exportó %1.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directo</translation>
    </message>
    <message>
        <source>Via %1</source>
        <translation>Vía %1</translation>
    </message>
    <message>
        <source>Rename Diagram…</source>
        <translation>Cambiar el nombre del diagrama…</translation>
    </message>
    <message>
        <source>Delete Diagram…</source>
        <translation>Eliminar diagrama…</translation>
    </message>
    <message>
        <source>Computing paths or money flows</source>
        <translation>Cálculo de caminos o flujos de dinero</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop waiting for the paths or money flows being computed</source>
        <translation>Dejar de esperar el cálculo de los caminos o flujos de dinero</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Finding paths…</source>
        <translation>Buscando caminos…</translation>
    </message>
    <message>
        <source>Following the money…</source>
        <translation>Siguiendo el dinero…</translation>
    </message>
    <message>
        <source>Reading the payments&apos; sources…</source>
        <translation>Leyendo las fuentes de los pagos…</translation>
    </message>
    <message>
        <source>Choose a saved diagram first.</source>
        <translation>Elija primero un diagrama guardado.</translation>
    </message>
    <message>
        <source>Rename Diagram</source>
        <translation>Cambiar el nombre del diagrama</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Delete the diagram “%1”? This cannot be undone; the view stays on screen until you change it.</source>
        <translation>¿Eliminar el diagrama «%1»? No se puede deshacer; la vista sigue en pantalla hasta que la cambie.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Diagram “%1” deleted.</source>
        <translation>Diagrama «%1» eliminado.</translation>
    </message>
    <message>
        <source>Side Panel</source>
        <translation>Panel lateral</translation>
    </message>
    <message>
        <source>Show or hide the side panel: selection, paths, follow the money (F9)</source>
        <translation>Mostrar u ocultar el panel lateral: selección, caminos, seguir el dinero (F9)</translation>
    </message>
    <message>
        <source>Show the side panel</source>
        <translation>Mostrar el panel lateral</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import &lt;b&gt;%1&lt;/b&gt; into this workspace. Everything in the file is imported, or nothing is.</source>
        <translation>Importar &lt;b&gt;%1&lt;/b&gt; en este espacio de trabajo. Se importa todo el contenido del archivo o nada.</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Nombre del conjunto de datos</translation>
    </message>
    <message>
        <source>Every value remembers the dataset it came from. Letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Cada valor recuerda el conjunto de datos del que procede. Letras, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Detectar a partir del archivo</translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines</source>
        <translation>Líneas JSON de FollowTheMoney</translation>
    </message>
    <message>
        <source>CSV with a mapping</source>
        <translation>CSV con un mapeo</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Archivo de mapeo</translation>
    </message>
    <message>
        <source>A JSON file saying which column goes to which property</source>
        <translation>Un archivo JSON que indica qué columna va a qué propiedad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>Elegir un archivo de mapeo</translation>
    </message>
    <message>
        <source>Sensitivity of the imported values</source>
        <translation>Sensibilidad de los valores importados</translation>
    </message>
    <message>
        <source>The lowest sensitivity the imported values get; values the file marks as more sensitive keep their level.</source>
        <translation>La sensibilidad mínima que reciben los valores importados; los valores que el archivo marca como más sensibles conservan su nivel.</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Conjunto de datos:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Mapeo:</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Sensibilidad:</translation>
    </message>
    <message>
        <source>Choose a CSV mapping</source>
        <translation>Elegir un mapeo CSV</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Archivos de mapeo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>Entities the mapping makes of these rows</source>
        <translation>Entidades que el mapeo crea a partir de estas filas</translation>
    </message>
    <message>
        <source>Entity or property</source>
        <translation>Entidad o propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>First &amp;rows of the file:</source>
        <translation>&amp;Primeras filas del archivo:</translation>
    </message>
    <message>
        <source>&amp;Entities they make:</source>
        <translation>&amp;Entidades que crean:</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows make these entities. Nothing is written to your workspace until you import.</source>
        <translation>
            <numerusform>La primera fila crea estas entidades. No se escribe nada en su espacio de trabajo hasta que importe.</numerusform>
            <numerusform>Las primeras %n filas crean estas entidades. No se escribe nada en su espacio de trabajo hasta que importe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edi&amp;t Mapping…</source>
        <translation>E&amp;ditar mapeo…</translation>
    </message>
    <message>
        <source>Make a new mapping, or change this one, in the CSV mapping editor</source>
        <translation>Crear un mapeo nuevo, o cambiar este, en el editor de mapeos CSV</translation>
    </message>
    <message>
        <source>Choose a mapping, or make one with “Edit Mapping…”, to see the entities these rows make.</source>
        <translation>Elija un mapeo, o cree uno con «Editar mapeo…», para ver las entidades que producen estas filas.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::KeyringDialog</name>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>Esta organización</translation>
    </message>
    <message>
        <source>&amp;Export Public Key…</source>
        <translation>&amp;Exportar clave pública…</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Nombre de la organización:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Create Organisation Key</source>
        <translation>&amp;Crear clave de la organización</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Partner keys</source>
        <translation>Claves de los socios</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>&amp;Import Key File…</source>
        <translation>&amp;Importar archivo de clave…</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>Confi&amp;ar</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;vocar</translation>
    </message>
    <message>
        <source>Trust a key only after reading its fingerprint, or its words, to the partner by another channel: phone, or in person.</source>
        <translation>Confíe en una clave solo después de leer su huella, o sus palabras, al socio por otro canal: por teléfono o en persona.</translation>
    </message>
    <message>
        <source>%1
Fingerprint: %2
In words: %3</source>
        <translation>%1
Huella: %2
En palabras: %3</translation>
    </message>
    <message>
        <source>No organisation key yet. Make one to sign bundles and to receive sealed ones; it is made once, so choose the name partners know.</source>
        <translation>Aún no hay clave de organización. Cree una para firmar paquetes y recibir paquetes sellados; se crea una sola vez, así que elija el nombre que conocen sus socios.</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name.</source>
        <translation>Indique el nombre de la organización.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Elija una frase de contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Import a partner&apos;s public key</source>
        <translation>Importar la clave pública de un socio</translation>
    </message>
    <message>
        <source>Public key files (*.pub *.json);;All files (*)</source>
        <translation>Archivos de clave pública (*.pub *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>Exportar la clave pública</translation>
    </message>
    <message>
        <source>Public key files (*.pub);;All files (*)</source>
        <translation>Archivos de clave pública (*.pub);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Trust the key of %1?

Fingerprint: %2
In words: %3

Only if the partner read you this same fingerprint by another channel.</source>
        <translation>¿Confiar en la clave de %1?

Huella: %2
En palabras: %3

Solo si el socio le ha leído esta misma huella por otro canal.</translation>
    </message>
    <message>
        <source>Revoke the key of %1? Bundles signed with it will be refused from now on. Revocation cannot be undone.</source>
        <translation>¿Revocar la clave de %1? Los paquetes firmados con ella se rechazarán a partir de ahora. La revocación no se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 in words: %2</source>
        <translation>%1 en palabras: %2</translation>
    </message>
    <message>
        <source>Select a key to see its fingerprint in words.</source>
        <translation>Seleccione una clave para ver su huella en palabras.</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Crear un archivo de espacio de trabajo vacío</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Abrir un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import FollowTheMoney JSON lines or CSV with a mapping</source>
        <translation>Importar líneas JSON de FollowTheMoney o un CSV con un mapeo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the workspace or a dataset to share or analyse</source>
        <translation>Exportar el espacio de trabajo o un conjunto de datos para compartirlo o analizarlo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Language, defaults for new findings, locking, text size</source>
        <translation>Idioma, valores predeterminados de los nuevos hallazgos, bloqueo, tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Read the workspace again, e.g. after the command line changed it</source>
        <translation>Volver a leer el espacio de trabajo, por ejemplo, después de modificarlo desde la línea de comandos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Load the &amp;Demo Dataset</source>
        <translation>Cargar el conjunto de datos de &amp;demostración</translation>
    </message>
    <message>
        <source>Load the demo dataset?</source>
        <translation>¿Cargar el conjunto de datos de demostración?</translation>
    </message>
    <message>
        <source>The demo dataset is fictional: invented funders, groups, people and payments for trying Commonplace out. It goes into a dataset named &quot;demo&quot; in this workspace. Load it here rather than in a workspace with real research?</source>
        <translation>El conjunto de datos de demostración es ficticio: financiadores, grupos, personas y pagos inventados para probar Commonplace. Se guarda en un conjunto de datos llamado «demo» en este espacio de trabajo. ¿Cargarlo aquí y no en un espacio de trabajo con investigación real?</translation>
    </message>
    <message>
        <source>Add the fictional demo dataset to this workspace</source>
        <translation>Añadir el conjunto de datos de demostración ficticio a este espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;About Commonplace</source>
        <translation>&amp;Acerca de Commonplace</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Stop the running task?</source>
        <translation>¿Detener la tarea en curso?</translation>
    </message>
    <message>
        <source>An import or export is still running. Quit and cancel it? The workspace stays as it was before the task started.</source>
        <translation>Todavía hay una importación o exportación en curso. ¿Salir y cancelarla? El espacio de trabajo queda como estaba antes de que empezara la tarea.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>This workspace includes the demo dataset: fictional people, organisations and payments, for trying Commonplace out.</source>
        <translation>Este espacio de trabajo incluye el conjunto de datos de demostración: personas, organizaciones y pagos ficticios para probar Commonplace.</translation>
    </message>
    <message>
        <source>%1 — Commonplace</source>
        <translation>%1 — Commonplace</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Commonplace workspaces (*.commonplace)</source>
        <translation>Espacios de trabajo de Commonplace (*.commonplace)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Commonplace workspaces (*.commonplace);;All files (*)</source>
        <translation>Espacios de trabajo de Commonplace (*.commonplace);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines (*.ijson *.json *.jsonl);;CSV (*.csv);;All files (*)</source>
        <translation>Líneas JSON de FollowTheMoney (*.ijson *.json *.jsonl);;CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entities from %1 into dataset “%2” (%3 new, %4 values added).</source>
        <translation>
            <numerusform>Se importó %n entidad de %1 en el conjunto de datos «%2» (%3 nuevas, %4 valores añadidos).</numerusform>
            <numerusform>Se importaron %n entidades de %1 en el conjunto de datos «%2» (%3 nuevas, %4 valores añadidos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n references point at entities not in the workspace.</source>
        <translation>
            <numerusform>%n referencia apunta a una entidad que no está en el espacio de trabajo.</numerusform>
            <numerusform>%n referencias apuntan a entidades que no están en el espacio de trabajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Importación cancelada; el espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error en la importación</translation>
    </message>
    <message>
        <source>%1

Nothing was imported; the workspace is unchanged.</source>
        <translation>%1

No se importó nada; el espacio de trabajo no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entities (%1 values) to %2.</source>
        <translation>
            <numerusform>Se exportó %n entidad (%1 valores) a %2.</numerusform>
            <numerusform>Se exportaron %n entidades (%1 valores) a %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values above “%1” were left out.</source>
        <translation>
            <numerusform>Se omitió %n valor por encima de «%1».</numerusform>
            <numerusform>Se omitieron %n valores por encima de «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>Loading the demo dataset…</source>
        <translation>Cargando el conjunto de datos de demostración…</translation>
    </message>
    <message>
        <source>Loaded the demo dataset: fictional people, organisations and payments, for trying Commonplace out. None of it is real.</source>
        <translation>Se cargó el conjunto de datos de demostración: personas, organizaciones y pagos ficticios para probar Commonplace. Nada de esto es real.</translation>
    </message>
    <message>
        <source>Could not load the demo dataset</source>
        <translation>No se pudo cargar el conjunto de datos de demostración</translation>
    </message>
    <message>
        <source>About Commonplace</source>
        <translation>Acerca de Commonplace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;A research workbench for human-rights researchers: record findings on anti-rights actors with their sources, follow the money between them, and merge datasets with partners without losing who said what.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para investigadores de derechos humanos: registre hallazgos sobre actores antiderechos con sus fuentes, siga el dinero entre ellos y fusione conjuntos de datos con sus socios sin perder quién dijo qué.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No workspace is open. Open or create one in the File menu.</source>
        <translation>No hay ningún espacio de trabajo abierto. Abra o cree uno en el menú Archivo.</translation>
    </message>
    <message>
        <source>This workspace is empty. Import a file with File ▸ Import… (Ctrl+I), or try the fictional demo data with Help ▸ Load the Demo Dataset.</source>
        <translation>Este espacio de trabajo está vacío. Importe un archivo con Archivo ▸ Importar… (Ctrl+I) o pruebe los datos ficticios con Ayuda ▸ Cargar el conjunto de datos de demostración.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>No hay coincidencias.</translation>
    </message>
    <message>
        <source>%1 entities · %2 values · %3 sources</source>
        <translation>%1 entidades · %2 valores · %3 fuentes</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Encr&amp;ypt Workspace…</source>
        <translation>&amp;Cifrar el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Protect this workspace on disk with a passphrase</source>
        <translation>Proteger este espacio de trabajo en el disco con una frase de contraseña</translation>
    </message>
    <message>
        <source>Chan&amp;ge Passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this encrypted workspace</source>
        <translation>Elegir una nueva frase de contraseña para este espacio de trabajo cifrado</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Close the encrypted workspace and forget its key until the passphrase is entered again</source>
        <translation>Cerrar el espacio de trabajo cifrado y olvidar su clave hasta que se vuelva a introducir la frase de contraseña</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frase de contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Locked — Commonplace</source>
        <translation>Bloqueado — Commonplace</translation>
    </message>
    <message>
        <source>Could not encrypt the workspace</source>
        <translation>No se pudo cifrar el espacio de trabajo</translation>
    </message>
    <message>
        <source>%1

The workspace is unchanged.</source>
        <translation>%1

El espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <source>The workspace is now encrypted. Lock it with Ctrl+L.</source>
        <translation>El espacio de trabajo ya está cifrado. Bloquéelo con Ctrl+L.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase was changed; the old one no longer opens the workspace.</source>
        <translation>Se cambió la frase de contraseña; la anterior ya no abre el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Could not change the passphrase</source>
        <translation>No se pudo cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>%1

The old passphrase still works.</source>
        <translation>%1

La frase de contraseña anterior sigue funcionando.</translation>
    </message>
    <message>
        <source>Search E&amp;verything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <source>Find actors, relationships, findings and sources by name, alias or text</source>
        <translation>Encontrar actores, relaciones, hallazgos y fuentes por nombre, alias o texto</translation>
    </message>
    <message>
        <source>&amp;Filter This List…</source>
        <translation>&amp;Filtrar esta lista…</translation>
    </message>
    <message>
        <source>Show only the entities of this list that match some words</source>
        <translation>Mostrar solo las entidades de esta lista que coinciden con algunas palabras</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Hallazgos</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Actores</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>&amp;Relaciones</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <source>&amp;Tactics and Themes</source>
        <translation>&amp;Tácticas y temas</translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>&amp;Conjuntos de datos</translation>
    </message>
    <message>
        <source>Re&amp;view Queue</source>
        <translation>Cola de re&amp;visión</translation>
    </message>
    <message>
        <source>Focus the &amp;Navigator</source>
        <translation>Ir al &amp;navegador</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Findings, actors by type, relationships, sources, tactics and themes, datasets and the review queue</source>
        <translation>Hallazgos, actores por tipo, relaciones, fuentes, tácticas y temas, conjuntos de datos y cola de revisión</translation>
    </message>
    <message>
        <source>Search everything…  Ctrl+K</source>
        <translation>Buscar en todo…  Ctrl+K</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Names, aliases and finding text across the workspace (Ctrl+K)</source>
        <translation>Nombres, alias y texto de los hallazgos en todo el espacio de trabajo (Ctrl+K)</translation>
    </message>
    <message>
        <source>Filter this list by name or text…</source>
        <translation>Filtrar esta lista por nombre o texto…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Show only the entities of this list whose names or text match, as you type (Ctrl+F)</source>
        <translation>Mostrar solo las entidades de esta lista cuyo nombre o texto coincide, mientras escribe (Ctrl+F)</translation>
    </message>
    <message>
        <source>Review queue: possible duplicates waiting for a decision.</source>
        <translation>Cola de revisión: posibles duplicados a la espera de una decisión.</translation>
    </message>
    <message>
        <source>Preparing names for sorting…</source>
        <translation>Preparando los nombres para ordenarlos…</translation>
    </message>
    <message>
        <source>Could not prepare the names for sorting</source>
        <translation>No se pudieron preparar los nombres para ordenarlos</translation>
    </message>
    <message>
        <source>Sorting by name stays incomplete until the names are prepared; they will be the next time the workspace opens.</source>
        <translation>La ordenación por nombre queda incompleta hasta que se preparen los nombres; se prepararán la próxima vez que se abra el espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>People, organisations, companies and public bodies</source>
        <translation>Personas, organizaciones, empresas y organismos públicos</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Payments, ownership, directorships, memberships and other links between actors</source>
        <translation>Pagos, participaciones, cargos directivos, afiliaciones y otros vínculos entre actores</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Otros registros</translation>
    </message>
    <message>
        <source>Addresses, events, notes, documents and other records</source>
        <translation>Direcciones, eventos, notas, documentos y otros registros</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Tactics and themes</source>
        <translation>Tácticas y temas</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de datos</translation>
    </message>
    <message>
        <source>Entities by the dataset their values come from</source>
        <translation>Entidades según el conjunto de datos del que proceden sus valores</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Preparing the names of this workspace for sorting…</source>
        <translation>Preparando los nombres de este espacio de trabajo para ordenarlos…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entidad</numerusform>
            <numerusform>%Ln entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entities match</source>
        <translation>
            <numerusform>Coinciden %1 de %Ln entidad</numerusform>
            <numerusform>Coinciden %1 de %Ln entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities match</source>
        <translation>
            <numerusform>Coincide %Ln entidad</numerusform>
            <numerusform>Coinciden %Ln entidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypting the workspace…</source>
        <translation>Cifrando el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::MergeReview</name>
    <message>
        <source>Find Candidates</source>
        <translation>Buscar candidatos</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Puntuación mínima</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Puntuación más baja</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <source>%v of %m judged</source>
        <translation>%v de %m juzgados</translation>
    </message>
    <message>
        <source>Candidate pairs</source>
        <translation>Pares candidatos</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Merged entities</source>
        <translation>Entidades fusionadas</translation>
    </message>
    <message>
        <source>Merged entity</source>
        <translation>Entidad fusionada</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Unmerge Selected</source>
        <translation>Separar la selección</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionadas</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>The two candidates side by side</source>
        <translation>Los dos candidatos lado a lado</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Por qué esta puntuación</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparado</translation>
    </message>
    <message>
        <source>Same actor (Y)</source>
        <translation>Mismo actor (Y)</translation>
    </message>
    <message>
        <source>Different (N)</source>
        <translation>Distintos (N)</translation>
    </message>
    <message>
        <source>Unsure (U)</source>
        <translation>No seguro (U)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Omitir (S)</translation>
    </message>
    <message>
        <source>Looking for candidates…</source>
        <translation>Buscando candidatos…</translation>
    </message>
    <message>
        <source>No candidates: %1</source>
        <translation>Ningún candidato: %1</translation>
    </message>
    <message>
        <source>No candidate pairs at this score: nothing to review.</source>
        <translation>No hay pares candidatos con esta puntuación: nada que revisar.</translation>
    </message>
    <message>
        <source>Y: same actor · N: different · U: unsure · S: skip</source>
        <translation>Y: mismo actor · N: distintos · U: no seguro · S: omitir</translation>
    </message>
    <message>
        <source>%1%2 ↔ %3  (%4)</source>
        <translation>%1%2 ↔ %3  (%4)</translation>
    </message>
    <message>
        <source>No candidates</source>
        <translation>Ningún candidato</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n judged</source>
        <translation>
            <numerusform>%1 de %n juzgados</numerusform>
            <numerusform>%1 de %n juzgados</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;%1 (no longer in the workspace)&lt;/i&gt;</source>
        <translation>&lt;i&gt;%1 (ya no está en el espacio de trabajo)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/a&gt;&lt;br&gt;%3 · %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/a&gt;&lt;br&gt;%3 · %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Match score from 0 to 1</source>
        <translation>Puntuación de coincidencia de 0 a 1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is merged from %n parts: %2</source>
        <translation>
            <numerusform>%1 se fusionó a partir de %n parte: %2</numerusform>
            <numerusform>%1 se fusionó a partir de %n partes: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged: the same actor.</source>
        <translation>Juzgado: el mismo actor.</translation>
    </message>
    <message>
        <source>Judged: different actors.</source>
        <translation>Juzgado: actores distintos.</translation>
    </message>
    <message>
        <source>Judged: unsure.</source>
        <translation>Juzgado: no seguro.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>No registrado: %1</translation>
    </message>
    <message>
        <source>Merged %1 and %2.</source>
        <translation>Se fusionaron %1 y %2.</translation>
    </message>
    <message>
        <source>Recorded: different actors.</source>
        <translation>Registrado: actores distintos.</translation>
    </message>
    <message>
        <source>Recorded: unsure.</source>
        <translation>Registrado: no seguro.</translation>
    </message>
    <message>
        <source>Every candidate is judged.</source>
        <translation>Todos los candidatos están juzgados.</translation>
    </message>
    <message>
        <source>Not unmerged: %1</source>
        <translation>No separada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Unmerged into %n entities.</source>
        <translation>
            <numerusform>Separada en %n entidad.</numerusform>
            <numerusform>Separada en %n entidades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n parts)</source>
        <translation>
            <numerusform>%1 (%n parte)</numerusform>
            <numerusform>%1 (%n partes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged (%n)</source>
        <translation>
            <numerusform>Fusionadas (%n)</numerusform>
            <numerusform>Fusionadas (%n)</numerusform>
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
        <translation>Buscar un actor</translation>
    </message>
    <message>
        <source>Find an actor…</source>
        <translation>Buscar un actor…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Received or given</source>
        <translation>Recibido o entregado</translation>
    </message>
    <message>
        <source>Received, per funder</source>
        <translation>Recibido, por financiador</translation>
    </message>
    <message>
        <source>Given, per beneficiary</source>
        <translation>Entregado, por beneficiario</translation>
    </message>
    <message>
        <source>Per year or month</source>
        <translation>Por año o por mes</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added together</source>
        <translation>Los importes en monedas distintas nunca se suman</translation>
    </message>
    <message>
        <source>Payments over time</source>
        <translation>Pagos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Click a bar to list its payments.</source>
        <translation>Haga clic en una barra para listar sus pagos.</translation>
    </message>
    <message>
        <source>Payments of the bar clicked</source>
        <translation>Pagos de la barra pulsada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Double-click a payment to open it</source>
        <translation>Haga doble clic en un pago para abrirlo</translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>(sin moneda)</translation>
    </message>
    <message>
        <source>No workspace.</source>
        <translation>Ningún espacio de trabajo.</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Cargando pagos…</translation>
    </message>
    <message>
        <source>Choose an actor: search above, or select one in the graph and ask for its timeline.</source>
        <translation>Elija un actor: búsquelo arriba o seleccione uno en el grafo y pida su cronología.</translation>
    </message>
    <message>
        <source>%1 has no payments.</source>
        <translation>%1 no tiene pagos.</translation>
    </message>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>%n otro</numerusform>
            <numerusform>%n otros</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Received by %1&lt;/b&gt; per funder</source>
        <translation>&lt;b&gt;Recibido por %1&lt;/b&gt; por financiador</translation>
    </message>
    <message>
        <source>&lt;b&gt;Given by %1&lt;/b&gt; per beneficiary</source>
        <translation>&lt;b&gt;Entregado por %1&lt;/b&gt; por beneficiario</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received by %1&lt;/b&gt; per funder, in %2</source>
        <translation>&lt;b&gt;Recibido por %1&lt;/b&gt; por financiador, en %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Given by %1&lt;/b&gt; per beneficiary, in %2</source>
        <translation>&lt;b&gt;Entregado por %1&lt;/b&gt; por beneficiario, en %2</translation>
    </message>
    <message>
        <source>No dated payments in this currency.</source>
        <translation>No hay pagos fechados en esta moneda.</translation>
    </message>
    <message numerus="yes">
        <source>%n undated payments are not shown.</source>
        <translation>
            <numerusform>No se muestra %n pago sin fecha.</numerusform>
            <numerusform>No se muestran %n pagos sin fecha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payments record no amount.</source>
        <translation>
            <numerusform>%n pago no registra importe.</numerusform>
            <numerusform>%n pagos no registran importe.</numerusform>
        </translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>sin importe</translation>
    </message>
    <message numerus="yes">
        <source>%n payments in %1, %2 in total. Double-click one to open it.</source>
        <translation>
            <numerusform>%n pago en %1, %2 en total. Haga doble clic en él para abrirlo.</numerusform>
            <numerusform>%n pagos en %1, %2 en total. Haga doble clic en uno para abrirlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show All Payments</source>
        <translation>Mostrar todos los pagos</translation>
    </message>
    <message>
        <source>Stop following the graph explorer&apos;s filter</source>
        <translation>Dejar de seguir el filtro del explorador de grafos</translation>
    </message>
    <message>
        <source>Under the graph explorer&apos;s filter: %1.</source>
        <translation>Con el filtro del explorador de grafos: %1.</translation>
    </message>
    <message>
        <source>The graph explorer&apos;s filter leaves out payments: choose Payment among its relationships, or show all payments.</source>
        <translation>El filtro del explorador de grafos excluye los pagos: elija Pago entre sus relaciones o muestre todos los pagos.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::PairComparisonModel</name>
    <message>
        <source>Both hold this value</source>
        <translation>Ambos tienen este valor</translation>
    </message>
    <message>
        <source>The two disagree on this property</source>
        <translation>Los dos discrepan en esta propiedad</translation>
    </message>
    <message>
        <source>Only the left one has this value</source>
        <translation>Solo el de la izquierda tiene este valor</translation>
    </message>
    <message>
        <source>Only the right one has this value</source>
        <translation>Solo el de la derecha tiene este valor</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Left source</source>
        <translation>Fuente izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Right source</source>
        <translation>Fuente derecha</translation>
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
        <translation>Desbloquear el espacio de trabajo</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter its passphrase to open it.</source>
        <translation>«%1» está cifrado. Introduzca su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Create “%1”. An encrypted workspace reveals nothing on disk without its passphrase, but nobody can recover it if the passphrase is lost.</source>
        <translation>Crear «%1». Un espacio de trabajo cifrado no revela nada en el disco sin su frase de contraseña, pero nadie puede recuperarlo si se pierde la frase.</translation>
    </message>
    <message>
        <source>Encrypt Workspace</source>
        <translation>Cifrar el espacio de trabajo</translation>
    </message>
    <message>
        <source>Encrypt “%1” with a passphrase. Nobody can recover the workspace if the passphrase is lost. Copies of the unencrypted file made before (backups, old disk blocks) are not encrypted by this.</source>
        <translation>Cifrar «%1» con una frase de contraseña. Nadie puede recuperar el espacio de trabajo si se pierde la frase. Las copias del archivo sin cifrar hechas antes (copias de seguridad, bloques antiguos del disco) no quedan cifradas por esto.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Choose a new passphrase for “%1”. The old one stops working.</source>
        <translation>Elija una nueva frase de contraseña para «%1». La anterior dejará de funcionar.</translation>
    </message>
    <message>
        <source>&amp;Encrypt this workspace</source>
        <translation>&amp;Cifrar este espacio de trabajo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Nueva &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repetir la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Cr&amp;ear</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>Cifr&amp;ar</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Ca&amp;mbiar</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Al menos %n carácter.</numerusform>
            <numerusform>Al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La frase de contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La frase de contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::QuickEntry</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Short forms: 2020, 2020-3, 3.2020, 15.3.2020 or 3/15/2020 (in the order of your language), 20200315; 15 alone is that day of the month shown, 15.3 that day of the year shown; t is today, -3 three days ago. The date shows in ISO form (YYYY-MM-DD) when you leave the field.</source>
        <extracomment>Tooltip of date fields. Keep &apos;t&apos; and the examples as they are: they are what is typed.</extracomment>
        <translation>Formas cortas: 2020, 2020-3, 3.2020, 15.3.2020 o 3/15/2020 (en el orden de su idioma), 20200315; 15 solo es ese día del mes mostrado, 15.3 ese día del año mostrado; t u «hoy» es la fecha de hoy, -3 hace tres días. La fecha se muestra en formato ISO (AAAA-MM-DD) al salir del campo.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::RecordFindingDialog</name>
    <message>
        <source>Record a finding</source>
        <translation>Registrar un hallazgo</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Search actors, relationships, findings and sources…</source>
        <translation>Buscar actores, relaciones, hallazgos y fuentes…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Type a name, an alias or words of a finding. Enter opens the result, Escape closes.</source>
        <translation>Escriba un nombre, un alias o palabras de un hallazgo. Intro abre el resultado, Esc cierra.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n results in %1 ms. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n resultado en %1 ms. Intro abre el seleccionado.</numerusform>
            <numerusform>%n resultados en %1 ms. Intro abre el seleccionado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SearchWorker</name>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Default dataset</source>
        <translation>Conjunto de datos predeterminado</translation>
    </message>
    <message>
        <source>None: choose for each finding</source>
        <translation>Ninguno: elegir para cada hallazgo</translation>
    </message>
    <message>
        <source>The dataset a new finding goes into; type a name to use a new dataset</source>
        <translation>El conjunto de datos al que va un nuevo hallazgo; escriba un nombre para usar un conjunto de datos nuevo</translation>
    </message>
    <message>
        <source>Default sensitivity</source>
        <translation>Sensibilidad predeterminada</translation>
    </message>
    <message>
        <source>How far a new finding may travel until you choose otherwise: exports leave out everything above the level they are given</source>
        <translation>Hasta dónde puede circular un nuevo hallazgo mientras no decida otra cosa: las exportaciones omiten todo lo que supera el nivel indicado</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Bloquear tras una inactividad de</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock Commonplace after this many minutes without input, so an unattended laptop does not show your research (0: never)</source>
        <translation>Bloquear Commonplace tras estos minutos sin actividad, para que un portátil desatendido no muestre su investigación (0: nunca)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>%</source>
        <comment>percent sign after the text size</comment>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Default &amp;dataset:</source>
        <translation>&amp;Conjunto de datos predeterminado:</translation>
    </message>
    <message>
        <source>Default &amp;sensitivity:</source>
        <translation>&amp;Sensibilidad predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>Commonplace will speak %1 after a restart.</source>
        <translation>Commonplace usará %1 después de reiniciarse.</translation>
    </message>
    <message>
        <source>Restart Commonplace?</source>
        <translation>¿Reiniciar Commonplace?</translation>
    </message>
    <message>
        <source>The new language takes effect when Commonplace restarts. Restart now? Your work is saved.</source>
        <translation>El nuevo idioma se aplica cuando Commonplace se reinicia. ¿Reiniciar ahora? Su trabajo está guardado.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Load the fictional de&amp;mo dataset into a new default workspace</source>
        <translation>Cargar el conjunto de datos de de&amp;mostración ficticio en un nuevo espacio de trabajo predeterminado</translation>
    </message>
    <message>
        <source>Loc&amp;k when idle for:</source>
        <translation>&amp;Bloquear tras una inactividad de:</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SourceTableModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citada por</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln hallazgo</numerusform>
            <numerusform>%Ln hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln valor</numerusform>
            <numerusform>%Ln valores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SourcesView</name>
    <message>
        <source>Search sources</source>
        <translation>Buscar fuentes</translation>
    </message>
    <message>
        <source>Search sources by title, publisher or URL</source>
        <translation>Buscar fuentes por título, editor o URL</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>P&amp;ublisher:</source>
        <translation>E&amp;ditor:</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>&amp;Publicada:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Consultada</translation>
    </message>
    <message>
        <source>Retrie&amp;ved:</source>
        <translation>C&amp;onsultada:</translation>
    </message>
    <message>
        <source>Reliability of the source (A-F)</source>
        <translation>Fiabilidad de la fuente (A-F)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>&amp;Reliability:</source>
        <translation>&amp;Fiabilidad:</translation>
    </message>
    <message>
        <source>Credibility of the information (1-6)</source>
        <translation>Credibilidad de la información (1-6)</translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation>&amp;Credibilidad:</translation>
    </message>
    <message>
        <source>Sensitivity of the source</source>
        <translation>Sensibilidad de la fuente</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Sensibilidad:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Attach file...</source>
        <translation>&amp;Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>&amp;New source</source>
        <translation>N&amp;ueva fuente</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nueva fuente</translation>
    </message>
    <message>
        <source>Sa&amp;ve source</source>
        <translation>&amp;Guardar la fuente</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Guardar la fuente</translation>
    </message>
    <message>
        <source>&amp;Delete source</source>
        <translation>&amp;Eliminar la fuente</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Eliminar la fuente</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citada por</translation>
    </message>
    <message>
        <source>What cites this source (Return opens)</source>
        <translation>Lo que cita esta fuente (Intro abre)</translation>
    </message>
    <message>
        <source>Finding or entity</source>
        <translation>Hallazgo o entidad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Sa&amp;ve new source</source>
        <translation>&amp;Guardar la nueva fuente</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Hallazgos (%1)</translation>
    </message>
    <message>
        <source>Values (%1)</source>
        <translation>Valores (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Attach a file to the source</source>
        <translation>Adjuntar un archivo a la fuente</translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB.</source>
        <translation>%1 ocupa %2 MB; los adjuntos pueden ocupar como máximo %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 (saved with the source)</source>
        <translation>%1 (se guarda con la fuente)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::StatementTableModel</name>
    <message>
        <source>%1
Click to open it (id %2).</source>
        <translation>%1
Haga clic para abrirlo (id %2).</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>Vista por primera vez el %1, por última vez el %2</translation>
    </message>
    <message>
        <source>This value cites no source.</source>
        <translation>Este valor no cita ninguna fuente.</translation>
    </message>
    <message>
        <source>%1
Source id: %2</source>
        <translation>%1
Id de la fuente: %2</translation>
    </message>
    <message>
        <source>Exports with a lower maximum sensitivity leave this value out.</source>
        <translation>Las exportaciones con una sensibilidad máxima inferior omiten este valor.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Admiralty grading of the source: reliability A–F and credibility 1–6.</source>
        <translation>Calificación Admiralty de la fuente: fiabilidad A–F y credibilidad 1–6.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SuggestField</name>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
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
        <translation>%1 (F2 cambia el nombre, Supr quita)</translation>
    </message>
    <message>
        <source>&amp;Tactics</source>
        <translation>&amp;Tácticas</translation>
    </message>
    <message>
        <source>New tactic: type its name, Return adds it</source>
        <translation>Nueva táctica: escriba su nombre, Intro la añade</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;emas</translation>
    </message>
    <message>
        <source>New theme: type its name, Return adds it</source>
        <translation>Nuevo tema: escriba su nombre, Intro lo añade</translation>
    </message>
    <message numerus="yes">
        <source>%1
Used by %Ln finding(s).</source>
        <translation>
            <numerusform>%1
Usado por %Ln hallazgo.</numerusform>
            <numerusform>%1
Usado por %Ln hallazgos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::WorkspaceLock</name>
    <message>
        <source>“%1” is locked</source>
        <translation>«%1» está bloqueado</translation>
    </message>
    <message>
        <source>The workspace was closed and its key dropped from memory. Enter the passphrase to open it again.</source>
        <translation>El espacio de trabajo se cerró y su clave se borró de la memoria. Introduzca la frase de contraseña para volver a abrirlo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frase de contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commonplace, a research workbench for human-rights researchers.</source>
        <translation>Commonplace, un banco de trabajo para investigadores de derechos humanos.</translation>
    </message>
    <message>
        <source>The workspace file to open (default: %1).</source>
        <translation>El archivo de espacio de trabajo que abrir (predeterminado: %1).</translation>
    </message>
    <message>
        <source>[WORKSPACE]</source>
        <translation>[ESPACIO_DE_TRABAJO]</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>EditCommand</name>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>Não é possível refazer “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>Não é possível desfazer “%1”: %2</translation>
    </message>
    <message>
        <source>Record finding &quot;%1&quot;</source>
        <translation>Registrar a constatação “%1”</translation>
    </message>
    <message>
        <source>Edit finding &quot;%1&quot;</source>
        <translation>Editar a constatação “%1”</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Excluir a constatação</translation>
    </message>
    <message>
        <source>Delete finding &quot;%1&quot;</source>
        <translation>Excluir a constatação “%1”</translation>
    </message>
    <message>
        <source>Add %1 &quot;%2&quot;</source>
        <translation>Adicionar %1 “%2”</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Remover o valor</translation>
    </message>
    <message>
        <source>Remove %1 &quot;%2&quot;</source>
        <translation>Remover %1 “%2”</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Editar o valor</translation>
    </message>
    <message>
        <source>Edit %1 &quot;%2&quot;</source>
        <translation>Editar %1 “%2”</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Criação (%1)</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>Excluir a entidade</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Excluir “%1”</translation>
    </message>
    <message>
        <source>Add source &quot;%1&quot;</source>
        <translation>Adicionar a fonte “%1”</translation>
    </message>
    <message>
        <source>Edit source &quot;%1&quot;</source>
        <translation>Editar a fonte “%1”</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Excluir a fonte</translation>
    </message>
    <message>
        <source>Delete source &quot;%1&quot;</source>
        <translation>Excluir a fonte “%1”</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>Adicionar “%1”</translation>
    </message>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Renomear para “%1”</translation>
    </message>
    <message>
        <source>Remove tactic or theme</source>
        <translation>Remover a tática ou o tema</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Remover “%1”</translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot; to a source</source>
        <translation>Anexar “%1” a uma fonte</translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>Unknown key</source>
        <translation>Chave desconhecida</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Confiável</translation>
    </message>
    <message>
        <source>Not yet trusted</source>
        <translation>Ainda não confiável</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogada</translation>
    </message>
    <message>
        <source>Nothing is withheld.</source>
        <translation>Nada é retido.</translation>
    </message>
    <message numerus="yes">
        <source>Values withheld: %n</source>
        <translation>
            <numerusform>Valores retidos: %n</numerusform>
            <numerusform>Valores retidos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources withheld: %n</source>
        <translation>
            <numerusform>Fontes retidas: %n</numerusform>
            <numerusform>Fontes retidas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources replaced by pseudonyms: %n</source>
        <translation>
            <numerusform>Fontes substituídas por pseudônimos: %n</numerusform>
            <numerusform>Fontes substituídas por pseudônimos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings withheld: %n</source>
        <translation>
            <numerusform>Constatações retidas: %n</numerusform>
            <numerusform>Constatações retidas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judgements withheld: %n</source>
        <translation>
            <numerusform>Julgamentos retidos: %n</numerusform>
            <numerusform>Julgamentos retidos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attachments withheld: %n</source>
        <translation>
            <numerusform>Anexos retidos: %n</numerusform>
            <numerusform>Anexos retidos: %n</numerusform>
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
        <translation>Coalizão</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restrito</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>totalmente confiável</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>geralmente confiável</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>razoavelmente confiável</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>geralmente pouco confiável</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>não confiável</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>confiabilidade impossível de avaliar</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>confirmada por outras fontes</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>provavelmente verdadeira</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>possivelmente verdadeira</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>duvidosa</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>improvável</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>veracidade impossível de avaliar</translation>
    </message>
    <message>
        <source>Source reliability %1: %2.</source>
        <translation>Confiabilidade da fonte %1: %2.</translation>
    </message>
    <message>
        <source>Information credibility %1: %2.</source>
        <translation>Credibilidade da informação %1: %2.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>feminino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>other</source>
        <comment>gender</comment>
        <translation>outro</translation>
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
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Amount in EUR</source>
        <translation>Valor em EUR</translation>
    </message>
    <message>
        <source>Amount in USD</source>
        <translation>Valor em USD</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associado</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridade</translation>
    </message>
    <message>
        <source>Authority-issued identifier</source>
        <translation>Identificador emitido pela autoridade</translation>
    </message>
    <message>
        <source>BIK</source>
        <translation>BIK</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiário</translation>
    </message>
    <message>
        <source>Beneficiary bank account</source>
        <translation>Conta bancária do beneficiário</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Bureau van Dijk ID</source>
        <translation>ID da Bureau van Dijk</translation>
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
        <translation>Cidadania</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
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
        <translation>País de nascimento</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>País de origem</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Currency of shares</source>
        <translation>Moeda das ações</translation>
    </message>
    <message>
        <source>DUNS</source>
        <translation>DUNS</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Death date</source>
        <translation>Data de falecimento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Diretor</translation>
    </message>
    <message>
        <source>Dissolution date</source>
        <translation>Data de dissolução</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formação</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empregado</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empregador</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de término</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <source>Eye color</source>
        <translation>Cor dos olhos</translation>
    </message>
    <message>
        <source>FSS</source>
        <translation>FSS</translation>
    </message>
    <message>
        <source>Federal tax service code</source>
        <translation>Código do serviço federal de impostos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenome</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Endereço completo</translation>
    </message>
    <message>
        <source>GIIN</source>
        <translation>GIIN</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Google Places ID</source>
        <translation>ID do Google Places</translation>
    </message>
    <message>
        <source>Hair color</source>
        <translation>Cor do cabelo</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>ICIJ ID</source>
        <translation>ID do ICIJ</translation>
    </message>
    <message>
        <source>ID Number</source>
        <translation>Número de identificação</translation>
    </message>
    <message>
        <source>IMO Number</source>
        <translation>Número IMO</translation>
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
        <translation>Número do IRS</translation>
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
        <translation>Data de constituição</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Envolvidos</translation>
    </message>
    <message>
        <source>JIB</source>
        <translation>JIB</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdição</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>KPP</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>License Number</source>
        <translation>Número da licença</translation>
    </message>
    <message>
        <source>Listing date</source>
        <translation>Data de inclusão na lista</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
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
        <translation>Matronímico</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Nome do meio</translation>
    </message>
    <message>
        <source>Modified on</source>
        <translation>Modificado em</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Sufixo do nome</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Number of shares</source>
        <translation>Número de ações</translation>
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
        <translation>Classificador OKVED(2)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>OpenCorporates URL</source>
        <translation>URL do OpenCorporates</translation>
    </message>
    <message>
        <source>OpenStreetmap Place ID</source>
        <translation>ID de local do OpenStreetMap</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Outro nome</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>PFR Number</source>
        <translation>Número PFR</translation>
    </message>
    <message>
        <source>PO Box</source>
        <translation>Caixa postal</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Empresa controladora</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número do passaporte</translation>
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
        <translation>Conta bancária do pagador</translation>
    </message>
    <message>
        <source>Payment programme</source>
        <translation>Programa de pagamentos</translation>
    </message>
    <message>
        <source>Payment purpose</source>
        <translation>Finalidade do pagamento</translation>
    </message>
    <message>
        <source>Percentage held</source>
        <translation>Percentual detido</translation>
    </message>
    <message>
        <source>PermID</source>
        <translation>PermID</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Physical appearance</source>
        <translation>Aparência física</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Local de nascimento</translation>
    </message>
    <message>
        <source>Political association</source>
        <translation>Filiação política</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>Previous name</source>
        <translation>Nome anterior</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Program ID</source>
        <translation>ID do programa</translation>
    </message>
    <message>
        <source>Program URL</source>
        <translation>URL do programa</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Publishing source</source>
        <translation>Fonte de publicação</translation>
    </message>
    <message>
        <source>Publishing source URL</source>
        <translation>URL da fonte de publicação</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID do registro</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relação</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Parente</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religião</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Obtido em</translation>
    </message>
    <message>
        <source>Reuters Instrument Code</source>
        <translation>Código de instrumento da Reuters</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>SEC Central Index Key</source>
        <translation>Chave CIK da SEC</translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation>SWIFT/BIC</translation>
    </message>
    <message>
        <source>Scope of sanctions</source>
        <translation>Alcance das sanções</translation>
    </message>
    <message>
        <source>Second name</source>
        <translation>Segundo nome</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretário</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Número de sequência</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>Número da previdência social</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Documento de origem</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Link da fonte</translation>
    </message>
    <message>
        <source>Spoken language</source>
        <translation>Idioma falado</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Stock ticker symbol</source>
        <translation>Código de negociação</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Logradouro</translation>
    </message>
    <message>
        <source>Street address (ctd.)</source>
        <translation>Logradouro (cont.)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeito</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Tax Number</source>
        <translation>Número de identificação fiscal</translation>
    </message>
    <message>
        <source>Tax status</source>
        <translation>Situação fiscal</translation>
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
        <translation>Número da transação</translation>
    </message>
    <message>
        <source>Type of ownership</source>
        <translation>Tipo de participação</translation>
    </message>
    <message>
        <source>Type of shares</source>
        <translation>Tipo de ações</translation>
    </message>
    <message>
        <source>UN SC identifier</source>
        <translation>Identificador do Conselho de Segurança da ONU</translation>
    </message>
    <message>
        <source>Unique Entity ID</source>
        <translation>Identificador único de entidade (UEI)</translation>
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
        <translation>Valor das ações</translation>
    </message>
    <message>
        <source>Weak alias</source>
        <translation>Alias fraco</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Wikidata ID</source>
        <translation>ID do Wikidata</translation>
    </message>
    <message>
        <source>Wikipedia Article</source>
        <translation>Artigo da Wikipédia</translation>
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
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Endereços</translation>
    </message>
    <message>
        <source>Airplane</source>
        <translation>Avião</translation>
    </message>
    <message>
        <source>Airplanes</source>
        <translation>Aviões</translation>
    </message>
    <message>
        <source>Analyzable</source>
        <translation>Analisável</translation>
    </message>
    <message>
        <source>Analyzables</source>
        <translation>Analisáveis</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associado</translation>
    </message>
    <message>
        <source>Associates</source>
        <translation>Associados</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Audio files</source>
        <translation>Arquivos de áudio</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Conta bancária</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Contas bancárias</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>Call for tenders</source>
        <translation>Licitação</translation>
    </message>
    <message>
        <source>Calls for tenders</source>
        <translation>Licitações</translation>
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
        <translation>Adjudicação de contrato</translation>
    </message>
    <message>
        <source>Contract awards</source>
        <translation>Adjudicações de contratos</translation>
    </message>
    <message>
        <source>Court case</source>
        <translation>Processo judicial</translation>
    </message>
    <message>
        <source>Court cases</source>
        <translation>Processos judiciais</translation>
    </message>
    <message>
        <source>Case party</source>
        <translation>Parte no processo</translation>
    </message>
    <message>
        <source>Case parties</source>
        <translation>Partes em processos</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet</source>
        <translation>Carteira de criptomoedas</translation>
    </message>
    <message>
        <source>Cryptocurrency wallets</source>
        <translation>Carteiras de criptomoedas</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Dívida</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Dívidas</translation>
    </message>
    <message>
        <source>Directorship</source>
        <translation>Cargo de direção</translation>
    </message>
    <message>
        <source>Directorships</source>
        <translation>Cargos de direção</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentação</translation>
    </message>
    <message>
        <source>Documentations</source>
        <translation>Documentações</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>Declaração aduaneira</translation>
    </message>
    <message>
        <source>Customs declarations</source>
        <translation>Declarações aduaneiras</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-Mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emprego</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>Empregos</translation>
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
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Pastas</translation>
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
        <translation>Documento de identificação</translation>
    </message>
    <message>
        <source>Identifications</source>
        <translation>Documentos de identificação</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Entidade jurídica</translation>
    </message>
    <message>
        <source>Legal entities</source>
        <translation>Entidades jurídicas</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Filiação</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Filiações</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Menção</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menções</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
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
        <translation>Ocupação de cargo</translation>
    </message>
    <message>
        <source>Occupancies</source>
        <translation>Ocupações de cargos</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Participação</translation>
    </message>
    <message>
        <source>Ownerships</source>
        <translation>Participações</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pacotes</translation>
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
        <translation>Passaporte</translation>
    </message>
    <message>
        <source>Passports</source>
        <translation>Passaportes</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Arquivo de texto</translation>
    </message>
    <message>
        <source>Text files</source>
        <translation>Arquivos de texto</translation>
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
        <translation>Publicação</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicações</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projetos</translation>
    </message>
    <message>
        <source>Project participant</source>
        <translation>Participante do projeto</translation>
    </message>
    <message>
        <source>Project participants</source>
        <translation>Participantes de projetos</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Órgão público</translation>
    </message>
    <message>
        <source>Public bodies</source>
        <translation>Órgãos públicos</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Imóvel</translation>
    </message>
    <message>
        <source>Real estates</source>
        <translation>Imóveis</translation>
    </message>
    <message>
        <source>Representation</source>
        <translation>Representação</translation>
    </message>
    <message>
        <source>Representations</source>
        <translation>Representações</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanção</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sanções</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Título financeiro</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>Títulos financeiros</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Semelhante</translation>
    </message>
    <message>
        <source>Similar entities</source>
        <translation>Entidades semelhantes</translation>
    </message>
    <message>
        <source>Succession</source>
        <translation>Sucessão</translation>
    </message>
    <message>
        <source>Successions</source>
        <translation>Sucessões</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabelas</translation>
    </message>
    <message>
        <source>Tax roll</source>
        <translation>Cadastro fiscal</translation>
    </message>
    <message>
        <source>Tax rolls</source>
        <translation>Cadastros fiscais</translation>
    </message>
    <message>
        <source>Thing</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Viagem</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Viagens</translation>
    </message>
    <message>
        <source>Other link</source>
        <translation>Outro vínculo</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>Outros vínculos</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Conta de usuário</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Contas de usuário</translation>
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
        <translation>Veículo</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Veículos</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Embarcação</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>Embarcações</translation>
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
        <translation>Pasta de trabalho</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Pastas de trabalho</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Disinformation</source>
        <translation>Desinformação</translation>
    </message>
    <message>
        <source>Strategic litigation</source>
        <translation>Litígio estratégico</translation>
    </message>
    <message>
        <source>Legislative lobbying</source>
        <translation>Lobby legislativo</translation>
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
        <translation>Assédio on-line</translation>
    </message>
    <message>
        <source>Co-opting human-rights language</source>
        <translation>Apropriação da linguagem dos direitos humanos</translation>
    </message>
    <message>
        <source>Funding local proxies</source>
        <translation>Financiamento de intermediários locais</translation>
    </message>
    <message>
        <source>Pseudo-scientific research</source>
        <translation>Pesquisa pseudocientífica</translation>
    </message>
    <message>
        <source>UN and treaty-body advocacy</source>
        <translation>Advocacy na ONU e nos órgãos de tratados</translation>
    </message>
    <message>
        <source>Electoral mobilisation</source>
        <translation>Mobilização eleitoral</translation>
    </message>
    <message>
        <source>Religious mobilisation</source>
        <translation>Mobilização religiosa</translation>
    </message>
    <message>
        <source>Conversion therapy promotion</source>
        <translation>Promoção de terapias de conversão</translation>
    </message>
    <message>
        <source>Citizens&apos; initiatives and referendums</source>
        <translation>Iniciativas populares e referendos</translation>
    </message>
    <message>
        <source>Media ownership and content</source>
        <translation>Propriedade e conteúdo da mídia</translation>
    </message>
    <message>
        <source>Curriculum interference</source>
        <translation>Interferência nos currículos escolares</translation>
    </message>
    <message>
        <source>Crisis pregnancy centres</source>
        <translation>Falsos centros de apoio à gravidez</translation>
    </message>
    <message>
        <source>Opaque financing</source>
        <translation>Financiamento opaco</translation>
    </message>
    <message>
        <source>Training and networking</source>
        <translation>Formação e articulação em rede</translation>
    </message>
    <message>
        <source>Restricting civil society</source>
        <translation>Restrição da sociedade civil</translation>
    </message>
    <message>
        <source>SRHR and abortion</source>
        <translation>DSSR e aborto</translation>
    </message>
    <message>
        <source>LGBTIQ+ rights</source>
        <translation>Direitos LGBTIQ+</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Igualdade de gênero</translation>
    </message>
    <message>
        <source>Comprehensive sexuality education</source>
        <translation>Educação integral em sexualidade</translation>
    </message>
    <message>
        <source>Family policy</source>
        <translation>Política familiar</translation>
    </message>
    <message>
        <source>Civic space</source>
        <translation>Espaço cívico</translation>
    </message>
    <message>
        <source>Bodily autonomy</source>
        <translation>Autonomia corporal</translation>
    </message>
    <message>
        <source>Religion and the state</source>
        <translation>Religião e Estado</translation>
    </message>
    <message>
        <source>Democracy and rule of law</source>
        <translation>Democracia e Estado de direito</translation>
    </message>
    <message>
        <source>International norms</source>
        <translation>Normas internacionais</translation>
    </message>
    <message>
        <source>Producing or spreading false or misleading claims, for example about sexual and reproductive health, gender or LGBTIQ+ people, to shape public opinion or policy.</source>
        <translation>Produzir ou disseminar afirmações falsas ou enganosas, por exemplo sobre saúde sexual e reprodutiva, gênero ou pessoas LGBTIQ+, para influenciar a opinião pública ou as políticas.</translation>
    </message>
    <message>
        <source>Bringing, funding or intervening in court cases to restrict rights, set restrictive precedents or exhaust opponents&apos; resources.</source>
        <translation>Propor, financiar ou intervir em processos judiciais para restringir direitos, criar precedentes restritivos ou esgotar os recursos dos oponentes.</translation>
    </message>
    <message>
        <source>Drafting, promoting or blocking bills and policies through direct contact with legislators, ministries and their staff.</source>
        <translation>Redigir, promover ou bloquear projetos de lei e políticas por meio de contato direto com legisladores, ministérios e suas equipes.</translation>
    </message>
    <message>
        <source>Presenting an organised, often externally funded campaign as a spontaneous grassroots movement, for example through front groups or coordinated petitions.</source>
        <translation>Apresentar uma campanha organizada, muitas vezes financiada de fora, como um movimento popular espontâneo, por exemplo por meio de grupos de fachada ou petições coordenadas.</translation>
    </message>
    <message>
        <source>Placing allies in, or gaining lasting influence over, public bodies, regulators, courts, universities or professional associations.</source>
        <translation>Colocar aliados em órgãos públicos, agências reguladoras, tribunais, universidades ou associações profissionais, ou obter neles influência duradoura.</translation>
    </message>
    <message>
        <source>Coordinated abuse, threats, doxxing or mass reporting aimed at activists, journalists, health workers or officials.</source>
        <translation>Abusos, ameaças, exposição de dados pessoais ou denúncias em massa coordenados contra ativistas, jornalistas, profissionais de saúde ou autoridades.</translation>
    </message>
    <message>
        <source>Reframing restrictive positions in the vocabulary of human rights, such as parental rights, religious freedom or the protection of children.</source>
        <translation>Reformular posições restritivas com o vocabulário dos direitos humanos, como direitos dos pais, liberdade religiosa ou proteção da infância.</translation>
    </message>
    <message>
        <source>Channelling money, training or materials from foreign funders to local organisations that then act under a local identity.</source>
        <translation>Canalizar dinheiro, formação ou materiais de financiadores estrangeiros para organizações locais que depois atuam sob uma identidade local.</translation>
    </message>
    <message>
        <source>Commissioning or promoting studies, institutes or journals that lend a scientific appearance to predetermined conclusions.</source>
        <translation>Encomendar ou promover estudos, institutos ou revistas que dão aparência científica a conclusões predeterminadas.</translation>
    </message>
    <message>
        <source>Lobbying at the United Nations, regional bodies and treaty bodies to weaken resolutions, agreed language or the mandates of rights mechanisms.</source>
        <translation>Fazer lobby nas Nações Unidas, em órgãos regionais e em órgãos de tratados para enfraquecer resoluções, linguagem acordada ou os mandatos dos mecanismos de direitos.</translation>
    </message>
    <message>
        <source>Endorsing candidates, running voter guides or pledges, and mobilising voters around restrictive policy positions.</source>
        <translation>Apoiar candidaturas, divulgar guias de voto ou compromissos e mobilizar o eleitorado em torno de posições políticas restritivas.</translation>
    </message>
    <message>
        <source>Using congregations, clergy and faith networks to organise campaigns, marches, petitions or sermons for a policy agenda.</source>
        <translation>Usar congregações, o clero e redes religiosas para organizar campanhas, marchas, petições ou sermões a serviço de uma agenda política.</translation>
    </message>
    <message>
        <source>Promoting, offering or defending practices that aim to change or suppress a person&apos;s sexual orientation or gender identity.</source>
        <translation>Promover, oferecer ou defender práticas que visam mudar ou reprimir a orientação sexual ou a identidade de gênero de uma pessoa.</translation>
    </message>
    <message>
        <source>Collecting signatures for popular initiatives, referendums or petitions to entrench restrictive definitions in law or constitutions.</source>
        <translation>Coletar assinaturas para iniciativas populares, referendos ou petições a fim de consolidar definições restritivas na lei ou na constituição.</translation>
    </message>
    <message>
        <source>Owning, financing or supplying outlets, channels and content producers that carry the movement&apos;s messaging.</source>
        <translation>Possuir, financiar ou abastecer veículos, canais e produtores de conteúdo que divulgam as mensagens do movimento.</translation>
    </message>
    <message>
        <source>Campaigning against or replacing school curricula, textbooks and sexuality education programmes.</source>
        <translation>Fazer campanha contra currículos escolares, livros didáticos e programas de educação sexual, ou substituí-los.</translation>
    </message>
    <message>
        <source>Running or funding centres that present themselves as health services while discouraging abortion or contraception.</source>
        <translation>Administrar ou financiar centros que se apresentam como serviços de saúde enquanto desencorajam o aborto ou a contracepção.</translation>
    </message>
    <message>
        <source>Moving money through shell companies, donor-advised funds, nominees or offshore jurisdictions so that its origin is hard to trace.</source>
        <translation>Movimentar dinheiro por empresas de fachada, fundos orientados por doadores, laranjas ou jurisdições offshore para que sua origem seja difícil de rastrear.</translation>
    </message>
    <message>
        <source>Running conferences, fellowships and training programmes that build a transnational network of advocates, lawyers and politicians.</source>
        <translation>Organizar conferências, bolsas e programas de formação que constroem uma rede transnacional de ativistas, advogados e políticos.</translation>
    </message>
    <message>
        <source>Promoting laws or administrative measures, such as foreign-agent or registration rules, that restrict the organisations defending rights.</source>
        <translation>Promover leis ou medidas administrativas, como regras sobre “agentes estrangeiros” ou de registro, que restringem as organizações que defendem direitos.</translation>
    </message>
    <message>
        <source>Sexual and reproductive health and rights, including access to abortion, contraception and maternal health care.</source>
        <translation>Saúde e direitos sexuais e reprodutivos, incluindo o acesso ao aborto, à contracepção e aos cuidados de saúde materna.</translation>
    </message>
    <message>
        <source>Rights of lesbian, gay, bisexual, trans, intersex and queer people, including decriminalisation, non-discrimination and legal gender recognition.</source>
        <translation>Direitos das pessoas lésbicas, gays, bissexuais, trans, intersexo e queer, incluindo a descriminalização, a não discriminação e o reconhecimento legal de gênero.</translation>
    </message>
    <message>
        <source>Equality between women and men, including gender-based violence law, the Istanbul Convention and women&apos;s political participation.</source>
        <translation>Igualdade entre mulheres e homens, incluindo a legislação sobre violência de gênero, a Convenção de Istambul e a participação política das mulheres.</translation>
    </message>
    <message>
        <source>Age-appropriate, evidence-based education on sexuality, relationships, consent and health in schools and beyond.</source>
        <translation>Educação adequada à idade e baseada em evidências sobre sexualidade, relacionamentos, consentimento e saúde, na escola e fora dela.</translation>
    </message>
    <message>
        <source>Legal definitions of marriage and family, parental rights, child protection, divorce and family benefits.</source>
        <translation>Definições jurídicas de casamento e família, direitos dos pais, proteção da infância, divórcio e benefícios familiares.</translation>
    </message>
    <message>
        <source>Freedom of association, assembly and expression, and the conditions under which civil-society organisations can operate.</source>
        <translation>Liberdades de associação, reunião e expressão, e as condições em que as organizações da sociedade civil podem atuar.</translation>
    </message>
    <message>
        <source>The right to make decisions about one&apos;s own body, including gender-affirming care, end-of-life decisions and consent to treatment.</source>
        <translation>O direito de tomar decisões sobre o próprio corpo, incluindo cuidados de afirmação de gênero, decisões de fim de vida e consentimento para tratamento.</translation>
    </message>
    <message>
        <source>The place of religion in law and public institutions, including claims of religious freedom used to limit others&apos; rights.</source>
        <translation>O lugar da religião no direito e nas instituições públicas, incluindo a invocação da liberdade religiosa para limitar os direitos de outras pessoas.</translation>
    </message>
    <message>
        <source>Independence of courts and institutions, electoral integrity and constitutional change.</source>
        <translation>Independência dos tribunais e das instituições, integridade eleitoral e mudanças constitucionais.</translation>
    </message>
    <message>
        <source>Human-rights standards negotiated at the United Nations and regional bodies, and their implementation at home.</source>
        <translation>Normas de direitos humanos negociadas nas Nações Unidas e em órgãos regionais, e sua aplicação no próprio país.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::AnalystActions</name>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nálise</translation>
    </message>
    <message>
        <source>&amp;Graph Explorer</source>
        <translation>&amp;Explorador de grafos</translation>
    </message>
    <message>
        <source>Explore who funds whom: paths, money flows, communities, pictures</source>
        <translation>Explorar quem financia quem: caminhos, fluxos de dinheiro, comunidades, imagens</translation>
    </message>
    <message>
        <source>&amp;Show in Graph</source>
        <translation>&amp;Mostrar no grafo</translation>
    </message>
    <message>
        <source>Open the selected actor in the graph explorer with its neighbours</source>
        <translation>Abrir o ator selecionado no explorador de grafos com seus vizinhos</translation>
    </message>
    <message>
        <source>Money-Flow &amp;Timeline</source>
        <translation>&amp;Linha do tempo do fluxo de dinheiro</translation>
    </message>
    <message>
        <source>Payments to or from the selected actor over time</source>
        <translation>Pagamentos recebidos ou feitos pelo ator selecionado ao longo do tempo</translation>
    </message>
    <message>
        <source>&amp;Review Queue</source>
        <translation>Fila de re&amp;visão</translation>
    </message>
    <message>
        <source>Judge candidate pairs of the same actor; unmerge</source>
        <translation>Julgar pares candidatos do mesmo ator; desfazer mesclagens</translation>
    </message>
    <message>
        <source>Graph Explorer — Commonplace</source>
        <translation>Explorador de grafos — Commonplace</translation>
    </message>
    <message>
        <source>Money-Flow Timeline — Commonplace</source>
        <translation>Linha do tempo do fluxo de dinheiro — Commonplace</translation>
    </message>
    <message>
        <source>Review Queue — Commonplace</source>
        <translation>Fila de revisão — Commonplace</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Grafo</translation>
    </message>
    <message>
        <source>The graph explorer: who funds whom, paths between actors, follow the money. Open a workspace to explore it.</source>
        <translation>O explorador de grafos: quem financia quem, caminhos entre atores, seguir o dinheiro. Abra um espaço de trabalho para explorá-lo.</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>Fluxos de dinheiro</translation>
    </message>
    <message>
        <source>The money-flow timeline: one actor&apos;s payments per year or month. Open a workspace to see it.</source>
        <translation>A linha do tempo do fluxo de dinheiro: os pagamentos de um ator por ano ou por mês. Abra um espaço de trabalho para vê-la.</translation>
    </message>
    <message>
        <source>Gra&amp;ph</source>
        <translation>&amp;Grafo</translation>
    </message>
    <message>
        <source>&amp;Money Flows</source>
        <translation>F&amp;luxos de dinheiro</translation>
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
        <translation>Processando</translation>
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
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <source>Signed by %1 (%2)</source>
        <translation>Assinado por %1 (%2)</translation>
    </message>
    <message>
        <source>This workspace has no organisation key yet: make one in Tools &gt; Keys before exporting a bundle.</source>
        <translation>Este espaço de trabalho ainda não tem chave da organização: crie uma em Ferramentas &gt; Chaves antes de exportar um pacote.</translation>
    </message>
    <message>
        <source>Highest sensitivity to include</source>
        <translation>Sensibilidade máxima a incluir</translation>
    </message>
    <message>
        <source>Dataset to export</source>
        <translation>Conjunto de dados a exportar</translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation>Todos os conjuntos de dados</translation>
    </message>
    <message>
        <source>Replace withheld &amp;sources by pseudonyms</source>
        <translation>Substituir as fontes retidas por &amp;pseudônimos</translation>
    </message>
    <message>
        <source>Partners see that claims rest on the same source without learning which source it is.</source>
        <translation>Os parceiros veem que as afirmações se baseiam na mesma fonte sem saber qual é.</translation>
    </message>
    <message>
        <source>Partners to seal the bundle to</source>
        <translation>Parceiros para os quais selar o pacote</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No trusted partner keys: the bundle will be signed but not sealed, readable by anyone who gets the file.</source>
        <translation>Nenhuma chave de parceiro confiável: o pacote será assinado, mas não selado, e poderá ser lido por qualquer pessoa que obtenha o arquivo.</translation>
    </message>
    <message>
        <source>Checked partners alone can open the bundle. With none checked, anyone who gets the file can read it.</source>
        <translation>Somente os parceiros marcados podem abrir o pacote. Sem nenhum marcado, qualquer pessoa que obtenha o arquivo pode lê-lo.</translation>
    </message>
    <message>
        <source>Seal to</source>
        <translation>Selar para</translation>
    </message>
    <message>
        <source>Stays home</source>
        <translation>Fica aqui</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Arquivo de destino</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>Escolher o arquivo de destino</translation>
    </message>
    <message>
        <source>Passphrase of the organisation key</source>
        <translation>Frase-senha da chave da organização</translation>
    </message>
    <message>
        <source>&amp;Include up to:</source>
        <translation>&amp;Incluir até:</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Conjunto de dados:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Salvar &amp;em:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Everything above “%1” stays in this workspace.</source>
        <translation>Tudo acima de “%1” fica neste espaço de trabalho.</translation>
    </message>
    <message>
        <source>Export bundle to</source>
        <translation>Exportar o pacote para</translation>
    </message>
    <message>
        <source>Commonplace bundles (*.cpbundle);;All files (*)</source>
        <translation>Pacotes do Commonplace (*.cpbundle);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::BundleImportDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation>Importar pacote</translation>
    </message>
    <message>
        <source>Passphrase of the organisation key</source>
        <translation>Frase-senha da chave da organização</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the sealed bundle</source>
        <translation>Abrir o pacote selado</translation>
    </message>
    <message>
        <source>This bundle is sealed: enter the passphrase of the organisation key to read it.</source>
        <translation>Este pacote está selado: digite a frase-senha da chave da organização para lê-lo.</translation>
    </message>
    <message>
        <source>&amp;Trust this key: I have compared the fingerprint with the sender by another channel</source>
        <translation>&amp;Confiar nesta chave: comparei a impressão digital com o remetente por outro canal</translation>
    </message>
    <message>
        <source>Lowest sensitivity to give what is imported</source>
        <translation>Sensibilidade mínima a dar ao que for importado</translation>
    </message>
    <message>
        <source>What is imported is never shared above this level again.</source>
        <translation>O que for importado nunca mais é compartilhado acima deste nível.</translation>
    </message>
    <message>
        <source>Dataset to import into</source>
        <translation>Conjunto de dados de destino</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Remetente:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Impressão digital:</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>Em palavras:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Chave:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Conteúdo:</translation>
    </message>
    <message>
        <source>&amp;Import as at least:</source>
        <translation>&amp;Importar no mínimo como:</translation>
    </message>
    <message>
        <source>Into &amp;dataset:</source>
        <translation>No conjunto de &amp;dados:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation>(selado)</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(ilegível)</translation>
    </message>
    <message>
        <source>(compare the fingerprint with the sender before you trust it)</source>
        <translation>(compare a impressão digital com o remetente antes de confiar nela)</translation>
    </message>
    <message>
        <source>Dataset “%1”, bundle number %2, made %3; up to “%4”.</source>
        <translation>Conjunto de dados “%1”, pacote nº %2, criado em %3; até “%4”.</translation>
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
            <numerusform>%n fonte</numerusform>
            <numerusform>%n fontes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constatação</numerusform>
            <numerusform>%n constatações</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported until you trust this key. Ask %1 to read you their fingerprint, or its words, by phone or in person; if it matches, tick the box above, or trust the key in Tools &gt; Keys.</source>
        <translation>Nada é importado até que você confie nesta chave. Peça a %1 que leia para você a impressão digital, ou as palavras, por telefone ou pessoalmente; se corresponder, marque a caixa acima ou confie na chave em Ferramentas &gt; Chaves.</translation>
    </message>
    <message>
        <source>Refused: the key that signed this bundle is revoked.</source>
        <translation>Recusado: a chave que assinou este pacote foi revogada.</translation>
    </message>
    <message>
        <source>Refused: this is bundle number %1 of “%2”, and number %3 has already been imported from this sender. An old bundle sent again could undo the sender&apos;s corrections.</source>
        <translation>Recusado: este é o pacote nº %1 de “%2”, e o nº %3 já foi importado deste remetente. Um pacote antigo enviado de novo poderia desfazer as correções do remetente.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvFilterDialog</name>
    <message>
        <source>Rows Read by %1</source>
        <translation>Linhas lidas — %1</translation>
    </message>
    <message>
        <source>Without filters a pass reads every row. A filter reads only the rows whose cell in a column is exactly one of some values (or skips those rows); every filter must hold. Cells are compared as they are in the file, spaces and case included.</source>
        <translation>Sem filtros, uma passagem lê todas as linhas. Um filtro lê apenas as linhas cuja célula em uma coluna é exatamente um de certos valores (ou ignora essas linhas); todos os filtros precisam ser atendidos. As células são comparadas como estão no arquivo, incluindo espaços e maiúsculas/minúsculas.</translation>
    </message>
    <message>
        <source>Filters of this pass</source>
        <translation>Filtros desta passagem</translation>
    </message>
    <message>
        <source>&amp;Filters:</source>
        <translation>&amp;Filtros:</translation>
    </message>
    <message>
        <source>&amp;Add Filter</source>
        <translation>&amp;Adicionar filtro</translation>
    </message>
    <message>
        <source>&amp;Remove Filter</source>
        <translation>&amp;Remover filtro</translation>
    </message>
    <message>
        <source>Column of the filter</source>
        <translation>Coluna do filtro</translation>
    </message>
    <message>
        <source>What the filter does</source>
        <translation>O que o filtro faz</translation>
    </message>
    <message>
        <source>reads only rows where the cell is one of</source>
        <translation>lê apenas as linhas cuja célula é um destes valores</translation>
    </message>
    <message>
        <source>skips rows where the cell is one of</source>
        <translation>ignora as linhas cuja célula é um destes valores</translation>
    </message>
    <message>
        <source>Values, one per line</source>
        <translation>Valores, um por linha</translation>
    </message>
    <message>
        <source>One value per line, exactly as in the file.</source>
        <translation>Um valor por linha, exatamente como no arquivo.</translation>
    </message>
    <message>
        <source>or the cell is &amp;empty</source>
        <translation>ou a célula está va&amp;zia</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Coluna:</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Re&amp;gra:</translation>
    </message>
    <message>
        <source>&amp;Values (one per line):</source>
        <translation>&amp;Valores (um por linha):</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(nenhum valor)</translation>
    </message>
    <message>
        <source>Skip rows where %1 is %2</source>
        <translation>Ignorar as linhas em que %1 é %2</translation>
    </message>
    <message>
        <source>Only rows where %1 is %2</source>
        <translation>Apenas as linhas em que %1 é %2</translation>
    </message>
    <message>
        <source>%1 (not in the file)</source>
        <translation>%1 (não está no arquivo)</translation>
    </message>
    <message>
        <source>In the first rows: %1</source>
        <translation>Nas primeiras linhas: %1</translation>
    </message>
    <message>
        <source>A filter names a column the file does not have.</source>
        <translation>Um filtro indica uma coluna que o arquivo não tem.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the first %n rows pass these filters.</source>
        <translation>
            <numerusform>Linhas que passam por estes filtros: %1 da primeira.</numerusform>
            <numerusform>Linhas que passam por estes filtros: %1 das %n primeiras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvMappingEditor</name>
    <message>
        <source>CSV Mapping — %1</source>
        <translation>Mapeamento CSV — %1</translation>
    </message>
    <message>
        <source>Say which entities each row of &lt;b&gt;%1&lt;/b&gt; becomes: their type, the columns whose values identify them, and where each property comes from. The preview below imports the first rows for real, into a scratch workspace.</source>
        <translation>Indique quais entidades cada linha de &lt;b&gt;%1&lt;/b&gt; produz: o tipo delas, as colunas cujos valores as identificam e de onde vem cada propriedade. A prévia abaixo importa de verdade as primeiras linhas, em um espaço de trabalho temporário.</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Vírgula ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificação</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa Ocidental)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation>A primeira linha contém os nomes das colunas</translation>
    </message>
    <message>
        <source>Without a header row the first row is data and the columns are named by their number: 1, 2, 3, …</source>
        <translation>Sem linha de cabeçalho, a primeira linha é de dados e as colunas são nomeadas pelo número: 1, 2, 3, …</translation>
    </message>
    <message>
        <source>Id prefix</source>
        <translation>Prefixo dos identificadores</translation>
    </message>
    <message>
        <source>Text hashed into every id; FollowTheMoney uses the dataset name. Leave it empty unless ids must match another tool&apos;s.</source>
        <translation>Texto incluído no hash de cada identificador; o FollowTheMoney usa o nome do conjunto de dados. Deixe vazio, a menos que os identificadores precisem coincidir com os de outra ferramenta.</translation>
    </message>
    <message>
        <source>Pass over the file</source>
        <translation>Passagem pelo arquivo</translation>
    </message>
    <message>
        <source>This mapping reads the file several times, each pass with its own row filter and entities.</source>
        <translation>Este mapeamento lê o arquivo várias vezes, cada passagem com seu próprio filtro de linhas e suas próprias entidades.</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Codifica&amp;ção:</translation>
    </message>
    <message>
        <source>Id pre&amp;fix:</source>
        <translation>Pre&amp;fixo dos ids:</translation>
    </message>
    <message>
        <source>P&amp;ass:</source>
        <translation>Passa&amp;gem:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeiras linhas do arquivo</translation>
    </message>
    <message>
        <source>First &amp;rows of the file:</source>
        <translation>Primeiras linhas do ar&amp;quivo:</translation>
    </message>
    <message>
        <source>Entities each row makes</source>
        <translation>Entidades que cada linha produz</translation>
    </message>
    <message>
        <source>Entit&amp;ies each row makes:</source>
        <translation>Entidades que cada linha produ&amp;z:</translation>
    </message>
    <message>
        <source>Type of a new entity</source>
        <translation>Tipo de uma nova entidade</translation>
    </message>
    <message>
        <source>Type of the entity</source>
        <translation>Tipo da entidade</translation>
    </message>
    <message>
        <source>Add entit&amp;y</source>
        <translation>&amp;Adicionar entidade</translation>
    </message>
    <message>
        <source>Remo&amp;ve entity</source>
        <translation>&amp;Remover entidade</translation>
    </message>
    <message>
        <source>Ne&amp;w:</source>
        <translation>No&amp;va:</translation>
    </message>
    <message>
        <source>Name of the entity in the mapping</source>
        <translation>Nome da entidade no mapeamento</translation>
    </message>
    <message>
        <source>Used by links between the entities of a row (a payment&apos;s payer is the entity named here).</source>
        <translation>Usado pelos vínculos entre as entidades de uma linha (o pagador de um pagamento é a entidade nomeada aqui).</translation>
    </message>
    <message>
        <source>Key columns</source>
        <translation>Colunas-chave</translation>
    </message>
    <message>
        <source>Tick the columns whose values identify the entity: rows with the same values make one entity. Space ticks the current column.</source>
        <translation>Marque as colunas cujos valores identificam a entidade: linhas com os mesmos valores produzem uma só entidade. Espaço marca a coluna atual.</translation>
    </message>
    <message>
        <source>Key text</source>
        <translation>Texto de chave</translation>
    </message>
    <message>
        <source>Optional text hashed into this entity&apos;s ids, to keep apart entities made from the same columns.</source>
        <translation>Texto opcional incluído no hash dos identificadores desta entidade, para distinguir entidades produzidas a partir das mesmas colunas.</translation>
    </message>
    <message>
        <source>Properties of the entity</source>
        <translation>Propriedades da entidade</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Amostra</translation>
    </message>
    <message>
        <source>Property to add</source>
        <translation>Propriedade a adicionar</translation>
    </message>
    <message>
        <source>★ required by the type, ◆ names the entity</source>
        <translation>★ exigida pelo tipo, ◆ nomeia a entidade</translation>
    </message>
    <message>
        <source>Add pro&amp;perty</source>
        <translation>Ad&amp;icionar propriedade</translation>
    </message>
    <message>
        <source>Remove t&amp;his property</source>
        <translation>Remover &amp;esta propriedade</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Key columns:</source>
        <translation>&amp;Colunas-chave:</translation>
    </message>
    <message>
        <source>Key &amp;literal:</source>
        <translation>Texto de c&amp;have:</translation>
    </message>
    <message>
        <source>Pr&amp;operties (★ required by the type, ◆ names the entity):</source>
        <translation>&amp;Propriedades (★ exigida pelo tipo, ◆ nomeia a entidade):</translation>
    </message>
    <message>
        <source>Source of the values</source>
        <translation>Origem dos valores</translation>
    </message>
    <message>
        <source>A column</source>
        <translation>Uma coluna</translation>
    </message>
    <message>
        <source>A constant value</source>
        <translation>Um valor constante</translation>
    </message>
    <message>
        <source>A template of columns</source>
        <translation>Um modelo de colunas</translation>
    </message>
    <message>
        <source>Another entity of the row</source>
        <translation>Outra entidade da linha</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Constant value or template</source>
        <translation>Valor constante ou modelo</translation>
    </message>
    <message>
        <source>Target entity</source>
        <translation>Entidade de destino</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de data</translation>
    </message>
    <message>
        <source>ISO dates; or e.g. %d.%m.%Y</source>
        <translation>Datas ISO; ou, p. ex., %d.%m.%Y</translation>
    </message>
    <message>
        <source>Separator of several values in one cell</source>
        <translation>Separador de vários valores em uma célula</translation>
    </message>
    <message>
        <source>Re&amp;quired: a row without a value is an error</source>
        <translation>O&amp;brigatória: uma linha sem valor é um erro</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origem:</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>Col&amp;una:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Tar&amp;get entity:</source>
        <translation>Entidade de de&amp;stino:</translation>
    </message>
    <message>
        <source>Split values &amp;by:</source>
        <translation>Separar va&amp;lores por:</translation>
    </message>
    <message>
        <source>Date for&amp;mat:</source>
        <translation>For&amp;mato de data:</translation>
    </message>
    <message>
        <source>Where the values come from</source>
        <translation>De onde vêm os valores</translation>
    </message>
    <message>
        <source>Entities the first rows make</source>
        <translation>Entidades que as primeiras linhas produzem</translation>
    </message>
    <message>
        <source>Entity or property</source>
        <translation>Entidade ou propriedade</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problems in the first rows</source>
        <translation>Problemas nas primeiras linhas</translation>
    </message>
    <message>
        <source>Choose a problem to see its cell in the rows above.</source>
        <translation>Escolha um problema para ver a célula dele nas linhas acima.</translation>
    </message>
    <message>
        <source>Res&amp;ult for the first rows:</source>
        <translation>Pr&amp;évia das primeiras linhas:</translation>
    </message>
    <message>
        <source>Problems in these rows:</source>
        <translation>Problemas nestas linhas:</translation>
    </message>
    <message>
        <source>Open Mapping…</source>
        <translation>Abrir mapeamento…</translation>
    </message>
    <message>
        <source>Load a mapping file (%1)</source>
        <translation>Carregar um arquivo de mapeamento (%1)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Salvar mapeamento</translation>
    </message>
    <message>
        <source>Save the mapping to its file (%1)</source>
        <translation>Salvar o mapeamento em seu arquivo (%1)</translation>
    </message>
    <message>
        <source>Save Mapping As…</source>
        <translation>Salvar mapeamento como…</translation>
    </message>
    <message>
        <source>Use This Mapping</source>
        <translation>Usar este mapeamento</translation>
    </message>
    <message>
        <source>entity “%1”</source>
        <translation>entidade “%1”</translation>
    </message>
    <message>
        <source>template “%1”</source>
        <translation>modelo “%1”</translation>
    </message>
    <message>
        <source>constant “%1”</source>
        <translation>constante “%1”</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(escolha uma coluna)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>coluna %1</translation>
    </message>
    <message>
        <source>Detected: %1, %2</source>
        <translation>Detectado: %1, %2</translation>
    </message>
    <message>
        <source>with a byte order mark</source>
        <translation>com marca de ordem de bytes (BOM)</translation>
    </message>
    <message>
        <source>The file is UTF-16, which cannot be imported: save it as UTF-8 and open it again.</source>
        <translation>O arquivo está em UTF-16, que não pode ser importado: salve-o como UTF-8 e abra-o de novo.</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>uma linha de cabeçalho</translation>
    </message>
    <message>
        <source>no header row (the first row looks like data)</source>
        <translation>sem linha de cabeçalho (a primeira linha parece de dados)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>Pass %1 of %2</source>
        <translation>Passagem %1 de %2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>não %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>%1 (not in the file)</source>
        <translation>%1 (não está no arquivo)</translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>%1 (%2 valores)</translation>
    </message>
    <message>
        <source>Choose or add a property.</source>
        <translation>Escolha ou adicione uma propriedade.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2 (%3)</translation>
    </message>
    <message>
        <source>e.g. {{Street}}, {{City}}</source>
        <translation>p. ex. {{Rua}}, {{Cidade}}</translation>
    </message>
    <message>
        <source>The same value for every row</source>
        <translation>O mesmo valor para cada linha</translation>
    </message>
    <message>
        <source>Column “%1” is empty in the first rows.</source>
        <translation>A coluna “%1” está vazia nas primeiras linhas.</translation>
    </message>
    <message>
        <source>Values in “%1”: %2</source>
        <translation>Valores de “%1”: %2</translation>
    </message>
    <message>
        <source>No entity of this row can be a %1: add one first.</source>
        <translation>Nenhuma entidade desta linha pode ser do tipo %1: adicione uma primeiro.</translation>
    </message>
    <message>
        <source>Every entity needs a name of its own.</source>
        <translation>Cada entidade precisa de um nome próprio.</translation>
    </message>
    <message>
        <source>A %1 has no %2; those properties were removed.</source>
        <translation>O tipo %1 não tem %2; essas propriedades foram removidas.</translation>
    </message>
    <message>
        <source>The mapping makes no entities yet: add one (its type, then “Add entity”).</source>
        <translation>O mapeamento ainda não produz entidades: adicione uma (o tipo dela, depois “Adicionar entidade”).</translation>
    </message>
    <message>
        <source>Entity “%1” has no key column: tick the columns whose values identify it under “Key columns”.</source>
        <translation>A entidade “%1” não tem coluna-chave: marque em “Colunas-chave” as colunas cujos valores a identificam.</translation>
    </message>
    <message>
        <source>Property “%1” of “%2”</source>
        <translation>Propriedade “%1” de “%2”</translation>
    </message>
    <message>
        <source>%1 has no column: choose one, or remove the property.</source>
        <translation>%1 não tem coluna: escolha uma ou remova a propriedade.</translation>
    </message>
    <message>
        <source>%1: the template is empty.</source>
        <translation>%1: o modelo está vazio.</translation>
    </message>
    <message>
        <source>%1 links to no entity: add the entity it links to, or remove the property.</source>
        <translation>%1 não aponta para nenhuma entidade: adicione a entidade para a qual aponta ou remova a propriedade.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows make %1 entities.</source>
        <translation>
            <numerusform>A primeira linha produz %1 entidades.</numerusform>
            <numerusform>As primeiras %n linhas produzem %1 entidades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found: %1 (listed on the right).</source>
        <translation>Problemas encontrados: %1 (listados à direita).</translation>
    </message>
    <message>
        <source>Cannot open the mapping: %1</source>
        <translation>Não é possível abrir o mapeamento: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Saved the mapping to %1.</source>
        <translation>Mapeamento salvo em %1.</translation>
    </message>
    <message>
        <source>Open a CSV mapping</source>
        <translation>Abrir um mapeamento CSV</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Arquivos de mapeamento (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save the CSV mapping</source>
        <translation>Salvar o mapeamento CSV</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Arquivos de mapeamento (*.json)</translation>
    </message>
    <message>
        <source>Row Filters…</source>
        <translation>Filtros de linhas…</translation>
    </message>
    <message>
        <source>Choose which rows this pass reads, by the values of a column</source>
        <translation>Escolher quais linhas esta passagem lê, pelos valores de uma coluna</translation>
    </message>
    <message>
        <source>Add Pass</source>
        <translation>Adicionar passagem</translation>
    </message>
    <message>
        <source>Read the file once more, with its own row filters and entities (for example to type the same key as a Person in some rows and as a Company in others)</source>
        <translation>Ler o arquivo mais uma vez, com seus próprios filtros de linhas e entidades (por exemplo, para tipar a mesma chave como Pessoa em algumas linhas e como Empresa em outras)</translation>
    </message>
    <message>
        <source>Remove Pass</source>
        <translation>Remover passagem</translation>
    </message>
    <message>
        <source>Description of the mapping</source>
        <translation>Descrição do mapeamento</translation>
    </message>
    <message>
        <source>What this mapping is for (optional)</source>
        <translation>Para que serve este mapeamento (opcional)</translation>
    </message>
    <message>
        <source>Load Again</source>
        <translation>Carregar de novo</translation>
    </message>
    <message>
        <source>Read the mapping file again, after fixing it in a text editor</source>
        <translation>Ler de novo o arquivo de mapeamento, depois de corrigi-lo em um editor de texto</translation>
    </message>
    <message>
        <source>Start a New Mapping</source>
        <translation>Começar um novo mapeamento</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The mapping could not be loaded.&lt;/b&gt; %1&lt;br&gt;The rows of the file are shown below. Fix the mapping file and load it again, or make a new mapping here.</source>
        <translation>&lt;b&gt;Não foi possível carregar o mapeamento.&lt;/b&gt; %1&lt;br&gt;As linhas do arquivo são mostradas abaixo. Corrija o arquivo de mapeamento e carregue-o de novo, ou crie um novo mapeamento aqui.</translation>
    </message>
    <message>
        <source>This Mapping</source>
        <translation>Este mapeamento</translation>
    </message>
    <message>
        <source>Every row is read.</source>
        <translation>Todas as linhas são lidas.</translation>
    </message>
    <message>
        <source>Only rows where %1.</source>
        <translation>Apenas as linhas em que %1.</translation>
    </message>
    <message>
        <source>This pass skips this row (Row Filters…).</source>
        <translation>Esta passagem ignora esta linha (Filtros de linhas…).</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvPreview</name>
    <message>
        <source>No room for a preview: %1</source>
        <translation>Sem espaço para uma prévia: %1</translation>
    </message>
    <message>
        <source>These rows would not import: %1: %2</source>
        <translation>Estas linhas não seriam importadas: %1: %2</translation>
    </message>
    <message>
        <source>(a %1 not in these rows)</source>
        <translation>(%1 fora destas linhas)</translation>
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
        <translation>&amp;Registrar uma constatação…</translation>
    </message>
    <message>
        <source>Record a finding with its actors, relationship and sources</source>
        <translation>Registrar uma constatação com seus atores, sua relação e suas fontes</translation>
    </message>
    <message>
        <source>Edit &amp;Entity…</source>
        <translation>&amp;Editar entidade…</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Constatações</translation>
    </message>
    <message>
        <source>The findings of this workspace, to read and edit</source>
        <translation>As constatações deste espaço de trabalho, para ler e editar</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>F&amp;ontes</translation>
    </message>
    <message>
        <source>The sources, their grading and what cites them</source>
        <translation>As fontes, sua classificação e o que as cita</translation>
    </message>
    <message>
        <source>&amp;Tactics and Themes</source>
        <translation>&amp;Táticas e temas</translation>
    </message>
    <message>
        <source>Add, rename or remove tactics and themes</source>
        <translation>Adicionar, renomear ou remover táticas e temas</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Edição</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>Editar entidade</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Não é possível desfazer nem refazer</translation>
    </message>
    <message>
        <source>Edit the entity shown in the detail pane and move the keyboard there</source>
        <translation>Editar a entidade exibida no painel de detalhes e levar o teclado para lá</translation>
    </message>
    <message>
        <source>Edit Entity in a &amp;Window…</source>
        <translation>Editar entidade em uma &amp;janela…</translation>
    </message>
    <message>
        <source>Edit the entity shown in a window of its own</source>
        <translation>Editar a entidade exibida em uma janela própria</translation>
    </message>
    <message>
        <source>A value typed for &quot;%1&quot; is not saved yet.</source>
        <translation>Um valor digitado para “%1” ainda não foi salvo.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EntityDetailView</name>
    <message>
        <source>Entity details</source>
        <translation>Detalhes da entidade</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Back to the previous entity (Alt+Left)</source>
        <translation>Voltar à entidade anterior (Alt+Esquerda)</translation>
    </message>
    <message>
        <source>Values and their sources</source>
        <translation>Valores e suas fontes</translation>
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
        <translation>Entidades que fazem referência a esta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Selecione uma entidade para ver seus valores e a procedência de cada um.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
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
        <translation>Mesclada em %1</translation>
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
        <translation>Sem referências</translation>
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
        <translation>Editar esta entidade</translation>
    </message>
    <message>
        <source>Add, change or remove values (Ctrl+Shift+D)</source>
        <translation>Adicionar, alterar ou remover valores (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the values here; again to only read them (Ctrl+Shift+D)</source>
        <translation>Editar os valores aqui; de novo para apenas lê-los (Ctrl+Shift+D)</translation>
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
        <translation>Excluir esta entidade</translation>
    </message>
    <message>
        <source>Values and their provenance (F2 edits, Delete removes)</source>
        <translation>Valores e sua procedência (F2 edita, Delete remove)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Adicionar um valor</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation>&amp;Propriedade:</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Type a name and pick the entity</source>
        <translation>Digite um nome e escolha a entidade</translation>
    </message>
    <message>
        <source>Text value</source>
        <translation>Valor de texto</translation>
    </message>
    <message>
        <source>Dataset of the value</source>
        <translation>Conjunto de dados do valor</translation>
    </message>
    <message>
        <source>Source of the value</source>
        <translation>Fonte do valor</translation>
    </message>
    <message>
        <source>Sensitivity of the value</source>
        <translation>Sensibilidade do valor</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>Procedência:</translation>
    </message>
    <message>
        <source>&amp;Add value</source>
        <translation>&amp;Adicionar valor</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Adicionar valor</translation>
    </message>
    <message>
        <source>&amp;Remove selected value</source>
        <translation>&amp;Remover o valor selecionado</translation>
    </message>
    <message>
        <source>Remove selected value</source>
        <translation>Remover o valor selecionado</translation>
    </message>
    <message>
        <source>Findings about it</source>
        <translation>Constatações sobre ela</translation>
    </message>
    <message>
        <source>Findings about this entity</source>
        <translation>Constatações sobre esta entidade</translation>
    </message>
    <message>
        <source>No entity selected</source>
        <translation>Nenhuma entidade selecionada</translation>
    </message>
    <message>
        <source>Entity not found</source>
        <translation>Entidade não encontrada</translation>
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
        <translation>Enter abre %1</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(sem fonte)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>A %1: type part of its name, Return picks it</source>
        <translation>%1: digite parte do nome, Enter o escolhe</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Long text: Ctrl+Return adds it</source>
        <translation>Texto longo: Ctrl+Enter o adiciona</translation>
    </message>
    <message>
        <source>A date: YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>Uma data: AAAA-MM-DD, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>A country: type its name</source>
        <translation>Um país: digite o nome</translation>
    </message>
    <message>
        <source>A web address: https://...</source>
        <translation>Um endereço web: https://...</translation>
    </message>
    <message>
        <source>A number, e.g. 250000 or 12.5</source>
        <translation>Um número, por ex. 250000 ou 12.5</translation>
    </message>
    <message>
        <source>An e-mail address</source>
        <translation>Um endereço de e-mail</translation>
    </message>
    <message>
        <source>Pick an entity from the suggestions first.</source>
        <translation>Escolha primeiro uma entidade entre as sugestões.</translation>
    </message>
    <message>
        <source>Type a value first.</source>
        <translation>Digite um valor primeiro.</translation>
    </message>
    <message>
        <source>Delete entit&amp;y</source>
        <translation>E&amp;xcluir entidade</translation>
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
        <translation>%1 (mesclada em %2)</translation>
    </message>
    <message>
        <source>This %1 has no name of its own.</source>
        <translation>Esta ficha (%1) não tem nome próprio.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Importar &amp;pacote…</translation>
    </message>
    <message>
        <source>Import a signed exchange bundle from a partner organisation</source>
        <translation>Importar um pacote de intercâmbio assinado de uma organização parceira</translation>
    </message>
    <message>
        <source>E&amp;xport Bundle…</source>
        <translation>E&amp;xportar pacote…</translation>
    </message>
    <message>
        <source>Export a signed bundle for partners, redacted and sealed</source>
        <translation>Exportar um pacote assinado para os parceiros, editado e selado</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Chaves…</translation>
    </message>
    <message>
        <source>This organisation&apos;s key and partners&apos; keys</source>
        <translation>A chave desta organização e as dos parceiros</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importar um pacote</translation>
    </message>
    <message>
        <source>Commonplace bundles (*.cpbundle);;All files (*)</source>
        <translation>Pacotes do Commonplace (*.cpbundle);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Pacote importado</translation>
    </message>
    <message>
        <source>Imported into dataset “%1”: %2 new values, %3 retracted.</source>
        <translation>Importado no conjunto de dados “%1”: %2 valores novos, %3 retirados.</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Pacote exportado</translation>
    </message>
    <message>
        <source>Bundle number %1 of dataset “%2” written.</source>
        <translation>Pacote nº %1 do conjunto de dados “%2” gravado.</translation>
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
        <translation>Formato de exportação</translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines</source>
        <translation>Linhas JSON do FollowTheMoney</translation>
    </message>
    <message>
        <source>CSV (one table per type)</source>
        <translation>CSV (uma tabela por tipo)</translation>
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
        <translation>Sensibilidade máxima a incluir</translation>
    </message>
    <message>
        <source>Values and sources more sensitive than this are left out.</source>
        <translation>Valores e fontes mais sensíveis que este nível ficam de fora.</translation>
    </message>
    <message>
        <source>Dataset to export</source>
        <translation>Conjunto de dados a exportar</translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation>Todos os conjuntos de dados</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Arquivo de destino</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>Escolher o arquivo de destino</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Include up to:</source>
        <translation>&amp;Incluir até:</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Conjunto de dados:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Salvar em:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>One CSV file per type is written into this folder; files of the same name there are replaced.</source>
        <translation>Um arquivo CSV por tipo é gravado nesta pasta; arquivos de mesmo nome são substituídos.</translation>
    </message>
    <message>
        <source>The file is written whole or not at all.</source>
        <translation>O arquivo é gravado por inteiro ou não é gravado.</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exportar para a pasta</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Arquivos %1 (*.%2);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Excel workbook (one sheet per type)</source>
        <translation>Pasta de trabalho do Excel (uma planilha por tipo)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::FindingForm</name>
    <message>
        <source>Record a finding</source>
        <translation>Registrar uma constatação</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What was found, in one line</source>
        <translation>O que foi constatado, em uma linha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type a country name</source>
        <translation>Digite o nome de um país</translation>
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
        <translation>A constatação em detalhe: quem fez o quê, quando, com qual dinheiro</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Text&amp;o:</translation>
    </message>
    <message>
        <source>Filter tactics</source>
        <translation>Filtrar as táticas</translation>
    </message>
    <message>
        <source>Type to filter, Return to tick</source>
        <translation>Digite para filtrar, Enter para marcar</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>Táticas</translation>
    </message>
    <message>
        <source>T&amp;actics:</source>
        <translation>T&amp;áticas:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Atores</translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation>Adicionar um ator</translation>
    </message>
    <message>
        <source>Type a name: pick one, or create it</source>
        <translation>Digite um nome: escolha um ou crie-o</translation>
    </message>
    <message>
        <source>Actors of this finding (Delete removes)</source>
        <translation>Atores desta constatação (Delete remove)</translation>
    </message>
    <message>
        <source>Relationship it establishes</source>
        <translation>Relação que ela estabelece</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Tipo de relação</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Adicionar uma fonte</translation>
    </message>
    <message>
        <source>Type a title: pick a source, or add a new one</source>
        <translation>Digite um título: escolha uma fonte ou adicione uma nova</translation>
    </message>
    <message>
        <source>New source &quot;%1&quot;...</source>
        <translation>Nova fonte “%1”…</translation>
    </message>
    <message>
        <source>Sources of this finding (Delete removes)</source>
        <translation>Fontes desta constatação (Delete remove)</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nova fonte</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Título da fonte</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL da fonte</translation>
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
        <translation>Data da fonte</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publicada em:</translation>
    </message>
    <message>
        <source>Reliability of the source (A-F)</source>
        <translation>Confiabilidade da fonte (A-F)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation>Confiabilidade:</translation>
    </message>
    <message>
        <source>Credibility of the information (1-6)</source>
        <translation>Credibilidade da informação (1-6)</translation>
    </message>
    <message>
        <source>Credibility:</source>
        <translation>Credibilidade:</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Arquivo anexado</translation>
    </message>
    <message>
        <source>Path of a file to attach (optional)</source>
        <translation>Caminho de um arquivo a anexar (opcional)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>Escolher um arquivo para anexar</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Add this source</source>
        <translation>Adicionar esta fonte</translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>Salvar a constatação</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Editar a constatação</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 - new</source>
        <translation>%1 - a criar</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>por ex. USD, EUR</translation>
    </message>
    <message>
        <source>A new source needs a title.</source>
        <translation>Uma nova fonte precisa de um título.</translation>
    </message>
    <message>
        <source>The source date &quot;%1&quot; is not a date (YYYY-MM-DD, YYYY-MM or YYYY).</source>
        <translation>A data da fonte “%1” não é uma data (AAAA-MM-DD, AAAA-MM ou AAAA).</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>O arquivo %1 não existe.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB.</source>
        <translation>%1 tem %2 MB; os anexos podem ter no máximo %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 [%2] - new</source>
        <translation>%1 [%2] - a criar</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, com %1</translation>
    </message>
    <message>
        <source>Attach a file to the source</source>
        <translation>Anexar um arquivo à fonte</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>Uma constatação precisa de um título.</translation>
    </message>
    <message>
        <source>Unknown country &quot;%1&quot;.</source>
        <translation>País desconhecido: “%1”.</translation>
    </message>
    <message>
        <source>No tactic ticked</source>
        <translation>Nenhuma tática marcada</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>Marcadas: %1</translation>
    </message>
    <message>
        <source>End of the relationship</source>
        <translation>Extremidade da relação</translation>
    </message>
    <message>
        <source>Value of the relationship</source>
        <translation>Valor da relação</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>Sensitivit&amp;y:</source>
        <translation>&amp;Sensibilidade:</translation>
    </message>
    <message>
        <source>Data&amp;set:</source>
        <translation>Conjun&amp;to de dados:</translation>
    </message>
    <message>
        <source>Save f&amp;inding</source>
        <translation>Sal&amp;var constatação</translation>
    </message>
    <message>
        <source>Create new %1 &quot;%2&quot;</source>
        <translation>Criar “%2” (%1)</translation>
    </message>
    <message>
        <source>New source with the file %1...</source>
        <translation>Nova fonte com o arquivo %1…</translation>
    </message>
    <message>
        <source>Ctrl+Return saves, Escape cancels. Alt+C actors, Alt+R relationship, Alt+U sources; Down in an empty field lists the recent ones.</source>
        <translation>Ctrl+Enter salva, Esc cancela. Alt+C atores, Alt+R relação, Alt+U fontes; Seta para baixo em um campo vazio lista os recentes.</translation>
    </message>
    <message>
        <source>Ctrl+Return saves every change as one step (Ctrl+Z undoes it), Escape throws the changes away. Alt+C actors, Alt+R relationship, Alt+U sources.</source>
        <translation>Ctrl+Enter salva todas as alterações em uma só etapa (Ctrl+Z a desfaz), Esc descarta as alterações. Alt+C atores, Alt+R relação, Alt+U fontes.</translation>
    </message>
    <message>
        <source>e.g. 50000, 50k, 1.2m USD</source>
        <translation>por ex. 50000, 50k ou 1,2M USD</translation>
    </message>
    <message>
        <source>From the file: the date it was created. Check it.</source>
        <translation>Do arquivo: a data em que foi criado. Confira.</translation>
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
        <translation>Data</translation>
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
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::FindingsView</name>
    <message>
        <source>Search findings</source>
        <translation>Pesquisar constatações</translation>
    </message>
    <message>
        <source>Search findings by title and text</source>
        <translation>Pesquisar constatações por título e texto</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>&amp;Delete finding</source>
        <translation>E&amp;xcluir a constatação</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>The finding &quot;%1&quot; has changes that are not saved.</source>
        <translation>A constatação “%1” tem alterações não salvas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln constatação</numerusform>
            <numerusform>%Ln constatações</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::GraphCanvas</name>
    <message>
        <source>Graph canvas</source>
        <translation>Área do grafo</translation>
    </message>
    <message>
        <source>Search for an actor above, or choose &quot;Whole graph&quot;, to start exploring.
Double-click an actor to show its neighbours.</source>
        <translation>Pesquise um ator acima ou escolha “Grafo inteiro” para começar a explorar.
Clique duas vezes em um ator para mostrar seus vizinhos.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::GraphExplorer</name>
    <message>
        <source>Find an actor to start from…</source>
        <translation>Encontrar um ator de partida…</translation>
    </message>
    <message>
        <source>Find an actor to start from</source>
        <translation>Encontrar um ator de partida</translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation>Grafo inteiro</translation>
    </message>
    <message>
        <source>Show every actor under the filter</source>
        <translation>Mostrar todos os atores que passam pelo filtro</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Remove every actor from the view</source>
        <translation>Remover todos os atores da visualização</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposição</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Direcionado por forças</translation>
    </message>
    <message>
        <source>Layered (money flow)</source>
        <translation>Em camadas (fluxo de dinheiro)</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Dispor</translation>
    </message>
    <message>
        <source>Arrange the actors shown; pinned actors keep their place</source>
        <translation>Dispor os atores mostrados; os atores fixados mantêm seu lugar</translation>
    </message>
    <message>
        <source>Node size</source>
        <translation>Tamanho dos nós</translation>
    </message>
    <message>
        <source>Size: PageRank</source>
        <translation>Tamanho: PageRank</translation>
    </message>
    <message>
        <source>Size: total received</source>
        <translation>Tamanho: total recebido</translation>
    </message>
    <message>
        <source>Size: total given</source>
        <translation>Tamanho: total repassado</translation>
    </message>
    <message>
        <source>Size: equal</source>
        <translation>Tamanho: igual</translation>
    </message>
    <message>
        <source>Node colour</source>
        <translation>Cor dos nós</translation>
    </message>
    <message>
        <source>Colour: type</source>
        <translation>Cor: tipo</translation>
    </message>
    <message>
        <source>Colour: community</source>
        <translation>Cor: comunidade</translation>
    </message>
    <message>
        <source>Colour: type, ring brokers</source>
        <translation>Cor: tipo, intermediários com anel</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Saved diagrams</source>
        <translation>Diagramas salvos</translation>
    </message>
    <message>
        <source>Saved diagrams of this workspace</source>
        <translation>Diagramas salvos deste espaço de trabalho</translation>
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
        <translation>Salvar diagrama como…</translation>
    </message>
    <message>
        <source>Delete Diagram</source>
        <translation>Excluir diagrama</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Exportar imagem…</translation>
    </message>
    <message>
        <source>Layout progress</source>
        <translation>Progresso da disposição</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>A partir do ano</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Até o ano</translation>
    </message>
    <message>
        <source>Include undated</source>
        <translation>Incluir os sem data</translation>
    </message>
    <message>
        <source>Amount and evidence</source>
        <translation>Valor e evidências</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Valor mínimo</translation>
    </message>
    <message>
        <source>Hide relationships whose amount is below this (those without an amount stay)</source>
        <translation>Ocultar as relações cujo valor seja inferior (as sem valor permanecem)</translation>
    </message>
    <message>
        <source>Minimum grading</source>
        <translation>Classificação mínima</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>%1 or better</source>
        <translation>%1 ou melhor</translation>
    </message>
    <message>
        <source>Keep relationships with a source graded at least this well</source>
        <translation>Manter as relações com uma fonte classificada pelo menos assim</translation>
    </message>
    <message>
        <source>Highest sensitivity shown</source>
        <translation>Sensibilidade máxima exibida</translation>
    </message>
    <message>
        <source>Show only values up to this sensitivity</source>
        <translation>Mostrar apenas valores até esta sensibilidade</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relações</translation>
    </message>
    <message>
        <source>Relationships shown</source>
        <translation>Relações exibidas</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de dados</translation>
    </message>
    <message>
        <source>Datasets shown</source>
        <translation>Conjuntos de dados exibidos</translation>
    </message>
    <message>
        <source>Selection, paths and money flows</source>
        <translation>Seleção, caminhos e fluxos de dinheiro</translation>
    </message>
    <message>
        <source>Show neighbours</source>
        <translation>Mostrar vizinhos</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Fixar / soltar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Open details</source>
        <translation>Abrir detalhes</translation>
    </message>
    <message>
        <source>Money-flow timeline</source>
        <translation>Linha do tempo do fluxo de dinheiro</translation>
    </message>
    <message>
        <source>Click an actor to select it, Ctrl+click a second one for the paths between them. Double-click shows neighbours. Drag to move; wheel or +/- to zoom, arrows to pan, 0 to fit.</source>
        <translation>Clique em um ator para selecioná-lo e Ctrl+clique em outro para ver os caminhos entre eles. O clique duplo mostra os vizinhos. Arraste para mover; roda ou +/- para ampliar, setas para deslocar, 0 para ajustar.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Seleção</translation>
    </message>
    <message>
        <source>Longest path, in hops:</source>
        <translation>Caminho mais longo, em saltos:</translation>
    </message>
    <message>
        <source>Longest path, in hops</source>
        <translation>Caminho mais longo, em saltos</translation>
    </message>
    <message>
        <source>Either direction</source>
        <translation>Em ambos os sentidos</translation>
    </message>
    <message>
        <source>Paths between the selected actors</source>
        <translation>Caminhos entre os atores selecionados</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Saltos</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Caminhos</translation>
    </message>
    <message>
        <source>Hops to follow:</source>
        <translation>Saltos a seguir:</translation>
    </message>
    <message>
        <source>Follow the money within hops</source>
        <translation>Seguir o dinheiro neste número de saltos</translation>
    </message>
    <message>
        <source>Funders and beneficiaries</source>
        <translation>Financiadores e beneficiários</translation>
    </message>
    <message>
        <source>Funder / beneficiary</source>
        <translation>Financiador / beneficiário</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiário</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Double-click a payment to open it</source>
        <translation>Clique duas vezes em um pagamento para abri-lo</translation>
    </message>
    <message>
        <source>Follow the money</source>
        <translation>Seguir o dinheiro</translation>
    </message>
    <message>
        <source>The graph could not be loaded: %1</source>
        <translation>Não foi possível carregar o grafo: %1</translation>
    </message>
    <message>
        <source>%1–%2 and undated</source>
        <translation>%1–%2 e sem data</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>amounts from %1</source>
        <translation>valores a partir de %1</translation>
    </message>
    <message>
        <source>sources graded %1 or better</source>
        <translation>fontes classificadas %1 ou melhor</translation>
    </message>
    <message>
        <source>datasets %1</source>
        <translation>conjuntos de dados %1</translation>
    </message>
    <message>
        <source>values up to %1</source>
        <translation>valores até %1</translation>
    </message>
    <message>
        <source>Filter: %1. Made with Commonplace on %2.</source>
        <translation>Filtro: %1. Feito com o Commonplace em %2.</translation>
    </message>
    <message>
        <source>Actor-funding graph</source>
        <translation>Grafo de financiamento entre atores</translation>
    </message>
    <message>
        <source>Size: PageRank (influence)</source>
        <translation>Tamanho: PageRank (influência)</translation>
    </message>
    <message>
        <source>Size: total received (%1)</source>
        <translation>Tamanho: total recebido (%1)</translation>
    </message>
    <message>
        <source>Size: total given (%1)</source>
        <translation>Tamanho: total repassado (%1)</translation>
    </message>
    <message>
        <source>Colour: community (Louvain)</source>
        <translation>Cor: comunidade (Louvain)</translation>
    </message>
    <message>
        <source>No workspace.</source>
        <translation>Nenhum espaço de trabalho.</translation>
    </message>
    <message>
        <source>Loading the graph…</source>
        <translation>Carregando o grafo…</translation>
    </message>
    <message>
        <source>Actors shown: %1 of %2. Relationships shown: %3 of %4.</source>
        <translation>Atores exibidos: %1 de %2. Relações exibidas: %3 de %4.</translation>
    </message>
    <message>
        <source>%1 Left out below the minimum amount: %2.</source>
        <translation>%1 Deixadas de fora abaixo do valor mínimo: %2.</translation>
    </message>
    <message>
        <source>No dated relationships</source>
        <translation>Nenhuma relação datada</translation>
    </message>
    <message>
        <source>All dates (%1–%2)</source>
        <translation>Todas as datas (%1–%2)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an actor of the graph under this filter.</source>
        <translation>“%1” não é um ator do grafo com este filtro.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n neighbours; showing the %2 most central.</source>
        <translation>
            <numerusform>%1 tem %n vizinho; exibindo os %2 mais centrais.</numerusform>
            <numerusform>%1 tem %n vizinhos; exibindo os %2 mais centrais.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No actor of the graph matches &apos;%1&apos;.</source>
        <translation>Nenhum ator do grafo corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n actors</source>
        <translation>
            <numerusform>Mover %n ator</numerusform>
            <numerusform>Mover %n atores</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixar</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Show Neighbours</source>
        <translation>Mostrar vizinhos</translation>
    </message>
    <message>
        <source>Open Details</source>
        <translation>Abrir detalhes</translation>
    </message>
    <message>
        <source>Money-Flow Timeline</source>
        <translation>Linha do tempo do fluxo de dinheiro</translation>
    </message>
    <message>
        <source>Follow the Money</source>
        <translation>Seguir o dinheiro</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>Ajustar à visualização</translation>
    </message>
    <message>
        <source>Whole Graph</source>
        <translation>Grafo inteiro</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n actors…</source>
        <translation>
            <numerusform>Dispondo %n ator…</numerusform>
            <numerusform>Dispondo %n atores…</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout stopped: %1</source>
        <translation>Disposição interrompida: %1</translation>
    </message>
    <message>
        <source>Layout stopped.</source>
        <translation>Disposição interrompida.</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Disposição: %1</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nada selecionado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Caminho mais curto</translation>
    </message>
    <message numerus="yes">
        <source>The first %n paths found</source>
        <translation>
            <numerusform>O primeiro caminho encontrado</numerusform>
            <numerusform>Os primeiros %n caminhos encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n paths</source>
        <translation>
            <numerusform>O único caminho</numerusform>
            <numerusform>Todos os %n caminhos</numerusform>
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
            <numerusform>Beneficiários de %1 (%n)</numerusform>
            <numerusform>Beneficiários de %1 (%n)</numerusform>
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
        <translation>Clique duas vezes para mostrá-lo no grafo</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>sem valor</translation>
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
        <translation>Clique para listar esses pagamentos e suas fontes</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>sem fonte</translation>
    </message>
    <message>
        <source>(unsaved view)</source>
        <translation>(visualização não salva)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Nenhum espaço de trabalho está aberto.</translation>
    </message>
    <message>
        <source>Save Diagram</source>
        <translation>Salvar diagrama</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Exportar imagem</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportado.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Desfazer %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Refazer %1</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direto</translation>
    </message>
    <message>
        <source>Via %1</source>
        <translation>Via %1</translation>
    </message>
    <message>
        <source>Rename Diagram…</source>
        <translation>Renomear diagrama…</translation>
    </message>
    <message>
        <source>Delete Diagram…</source>
        <translation>Excluir diagrama…</translation>
    </message>
    <message>
        <source>Computing paths or money flows</source>
        <translation>Cálculo de caminhos ou fluxos de dinheiro</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop waiting for the paths or money flows being computed</source>
        <translation>Parar de esperar o cálculo dos caminhos ou fluxos de dinheiro</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>Finding paths…</source>
        <translation>Buscando caminhos…</translation>
    </message>
    <message>
        <source>Following the money…</source>
        <translation>Seguindo o dinheiro…</translation>
    </message>
    <message>
        <source>Reading the payments&apos; sources…</source>
        <translation>Lendo as fontes dos pagamentos…</translation>
    </message>
    <message>
        <source>Choose a saved diagram first.</source>
        <translation>Escolha primeiro um diagrama salvo.</translation>
    </message>
    <message>
        <source>Rename Diagram</source>
        <translation>Renomear diagrama</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Delete the diagram “%1”? This cannot be undone; the view stays on screen until you change it.</source>
        <translation>Excluir o diagrama “%1”? Não é possível desfazer; a visualização continua na tela até que você a mude.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Diagram “%1” deleted.</source>
        <translation>Diagrama “%1” excluído.</translation>
    </message>
    <message>
        <source>Side Panel</source>
        <translation>Painel lateral</translation>
    </message>
    <message>
        <source>Show or hide the side panel: selection, paths, follow the money (F9)</source>
        <translation>Mostrar ou ocultar o painel lateral: seleção, caminhos, seguir o dinheiro (F9)</translation>
    </message>
    <message>
        <source>Show the side panel</source>
        <translation>Mostrar o painel lateral</translation>
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
        <translation>Importar &lt;b&gt;%1&lt;/b&gt; para este espaço de trabalho. Todo o conteúdo do arquivo é importado, ou nada é.</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Nome do conjunto de dados</translation>
    </message>
    <message>
        <source>Every value remembers the dataset it came from. Letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Cada valor guarda o conjunto de dados de onde veio. Letras, dígitos, &apos;_&apos;, &apos;-&apos; e &apos;.&apos;.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato do arquivo</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Detectar a partir do arquivo</translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines</source>
        <translation>Linhas JSON do FollowTheMoney</translation>
    </message>
    <message>
        <source>CSV with a mapping</source>
        <translation>CSV com um mapeamento</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Arquivo de mapeamento</translation>
    </message>
    <message>
        <source>A JSON file saying which column goes to which property</source>
        <translation>Um arquivo JSON que indica qual coluna vai para qual propriedade</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>Escolher um arquivo de mapeamento</translation>
    </message>
    <message>
        <source>Sensitivity of the imported values</source>
        <translation>Sensibilidade dos valores importados</translation>
    </message>
    <message>
        <source>The lowest sensitivity the imported values get; values the file marks as more sensitive keep their level.</source>
        <translation>A sensibilidade mínima que os valores importados recebem; valores que o arquivo marca como mais sensíveis mantêm seu nível.</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Conjunto de dados:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Mapeamento:</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Sensibilidade:</translation>
    </message>
    <message>
        <source>Choose a CSV mapping</source>
        <translation>Escolher um mapeamento CSV</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Arquivos de mapeamento (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeiras linhas do arquivo</translation>
    </message>
    <message>
        <source>Entities the mapping makes of these rows</source>
        <translation>Entidades que o mapeamento cria a partir destas linhas</translation>
    </message>
    <message>
        <source>Entity or property</source>
        <translation>Entidade ou propriedade</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>First &amp;rows of the file:</source>
        <translation>&amp;Primeiras linhas do arquivo:</translation>
    </message>
    <message>
        <source>&amp;Entities they make:</source>
        <translation>&amp;Entidades que elas criam:</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows make these entities. Nothing is written to your workspace until you import.</source>
        <translation>
            <numerusform>A primeira linha cria estas entidades. Nada é gravado no seu espaço de trabalho até você importar.</numerusform>
            <numerusform>As primeiras %n linhas criam estas entidades. Nada é gravado no seu espaço de trabalho até você importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edi&amp;t Mapping…</source>
        <translation>E&amp;ditar mapeamento…</translation>
    </message>
    <message>
        <source>Make a new mapping, or change this one, in the CSV mapping editor</source>
        <translation>Criar um novo mapeamento, ou alterar este, no editor de mapeamentos CSV</translation>
    </message>
    <message>
        <source>Choose a mapping, or make one with “Edit Mapping…”, to see the entities these rows make.</source>
        <translation>Escolha um mapeamento, ou crie um com “Editar mapeamento…”, para ver as entidades que estas linhas produzem.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::KeyringDialog</name>
    <message>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>Esta organização</translation>
    </message>
    <message>
        <source>&amp;Export Public Key…</source>
        <translation>&amp;Exportar chave pública…</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Nome da organização:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Create Organisation Key</source>
        <translation>&amp;Criar chave da organização</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Partner keys</source>
        <translation>Chaves dos parceiros</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>&amp;Import Key File…</source>
        <translation>&amp;Importar arquivo de chave…</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>Confi&amp;ar</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;vogar</translation>
    </message>
    <message>
        <source>Trust a key only after reading its fingerprint, or its words, to the partner by another channel: phone, or in person.</source>
        <translation>Confie em uma chave somente depois de ler a impressão digital, ou as palavras, para o parceiro por outro canal: telefone ou pessoalmente.</translation>
    </message>
    <message>
        <source>%1
Fingerprint: %2
In words: %3</source>
        <translation>%1
Impressão digital: %2
Em palavras: %3</translation>
    </message>
    <message>
        <source>No organisation key yet. Make one to sign bundles and to receive sealed ones; it is made once, so choose the name partners know.</source>
        <translation>Ainda não há chave da organização. Crie uma para assinar pacotes e receber pacotes selados; ela é criada uma única vez, então escolha o nome que os parceiros conhecem.</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name.</source>
        <translation>Informe o nome da organização.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>As duas frases-senha são diferentes.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Escolha uma frase-senha de pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Import a partner&apos;s public key</source>
        <translation>Importar a chave pública de um parceiro</translation>
    </message>
    <message>
        <source>Public key files (*.pub *.json);;All files (*)</source>
        <translation>Arquivos de chave pública (*.pub *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>Exportar a chave pública</translation>
    </message>
    <message>
        <source>Public key files (*.pub);;All files (*)</source>
        <translation>Arquivos de chave pública (*.pub);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Trust the key of %1?

Fingerprint: %2
In words: %3

Only if the partner read you this same fingerprint by another channel.</source>
        <translation>Confiar na chave de %1?

Impressão digital: %2
Em palavras: %3

Somente se o parceiro leu para você esta mesma impressão digital por outro canal.</translation>
    </message>
    <message>
        <source>Revoke the key of %1? Bundles signed with it will be refused from now on. Revocation cannot be undone.</source>
        <translation>Revogar a chave de %1? Os pacotes assinados com ela serão recusados a partir de agora. A revogação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>%1 in words: %2</source>
        <translation>%1 em palavras: %2</translation>
    </message>
    <message>
        <source>Select a key to see its fingerprint in words.</source>
        <translation>Selecione uma chave para ver sua impressão digital em palavras.</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Novo espaço de trabalho…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Criar um arquivo de espaço de trabalho vazio</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espaço de trabalho…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Abrir um arquivo de espaço de trabalho</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import FollowTheMoney JSON lines or CSV with a mapping</source>
        <translation>Importar linhas JSON do FollowTheMoney ou um CSV com um mapeamento</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the workspace or a dataset to share or analyse</source>
        <translation>Exportar o espaço de trabalho ou um conjunto de dados para compartilhar ou analisar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Language, defaults for new findings, locking, text size</source>
        <translation>Idioma, padrões para novas constatações, bloqueio, tamanho do texto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Read the workspace again, e.g. after the command line changed it</source>
        <translation>Ler o espaço de trabalho novamente, por exemplo, depois de alterá-lo pela linha de comando</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Load the &amp;Demo Dataset</source>
        <translation>Carregar o conjunto de dados de &amp;demonstração</translation>
    </message>
    <message>
        <source>Load the demo dataset?</source>
        <translation>Carregar o conjunto de dados de demonstração?</translation>
    </message>
    <message>
        <source>The demo dataset is fictional: invented funders, groups, people and payments for trying Commonplace out. It goes into a dataset named &quot;demo&quot; in this workspace. Load it here rather than in a workspace with real research?</source>
        <translation>O conjunto de dados de demonstração é fictício: financiadores, grupos, pessoas e pagamentos inventados para experimentar o Commonplace. Ele vai para um conjunto de dados chamado &quot;demo&quot; neste espaço de trabalho. Carregá-lo aqui, e não em um espaço de trabalho com pesquisa real?</translation>
    </message>
    <message>
        <source>Add the fictional demo dataset to this workspace</source>
        <translation>Adicionar o conjunto de dados de demonstração fictício a este espaço de trabalho</translation>
    </message>
    <message>
        <source>&amp;About Commonplace</source>
        <translation>&amp;Sobre o Commonplace</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Não foi possível ler: %1</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Stop the running task?</source>
        <translation>Interromper a tarefa em andamento?</translation>
    </message>
    <message>
        <source>An import or export is still running. Quit and cancel it? The workspace stays as it was before the task started.</source>
        <translation>Uma importação ou exportação ainda está em andamento. Sair e cancelá-la? O espaço de trabalho fica como estava antes do início da tarefa.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Não é possível abrir o espaço de trabalho</translation>
    </message>
    <message>
        <source>This workspace includes the demo dataset: fictional people, organisations and payments, for trying Commonplace out.</source>
        <translation>Este espaço de trabalho inclui o conjunto de dados de demonstração: pessoas, organizações e pagamentos fictícios, para experimentar o Commonplace.</translation>
    </message>
    <message>
        <source>%1 — Commonplace</source>
        <translation>%1 — Commonplace</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Novo espaço de trabalho</translation>
    </message>
    <message>
        <source>Commonplace workspaces (*.commonplace)</source>
        <translation>Espaços de trabalho do Commonplace (*.commonplace)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espaço de trabalho</translation>
    </message>
    <message>
        <source>Commonplace workspaces (*.commonplace);;All files (*)</source>
        <translation>Espaços de trabalho do Commonplace (*.commonplace);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Nenhum espaço de trabalho recente</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Limpar a lista</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines (*.ijson *.json *.jsonl);;CSV (*.csv);;All files (*)</source>
        <translation>Linhas JSON do FollowTheMoney (*.ijson *.json *.jsonl);;CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entities from %1 into dataset “%2” (%3 new, %4 values added).</source>
        <translation>
            <numerusform>%n entidade importada de %1 para o conjunto de dados “%2” (%3 novas, %4 valores adicionados).</numerusform>
            <numerusform>%n entidades importadas de %1 para o conjunto de dados “%2” (%3 novas, %4 valores adicionados).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n references point at entities not in the workspace.</source>
        <translation>
            <numerusform>%n referência aponta para uma entidade que não está no espaço de trabalho.</numerusform>
            <numerusform>%n referências apontam para entidades que não estão no espaço de trabalho.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Importação cancelada; o espaço de trabalho não foi alterado.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Falha na importação</translation>
    </message>
    <message>
        <source>%1

Nothing was imported; the workspace is unchanged.</source>
        <translation>%1

Nada foi importado; o espaço de trabalho não foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entities (%1 values) to %2.</source>
        <translation>
            <numerusform>%n entidade exportada (%1 valores) para %2.</numerusform>
            <numerusform>%n entidades exportadas (%1 valores) para %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values above “%1” were left out.</source>
        <translation>
            <numerusform>%n valor acima de “%1” ficou de fora.</numerusform>
            <numerusform>%n valores acima de “%1” ficaram de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Loading the demo dataset…</source>
        <translation>Carregando o conjunto de dados de demonstração…</translation>
    </message>
    <message>
        <source>Loaded the demo dataset: fictional people, organisations and payments, for trying Commonplace out. None of it is real.</source>
        <translation>Conjunto de dados de demonstração carregado: pessoas, organizações e pagamentos fictícios, para experimentar o Commonplace. Nada disso é real.</translation>
    </message>
    <message>
        <source>Could not load the demo dataset</source>
        <translation>Não foi possível carregar o conjunto de dados de demonstração</translation>
    </message>
    <message>
        <source>About Commonplace</source>
        <translation>Sobre o Commonplace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;A research workbench for human-rights researchers: record findings on anti-rights actors with their sources, follow the money between them, and merge datasets with partners without losing who said what.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;Uma bancada de pesquisa para pesquisadores de direitos humanos: registre constatações sobre atores antidireitos com suas fontes, siga o dinheiro entre eles e mescle conjuntos de dados com parceiros sem perder quem disse o quê.&lt;/p&gt;&lt;p&gt;Software livre sob a Licença Pública Geral GNU, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No workspace is open. Open or create one in the File menu.</source>
        <translation>Nenhum espaço de trabalho está aberto. Abra ou crie um no menu Arquivo.</translation>
    </message>
    <message>
        <source>This workspace is empty. Import a file with File ▸ Import… (Ctrl+I), or try the fictional demo data with Help ▸ Load the Demo Dataset.</source>
        <translation>Este espaço de trabalho está vazio. Importe um arquivo com Arquivo ▸ Importar… (Ctrl+I) ou experimente os dados fictícios com Ajuda ▸ Carregar o conjunto de dados de demonstração.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Nenhum resultado.</translation>
    </message>
    <message>
        <source>%1 entities · %2 values · %3 sources</source>
        <translation>%1 entidades · %2 valores · %3 fontes</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>Encr&amp;ypt Workspace…</source>
        <translation>&amp;Criptografar o espaço de trabalho…</translation>
    </message>
    <message>
        <source>Protect this workspace on disk with a passphrase</source>
        <translation>Proteger este espaço de trabalho no disco com uma frase-senha</translation>
    </message>
    <message>
        <source>Chan&amp;ge Passphrase…</source>
        <translation>Alterar a &amp;frase-senha…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this encrypted workspace</source>
        <translation>Escolher uma nova frase-senha para este espaço de trabalho criptografado</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Close the encrypted workspace and forget its key until the passphrase is entered again</source>
        <translation>Fechar o espaço de trabalho criptografado e esquecer sua chave até que a frase-senha seja digitada de novo</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frase-senha incorreta. Tente novamente.</translation>
    </message>
    <message>
        <source>Locked — Commonplace</source>
        <translation>Bloqueado — Commonplace</translation>
    </message>
    <message>
        <source>Could not encrypt the workspace</source>
        <translation>Não foi possível criptografar o espaço de trabalho</translation>
    </message>
    <message>
        <source>%1

The workspace is unchanged.</source>
        <translation>%1

O espaço de trabalho não foi alterado.</translation>
    </message>
    <message>
        <source>The workspace is now encrypted. Lock it with Ctrl+L.</source>
        <translation>O espaço de trabalho agora está criptografado. Bloqueie-o com Ctrl+L.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Alterar a frase-senha</translation>
    </message>
    <message>
        <source>The passphrase was changed; the old one no longer opens the workspace.</source>
        <translation>A frase-senha foi alterada; a antiga não abre mais o espaço de trabalho.</translation>
    </message>
    <message>
        <source>Could not change the passphrase</source>
        <translation>Não foi possível alterar a frase-senha</translation>
    </message>
    <message>
        <source>%1

The old passphrase still works.</source>
        <translation>%1

A frase-senha antiga continua funcionando.</translation>
    </message>
    <message>
        <source>Search E&amp;verything…</source>
        <translation>Pes&amp;quisar em tudo…</translation>
    </message>
    <message>
        <source>Find actors, relationships, findings and sources by name, alias or text</source>
        <translation>Encontrar atores, relações, constatações e fontes por nome, alias ou texto</translation>
    </message>
    <message>
        <source>&amp;Filter This List…</source>
        <translation>&amp;Filtrar esta lista…</translation>
    </message>
    <message>
        <source>Show only the entities of this list that match some words</source>
        <translation>Mostrar apenas as entidades desta lista que correspondem a algumas palavras</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Constatações</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Atores</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>&amp;Relações</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Fontes</translation>
    </message>
    <message>
        <source>&amp;Tactics and Themes</source>
        <translation>&amp;Táticas e temas</translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>Conjuntos de &amp;dados</translation>
    </message>
    <message>
        <source>Re&amp;view Queue</source>
        <translation>Fila de re&amp;visão</translation>
    </message>
    <message>
        <source>Focus the &amp;Navigator</source>
        <translation>Ir para o &amp;navegador</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Findings, actors by type, relationships, sources, tactics and themes, datasets and the review queue</source>
        <translation>Constatações, atores por tipo, relações, fontes, táticas e temas, conjuntos de dados e fila de revisão</translation>
    </message>
    <message>
        <source>Search everything…  Ctrl+K</source>
        <translation>Pesquisar em tudo…  Ctrl+K</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Pesquisar em tudo</translation>
    </message>
    <message>
        <source>Names, aliases and finding text across the workspace (Ctrl+K)</source>
        <translation>Nomes, aliases e texto das constatações em todo o espaço de trabalho (Ctrl+K)</translation>
    </message>
    <message>
        <source>Filter this list by name or text…</source>
        <translation>Filtrar esta lista por nome ou texto…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Show only the entities of this list whose names or text match, as you type (Ctrl+F)</source>
        <translation>Mostrar apenas as entidades desta lista cujo nome ou texto corresponde, enquanto você digita (Ctrl+F)</translation>
    </message>
    <message>
        <source>Review queue: possible duplicates waiting for a decision.</source>
        <translation>Fila de revisão: possíveis duplicatas aguardando uma decisão.</translation>
    </message>
    <message>
        <source>Preparing names for sorting…</source>
        <translation>Preparando os nomes para ordenação…</translation>
    </message>
    <message>
        <source>Could not prepare the names for sorting</source>
        <translation>Não foi possível preparar os nomes para ordenação</translation>
    </message>
    <message>
        <source>Sorting by name stays incomplete until the names are prepared; they will be the next time the workspace opens.</source>
        <translation>A ordenação por nome fica incompleta até que os nomes sejam preparados; isso será feito na próxima vez que o espaço de trabalho for aberto.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Atores</translation>
    </message>
    <message>
        <source>People, organisations, companies and public bodies</source>
        <translation>Pessoas, organizações, empresas e órgãos públicos</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relações</translation>
    </message>
    <message>
        <source>Payments, ownership, directorships, memberships and other links between actors</source>
        <translation>Pagamentos, participações, cargos de direção, filiações e outros vínculos entre atores</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Outros registros</translation>
    </message>
    <message>
        <source>Addresses, events, notes, documents and other records</source>
        <translation>Endereços, eventos, notas, documentos e outros registros</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Tactics and themes</source>
        <translation>Táticas e temas</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de dados</translation>
    </message>
    <message>
        <source>Entities by the dataset their values come from</source>
        <translation>Entidades pelo conjunto de dados de onde vêm seus valores</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Fila de revisão</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Preparing the names of this workspace for sorting…</source>
        <translation>Preparando os nomes deste espaço de trabalho para ordenação…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entidade</numerusform>
            <numerusform>%Ln entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entities match</source>
        <translation>
            <numerusform>Correspondem %1 de %Ln entidade</numerusform>
            <numerusform>Correspondem %1 de %Ln entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities match</source>
        <translation>
            <numerusform>%Ln entidade corresponde</numerusform>
            <numerusform>%Ln entidades correspondem</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypting the workspace…</source>
        <translation>Criptografando o espaço de trabalho…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Alterando a frase-senha…</translation>
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
        <translation>Pontuação mínima</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Pontuação mais baixa</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Progresso da revisão</translation>
    </message>
    <message>
        <source>%v of %m judged</source>
        <translation>%v de %m julgados</translation>
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
        <translation>Entidades mescladas</translation>
    </message>
    <message>
        <source>Merged entity</source>
        <translation>Entidade mesclada</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Unmerge Selected</source>
        <translation>Desfazer a mesclagem da seleção</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Mescladas</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Desfazer mesclagem</translation>
    </message>
    <message>
        <source>The two candidates side by side</source>
        <translation>Os dois candidatos lado a lado</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Por que esta pontuação</translation>
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
        <translation>Mesmo ator (Y)</translation>
    </message>
    <message>
        <source>Different (N)</source>
        <translation>Diferentes (N)</translation>
    </message>
    <message>
        <source>Unsure (U)</source>
        <translation>Incerto (U)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Pular (S)</translation>
    </message>
    <message>
        <source>Looking for candidates…</source>
        <translation>Buscando candidatos…</translation>
    </message>
    <message>
        <source>No candidates: %1</source>
        <translation>Nenhum candidato: %1</translation>
    </message>
    <message>
        <source>No candidate pairs at this score: nothing to review.</source>
        <translation>Nenhum par candidato com esta pontuação: nada a revisar.</translation>
    </message>
    <message>
        <source>Y: same actor · N: different · U: unsure · S: skip</source>
        <translation>Y: mesmo ator · N: diferentes · U: incerto · S: pular</translation>
    </message>
    <message>
        <source>%1%2 ↔ %3  (%4)</source>
        <translation>%1%2 ↔ %3  (%4)</translation>
    </message>
    <message>
        <source>No candidates</source>
        <translation>Nenhum candidato</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n judged</source>
        <translation>
            <numerusform>%1 de %n julgados</numerusform>
            <numerusform>%1 de %n julgados</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;%1 (no longer in the workspace)&lt;/i&gt;</source>
        <translation>&lt;i&gt;%1 (não está mais no espaço de trabalho)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/a&gt;&lt;br&gt;%3 · %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/a&gt;&lt;br&gt;%3 · %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Match score from 0 to 1</source>
        <translation>Pontuação de correspondência de 0 a 1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is merged from %n parts: %2</source>
        <translation>
            <numerusform>%1 foi mesclada a partir de %n parte: %2</numerusform>
            <numerusform>%1 foi mesclada a partir de %n partes: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged: the same actor.</source>
        <translation>Julgado: o mesmo ator.</translation>
    </message>
    <message>
        <source>Judged: different actors.</source>
        <translation>Julgado: atores diferentes.</translation>
    </message>
    <message>
        <source>Judged: unsure.</source>
        <translation>Julgado: incerto.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Não registrado: %1</translation>
    </message>
    <message>
        <source>Merged %1 and %2.</source>
        <translation>%1 e %2 mescladas.</translation>
    </message>
    <message>
        <source>Recorded: different actors.</source>
        <translation>Registrado: atores diferentes.</translation>
    </message>
    <message>
        <source>Recorded: unsure.</source>
        <translation>Registrado: incerto.</translation>
    </message>
    <message>
        <source>Every candidate is judged.</source>
        <translation>Todos os candidatos foram julgados.</translation>
    </message>
    <message>
        <source>Not unmerged: %1</source>
        <translation>Mesclagem não desfeita: %1</translation>
    </message>
    <message numerus="yes">
        <source>Unmerged into %n entities.</source>
        <translation>
            <numerusform>Separada em %n entidade.</numerusform>
            <numerusform>Separada em %n entidades.</numerusform>
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
            <numerusform>Mescladas (%n)</numerusform>
            <numerusform>Mescladas (%n)</numerusform>
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
        <translation>Encontrar um ator</translation>
    </message>
    <message>
        <source>Find an actor…</source>
        <translation>Encontrar um ator…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Received or given</source>
        <translation>Recebido ou repassado</translation>
    </message>
    <message>
        <source>Received, per funder</source>
        <translation>Recebido, por financiador</translation>
    </message>
    <message>
        <source>Given, per beneficiary</source>
        <translation>Repassado, por beneficiário</translation>
    </message>
    <message>
        <source>Per year or month</source>
        <translation>Por ano ou por mês</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Por ano</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mês</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added together</source>
        <translation>Valores em moedas diferentes nunca são somados</translation>
    </message>
    <message>
        <source>Payments over time</source>
        <translation>Pagamentos ao longo do tempo</translation>
    </message>
    <message>
        <source>Click a bar to list its payments.</source>
        <translation>Clique em uma barra para listar seus pagamentos.</translation>
    </message>
    <message>
        <source>Payments of the bar clicked</source>
        <translation>Pagamentos da barra clicada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Double-click a payment to open it</source>
        <translation>Clique duas vezes em um pagamento para abri-lo</translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>(sem moeda)</translation>
    </message>
    <message>
        <source>No workspace.</source>
        <translation>Nenhum espaço de trabalho.</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Carregando pagamentos…</translation>
    </message>
    <message>
        <source>Choose an actor: search above, or select one in the graph and ask for its timeline.</source>
        <translation>Escolha um ator: pesquise acima ou selecione um no grafo e peça sua linha do tempo.</translation>
    </message>
    <message>
        <source>%1 has no payments.</source>
        <translation>%1 não tem pagamentos.</translation>
    </message>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>%n outro</numerusform>
            <numerusform>%n outros</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Received by %1&lt;/b&gt; per funder</source>
        <translation>&lt;b&gt;Recebido por %1&lt;/b&gt; por financiador</translation>
    </message>
    <message>
        <source>&lt;b&gt;Given by %1&lt;/b&gt; per beneficiary</source>
        <translation>&lt;b&gt;Repassado por %1&lt;/b&gt; por beneficiário</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received by %1&lt;/b&gt; per funder, in %2</source>
        <translation>&lt;b&gt;Recebido por %1&lt;/b&gt; por financiador, em %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Given by %1&lt;/b&gt; per beneficiary, in %2</source>
        <translation>&lt;b&gt;Repassado por %1&lt;/b&gt; por beneficiário, em %2</translation>
    </message>
    <message>
        <source>No dated payments in this currency.</source>
        <translation>Nenhum pagamento datado nesta moeda.</translation>
    </message>
    <message numerus="yes">
        <source>%n undated payments are not shown.</source>
        <translation>
            <numerusform>%n pagamento sem data não é exibido.</numerusform>
            <numerusform>%n pagamentos sem data não são exibidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payments record no amount.</source>
        <translation>
            <numerusform>%n pagamento não registra valor.</numerusform>
            <numerusform>%n pagamentos não registram valor.</numerusform>
        </translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>sem valor</translation>
    </message>
    <message numerus="yes">
        <source>%n payments in %1, %2 in total. Double-click one to open it.</source>
        <translation>
            <numerusform>%n pagamento em %1, %2 no total. Clique duas vezes nele para abri-lo.</numerusform>
            <numerusform>%n pagamentos em %1, %2 no total. Clique duas vezes em um para abri-lo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show All Payments</source>
        <translation>Mostrar todos os pagamentos</translation>
    </message>
    <message>
        <source>Stop following the graph explorer&apos;s filter</source>
        <translation>Parar de seguir o filtro do explorador de grafos</translation>
    </message>
    <message>
        <source>Under the graph explorer&apos;s filter: %1.</source>
        <translation>Com o filtro do explorador de grafos: %1.</translation>
    </message>
    <message>
        <source>The graph explorer&apos;s filter leaves out payments: choose Payment among its relationships, or show all payments.</source>
        <translation>O filtro do explorador de grafos exclui os pagamentos: escolha Pagamento entre suas relações ou mostre todos os pagamentos.</translation>
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
        <translation>Ambos têm este valor</translation>
    </message>
    <message>
        <source>The two disagree on this property</source>
        <translation>Os dois divergem nesta propriedade</translation>
    </message>
    <message>
        <source>Only the left one has this value</source>
        <translation>Apenas o da esquerda tem este valor</translation>
    </message>
    <message>
        <source>Only the right one has this value</source>
        <translation>Apenas o da direita tem este valor</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Esquerda</translation>
    </message>
    <message>
        <source>Left source</source>
        <translation>Fonte da esquerda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direita</translation>
    </message>
    <message>
        <source>Right source</source>
        <translation>Fonte da direita</translation>
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
        <translation>Desbloquear o espaço de trabalho</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter its passphrase to open it.</source>
        <translation>“%1” está criptografado. Digite a frase-senha para abri-lo.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Novo espaço de trabalho</translation>
    </message>
    <message>
        <source>Create “%1”. An encrypted workspace reveals nothing on disk without its passphrase, but nobody can recover it if the passphrase is lost.</source>
        <translation>Criar “%1”. Um espaço de trabalho criptografado não revela nada no disco sem a frase-senha, mas ninguém pode recuperá-lo se a frase-senha for perdida.</translation>
    </message>
    <message>
        <source>Encrypt Workspace</source>
        <translation>Criptografar o espaço de trabalho</translation>
    </message>
    <message>
        <source>Encrypt “%1” with a passphrase. Nobody can recover the workspace if the passphrase is lost. Copies of the unencrypted file made before (backups, old disk blocks) are not encrypted by this.</source>
        <translation>Criptografar “%1” com uma frase-senha. Ninguém pode recuperar o espaço de trabalho se a frase-senha for perdida. Cópias do arquivo não criptografado feitas antes (backups, blocos antigos do disco) não são criptografadas por isso.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Alterar a frase-senha</translation>
    </message>
    <message>
        <source>Choose a new passphrase for “%1”. The old one stops working.</source>
        <translation>Escolha uma nova frase-senha para “%1”. A antiga deixará de funcionar.</translation>
    </message>
    <message>
        <source>&amp;Encrypt this workspace</source>
        <translation>&amp;Criptografar este espaço de trabalho</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Nova &amp;frase-senha:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repetir a frase-senha</translation>
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
        <translation>Cr&amp;iar</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>Criptogr&amp;afar</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Al&amp;terar</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Pelo menos %n caractere.</numerusform>
            <numerusform>Pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>A frase-senha precisa de pelo menos %n caractere.</numerusform>
            <numerusform>A frase-senha precisa de pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>As duas frases-senha são diferentes.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Verificando a frase-senha…</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::QuickEntry</name>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>Short forms: 2020, 2020-3, 3.2020, 15.3.2020 or 3/15/2020 (in the order of your language), 20200315; 15 alone is that day of the month shown, 15.3 that day of the year shown; t is today, -3 three days ago. The date shows in ISO form (YYYY-MM-DD) when you leave the field.</source>
        <extracomment>Tooltip of date fields. Keep &apos;t&apos; and the examples as they are: they are what is typed.</extracomment>
        <translation>Formas curtas: 2020, 2020-3, 3.2020, 15.3.2020 ou 3/15/2020 (na ordem do seu idioma), 20200315; 15 sozinho é esse dia do mês exibido, 15.3 esse dia do ano exibido; t ou “hoje” é a data de hoje, -3 três dias atrás. A data aparece no formato ISO (AAAA-MM-DD) quando você sai do campo.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::RecordFindingDialog</name>
    <message>
        <source>Record a finding</source>
        <translation>Registrar uma constatação</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation>Pesquisar em tudo</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message>
        <source>Search actors, relationships, findings and sources…</source>
        <translation>Pesquisar atores, relações, constatações e fontes…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Type a name, an alias or words of a finding. Enter opens the result, Escape closes.</source>
        <translation>Digite um nome, um alias ou palavras de uma constatação. Enter abre o resultado, Esc fecha.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Atores</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relações</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatação</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nada encontrado para “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n results in %1 ms. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n resultado em %1 ms. Enter abre o selecionado.</numerusform>
            <numerusform>%n resultados em %1 ms. Enter abre o selecionado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SearchWorker</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Nenhum espaço de trabalho está aberto.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma do sistema (%1)</translation>
    </message>
    <message>
        <source>Default dataset</source>
        <translation>Conjunto de dados padrão</translation>
    </message>
    <message>
        <source>None: choose for each finding</source>
        <translation>Nenhum: escolher para cada constatação</translation>
    </message>
    <message>
        <source>The dataset a new finding goes into; type a name to use a new dataset</source>
        <translation>O conjunto de dados em que entra uma nova constatação; digite um nome para usar um novo conjunto de dados</translation>
    </message>
    <message>
        <source>Default sensitivity</source>
        <translation>Sensibilidade padrão</translation>
    </message>
    <message>
        <source>How far a new finding may travel until you choose otherwise: exports leave out everything above the level they are given</source>
        <translation>Até onde uma nova constatação pode circular enquanto você não decidir outra coisa: as exportações deixam de fora tudo o que estiver acima do nível indicado</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Bloquear após inatividade de</translation>
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
        <translation>Bloquear o Commonplace após estes minutos sem atividade, para que um notebook sem supervisão não mostre sua pesquisa (0: nunca)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <source>%</source>
        <comment>percent sign after the text size</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Default &amp;dataset:</source>
        <translation>&amp;Conjunto de dados padrão:</translation>
    </message>
    <message>
        <source>Default &amp;sensitivity:</source>
        <translation>&amp;Sensibilidade padrão:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamanho do texto:</translation>
    </message>
    <message>
        <source>Commonplace will speak %1 after a restart.</source>
        <translation>O Commonplace usará %1 depois de reiniciar.</translation>
    </message>
    <message>
        <source>Restart Commonplace?</source>
        <translation>Reiniciar o Commonplace?</translation>
    </message>
    <message>
        <source>The new language takes effect when Commonplace restarts. Restart now? Your work is saved.</source>
        <translation>O novo idioma entra em vigor quando o Commonplace reinicia. Reiniciar agora? Seu trabalho está salvo.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar agora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Mais tarde</translation>
    </message>
    <message>
        <source>Load the fictional de&amp;mo dataset into a new default workspace</source>
        <translation>Carregar o conjunto de dados de de&amp;monstração fictício em um novo espaço de trabalho padrão</translation>
    </message>
    <message>
        <source>Loc&amp;k when idle for:</source>
        <translation>&amp;Bloquear após inatividade de:</translation>
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
        <translation>Publicada em</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citada por</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln constatação</numerusform>
            <numerusform>%Ln constatações</numerusform>
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
        <translation>Pesquisar fontes</translation>
    </message>
    <message>
        <source>Search sources by title, publisher or URL</source>
        <translation>Pesquisar fontes por título, editor ou URL</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
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
        <translation>Publicada em</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>&amp;Publicada em:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Consultada em</translation>
    </message>
    <message>
        <source>Retrie&amp;ved:</source>
        <translation>C&amp;onsultada em:</translation>
    </message>
    <message>
        <source>Reliability of the source (A-F)</source>
        <translation>Confiabilidade da fonte (A-F)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>&amp;Reliability:</source>
        <translation>Con&amp;fiabilidade:</translation>
    </message>
    <message>
        <source>Credibility of the information (1-6)</source>
        <translation>Credibilidade da informação (1-6)</translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation>&amp;Credibilidade:</translation>
    </message>
    <message>
        <source>Sensitivity of the source</source>
        <translation>Sensibilidade da fonte</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Sensibilidade:</translation>
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
        <translation>&amp;Anexar arquivo…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Anexar um arquivo</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>&amp;New source</source>
        <translation>No&amp;va fonte</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nova fonte</translation>
    </message>
    <message>
        <source>Sa&amp;ve source</source>
        <translation>Sal&amp;var a fonte</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Salvar a fonte</translation>
    </message>
    <message>
        <source>&amp;Delete source</source>
        <translation>E&amp;xcluir a fonte</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Excluir a fonte</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citada por</translation>
    </message>
    <message>
        <source>What cites this source (Return opens)</source>
        <translation>O que cita esta fonte (Enter abre)</translation>
    </message>
    <message>
        <source>Finding or entity</source>
        <translation>Constatação ou entidade</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Sa&amp;ve new source</source>
        <translation>Sal&amp;var a nova fonte</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constatações (%1)</translation>
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
        <translation>… e mais %1</translation>
    </message>
    <message>
        <source>Attach a file to the source</source>
        <translation>Anexar um arquivo à fonte</translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB.</source>
        <translation>%1 tem %2 MB; os anexos podem ter no máximo %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 (saved with the source)</source>
        <translation>%1 (salvo com a fonte)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::StatementTableModel</name>
    <message>
        <source>%1
Click to open it (id %2).</source>
        <translation>%1
Clique para abri-lo (id %2).</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>Vista pela primeira vez em %1, pela última vez em %2</translation>
    </message>
    <message>
        <source>This value cites no source.</source>
        <translation>Este valor não cita nenhuma fonte.</translation>
    </message>
    <message>
        <source>%1
Source id: %2</source>
        <translation>%1
Id da fonte: %2</translation>
    </message>
    <message>
        <source>Exports with a lower maximum sensitivity leave this value out.</source>
        <translation>Exportações com sensibilidade máxima inferior deixam este valor de fora.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <source>Admiralty grading of the source: reliability A–F and credibility 1–6.</source>
        <translation>Classificação Admiralty da fonte: confiabilidade A–F e credibilidade 1–6.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SuggestField</name>
    <message>
        <source>Suggestions</source>
        <translation>Sugestões</translation>
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
        <translation>%1 (F2 renomeia, Delete remove)</translation>
    </message>
    <message>
        <source>&amp;Tactics</source>
        <translation>&amp;Táticas</translation>
    </message>
    <message>
        <source>New tactic: type its name, Return adds it</source>
        <translation>Nova tática: digite o nome, Enter a adiciona</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;emas</translation>
    </message>
    <message>
        <source>New theme: type its name, Return adds it</source>
        <translation>Novo tema: digite o nome, Enter o adiciona</translation>
    </message>
    <message numerus="yes">
        <source>%1
Used by %Ln finding(s).</source>
        <translation>
            <numerusform>%1
Usado por %Ln constatação.</numerusform>
            <numerusform>%1
Usado por %Ln constatações.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::WorkspaceLock</name>
    <message>
        <source>“%1” is locked</source>
        <translation>“%1” está bloqueado</translation>
    </message>
    <message>
        <source>The workspace was closed and its key dropped from memory. Enter the passphrase to open it again.</source>
        <translation>O espaço de trabalho foi fechado e sua chave apagada da memória. Digite a frase-senha para abri-lo de novo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frase-senha incorreta. Tente novamente.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Verificando a frase-senha…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commonplace, a research workbench for human-rights researchers.</source>
        <translation>Commonplace, uma bancada de pesquisa para pesquisadores de direitos humanos.</translation>
    </message>
    <message>
        <source>The workspace file to open (default: %1).</source>
        <translation>O arquivo de espaço de trabalho a abrir (padrão: %1).</translation>
    </message>
    <message>
        <source>[WORKSPACE]</source>
        <translation>[ESPAÇO_DE_TRABALHO]</translation>
    </message>
</context>
</TS>

-- A workspace of schema version 2, as written by commonplace-cli (sqlite3 FILE .dump;
-- .dump leaves out user_version, so it is set here): workspace-v1-content.ijson as dataset
-- 'fixture', workspace-v2-content.ijson as dataset 'partner', then
-- `judge fx-o1 fx-o1-partner yes --user fixture` and `judge fx-p1 fx-p2 no --user fixture`.
PRAGMA user_version=2;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE dataset (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    label       TEXT,
    publisher   TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO dataset VALUES(1,'fixture',NULL,NULL,'2026-11-21T11:28:09Z');
INSERT INTO dataset VALUES(2,'partner',NULL,NULL,'2026-11-21T11:28:09Z');
CREATE TABLE source (
    id                INTEGER PRIMARY KEY,
    key               TEXT NOT NULL UNIQUE,
    dataset_id        INTEGER REFERENCES dataset(id),
    title             TEXT NOT NULL,
    url               TEXT,
    publisher         TEXT,
    published         TEXT,
    retrieved         TEXT,
    reliability       TEXT CHECK (reliability IN ('A','B','C','D','E','F')),
    credibility       INTEGER CHECK (credibility BETWEEN 1 AND 6),
    attachment_sha256 TEXT,
    attachment_name   TEXT,
    sensitivity       INTEGER NOT NULL DEFAULT 0 CHECK (sensitivity BETWEEN 0 AND 3),
    notes             TEXT
);
INSERT INTO source VALUES(1,'fx-src1',1,'Fixture annual report',NULL,NULL,NULL,NULL,'B',2,NULL,NULL,0,NULL);
CREATE TABLE attachment (
    sha256  TEXT PRIMARY KEY,
    name    TEXT,
    mime    TEXT,
    data    BLOB NOT NULL
);
CREATE TABLE entity (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    schema        TEXT NOT NULL,
    canonical_id  INTEGER REFERENCES entity(id),
    caption       TEXT,
    extra         TEXT
);
INSERT INTO entity VALUES(1,'fx-p1','Person',NULL,'Fixture Person',NULL);
INSERT INTO entity VALUES(2,'fx-o1','Organization',4,'Fixture Trust',NULL);
INSERT INTO entity VALUES(3,'fx-pay1','Payment',NULL,'500',NULL);
INSERT INTO entity VALUES(4,'fx-o1-partner','Organization',NULL,'The Fixture Trust','{"datasets":["partner"]}');
INSERT INTO entity VALUES(5,'fx-p2','Person',NULL,'Fixture Persson',NULL);
CREATE TABLE statement (
    id           INTEGER PRIMARY KEY,
    hash         BLOB NOT NULL,
    entity_id    INTEGER NOT NULL REFERENCES entity(id),
    prop         TEXT NOT NULL,
    value        TEXT NOT NULL,
    ref          INTEGER NOT NULL DEFAULT 0,
    lang         TEXT,
    dataset_id   INTEGER NOT NULL REFERENCES dataset(id),
    source_id    INTEGER REFERENCES source(id),
    first_seen   TEXT,
    last_seen    TEXT,
    sensitivity  INTEGER NOT NULL DEFAULT 0 CHECK (sensitivity BETWEEN 0 AND 3)
);
INSERT INTO statement VALUES(1,X'37e61ad810dbb02583fe3989b88a1bb8',1,'name','Fixture Person',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(2,X'876b7eb645cd5b9682090af1dec5ceee',1,'country','ke',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(3,X'f18ffc0fec94e107bbb98629b383e34b',2,'name','Fixture Trust',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(4,X'b30a09cec9d6306ac8dd0af9f20d355d',3,'payer','fx-o1',1,NULL,1,1,NULL,NULL,0);
INSERT INTO statement VALUES(5,X'0c5894faf9a3e772ee9f43b7eea40a90',3,'beneficiary','fx-p1',1,NULL,1,1,NULL,NULL,0);
INSERT INTO statement VALUES(6,X'd52617989e332a3e1ed6a1b9abf9a23d',3,'amount','500',0,NULL,1,1,NULL,NULL,0);
INSERT INTO statement VALUES(7,X'4f8d25d2e25493ce4099b81fda44c8d9',3,'currency','EUR',0,NULL,1,1,NULL,NULL,0);
INSERT INTO statement VALUES(8,X'93ec291361000c65ce42d217e9bd8c1d',3,'date','2020-01-02',0,NULL,1,1,NULL,NULL,0);
INSERT INTO statement VALUES(9,X'34bf96c160fed4a47f73862850cfa974',4,'name','The Fixture Trust',0,NULL,2,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(10,X'fe12068291599faa64dd1a167e73bfa6',4,'country','ke',0,NULL,2,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(11,X'3422bd6a2cc160bafa7e51496f4571e2',5,'name','Fixture Persson',0,NULL,2,NULL,NULL,NULL,0);
CREATE TABLE taxonomy (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('tactic', 'theme')),
    key          TEXT NOT NULL,
    label        TEXT NOT NULL,
    description  TEXT,
    UNIQUE (kind, key)
);
INSERT INTO taxonomy VALUES(1,'tactic','disinformation','Disinformation','Producing or spreading false or misleading claims, for example about sexual and reproductive health, gender or LGBTIQ+ people, to shape public opinion or policy.');
INSERT INTO taxonomy VALUES(2,'tactic','strategic-litigation','Strategic litigation','Bringing, funding or intervening in court cases to restrict rights, set restrictive precedents or exhaust opponents'' resources.');
INSERT INTO taxonomy VALUES(3,'tactic','legislative-lobbying','Legislative lobbying','Drafting, promoting or blocking bills and policies through direct contact with legislators, ministries and their staff.');
INSERT INTO taxonomy VALUES(4,'tactic','astroturfing','Astroturfing','Presenting an organised, often externally funded campaign as a spontaneous grassroots movement, for example through front groups or coordinated petitions.');
INSERT INTO taxonomy VALUES(5,'tactic','institutional-capture','Institutional capture','Placing allies in, or gaining lasting influence over, public bodies, regulators, courts, universities or professional associations.');
INSERT INTO taxonomy VALUES(6,'tactic','online-harassment','Online harassment','Coordinated abuse, threats, doxxing or mass reporting aimed at activists, journalists, health workers or officials.');
INSERT INTO taxonomy VALUES(7,'tactic','co-opting-rights-language','Co-opting human-rights language','Reframing restrictive positions in the vocabulary of human rights, such as parental rights, religious freedom or the protection of children.');
INSERT INTO taxonomy VALUES(8,'tactic','funding-local-proxies','Funding local proxies','Channelling money, training or materials from foreign funders to local organisations that then act under a local identity.');
INSERT INTO taxonomy VALUES(9,'tactic','pseudo-scientific-research','Pseudo-scientific research','Commissioning or promoting studies, institutes or journals that lend a scientific appearance to predetermined conclusions.');
INSERT INTO taxonomy VALUES(10,'tactic','un-advocacy','UN and treaty-body advocacy','Lobbying at the United Nations, regional bodies and treaty bodies to weaken resolutions, agreed language or the mandates of rights mechanisms.');
INSERT INTO taxonomy VALUES(11,'tactic','electoral-mobilisation','Electoral mobilisation','Endorsing candidates, running voter guides or pledges, and mobilising voters around restrictive policy positions.');
INSERT INTO taxonomy VALUES(12,'tactic','religious-mobilisation','Religious mobilisation','Using congregations, clergy and faith networks to organise campaigns, marches, petitions or sermons for a policy agenda.');
INSERT INTO taxonomy VALUES(13,'tactic','conversion-practices','Conversion therapy promotion','Promoting, offering or defending practices that aim to change or suppress a person''s sexual orientation or gender identity.');
INSERT INTO taxonomy VALUES(14,'tactic','citizens-initiatives','Citizens'' initiatives and referendums','Collecting signatures for popular initiatives, referendums or petitions to entrench restrictive definitions in law or constitutions.');
INSERT INTO taxonomy VALUES(15,'tactic','media-ownership','Media ownership and content','Owning, financing or supplying outlets, channels and content producers that carry the movement''s messaging.');
INSERT INTO taxonomy VALUES(16,'tactic','curriculum-interference','Curriculum interference','Campaigning against or replacing school curricula, textbooks and sexuality education programmes.');
INSERT INTO taxonomy VALUES(17,'tactic','crisis-pregnancy-centres','Crisis pregnancy centres','Running or funding centres that present themselves as health services while discouraging abortion or contraception.');
INSERT INTO taxonomy VALUES(18,'tactic','opaque-financing','Opaque financing','Moving money through shell companies, donor-advised funds, nominees or offshore jurisdictions so that its origin is hard to trace.');
INSERT INTO taxonomy VALUES(19,'tactic','training-and-networking','Training and networking','Running conferences, fellowships and training programmes that build a transnational network of advocates, lawyers and politicians.');
INSERT INTO taxonomy VALUES(20,'tactic','restricting-civil-society','Restricting civil society','Promoting laws or administrative measures, such as foreign-agent or registration rules, that restrict the organisations defending rights.');
INSERT INTO taxonomy VALUES(21,'theme','srhr-abortion','SRHR and abortion','Sexual and reproductive health and rights, including access to abortion, contraception and maternal health care.');
INSERT INTO taxonomy VALUES(22,'theme','lgbtiq-rights','LGBTIQ+ rights','Rights of lesbian, gay, bisexual, trans, intersex and queer people, including decriminalisation, non-discrimination and legal gender recognition.');
INSERT INTO taxonomy VALUES(23,'theme','gender-equality','Gender equality','Equality between women and men, including gender-based violence law, the Istanbul Convention and women''s political participation.');
INSERT INTO taxonomy VALUES(24,'theme','comprehensive-sexuality-education','Comprehensive sexuality education','Age-appropriate, evidence-based education on sexuality, relationships, consent and health in schools and beyond.');
INSERT INTO taxonomy VALUES(25,'theme','family-policy','Family policy','Legal definitions of marriage and family, parental rights, child protection, divorce and family benefits.');
INSERT INTO taxonomy VALUES(26,'theme','civic-space','Civic space','Freedom of association, assembly and expression, and the conditions under which civil-society organisations can operate.');
INSERT INTO taxonomy VALUES(27,'theme','bodily-autonomy','Bodily autonomy','The right to make decisions about one''s own body, including gender-affirming care, end-of-life decisions and consent to treatment.');
INSERT INTO taxonomy VALUES(28,'theme','religion-and-state','Religion and the state','The place of religion in law and public institutions, including claims of religious freedom used to limit others'' rights.');
INSERT INTO taxonomy VALUES(29,'theme','democracy-and-rule-of-law','Democracy and rule of law','Independence of courts and institutions, electoral integrity and constitutional change.');
INSERT INTO taxonomy VALUES(30,'theme','international-norms','International norms','Human-rights standards negotiated at the United Nations and regional bodies, and their implementation at home.');
CREATE TABLE finding (
    id           INTEGER PRIMARY KEY,
    key          TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    date         TEXT,
    text         TEXT,
    country      TEXT,
    theme_id     INTEGER REFERENCES taxonomy(id),
    author       TEXT,
    dataset_id   INTEGER NOT NULL REFERENCES dataset(id),
    sensitivity  INTEGER NOT NULL DEFAULT 0 CHECK (sensitivity BETWEEN 0 AND 3),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE finding_entity (
    finding_id  INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entity(id),
    PRIMARY KEY (finding_id, entity_id)
) WITHOUT ROWID;
CREATE TABLE finding_source (
    finding_id  INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    source_id   INTEGER NOT NULL REFERENCES source(id),
    PRIMARY KEY (finding_id, source_id)
) WITHOUT ROWID;
CREATE TABLE finding_tactic (
    finding_id  INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    tactic_id   INTEGER NOT NULL REFERENCES taxonomy(id),
    PRIMARY KEY (finding_id, tactic_id)
) WITHOUT ROWID;
CREATE TABLE judgement (
    id          INTEGER PRIMARY KEY,
    left_key    TEXT NOT NULL,
    right_key   TEXT NOT NULL,
    judgement   TEXT NOT NULL CHECK (judgement IN ('positive', 'negative', 'unsure')),
    score       REAL,
    user        TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (left_key, right_key)
);
INSERT INTO judgement VALUES(1,'fx-o1-partner','fx-o1','positive',NULL,'fixture','2026-11-21T11:28:09Z');
INSERT INTO judgement VALUES(2,'fx-p2','fx-p1','negative',NULL,'fixture','2026-11-21T11:28:09Z');
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','entity_fts','entity_fts',0,'CREATE VIRTUAL TABLE entity_fts USING fts5(
    names, text, tokenize = ''unicode61 remove_diacritics 2''
)');
CREATE TABLE IF NOT EXISTS 'entity_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO entity_fts_data VALUES(1,X'040900');
INSERT INTO entity_fts_data VALUES(10,X'000000000102020002010101020101');
INSERT INTO entity_fts_data VALUES(137438953473,X'000000280830666978747572650102020102020106706572736f6e01020301057472757374020203040f0b');
INSERT INTO entity_fts_data VALUES(274877906945,X'00000030083066697874757265040203010202010770657273736f6e0502030103746865040202020472757374040204040f0c08');
CREATE TABLE IF NOT EXISTS 'entity_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO entity_fts_idx VALUES(1,X'',2);
INSERT INTO entity_fts_idx VALUES(2,X'',2);
CREATE TABLE IF NOT EXISTS 'entity_fts_content'(id INTEGER PRIMARY KEY, c0, c1);
INSERT INTO entity_fts_content VALUES(1,replace('Fixture Person\n','\n',char(10)),'');
INSERT INTO entity_fts_content VALUES(2,replace('Fixture Trust\n','\n',char(10)),'');
INSERT INTO entity_fts_content VALUES(4,replace('The Fixture Trust\n','\n',char(10)),'');
INSERT INTO entity_fts_content VALUES(5,replace('Fixture Persson\n','\n',char(10)),'');
CREATE TABLE IF NOT EXISTS 'entity_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO entity_fts_docsize VALUES(1,X'0200');
INSERT INTO entity_fts_docsize VALUES(2,X'0200');
INSERT INTO entity_fts_docsize VALUES(4,X'0300');
INSERT INTO entity_fts_docsize VALUES(5,X'0200');
CREATE TABLE IF NOT EXISTS 'entity_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO entity_fts_config VALUES('version',4);
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','finding_fts','finding_fts',0,'CREATE VIRTUAL TABLE finding_fts USING fts5(
    title, text, tokenize = ''unicode61 remove_diacritics 2''
)');
CREATE TABLE IF NOT EXISTS 'finding_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO finding_fts_data VALUES(1,X'');
INSERT INTO finding_fts_data VALUES(10,X'00000000000000');
CREATE TABLE IF NOT EXISTS 'finding_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS 'finding_fts_content'(id INTEGER PRIMARY KEY, c0, c1);
CREATE TABLE IF NOT EXISTS 'finding_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE IF NOT EXISTS 'finding_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO finding_fts_config VALUES('version',4);
CREATE INDEX entity_caption ON entity(caption COLLATE NOCASE);
CREATE INDEX entity_schema ON entity(schema, caption COLLATE NOCASE);
CREATE INDEX entity_canonical ON entity(canonical_id) WHERE canonical_id IS NOT NULL;
CREATE UNIQUE INDEX statement_hash ON statement(hash);
CREATE INDEX statement_entity ON statement(entity_id);
CREATE INDEX statement_ref ON statement(value) WHERE ref = 1;
CREATE INDEX judgement_right ON judgement(right_key);
PRAGMA writable_schema=OFF;
COMMIT;

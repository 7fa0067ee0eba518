-- A workspace of schema version 3, as written by commonplace-cli (sqlite3 FILE .dump;
-- .dump leaves out user_version, so it is set here): workspace-v3-content.ijson imported as
-- dataset 'fixture' (Cyrillic, Greek and Arabic names, a relationship with a computed caption,
-- sort keys, a source with a citation and a finding), then a saved diagram and a setting added
-- with sqlite3.
PRAGMA user_version=3;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE dataset (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    label       TEXT,
    publisher   TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO dataset VALUES(1,'fixture',NULL,NULL,'2026-11-21T16:32:24Z');
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
INSERT INTO source VALUES(1,'v3-src',1,'Registry extract of Acme Holdings','https://registry.example.cy/acme','Cyprus Companies Registry',NULL,NULL,'A',1,NULL,NULL,0,'Shareholder list of 2019');
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
, sort_key BLOB);
INSERT INTO entity VALUES(1,'v3-zaitseva','Person',NULL,'Вера Зайцева',NULL,X'610e28960603046132064ec0280e06011001dbc2db0a');
INSERT INTO entity VALUES(2,'v3-malofeev','Person',NULL,'Константин Малофеев',NULL,X'61548a789ca20678a246780304617206628ab428280e011701dbbcde0b');
INSERT INTO entity VALUES(3,'v3-acme','Company',NULL,'Acme Holdings',NULL,X'2a2e423204384640303a44364e011101dcc2dc0b');
INSERT INTO entity VALUES(4,'v3-greek','Person',NULL,'Γιώργος Παπαδόπουλος',NULL,X'600a20563c0a3042030460320632060e3032304c2630420143883b880a01d8c0f3c5e6bbf3');
INSERT INTO entity VALUES(5,'v3-arabic','Organization',NULL,'مؤسسة محمد',NULL,X'66ca10888828030466ca4aca56010e010e');
INSERT INTO entity VALUES(6,'v3-sao','Organization',NULL,'Instituto São Paulo',NULL,X'3a444e503a50525046044e2a4604482a524046013a9a0b01dcbddcc2dc08');
INSERT INTO entity VALUES(7,'v3-own','Ownership',NULL,'Ownership: Вера Зайцева → Acme Holdings',NULL,X'465644324c4e383a48073604610e28960603046132064ec0280e0603040c66042a2e423204384640303a44364e01250a01dcbcdbc2dbbddcc2dc0b');
INSERT INTO entity VALUES(8,'v3-pay','Payment',NULL,'25000',NULL,X'0f743c2401050105');
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
INSERT INTO statement VALUES(1,X'652cbf14c3f8d401d8d0a35bf3921104',1,'name','Вера Зайцева',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(2,X'47da0cf636657e085eb59eaf4dbf2019',1,'country','ru',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(3,X'f401748acce29ac868e180d978d4c83f',2,'name','Константин Малофеев',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(4,X'a94e4a4bf215fcf5a874e06b873d908f',2,'alias','Konstantin Malofeev',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(5,X'ef1e9d898a9215a2185da5851b168f70',2,'country','ru',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(6,X'78eea5e800c3ba79ad07011ac3c1ae5c',3,'name','Acme Holdings',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(7,X'28b0b955432dfda8cc8106ebfb555b46',3,'jurisdiction','cy',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(8,X'0ea13f50b11d69a31062bb93963e3112',4,'name','Γιώργος Παπαδόπουλος',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(9,X'4ee1cdc13f5e9098df39c614e7c08bcd',5,'name','مؤسسة محمد',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(10,X'25766c228884ce6e372936918b33f23c',6,'name','Instituto São Paulo',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(11,X'8d0674101b26e910ec6ad4a3edaba17a',6,'country','br',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(12,X'fab31cbdf02d4076082f4bd9adb9fb46',7,'owner','v3-zaitseva',1,NULL,1,1,NULL,NULL,0);
INSERT INTO statement VALUES(13,X'a077aa858703c258f0dfce6bd0a4ccbf',7,'asset','v3-acme',1,NULL,1,1,NULL,NULL,0);
INSERT INTO statement VALUES(14,X'c7d70a5124e5d71b7f87a69329bffbb6',7,'percentage','60',0,NULL,1,1,NULL,NULL,0);
INSERT INTO statement VALUES(15,X'947b575213a1ab5f8025af9fade06b98',8,'payer','v3-malofeev',1,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(16,X'78bdef3ae40f146fb30ef1865ee43da1',8,'beneficiary','v3-sao',1,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(17,X'6e09ca189f0ec025a8d88481427ecb9f',8,'amount','25000',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(18,X'5b61478e240004776b3e5537558cf974',8,'currency','EUR',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(19,X'835845ea8dadbc10d5f790eeb4fff391',8,'date','2019-05-01',0,NULL,1,NULL,NULL,NULL,0);
INSERT INTO statement VALUES(20,X'56260a504e1609517c92b20ca99032c0',8,'summary','Grant for the congress',0,NULL,1,NULL,NULL,NULL,0);
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
INSERT INTO finding VALUES(1,'v3-fnd','Zaitseva owns Acme through a nominee','2019-06-01','The registry lists Вера Зайцева as majority owner.','cy',NULL,NULL,1,0,'2026-11-21T16:32:24Z');
CREATE TABLE finding_entity (
    finding_id  INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entity(id),
    PRIMARY KEY (finding_id, entity_id)
) WITHOUT ROWID;
INSERT INTO finding_entity VALUES(1,1);
INSERT INTO finding_entity VALUES(1,3);
CREATE TABLE finding_source (
    finding_id  INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    source_id   INTEGER NOT NULL REFERENCES source(id),
    PRIMARY KEY (finding_id, source_id)
) WITHOUT ROWID;
INSERT INTO finding_source VALUES(1,1);
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
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
INSERT INTO setting VALUES('sort_key.version','root-numeric/153.120');
INSERT INTO setting VALUES('fixture.note','kept');
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','entity_fts','entity_fts',0,'CREATE VIRTUAL TABLE entity_fts USING fts5(
    names, text, tokenize = ''unicode61 remove_diacritics 2''
)');
CREATE TABLE IF NOT EXISTS 'entity_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO entity_fts_data VALUES(1,X'070f04');
INSERT INTO entity_fts_data VALUES(10,X'000000000101010001010101');
INSERT INTO entity_fts_data VALUES(137438953473,X'00000119053061636d650302020108636f6e677265737308060101050103666f72080601010301056772616e7408060101020108686f6c64696e67730302030109696e7374697475746f060202010a6b6f6e7374616e74696e02020401086d616c6f6665657602020501057061756c6f060204010373616f06020301037468650806010104010eceb3ceb9cf8ecf81ceb3cebfcf830402020118cf80ceb1cf80ceb1ceb4cf8ccf80cebfcf85cebbcebfcf830402030108d0b2d0b5d180d0b0010202020db7d0b0d0b9d186d0b5d0b2d0b00102030213bad0bed0bdd181d182d0b0d0bdd182d0b8d0bd020202020fbcd0b0d0bbd0bed184d0b5d0b5d0b2020203010ad985d8a4d8b3d8b3d8a90502020405add985d8af05020304090f0a0c0d0e0f0d0a080a131d0d1218140f');
CREATE TABLE IF NOT EXISTS 'entity_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO entity_fts_idx VALUES(1,X'',2);
CREATE TABLE IF NOT EXISTS 'entity_fts_content'(id INTEGER PRIMARY KEY, c0, c1);
INSERT INTO entity_fts_content VALUES(1,replace('Вера Зайцева\n','\n',char(10)),'');
INSERT INTO entity_fts_content VALUES(2,replace('Константин Малофеев\nKonstantin Malofeev\n','\n',char(10)),'');
INSERT INTO entity_fts_content VALUES(3,replace('Acme Holdings\n','\n',char(10)),'');
INSERT INTO entity_fts_content VALUES(4,replace('Γιώργος Παπαδόπουλος\n','\n',char(10)),'');
INSERT INTO entity_fts_content VALUES(5,replace('مؤسسة محمد\n','\n',char(10)),'');
INSERT INTO entity_fts_content VALUES(6,replace('Instituto São Paulo\n','\n',char(10)),'');
INSERT INTO entity_fts_content VALUES(8,'',replace('Grant for the congress\n','\n',char(10)));
CREATE TABLE IF NOT EXISTS 'entity_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO entity_fts_docsize VALUES(1,X'0200');
INSERT INTO entity_fts_docsize VALUES(2,X'0400');
INSERT INTO entity_fts_docsize VALUES(3,X'0200');
INSERT INTO entity_fts_docsize VALUES(4,X'0200');
INSERT INTO entity_fts_docsize VALUES(5,X'0200');
INSERT INTO entity_fts_docsize VALUES(6,X'0300');
INSERT INTO entity_fts_docsize VALUES(8,X'0004');
CREATE TABLE IF NOT EXISTS 'entity_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO entity_fts_config VALUES('version',4);
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','finding_fts','finding_fts',0,'CREATE VIRTUAL TABLE finding_fts USING fts5(
    title, text, tokenize = ''unicode61 remove_diacritics 2''
)');
CREATE TABLE IF NOT EXISTS 'finding_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO finding_fts_data VALUES(1,X'010608');
INSERT INTO finding_fts_data VALUES(10,X'000000000101010001010101');
INSERT INTO finding_fts_data VALUES(137438953473,X'000000a60230610102060203636d65010204020173010601010701056c69737473010601010401086d616a6f72697479010601010801076e6f6d696e656501020701056f776e65720106010109040173010203010872656769737472790106010103010374686501060101020305726f75676801020501087a616974736576610102020108d0b2d0b5d180d0b00106010105020db7d0b0d0b9d186d0b5d0b2d0b00106010106040608080c0f0c0c060f0a0a0d0f');
CREATE TABLE IF NOT EXISTS 'finding_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO finding_fts_idx VALUES(1,X'',2);
CREATE TABLE IF NOT EXISTS 'finding_fts_content'(id INTEGER PRIMARY KEY, c0, c1);
INSERT INTO finding_fts_content VALUES(1,'Zaitseva owns Acme through a nominee','The registry lists Вера Зайцева as majority owner.');
CREATE TABLE IF NOT EXISTS 'finding_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO finding_fts_docsize VALUES(1,X'0608');
CREATE TABLE IF NOT EXISTS 'finding_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO finding_fts_config VALUES('version',4);
CREATE TABLE diagram (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    data        TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO diagram VALUES(1,'Acme ownership','{"version":1,"nodes":[{"id":"v3-zaitseva","x":10.5,"y":-4,"pinned":true},{"id":"v3-acme","x":120,"y":30}],"filter":{}}','2026-11-21T16:40:00Z','2026-11-21T16:40:00Z');
CREATE TABLE org_key (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    name           TEXT NOT NULL,
    sign_public    BLOB NOT NULL,
    box_public     BLOB NOT NULL,
    secret_sealed  BLOB NOT NULL,
    kdf_salt       BLOB NOT NULL,
    kdf_ops        INTEGER NOT NULL,
    kdf_mem        INTEGER NOT NULL,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE partner_key (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    fingerprint  TEXT NOT NULL UNIQUE,
    sign_public  BLOB NOT NULL,
    box_public   BLOB NOT NULL,
    status       TEXT NOT NULL DEFAULT 'untrusted'
                 CHECK (status IN ('untrusted', 'trusted', 'revoked')),
    added_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    changed_at   TEXT
);
CREATE TABLE bundle_receipt (
    id               INTEGER PRIMARY KEY,
    sender           TEXT NOT NULL,
    dataset          TEXT NOT NULL,
    sequence         INTEGER NOT NULL,
    manifest_sha256  TEXT NOT NULL,
    imported_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (sender, dataset, sequence)
);
CREATE INDEX entity_caption ON entity(caption COLLATE NOCASE);
CREATE INDEX entity_schema ON entity(schema, caption COLLATE NOCASE);
CREATE INDEX entity_canonical ON entity(canonical_id) WHERE canonical_id IS NOT NULL;
CREATE UNIQUE INDEX statement_hash ON statement(hash);
CREATE INDEX statement_entity ON statement(entity_id);
CREATE INDEX statement_ref ON statement(value) WHERE ref = 1;
CREATE INDEX judgement_right ON judgement(right_key);
CREATE INDEX entity_sort ON entity(sort_key, id);
CREATE INDEX entity_schema_sort ON entity(schema, sort_key, id);
PRAGMA writable_schema=OFF;
COMMIT;

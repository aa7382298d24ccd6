-- The search index: one row per document and language (a space has its title and description in
-- several languages, a proposal in the one it was written in). Kept current by events of the spaces and
-- proposals modules, never rebuilt by reading everything. Matching works on folded copies of the text:
-- folded_* is lower case by Turkish rules (I to ı, İ to i), ascii_* is that without diacritics (ı to i,
-- ş to s), so "istanbul" finds "İSTANBUL" and "isik" finds "ışık". On PostgreSQL a tsvector column over
-- them adds stems (db/vendor/postgresql/search).
CREATE TABLE search_document (
    kind         VARCHAR(20)   NOT NULL CHECK (kind IN ('process', 'assembly', 'proposal')),
    doc_id       BIGINT        NOT NULL,
    language     VARCHAR(8)    NOT NULL,
    title        VARCHAR(500)  NOT NULL,
    body         VARCHAR(12000) NOT NULL,
    path         VARCHAR(300)  NOT NULL,
    dated        DATE,
    visible      BOOLEAN       NOT NULL,
    folded_title VARCHAR(500)  NOT NULL,
    ascii_title  VARCHAR(500)  NOT NULL,
    folded_text  VARCHAR(12600) NOT NULL,
    ascii_text   VARCHAR(12600) NOT NULL,
    indexed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, doc_id, language)
);

CREATE INDEX search_document_dated ON search_document (dated);

-- The districts a document concerns; none for a city-wide one.
CREATE TABLE search_document_district (
    kind        VARCHAR(20) NOT NULL,
    doc_id      BIGINT      NOT NULL,
    district_id INTEGER     NOT NULL,
    PRIMARY KEY (kind, doc_id, district_id)
);

CREATE INDEX search_document_district_by_district ON search_document_district (district_id, kind, doc_id);

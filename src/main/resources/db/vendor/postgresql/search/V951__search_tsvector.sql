-- PostgreSQL only: the turkish text-search configuration over the folded copies (Turkish lower case and
-- its ASCII form), titles weighted above bodies, so stems such as "parklar" find "park". The text is
-- folded by the application first: the database's own lower() does not know that I is ı in Turkish.
ALTER TABLE search_document ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('turkish'::regconfig, folded_title), 'A')
    || setweight(to_tsvector('turkish'::regconfig, ascii_title), 'A')
    || setweight(to_tsvector('turkish'::regconfig, folded_text), 'B')
    || setweight(to_tsvector('turkish'::regconfig, ascii_text), 'B')) STORED;

CREATE INDEX search_document_tsv ON search_document USING gin (tsv);

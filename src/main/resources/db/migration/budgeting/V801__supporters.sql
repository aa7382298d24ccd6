-- How many projects each resident supports in a participatory budget: updated only while under the
-- process's support limit, so the row's lock keeps parallel supports of one resident within it.
CREATE TABLE pb_supporter (
    pb_id     BIGINT       NOT NULL REFERENCES pb_process (id) ON DELETE CASCADE,
    principal VARCHAR(200) NOT NULL,
    supports  INTEGER      NOT NULL CHECK (supports >= 0),
    PRIMARY KEY (pb_id, principal)
);

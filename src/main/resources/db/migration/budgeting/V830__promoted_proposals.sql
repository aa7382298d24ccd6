-- A proposal of the participation core becomes a project of a participatory budget at most once. Projects
-- not promoted from a proposal have no proposal_id, and NULLs never collide in a unique index.
CREATE UNIQUE INDEX uq_pb_project_proposal ON pb_project (pb_id, proposal_id);

-- The leases of scheduled jobs that must run on one instance at a time (platform.JobLease), for every
-- module: the table the requests module started with, renamed. A job's row is made on its first lease.
ALTER TABLE requests_job_lock RENAME TO job_lease;

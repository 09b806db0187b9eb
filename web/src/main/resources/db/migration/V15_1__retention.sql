-- Issue 15: an ADMIN may keep a dataset (and what is derived from it) beyond its retention period, with a reason.
alter table dataset add column keep_until timestamp(6) with time zone;
alter table dataset add column keep_reason varchar(1000);

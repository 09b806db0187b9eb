-- Issue 12: a sample drawn for a scheduled inspection remembers the schedule, the inspection and
-- its fieldwork start, so the inspection page can show the chain schedule -> sample -> allocation.
-- Every sample records its fieldwork start (null only for samples drawn before this migration).
alter table sample add column schedule_id bigint;
alter table sample add column inspection_id varchar(100);
alter table sample add column fieldwork_start date;
create index sample_schedule_inspection on sample (schedule_id, inspection_id);

-- Issue 14: file contents live in the data directory (files/<location>), not in database rows, so a
-- 250 MB upload is never one database value held in memory. Rows written before keep their bytes.
alter table stored_file add column location varchar(100);
alter table stored_file alter column content drop not null;

-- Chinese names and titles sort in pinyin order (issue 21, finding 3): the ICU collation "zh-x-icu" where
-- the server has ICU (PostgreSQL built with ICU, the usual case). The embedded database (PGlite) has no ICU
-- collations: there the columns keep the database's default (code point order), and this migration does
-- nothing. The collation is deterministic, so equality and unique constraints are unchanged.
DO $$
DECLARE
  target record;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'zh-x-icu') THEN
    RETURN;
  END IF;
  FOR target IN
    SELECT c.table_name, c.column_name, c.character_maximum_length AS len
    FROM information_schema.columns c
    WHERE c.table_schema = current_schema()
      AND (c.table_name, c.column_name) IN (
        ('District', 'name'), ('Street', 'name'), ('Community', 'name'), ('Unit', 'name'),
        ('PartyOrganization', 'name'), ('Committee', 'name'), ('Person', 'name'), ('Meeting', 'title'),
        ('AgendaItem', 'title'), ('Resolution', 'title'), ('VolunteerTeam', 'name'), ('VolunteerActivity', 'title')
      )
  LOOP
    EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE varchar(%s) COLLATE "zh-x-icu"', target.table_name,
      target.column_name, target.len);
  END LOOP;
END
$$;

-- Joint work item titles sort in pinyin order where the server has ICU (as 20261205141423_pinyin_collation
-- does for the other name and title columns); the embedded database (PGlite) keeps the default.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'zh-x-icu') THEN
    ALTER TABLE "JointWorkItem" ALTER COLUMN "title" TYPE varchar(200) COLLATE "zh-x-icu";
  END IF;
END
$$;

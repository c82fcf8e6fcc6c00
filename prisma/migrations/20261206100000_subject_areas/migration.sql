-- CreateEnum
CREATE TYPE "SubjectArea" AS ENUM ('COMMUNITY_BUILDING', 'COMMUNITY_SERVICE', 'COMMUNITY_CULTURE', 'COMMUNITY_SELF_GOVERNANCE', 'SPIRITUAL_CIVILISATION', 'PUBLIC_SECURITY', 'PARTY_BUILDING', 'OTHER');

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "subjectArea" "SubjectArea";

-- AlterTable
ALTER TABLE "Resolution" ADD COLUMN     "subjectArea" "SubjectArea";


-- Hand-written (issue 15 item 1): existing rows get an area derived from their title's keywords
-- (OTHER when none matches); a resolution takes its agenda item's area. Then the column is required.
CREATE FUNCTION pg_temp.gj_subject_area_of(title text) RETURNS "SubjectArea" LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN title ~ '(党建|党日|党员|党组织|委员|党费)' THEN 'PARTY_BUILDING'
    WHEN title ~ '(治安|安全|消防|矛盾|纠纷|应急|应对|处置|汛|火灾)' THEN 'PUBLIC_SECURITY'
    WHEN title ~ '(文明|志愿)' THEN 'SPIRITUAL_CIVILISATION'
    WHEN title ~ '(文化|文体|体育)' THEN 'COMMUNITY_CULTURE'
    WHEN title ~ '(自治|议事|民主|监督)' THEN 'COMMUNITY_SELF_GOVERNANCE'
    WHEN title ~ '(服务|帮扶|便民|养老|救助|困难)' THEN 'COMMUNITY_SERVICE'
    WHEN title ~ '(改造|环境|整治|规划|建设|管理|共享|资源)' THEN 'COMMUNITY_BUILDING'
    ELSE 'OTHER'
  END::"SubjectArea"
$$;
UPDATE "AgendaItem" SET "subjectArea" = pg_temp.gj_subject_area_of("title");
UPDATE "Resolution" r SET "subjectArea" = COALESCE(
  (SELECT a."subjectArea" FROM "AgendaItem" a WHERE a."id" = r."agendaItemId"),
  pg_temp.gj_subject_area_of(r."title")
);
ALTER TABLE "AgendaItem" ALTER COLUMN "subjectArea" SET NOT NULL;
ALTER TABLE "Resolution" ALTER COLUMN "subjectArea" SET NOT NULL;

-- AlterTable
ALTER TABLE "Seat" ADD COLUMN     "congressDate" DATE,
ADD COLUMN     "congressReference" VARCHAR(100);


-- Hand-written constraints.
-- A seat produced by nomination records the party congress (党员代表大会) that chose it: its date and
-- meeting or document reference, given together; an ex officio seat (当然进入) records none. The API
-- requires both when nominating; seats nominated before this migration have neither (the database
-- cannot invent the congress of a past nomination), which the both-or-neither check still admits.
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_congress_both_or_neither"
  CHECK (("congressDate" IS NULL) = ("congressReference" IS NULL));
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_congress_only_nominated"
  CHECK ("production" = 'NOMINATED' OR "congressDate" IS NULL);
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_congress_reference_not_blank"
  CHECK ("congressReference" IS NULL OR btrim("congressReference") <> '');

-- Statistics, second step (issue 7): the sport counts get the municipality of residence (drill-down
-- region -> municipality -> sport), the club's Bestandserhebung gets its A-Zahlen (members by year
-- of birth and gender), and every export of planners' figures is logged.
-- The read model holds only counts computed from the clubs' data; it is rebuilt (at start-up for
-- the demo, nightly for the current Stichtag, on demand by a club), so the old rows are dropped.

DELETE FROM stat_sport_members;
DELETE FROM stat_members;
DELETE FROM stat_snapshot;

ALTER TABLE stat_sport_members
  ADD COLUMN ags CHAR(8) NOT NULL DEFAULT '00000000' AFTER sport_code,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (club_id, stichtag, sport_code, ags, age_group, gender);
DROP INDEX ix_stat_sport_region ON stat_sport_members;
CREATE INDEX ix_stat_sport_region ON stat_sport_members (stichtag, sport_code, ags);

-- A-Zahlen: members by year of birth (0 = no birth date) and gender.
CREATE TABLE stat_birth_years (
  club_id      BIGINT       NOT NULL,
  stichtag     DATE         NOT NULL,
  birth_year   INT          NOT NULL,
  gender       CHAR(1)      NOT NULL,
  members      INT          NOT NULL,
  PRIMARY KEY (club_id, stichtag, birth_year, gender),
  CONSTRAINT fk_stat_birth_years_club FOREIGN KEY (club_id) REFERENCES club (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

-- Who exported which planners' figures when (the query in words, e.g. "members-age 2026-01-01").
CREATE TABLE stat_export_log (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  exported_at  DATETIME(3)   NOT NULL,
  person_id    BIGINT        NULL,
  exported_by  VARCHAR(200)  NOT NULL,
  query        VARCHAR(500)  NOT NULL,
  format       VARCHAR(10)   NOT NULL,
  CONSTRAINT fk_stat_export_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_stat_export_at ON stat_export_log (exported_at);

-- The statistics read model (issue 7): counts per club and reference date (Stichtag), computed
-- inside the club from its member data; only these counts are read across clubs (planners).
-- No name, birth date or address is stored here. Rows of one (club, Stichtag) are replaced as a
-- whole when the club's figures are refreshed, so history per Stichtag stays stable.

CREATE TABLE stat_snapshot (
  club_id      BIGINT       NOT NULL,
  stichtag     DATE         NOT NULL,
  computed_at  DATETIME(3)  NOT NULL,
  members      INT          NOT NULL,
  PRIMARY KEY (club_id, stichtag),
  CONSTRAINT fk_stat_snapshot_club FOREIGN KEY (club_id) REFERENCES club (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

-- Each member once: age group, gender, municipality of residence, active or not.
CREATE TABLE stat_members (
  club_id      BIGINT       NOT NULL,
  stichtag     DATE         NOT NULL,
  age_group    VARCHAR(12)  NOT NULL,
  gender       CHAR(1)      NOT NULL,
  ags          CHAR(8)      NOT NULL,
  active       BOOLEAN      NOT NULL,
  members      INT          NOT NULL,
  PRIMARY KEY (club_id, stichtag, age_group, gender, ags, active),
  CONSTRAINT fk_stat_members_club FOREIGN KEY (club_id) REFERENCES club (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_stat_members_region ON stat_members (stichtag, ags, age_group);

-- Members per sport (BLSV sport number; 0 = in no department with a sport): a member in two
-- departments with different sports counts in both, as in the B-Zahlen of the Bestandserhebung.
CREATE TABLE stat_sport_members (
  club_id      BIGINT       NOT NULL,
  stichtag     DATE         NOT NULL,
  sport_code   INT          NOT NULL,
  age_group    VARCHAR(12)  NOT NULL,
  gender       CHAR(1)      NOT NULL,
  members      INT          NOT NULL,
  PRIMARY KEY (club_id, stichtag, sport_code, age_group, gender),
  CONSTRAINT fk_stat_sport_club FOREIGN KEY (club_id) REFERENCES club (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_stat_sport_region ON stat_sport_members (stichtag, sport_code, age_group);

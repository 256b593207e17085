-- Training groups and facility use (issue 7): where clubs record them, which facility, which sport,
-- when in the week and how many take part. Club-private (club_id is the tenant discriminator);
-- only counts per facility, sport and Stichtag reach the statistics (stat_training).

CREATE TABLE training_group (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version       BIGINT        NOT NULL DEFAULT 0,
  club_id       BIGINT        NOT NULL,
  name          VARCHAR(100)  NOT NULL,
  sport_code    INT           NULL,
  facility      VARCHAR(150)  NOT NULL,
  facility_ags  CHAR(8)       NOT NULL,
  weekday       TINYINT       NOT NULL,
  start_time    TIME          NOT NULL,
  end_time      TIME          NOT NULL,
  participants  INT           NOT NULL,
  updated_at    DATETIME(3)   NOT NULL,
  updated_by    VARCHAR(200)  NOT NULL,
  CONSTRAINT fk_training_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_training_sport FOREIGN KEY (sport_code) REFERENCES sport (code),
  CONSTRAINT fk_training_municipality FOREIGN KEY (facility_ags) REFERENCES municipality (ags),
  CONSTRAINT ck_training_weekday CHECK (weekday BETWEEN 1 AND 7),
  CONSTRAINT ck_training_time CHECK (end_time > start_time),
  CONSTRAINT ck_training_participants CHECK (participants BETWEEN 0 AND 999)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_training_club ON training_group (club_id, weekday, start_time);

-- Per club and Stichtag: groups, minutes per week and participants per facility and sport
-- (0 = no sport recorded). Participants count group memberships: one person in two groups counts twice.
CREATE TABLE stat_training (
  club_id           BIGINT        NOT NULL,
  stichtag          DATE          NOT NULL,
  facility_ags      CHAR(8)       NOT NULL,
  facility          VARCHAR(150)  NOT NULL,
  sport_code        INT           NOT NULL,
  training_groups   INT           NOT NULL,
  minutes_per_week  INT           NOT NULL,
  participants      INT           NOT NULL,
  PRIMARY KEY (club_id, stichtag, facility_ags, facility, sport_code),
  CONSTRAINT fk_stat_training_club FOREIGN KEY (club_id) REFERENCES club (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_stat_training_region ON stat_training (stichtag, facility_ags);

-- Shared volunteer pool (ADR 0012): richer volunteer profiles, needs with shifts, sign-ups with a
-- booked counter guarded under a row lock, waiting list, hours, agency proposals, partner requests.
-- Pool tables are NOT tenant-filtered: volunteers read needs across clubs. Every query states its
-- visibility rule explicitly (de.heldenhelfer.pool.PoolVisibility); club-side operations check the
-- row's club_id against the request's club.

ALTER TABLE volunteer_profile
  ADD COLUMN interests    VARCHAR(300) NULL,
  ADD COLUMN tags         VARCHAR(300) NULL,
  ADD COLUMN availability VARCHAR(500) NULL,
  ADD COLUMN languages    VARCHAR(200) NULL,
  ADD COLUMN reach_ags    VARCHAR(500) NULL,
  ADD COLUMN phone        VARCHAR(50)  NULL,
  ADD COLUMN updated_at   DATETIME(3)  NULL;

-- The maintained list of skills volunteers choose from (free tags are kept on the profile).
CREATE TABLE pool_skill (
  code     VARCHAR(30)  NOT NULL PRIMARY KEY,
  label_de VARCHAR(80)  NOT NULL,
  label_en VARCHAR(80)  NOT NULL,
  sort     INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

INSERT INTO pool_skill (code, label_de, label_en, sort) VALUES
  ('aufbau',        'Auf- und Abbau',            'Setting up and clearing away', 10),
  ('ausschank',     'Ausschank',                 'Bar service',                  20),
  ('kueche',        'Küche und Grill',           'Kitchen and grill',            30),
  ('kasse',         'Kasse',                     'Cash desk',                    40),
  ('ordner',        'Ordnerdienst',              'Stewarding',                   50),
  ('erste_hilfe',   'Sanitätsdienst/Erste Hilfe','First aid',                    60),
  ('technik',       'Ton- und Lichttechnik',     'Sound and lighting',           70),
  ('fahrdienst',    'Fahrdienst',                'Driving',                      80),
  ('kinder',        'Kinderbetreuung',           'Childcare',                    90),
  ('zeitnahme',     'Zeitnahme und Wertung',     'Timing and scoring',          100),
  ('streckenposten','Streckenposten',            'Course marshal',              110),
  ('anmeldung',     'Anmeldung und Empfang',     'Registration desk',           120),
  ('foto',          'Fotografie',                'Photography',                 130),
  ('social_media',  'Social Media',              'Social media',                140),
  ('handwerk',      'Handwerk und Reparaturen',  'Repairs and crafts',          150),
  ('uebersetzung',  'Übersetzen/Dolmetschen',    'Translation',                 160);

CREATE TABLE volunteer_qualification (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id   BIGINT      NOT NULL,
  kind        VARCHAR(30) NOT NULL,
  valid_until DATE        NULL,
  CONSTRAINT uq_vq UNIQUE (person_id, kind),
  CONSTRAINT fk_vq_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

CREATE TABLE need (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version          BIGINT       NOT NULL DEFAULT 0,
  club_id          BIGINT       NOT NULL,
  title            VARCHAR(150) NOT NULL,
  description      TEXT         NULL,
  ags              CHAR(8)      NOT NULL,
  address          VARCHAR(200) NULL,
  category         VARCHAR(30)  NOT NULL,
  visibility       VARCHAR(20)  NOT NULL,
  min_age          INT          NOT NULL DEFAULT 0,
  qualifications   VARCHAR(300) NULL,
  skills           VARCHAR(300) NULL,
  cancel_hours     INT          NOT NULL DEFAULT 24,
  status           VARCHAR(20)  NOT NULL,
  created_by       BIGINT       NULL,
  created_at       DATETIME(3)  NOT NULL,
  updated_at       DATETIME(3)  NOT NULL,
  CONSTRAINT fk_need_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_need_ags FOREIGN KEY (ags) REFERENCES municipality (ags),
  CONSTRAINT fk_need_creator FOREIGN KEY (created_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_need_club ON need (club_id, status);
CREATE INDEX ix_need_visibility ON need (visibility, status);

CREATE TABLE shift (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version          BIGINT       NOT NULL DEFAULT 0,
  need_id          BIGINT       NOT NULL,
  club_id          BIGINT       NOT NULL,
  day              DATE         NOT NULL,
  start_time       TIME         NOT NULL,
  end_time         TIME         NOT NULL,
  capacity         INT          NOT NULL,
  booked           INT          NOT NULL DEFAULT 0,
  tasks            VARCHAR(500) NULL,
  reminded_at      DATETIME(3)  NULL,
  CONSTRAINT fk_shift_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
  CONSTRAINT fk_shift_club FOREIGN KEY (club_id) REFERENCES club (id),
  -- The last line of defence against overbooking; the service locks the row and checks first.
  CONSTRAINT ck_shift_booked CHECK (booked >= 0 AND booked <= capacity),
  CONSTRAINT ck_shift_capacity CHECK (capacity BETWEEN 1 AND 500)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_shift_need ON shift (need_id, day);
CREATE INDEX ix_shift_day ON shift (day);

CREATE TABLE agency_proposal (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version       BIGINT       NOT NULL DEFAULT 0,
  shift_id      BIGINT       NOT NULL,
  need_id       BIGINT       NOT NULL,
  club_id       BIGINT       NOT NULL,
  person_id     BIGINT       NOT NULL,
  proposed_by   BIGINT       NOT NULL,
  score         INT          NOT NULL,
  explanation   VARCHAR(1000) NULL,
  message       VARCHAR(1000) NULL,
  status        VARCHAR(20)  NOT NULL,
  created_at    DATETIME(3)  NOT NULL,
  answered_at   DATETIME(3)  NULL,
  CONSTRAINT fk_prop_shift FOREIGN KEY (shift_id) REFERENCES shift (id) ON DELETE CASCADE,
  CONSTRAINT fk_prop_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_prop_agent FOREIGN KEY (proposed_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_prop_person ON agency_proposal (person_id, status);
CREATE INDEX ix_prop_created ON agency_proposal (created_at);

CREATE TABLE sign_up (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version            BIGINT       NOT NULL DEFAULT 0,
  shift_id           BIGINT       NOT NULL,
  need_id            BIGINT       NOT NULL,
  club_id            BIGINT       NOT NULL,
  person_id          BIGINT       NOT NULL,
  status             VARCHAR(20)  NOT NULL,
  proposal_id        BIGINT       NULL,
  created_at         DATETIME(3)  NOT NULL,
  decided_at         DATETIME(3)  NULL,
  decided_by         VARCHAR(200) NULL,
  cancelled_at       DATETIME(3)  NULL,
  hours              DECIMAL(5,2) NULL,
  hours_confirmed_at DATETIME(3)  NULL,
  hours_confirmed_by VARCHAR(200) NULL,
  CONSTRAINT uq_signup UNIQUE (shift_id, person_id),
  CONSTRAINT fk_signup_shift FOREIGN KEY (shift_id) REFERENCES shift (id) ON DELETE CASCADE,
  CONSTRAINT fk_signup_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_signup_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_signup_proposal FOREIGN KEY (proposal_id) REFERENCES agency_proposal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_signup_person ON sign_up (person_id, status);
CREATE INDEX ix_signup_club ON sign_up (club_id, status);

-- Partner clubs see PARTNERS needs; a partnership comes from an accepted partner request.
CREATE TABLE club_partner (
  club_id     BIGINT      NOT NULL,
  partner_id  BIGINT      NOT NULL,
  since       DATE        NOT NULL,
  PRIMARY KEY (club_id, partner_id),
  CONSTRAINT fk_cp_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_cp_partner FOREIGN KEY (partner_id) REFERENCES club (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

CREATE TABLE partner_request (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version      BIGINT        NOT NULL DEFAULT 0,
  from_club_id BIGINT        NOT NULL,
  to_club_id   BIGINT        NOT NULL,
  need_id      BIGINT        NOT NULL,
  helpers      INT           NOT NULL,
  message      VARCHAR(1000) NULL,
  status       VARCHAR(20)   NOT NULL,
  answer       VARCHAR(1000) NULL,
  created_by   VARCHAR(200)  NOT NULL,
  created_at   DATETIME(3)   NOT NULL,
  answered_by  VARCHAR(200)  NULL,
  answered_at  DATETIME(3)   NULL,
  CONSTRAINT fk_pr_from FOREIGN KEY (from_club_id) REFERENCES club (id),
  CONSTRAINT fk_pr_to FOREIGN KEY (to_club_id) REFERENCES club (id),
  CONSTRAINT fk_pr_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_pr_from ON partner_request (from_club_id);
CREATE INDEX ix_pr_to ON partner_request (to_club_id);

-- A volunteer's personal calendar feed of their shifts (secret URL, only the hash is stored).
CREATE TABLE pool_feed (
  person_id  BIGINT      NOT NULL PRIMARY KEY,
  token_hash CHAR(64)    NOT NULL,
  created_at DATETIME(3) NOT NULL,
  CONSTRAINT uq_pool_feed_token UNIQUE (token_hash),
  CONSTRAINT fk_pool_feed_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

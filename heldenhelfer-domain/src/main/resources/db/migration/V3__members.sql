-- Heldenhelfer schema, version 3: the member model of the member administration (issue 3).
-- Every club-private table carries club_id, the tenant discriminator EclipseLink filters on (ADR 0002).
-- New NOT NULL columns have defaults, so rows written by plain JDBC (demo loader, imports) stay valid.

-- Retention (Art. 17 DSGVO): a left member is anonymised this many years after the exit date.
ALTER TABLE club ADD COLUMN retention_years INT NOT NULL DEFAULT 3;
ALTER TABLE club ADD CONSTRAINT ck_club_retention CHECK (retention_years BETWEEN 0 AND 30);

-- Department-scoped roles: a trainer or department lead sees the members of this department only.
ALTER TABLE club_role ADD COLUMN department_id BIGINT NULL;
ALTER TABLE club_role ADD COLUMN department_key BIGINT AS (COALESCE(department_id, 0)) PERSISTENT;
ALTER TABLE club_role
  ADD CONSTRAINT fk_club_role_department FOREIGN KEY (department_id) REFERENCES department (id);
-- the same role may now be held once per department (a trainer of two departments)
CREATE UNIQUE INDEX uq_club_role_department ON club_role (club_id, person_id, role, department_key);
ALTER TABLE club_role DROP INDEX uq_club_role;

-- Members: membership type and fee, guardian contact of minors, the Führungszeugnis facts
-- § 72a (5) SGB VIII allows (inspected, date of the certificate, excluded; never the document),
-- the end of youth work (the facts are deleted at the latest 3 months later) and retention.
ALTER TABLE member
  ADD COLUMN membership_type VARCHAR(20) NOT NULL DEFAULT 'ADULT' AFTER status,
  ADD COLUMN fee_category VARCHAR(50) NULL AFTER membership_type,
  ADD COLUMN guardian_name VARCHAR(200) NULL,
  ADD COLUMN guardian_phone VARCHAR(50) NULL,
  ADD COLUMN guardian_email VARCHAR(200) NULL,
  ADD COLUMN record_check_inspected BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN record_check_certificate_date DATE NULL,
  ADD COLUMN record_check_excluded BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN youth_work_end DATE NULL,
  ADD COLUMN anonymise_after DATE NULL,
  ADD COLUMN anonymised_on DATE NULL,
  ADD COLUMN birth_md INT AS (MONTH(birth_date) * 100 + DAYOFMONTH(birth_date)) PERSISTENT,
  ADD CONSTRAINT ck_member_record_check
    CHECK (record_check_inspected OR (record_check_certificate_date IS NULL
                                      AND NOT record_check_excluded));
CREATE INDEX ix_member_club_status ON member (club_id, status);
CREATE INDEX ix_member_club_birth ON member (club_id, birth_date);
CREATE INDEX ix_member_club_birth_md ON member (club_id, birth_md);
CREATE INDEX ix_member_club_entry ON member (club_id, entry_date);

-- member_department (V1) is mapped as an entity; lists filter by department.
CREATE INDEX ix_md_club_department ON member_department (club_id, department_id);

-- Functions (Ämter) with their term of office, optionally for one department.
CREATE TABLE member_function (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id       BIGINT       NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  member_id     BIGINT       NOT NULL,
  kind          VARCHAR(30)  NOT NULL,
  title         VARCHAR(100) NULL,
  department_id BIGINT       NULL,
  term_start    DATE         NOT NULL,
  term_end      DATE         NULL,
  CONSTRAINT fk_mf_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_mf_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
  CONSTRAINT fk_mf_department FOREIGN KEY (department_id) REFERENCES department (id),
  CONSTRAINT ck_mf_term CHECK (term_end IS NULL OR term_end >= term_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_mf_member ON member_function (member_id);
CREATE INDEX ix_mf_club_kind ON member_function (club_id, kind, term_end);

-- Consents (photos, newsletter, name in the directory): one row per member and kind.
CREATE TABLE member_consent (
  id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id        BIGINT      NOT NULL,
  version        BIGINT      NOT NULL DEFAULT 0,
  member_id      BIGINT      NOT NULL,
  kind           VARCHAR(30) NOT NULL,
  granted        BOOLEAN     NOT NULL,
  consent_date   DATE        NOT NULL,
  withdrawn_on   DATE        NULL,
  recorded_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_mc_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_mc_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
  CONSTRAINT uq_mc_member_kind UNIQUE (member_id, kind),
  CONSTRAINT ck_mc_withdrawn CHECK (withdrawn_on IS NULL OR withdrawn_on >= consent_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_mc_club_kind ON member_consent (club_id, kind);

-- Qualifications (trainer licence, first aid, Juleica …) with issue and expiry date.
CREATE TABLE member_qualification (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id    BIGINT       NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  member_id  BIGINT       NOT NULL,
  kind       VARCHAR(30)  NOT NULL,
  name       VARCHAR(150) NULL,
  issued_on  DATE         NULL,
  expires_on DATE         NULL,
  CONSTRAINT fk_mq_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_mq_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
  CONSTRAINT ck_mq_expiry CHECK (expires_on IS NULL OR issued_on IS NULL OR expires_on >= issued_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_mq_member ON member_qualification (member_id);
CREATE INDEX ix_mq_club_expiry ON member_qualification (club_id, expires_on);

-- Families: member_id is the child (or family member), related_member_id the parent, guardian or
-- main member of the family membership.
CREATE TABLE family_link (
  id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id           BIGINT      NOT NULL,
  version           BIGINT      NOT NULL DEFAULT 0,
  member_id         BIGINT      NOT NULL,
  related_member_id BIGINT      NOT NULL,
  relation          VARCHAR(20) NOT NULL,
  CONSTRAINT fk_fl_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_fl_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
  CONSTRAINT fk_fl_related FOREIGN KEY (related_member_id) REFERENCES member (id) ON DELETE CASCADE,
  CONSTRAINT uq_fl_pair UNIQUE (member_id, related_member_id, relation),
  CONSTRAINT ck_fl_self CHECK (member_id <> related_member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_fl_related ON family_link (related_member_id);

-- Every change of a member (who, when, field, old and new value). member_id is NULL only for the
-- tombstone that remains after a member was deleted (then only the member number is kept).
CREATE TABLE member_change (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id         BIGINT        NOT NULL,
  member_id       BIGINT        NULL,
  member_number   VARCHAR(20)   NULL,
  changed_at      DATETIME(3)   NOT NULL,
  actor_person_id BIGINT        NULL,
  actor_name      VARCHAR(200)  NOT NULL,
  action          VARCHAR(20)   NOT NULL,
  field           VARCHAR(60)   NOT NULL,
  old_value       VARCHAR(1000) NULL,
  new_value       VARCHAR(1000) NULL,
  CONSTRAINT fk_mch_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_mch_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_mch_member ON member_change (member_id, changed_at);
CREATE INDEX ix_mch_club_time ON member_change (club_id, changed_at);

-- Saved filters of the member list, per person and club.
CREATE TABLE saved_member_filter (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id    BIGINT       NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  person_id  BIGINT       NOT NULL,
  name       VARCHAR(100) NOT NULL,
  query      VARCHAR(2000) NOT NULL,
  created_at DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_smf_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_smf_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT uq_smf_name UNIQUE (club_id, person_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

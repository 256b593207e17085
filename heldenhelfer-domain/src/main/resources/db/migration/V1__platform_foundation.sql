-- Heldenhelfer schema, version 1: reference data, clubs (tenants), people, club roles, members.
-- Club-private tables carry club_id, the tenant discriminator EclipseLink filters on (ADR 0002).

CREATE TABLE municipality (
  ags             CHAR(8)      NOT NULL PRIMARY KEY,
  name            VARCHAR(100) NOT NULL,
  kind            VARCHAR(20)  NOT NULL,
  vgem            VARCHAR(100) NULL,
  population      INT          NOT NULL,
  population_date DATE         NOT NULL,
  lat             DECIMAL(8,4) NOT NULL,
  lon             DECIMAL(8,4) NOT NULL,
  postal_codes    VARCHAR(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

CREATE TABLE sport (
  code    INT          NOT NULL PRIMARY KEY,
  name_de VARCHAR(100) NOT NULL,
  name_en VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

CREATE TABLE club (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version             BIGINT       NOT NULL DEFAULT 0,
  name                VARCHAR(200) NOT NULL,
  slug                VARCHAR(200) NOT NULL,
  kind                VARCHAR(30)  NOT NULL,
  legal_form          VARCHAR(30)  NOT NULL,
  register_number     VARCHAR(40)  NULL,
  municipality_ags    CHAR(8)      NOT NULL,
  street              VARCHAR(200) NULL,
  postal_code         VARCHAR(10)  NULL,
  city                VARCHAR(100) NULL,
  email               VARCHAR(200) NULL,
  phone               VARCHAR(50)  NULL,
  website             VARCHAR(200) NULL,
  purpose             VARCHAR(1000) NULL,
  public_description  TEXT         NULL,
  exemption_notice_date DATE       NULL,
  founded_year        INT          NULL,
  verified            BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_club_slug UNIQUE (slug),
  CONSTRAINT fk_club_municipality FOREIGN KEY (municipality_ags) REFERENCES municipality (ags)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_club_municipality ON club (municipality_ags);

-- Departments (Abteilungen/Sparten) are club-private.
CREATE TABLE department (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id    BIGINT       NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  name       VARCHAR(100) NOT NULL,
  sport_code INT          NULL,
  CONSTRAINT fk_department_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_department_sport FOREIGN KEY (sport_code) REFERENCES sport (code),
  CONSTRAINT uq_department_name UNIQUE (club_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

-- People who log in (linked to the Keycloak subject) or who volunteer; global, not club-private.
CREATE TABLE person (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version      BIGINT       NOT NULL DEFAULT 0,
  subject      VARCHAR(64)  NULL,
  email        VARCHAR(200) NOT NULL,
  first_name   VARCHAR(100) NOT NULL,
  last_name    VARCHAR(100) NOT NULL,
  locale       VARCHAR(5)   NOT NULL DEFAULT 'de',
  created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  last_login_at TIMESTAMP(3) NULL,
  CONSTRAINT uq_person_subject UNIQUE (subject),
  CONSTRAINT uq_person_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

-- A person's roles in clubs (chair, treasurer, ..., member). Read per person for the club switcher.
CREATE TABLE club_role (
  id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id    BIGINT      NOT NULL,
  person_id  BIGINT      NOT NULL,
  role       VARCHAR(30) NOT NULL,
  since      DATE        NOT NULL,
  CONSTRAINT fk_club_role_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_club_role_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT uq_club_role UNIQUE (club_id, person_id, role)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_club_role_person ON club_role (person_id);

-- Club members: club-private personal data.
CREATE TABLE member (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id          BIGINT       NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  member_number    VARCHAR(20)  NOT NULL,
  salutation       VARCHAR(20)  NULL,
  first_name       VARCHAR(100) NOT NULL,
  last_name        VARCHAR(100) NOT NULL,
  birth_date       DATE         NULL,
  gender           VARCHAR(1)   NOT NULL,
  street           VARCHAR(200) NULL,
  postal_code      VARCHAR(10)  NULL,
  city             VARCHAR(100) NULL,
  municipality_ags CHAR(8)      NULL,
  phone            VARCHAR(50)  NULL,
  email            VARCHAR(200) NULL,
  status           VARCHAR(20)  NOT NULL,
  entry_date       DATE         NOT NULL,
  exit_date        DATE         NULL,
  person_id        BIGINT       NULL,
  created_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_member_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_member_municipality FOREIGN KEY (municipality_ags) REFERENCES municipality (ags),
  CONSTRAINT fk_member_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT uq_member_number UNIQUE (club_id, member_number),
  CONSTRAINT ck_member_exit CHECK (exit_date IS NULL OR exit_date >= entry_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_member_club_name ON member (club_id, last_name, first_name);
CREATE INDEX ix_member_person ON member (person_id);

CREATE TABLE member_department (
  member_id     BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  club_id       BIGINT NOT NULL,
  entry_date    DATE   NOT NULL,
  PRIMARY KEY (member_id, department_id),
  CONSTRAINT fk_md_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
  CONSTRAINT fk_md_department FOREIGN KEY (department_id) REFERENCES department (id),
  CONSTRAINT fk_md_club FOREIGN KEY (club_id) REFERENCES club (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_md_department ON member_department (department_id);

-- Volunteers of the shared pool (issue "volunteer pool" extends this).
CREATE TABLE volunteer_profile (
  id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version          BIGINT      NOT NULL DEFAULT 0,
  person_id        BIGINT      NOT NULL,
  home_ags         CHAR(8)     NOT NULL,
  birth_date       DATE        NULL,
  radius_km        INT         NOT NULL DEFAULT 10,
  visibility       VARCHAR(20) NOT NULL,
  skills           VARCHAR(500) NULL,
  created_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_volunteer_person UNIQUE (person_id),
  CONSTRAINT fk_volunteer_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_volunteer_home FOREIGN KEY (home_ags) REFERENCES municipality (ags)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

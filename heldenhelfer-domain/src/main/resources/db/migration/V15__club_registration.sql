-- Club registration (issue 8): a club applies publicly; the service desk verifies or rejects it
-- with a reason; the applicant (a board member) becomes the club's first admin (chair).
CREATE TABLE club_application (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version          BIGINT        NOT NULL DEFAULT 0,
  club_id          BIGINT        NOT NULL,
  applicant_first  VARCHAR(100)  NOT NULL,
  applicant_last   VARCHAR(100)  NOT NULL,
  applicant_email  VARCHAR(200)  NOT NULL,
  status           VARCHAR(20)   NOT NULL,
  reason           VARCHAR(1000) NULL,
  decided_by       VARCHAR(200)  NULL,
  decided_at       DATETIME(3)   NULL,
  created_at       DATETIME(3)   NOT NULL,
  CONSTRAINT fk_application_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT ck_application_status CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_application_status ON club_application (status, created_at);

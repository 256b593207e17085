-- Public directory (issue 8): a club chooses which training times appear on its public page.
ALTER TABLE training_group ADD COLUMN published BOOLEAN NOT NULL DEFAULT FALSE;

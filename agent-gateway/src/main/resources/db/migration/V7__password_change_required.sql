-- A first admin made by `tenant create` signs in once with a one-time password and must choose their own before a
-- token is issued.
ALTER TABLE users ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT false;

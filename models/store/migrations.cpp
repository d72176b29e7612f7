#include "models/store/migrations.h"

#include <QStringList>

#include "models/core/clock.h"
#include "models/store/database.h"

namespace dx {

namespace {

struct Migration {
    int version;
    const char *sql;  // statements separated by ";\n"
};

// Portable SQL only: BIGINT/TEXT/INTEGER, no AUTOINCREMENT, no INSERT OR REPLACE.
const Migration kMigrations[] = {
    {1, R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO counters (name, value) VALUES ('rev', 0);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  mobile TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  org_id TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  display_name TEXT NOT NULL DEFAULT '',
  password_hash TEXT NOT NULL DEFAULT '',
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  rev BIGINT NOT NULL DEFAULT 0);
CREATE INDEX users_org ON users (org_id);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE TABLE clients (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  last_seq BIGINT NOT NULL DEFAULT 0);
CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  credit_code TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  profile TEXT NOT NULL DEFAULT '{}',
  profile_state TEXT NOT NULL DEFAULT 'draft',
  survey TEXT NOT NULL DEFAULT '',
  survey_done INTEGER NOT NULL DEFAULT 0,
  certified INTEGER NOT NULL DEFAULT 0,
  eligibility TEXT NOT NULL DEFAULT 'none',
  admin_user_id TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  rev BIGINT NOT NULL DEFAULT 0);
CREATE INDEX organisations_region ON organisations (region);
CREATE INDEX organisations_credit ON organisations (credit_code);
CREATE TABLE certifications (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  state TEXT NOT NULL,
  org_kind TEXT NOT NULL,
  org_name TEXT NOT NULL DEFAULT '',
  credit_code TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  license_blob TEXT NOT NULL DEFAULT '',
  id_front_blob TEXT NOT NULL DEFAULT '',
  id_back_blob TEXT NOT NULL DEFAULT '',
  attachment_blob TEXT NOT NULL DEFAULT '',
  applicant_id TEXT NOT NULL DEFAULT '',
  submitted_at BIGINT NOT NULL DEFAULT 0,
  decided_by TEXT NOT NULL DEFAULT '',
  decided_at BIGINT NOT NULL DEFAULT 0,
  reason TEXT NOT NULL DEFAULT '',
  rev BIGINT NOT NULL DEFAULT 0,
  UNIQUE (org_id, version));
CREATE INDEX certifications_state ON certifications (state, region);
CREATE TABLE tasks (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  state TEXT NOT NULL,
  assignee_role TEXT NOT NULL,
  region TEXT NOT NULL DEFAULT '',
  org_id TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  applicant_name TEXT NOT NULL DEFAULT '',
  applicant_user TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  due_at BIGINT NOT NULL DEFAULT 0,
  done_at BIGINT NOT NULL DEFAULT 0,
  done_by TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL DEFAULT '',
  user_id TEXT NOT NULL DEFAULT '',
  rev BIGINT NOT NULL DEFAULT 0);
CREATE INDEX tasks_open ON tasks (state, assignee_role, region, created_at);
CREATE INDEX tasks_applicant ON tasks (applicant_user, created_at);
CREATE INDEX tasks_done_by ON tasks (done_by, done_at);
CREATE INDEX tasks_entity ON tasks (entity, entity_id);
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY,
  size BIGINT NOT NULL,
  type TEXT NOT NULL DEFAULT '',
  uploaded_by TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL);
CREATE TABLE command_log (
  client_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  command_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  type TEXT NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  outcome TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (client_id, seq));
CREATE INDEX command_log_id ON command_log (command_id);
CREATE TABLE command_retries (
  client_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  tries INTEGER NOT NULL,
  PRIMARY KEY (client_id, seq));
CREATE TABLE audit_log (
  id BIGINT PRIMARY KEY,
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  client_id TEXT NOT NULL DEFAULT '',
  command_id TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL);
CREATE TABLE changes (
  rev BIGINT PRIMARY KEY,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL,
  org_id TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  user_id TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL DEFAULT '');
CREATE INDEX changes_entity ON changes (entity, entity_id);
CREATE INDEX changes_org ON changes (user_id, org_id, rev);
CREATE INDEX changes_region ON changes (user_id, region, rev);
CREATE INDEX changes_user ON changes (user_id, rev);
CREATE TABLE notifications (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  channel TEXT NOT NULL,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  sent_at BIGINT NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT 'queued',
  rev BIGINT NOT NULL DEFAULT 0)
)SQL"},
    // The inbox at 100,000 tasks: its pending box is one index range per county or organisation.
    {2, R"SQL(
CREATE INDEX tasks_pending_region ON tasks (state, assignee_role, user_id, region, created_at);
CREATE INDEX tasks_pending_org ON tasks (state, assignee_role, user_id, org_id, created_at)
)SQL"},
    // Provider sub-accounts (子账号): the main account that made them and the menus granted.
    {3, R"SQL(
ALTER TABLE users ADD COLUMN parent_user_id TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN permissions TEXT NOT NULL DEFAULT ''
)SQL"},
    // Provider listings (商品, docs/LISTINGS.md). `data` is the listing object as JSON; the
    // columns beside it are what the catalog and the desks filter on. listing_tags, listing_facets
    // and listing_files hold rows only for what buyers may see (listed listings), so the catalog's
    // filters and the anonymous image check are index lookups, not JSON scans; tags and facets
    // carry listed_at so that a page of the newest matches is read in index order, unsorted.
    {4, R"SQL(
CREATE TABLE listings (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  org_kind TEXT NOT NULL DEFAULT 'provider',
  org_name TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL,
  stage TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL DEFAULT '{}',
  round INTEGER NOT NULL DEFAULT 0,
  experts TEXT NOT NULL DEFAULT '[]',
  created_by TEXT NOT NULL DEFAULT '',
  submitted_by TEXT NOT NULL DEFAULT '',
  submitted_at BIGINT NOT NULL DEFAULT 0,
  listed_at BIGINT NOT NULL DEFAULT 0,
  decided_by TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  rev BIGINT NOT NULL DEFAULT 0);
CREATE INDEX listings_org ON listings (org_id, updated_at);
CREATE INDEX listings_state ON listings (state, listed_at);
CREATE TABLE listing_opinions (
  id TEXT PRIMARY KEY,
  listing_id TEXT NOT NULL,
  expert_user_id TEXT NOT NULL,
  expert_name TEXT NOT NULL DEFAULT '',
  round INTEGER NOT NULL,
  score INTEGER NOT NULL DEFAULT 0,
  opinion TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'pending',
  created_at BIGINT NOT NULL,
  given_at BIGINT NOT NULL DEFAULT 0,
  rev BIGINT NOT NULL DEFAULT 0,
  UNIQUE (listing_id, expert_user_id, round));
CREATE TABLE listing_assignments (
  id TEXT PRIMARY KEY,
  listing_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  round INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending',
  name TEXT NOT NULL DEFAULT '',
  org_name TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL DEFAULT '{}',
  score INTEGER NOT NULL DEFAULT 0,
  opinion TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  rev BIGINT NOT NULL DEFAULT 0,
  UNIQUE (listing_id, user_id, round));
CREATE INDEX listing_assignments_user ON listing_assignments (user_id, listing_id);
CREATE TABLE listing_tags (
  tag TEXT NOT NULL,
  listing_id TEXT NOT NULL,
  listed_at BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (tag, listing_id));
CREATE INDEX listing_tags_listing ON listing_tags (listing_id);
CREATE INDEX listing_tags_recent ON listing_tags (tag, listed_at, listing_id);
CREATE TABLE listing_facets (
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  listing_id TEXT NOT NULL,
  listed_at BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (kind, value, listing_id));
CREATE INDEX listing_facets_listing ON listing_facets (listing_id);
CREATE INDEX listing_facets_recent ON listing_facets (kind, value, listed_at, listing_id);
CREATE TABLE listing_files (
  sha256 TEXT NOT NULL,
  listing_id TEXT NOT NULL,
  public INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (sha256, listing_id));
CREATE INDEX listing_files_listing ON listing_files (listing_id)
)SQL"},
    // Provider administration (docs/LISTINGS.md, seed 001 §1.4.8–1.5): previous password hashes
    // (never published), the expert roster (表 1-3), receiving bank accounts, and policy values
    // an administrator may change (default accepted banks: Agricultural Bank of China only).
    {5, R"SQL(
CREATE TABLE password_history (
  user_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, seq));
CREATE TABLE experts (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  name TEXT NOT NULL,
  age INTEGER NOT NULL,
  gender TEXT NOT NULL,
  iiot_field TEXT NOT NULL,
  industry_field TEXT NOT NULL,
  operations_field TEXT NOT NULL,
  iiot_years INTEGER NOT NULL,
  industry_years INTEGER NOT NULL,
  experience TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  education TEXT NOT NULL DEFAULT '',
  photo_blob TEXT NOT NULL,
  introduction TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  rev BIGINT NOT NULL DEFAULT 0);
CREATE INDEX experts_org ON experts (org_id);
CREATE TABLE bank_accounts (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  bank TEXT NOT NULL,
  account_name TEXT NOT NULL,
  account_no TEXT NOT NULL,
  branch TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  rev BIGINT NOT NULL DEFAULT 0,
  UNIQUE (org_id, account_no));
CREATE TABLE policies (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO policies (key, value) VALUES ('bank_accounts.accepted_banks', '["中国农业银行"]')
)SQL"},
    // Issue 13. Wrong passwords are counted per entered username, known or not, so that an
    // unknown name locks exactly as a real one does (users.failed_logins/locked_until are no
    // longer used). Commands run at once (/commands/now) by id, so that an id applies once on
    // either
    // route. Who has proven they hold a blob's bytes (uploaded them whole), for reading
    // and citing it. A provider's sub-account row is private to its main account.
    {6, R"SQL(
CREATE TABLE sign_in_failures (
  name_key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL DEFAULT 0,
  locked_until BIGINT NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL);
CREATE INDEX sign_in_failures_updated ON sign_in_failures (updated_at);
CREATE TABLE blob_holders (
  sha256 TEXT NOT NULL,
  user_id TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (sha256, user_id));
CREATE TABLE commands_now (
  command_id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  outcome TEXT NOT NULL,
  created_at BIGINT NOT NULL);
INSERT INTO blob_holders (sha256, user_id, created_at)
  SELECT sha256, uploaded_by, created_at FROM blobs WHERE uploaded_by <> '';
UPDATE changes SET user_id = (SELECT u.parent_user_id FROM users u WHERE u.id = changes.entity_id)
  WHERE entity = 'users' AND user_id = ''
    AND entity_id IN (SELECT id FROM users WHERE parent_user_id <> '')
)SQL"},
};

}  // namespace

int Migrations::latestVersion() {
    return kMigrations[std::size(kMigrations) - 1].version;
}

Status Migrations::run(Database &db) {
    // Under the write lock: several server processes may start at once on one PostgreSQL.
    auto locked = db.beginWrite();
    if (!locked) return locked;
    auto created = db.exec(
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                       "applied_at BIGINT NOT NULL)"));
    if (!created) {
        db.rollback();
        return created.error();
    }
    auto latest =
        db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!latest) {
        db.rollback();
        return latest.error();
    }
    auto ended = db.commit();
    if (!ended) return ended;
    if (latest->toInt() >= latestVersion()) return Ok{};  // the common case: one round trip

    for (const Migration &m : kMigrations) {
        auto begun = db.beginWrite();
        if (!begun) return begun.error();
        auto have =
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = ?"),
                      {m.version});
        if (!have) {
            db.rollback();
            return have.error();
        }
        if (have->toInt() > 0) {
            db.rollback();
            continue;
        }
        const QStringList statements =
            QString::fromUtf8(m.sql).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
        for (const QString &s : statements) {
            if (s.trimmed().isEmpty()) continue;
            auto r = db.exec(s);
            if (!r) {
                db.rollback();
                return r.error();
            }
        }
        if (m.version == 1) {
            // A fresh database gets a new epoch: clients synced against an older copy reset.
            auto e = db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('db_epoch', ?)"),
                             {newId()});
            if (!e) {
                db.rollback();
                return e.error();
            }
        }
        auto rec = db.exec(
            QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
            {m.version, nowMs()});
        if (!rec) {
            db.rollback();
            return rec.error();
        }
        auto c = db.commit();
        if (!c) return c.error();
    }
    return Ok{};
}

}  // namespace dx

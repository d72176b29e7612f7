#include "ui/review/licencereader.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include "models/core/clock.h"
#include "models/store/database.h"
#include "ui/review/licenceocr.h"

Q_LOGGING_CATEGORY(lcLicenceReader, "dx.ocr")

namespace dx {

namespace {
struct Reading {
    Result<QString> text = QString();
    qint64 ms = 0;
};
}  // namespace

LicenceReader::LicenceReader(Database &db, QObject *parent) : QObject(parent), m_db(db) {
    // Two cores are common on county laptops: one reading at a time leaves the UI its core.
    m_pool.setMaxThreadCount(1);
    auto made = m_db.exec(
        QStringLiteral("CREATE TABLE IF NOT EXISTS licence_text (sha TEXT NOT NULL, engine TEXT "
                       "NOT NULL, text TEXT NOT NULL, read_at BIGINT NOT NULL, ms BIGINT NOT NULL "
                       "DEFAULT 0, PRIMARY KEY (sha, engine))"));
    m_tableReady = made.ok();
    if (!made) qCWarning(lcLicenceReader) << "no licence text cache:" << made.error().message;
}

LicenceReader::~LicenceReader() {
    // Readings not started yet are dropped; the one running is waited for (seconds at most).
    m_pool.clear();
    m_pool.waitForDone();
}

std::optional<QString> LicenceReader::cached(const QString &sha) {
    if (!m_tableReady) return std::nullopt;
    auto text =
        m_db.scalar(QStringLiteral("SELECT text FROM licence_text WHERE sha = ? AND engine = ?"),
                    {sha, LicenceOcr::engineName()});
    if (!text || text->isNull()) return std::nullopt;
    return text->toString();
}

void LicenceReader::read(const QString &sha, const QString &path) {
    if (m_running.contains(sha) || cached(sha)) return;
    m_running.insert(sha, true);
    m_failures.remove(sha);
    auto *watcher = new QFutureWatcher<Reading>(this);
    connect(watcher, &QFutureWatcher<Reading>::finished, this, [this, watcher, sha] {
        const Reading r = watcher->result();
        watcher->deleteLater();
        m_running.remove(sha);
        if (r.text)
            store(sha, r.text.value(), r.ms);
        else
            m_failures.insert(sha, r.text.error().message);
        emit finished(sha);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path] {
        QElapsedTimer clock;
        clock.start();
        Reading r;
        r.text = LicenceOcr::recognise(path);
        r.ms = clock.elapsed();
        return r;
    }));
}

void LicenceReader::store(const QString &sha, const QString &text, qint64 ms) {
    qCInfo(lcLicenceReader) << "licence" << sha.left(12) << "read in" << ms << "ms";
    if (!m_tableReady) return;
    auto r =
        m_db.exec(QStringLiteral("INSERT INTO licence_text (sha, engine, text, read_at, ms) VALUES "
                                 "(?,?,?,?,?) ON CONFLICT (sha, engine) DO UPDATE SET text = "
                                 "excluded.text, read_at = excluded.read_at, ms = excluded.ms"),
                  {sha, LicenceOcr::engineName(), text, nowMs(), ms});
    if (!r) qCWarning(lcLicenceReader) << "cannot cache the licence text:" << r.error().message;
}

}  // namespace dx

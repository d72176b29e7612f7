#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <optional>

namespace dx {

class Database;

/// Reads business licences with LicenceOcr off the UI thread, one at a time, and keeps each
/// text in a small table of the user's replica (`licence_text`, by the blob's SHA-256), so a
/// licence is read once per computer.
class LicenceReader : public QObject {
    Q_OBJECT
public:
    explicit LicenceReader(Database &db, QObject *parent = nullptr);
    ~LicenceReader() override;

    /// The text read earlier from blob `sha`, if any.
    std::optional<QString> cached(const QString &sha);
    /// Why the last reading of `sha` failed; "" when it did not.
    QString failure(const QString &sha) const { return m_failures.value(sha); }
    bool isReading(const QString &sha) const { return m_running.contains(sha); }
    /// Starts reading the file `path` of blob `sha`, unless it is cached or being read;
    /// finished() follows.
    void read(const QString &sha, const QString &path);

signals:
    /// The text of `sha` is in cached(), or failure() says why not.
    void finished(const QString &sha);

private:
    void store(const QString &sha, const QString &text, qint64 ms);

    Database &m_db;
    bool m_tableReady = false;
    QHash<QString, QString> m_failures;
    QHash<QString, bool> m_running;
    QThreadPool m_pool;
};

}  // namespace dx

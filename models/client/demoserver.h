#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dx {

/// `dxdesk --demo`: a throw-away dxserver with demo data on a free loopback port, stopped with
/// the client. The server binary is looked up beside dxdesk.
class DemoServer : public QObject {
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    /// Seeds the demo data (a few seconds) and starts serving; false with errorString() on failure.
    bool start();
    void stop();
    QString baseUrl() const { return m_baseUrl; }
    QString dataDir() const { return m_dir.path(); }
    QString errorString() const { return m_error; }
    static QString serverPath();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_baseUrl;
    QString m_error;
};

}  // namespace dx
